package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Indexes for the campaign dashboard's reads of the attempts (internal/organiser):
//
//   - question health samples a province's or a city's most recent finished
//     attempts; without (province, day) and (city, day) it walks the day
//     index through every region's attempts of the period to find them.
//     Both columns are written once when an attempt starts, so answering
//     does not pay for them;
//   - the roll-up counts each attempt's partly right answers; the partial
//     index holds only those (few) answers, so it no longer reads every
//     answer of the day.
func init() {
	m.Register(func(app core.App) error {
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.AddIndex("idx_attempts_province_day", false, "province, day", "")
		attempts.AddIndex("idx_attempts_city_day", false, "city, day", "")
		if err := app.Save(attempts); err != nil {
			return err
		}
		answers, err := app.FindCollectionByNameOrId("attempt_answers")
		if err != nil {
			return err
		}
		answers.AddIndex("idx_attempt_answers_partial", false, "attempt", "partial = 1")
		return app.Save(answers)
	}, func(app core.App) error {
		answers, err := app.FindCollectionByNameOrId("attempt_answers")
		if err != nil {
			return err
		}
		answers.RemoveIndex("idx_attempt_answers_partial")
		if err := app.Save(answers); err != nil {
			return err
		}
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.RemoveIndex("idx_attempts_province_day")
		attempts.RemoveIndex("idx_attempts_city_day")
		return app.Save(attempts)
	})
}
