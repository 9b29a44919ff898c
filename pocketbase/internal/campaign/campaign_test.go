package campaign

import (
	"testing"
	"time"
)

func TestDayTurnsOverAtMidnightInChina(t *testing.T) {
	beforeMidnight := time.Date(2026, 11, 30, 15, 59, 0, 0, time.UTC) // 23:59 in Beijing
	afterMidnight := beforeMidnight.Add(2 * time.Minute)
	if Day(beforeMidnight) != "2026-11-30" || Day(afterMidnight) != "2026-12-01" {
		t.Errorf("got %s and %s", Day(beforeMidnight), Day(afterMidnight))
	}
	if PreviousDay("2027-01-01") != "2026-12-31" || PreviousDay("nonsense") != "" {
		t.Error("PreviousDay")
	}
}

func TestPeriodStart(t *testing.T) {
	sunday := time.Date(2026, 12, 6, 12, 0, 0, 0, Zone)
	if got := PeriodStart(sunday, "week"); got.Format(time.DateOnly) != "2026-11-30" || got.Weekday() != time.Monday {
		t.Errorf("week of a Sunday starts %v", got)
	}
	if got := PeriodStart(sunday, "today"); !got.Equal(time.Date(2026, 12, 6, 0, 0, 0, 0, Zone)) {
		t.Errorf("today starts %v", got)
	}
}
