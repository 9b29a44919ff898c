package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Question health (internal/organiser/questions.go) samples a province's or
// a city's most recent finished attempts; without these it walks the day
// index through every region's attempts of the period to find them. They
// are written once when an attempt starts (neither column changes after),
// so answering does not pay for them.
func init() {
	m.Register(func(app core.App) error {
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.AddIndex("idx_attempts_province_day", false, "province, day", "")
		attempts.AddIndex("idx_attempts_city_day", false, "city, day", "")
		return app.Save(attempts)
	}, func(app core.App) error {
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.RemoveIndex("idx_attempts_province_day")
		attempts.RemoveIndex("idx_attempts_city_day")
		return app.Save(attempts)
	})
}
