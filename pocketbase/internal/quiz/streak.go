package quiz

import (
	"jindu/internal/campaign"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Streak is a participant's run of consecutive days with a finished daily challenge.
type Streak struct {
	Current int  `json:"current"`
	Best    int  `json:"best"`
	Today   bool `json:"doneToday"`
}

// extendStreak counts day for the participant: the streak grows if the last
// finished day was the day before, stays if it was the same day, and restarts
// at 1 otherwise.
func extendStreak(tx core.App, participant, quiz, day string) error {
	record, err := tx.FindFirstRecordByFilter("daily_streaks", "participant = {:p} && quiz = {:q}", dbx.Params{"p": participant, "q": quiz})
	if err != nil {
		collection, err := tx.FindCachedCollectionByNameOrId("daily_streaks")
		if err != nil {
			return err
		}
		record = core.NewRecord(collection)
		record.Set("participant", participant)
		record.Set("quiz", quiz)
	}
	switch record.GetString("last_day") {
	case day:
		return nil
	case campaign.PreviousDay(day):
		record.Set("current", record.GetInt("current")+1)
	default:
		record.Set("current", 1)
	}
	record.Set("last_day", day)
	record.Set("best", max(record.GetInt("best"), record.GetInt("current")))
	return tx.Save(record)
}

// readStreak returns the participant's daily streak as of today; a streak
// whose last day is before yesterday has lapsed and reads as 0.
func readStreak(app core.App, participant, quiz, today string) Streak {
	record, err := app.FindFirstRecordByFilter("daily_streaks", "participant = {:p} && quiz = {:q}", dbx.Params{"p": participant, "q": quiz})
	if err != nil {
		return Streak{}
	}
	last := record.GetString("last_day")
	streak := Streak{Best: record.GetInt("best"), Today: last == today}
	if last == today || last == campaign.PreviousDay(today) {
		streak.Current = record.GetInt("current")
	}
	return streak
}
