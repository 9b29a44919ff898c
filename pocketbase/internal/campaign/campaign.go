// Package campaign says what day and week it is where the campaigns run:
// daily limits, daily challenges, leaderboards and pledge counts all turn
// over at midnight in China, whatever the server's own time zone.
package campaign

import (
	"time"
	_ "time/tzdata" // the static binary carries its own zone data
)

// Zone is the campaigns' time zone.
var Zone = mustLoadZone("Asia/Shanghai")

func mustLoadZone(name string) *time.Location {
	zone, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return zone
}

// Day returns the calendar day of t in Zone, as YYYY-MM-DD.
func Day(t time.Time) string {
	return t.In(Zone).Format(time.DateOnly)
}

// PreviousDay returns the day before day (YYYY-MM-DD), or "" if day is malformed.
func PreviousDay(day string) string {
	t, err := time.ParseInLocation(time.DateOnly, day, Zone)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
}

// PeriodStart returns the start of today, or of this week (Monday) when
// period is "week", in Zone.
func PeriodStart(now time.Time, period string) time.Time {
	local := now.In(Zone)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, Zone)
	if period == "week" {
		sinceMonday := (int(midnight.Weekday()) + 6) % 7
		return midnight.AddDate(0, 0, -sinceMonday)
	}
	return midnight
}
