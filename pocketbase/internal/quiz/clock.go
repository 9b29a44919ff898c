package quiz

import (
	"time"
	_ "time/tzdata" // the static binary carries its own zone data
)

// campaignZone is where "today" and "this week" are counted: daily limits,
// the daily challenge and the leaderboards turn over at midnight in China.
var campaignZone = mustLoadZone("Asia/Shanghai")

// graceMs is how long after a deadline an answer still counts (at the slowest
// speed), to forgive network delay; later answers are recorded as timed out.
const graceMs = 2000

func mustLoadZone(name string) *time.Location {
	zone, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return zone
}

// dayOf returns the campaign-zone calendar day of t, as YYYY-MM-DD.
func dayOf(t time.Time) string {
	return t.In(campaignZone).Format(time.DateOnly)
}

// previousDay returns the day before day (YYYY-MM-DD).
func previousDay(day string) string {
	t, err := time.ParseInLocation(time.DateOnly, day, campaignZone)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
}

// periodStart returns the start of today or of this week (Monday) in the
// campaign zone, for the leaderboards.
func periodStart(now time.Time, period string) time.Time {
	local := now.In(campaignZone)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, campaignZone)
	if period == "week" {
		sinceMonday := (int(midnight.Weekday()) + 6) % 7
		return midnight.AddDate(0, 0, -sinceMonday)
	}
	return midnight
}

// millis returns t as Unix milliseconds.
func millis(t time.Time) int64 { return t.UnixMilli() }
