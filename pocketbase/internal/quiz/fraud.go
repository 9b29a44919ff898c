package quiz

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// registerFraudPurge clears contests' fraud-review hashes every hour once
// their review period (reviewDays after the contest closes) is over.
func registerFraudPurge(app core.App) {
	app.Cron().MustAdd("jinduContestFraudPurge", "17 * * * *", func() {
		if cleared, err := purgeFraudReview(app, time.Now()); err != nil {
			app.Logger().Error("contest fraud-review purge failed", "error", err)
		} else if cleared > 0 {
			app.Logger().Info("contest fraud-review data cleared", "attempts", cleared)
		}
	})
}

// purgeFraudReview empties the IP and user-agent hashes of every contest whose
// review period ended before now, and returns how many attempts it cleared.
func purgeFraudReview(app core.App, now time.Time) (int64, error) {
	contests, err := app.FindAllRecords("quizzes", dbx.HashExp{"mode": ModeContest})
	if err != nil {
		return 0, err
	}
	var cleared int64
	for _, record := range contests {
		def, err := parseDefinition([]byte(record.GetString("definition")))
		if err != nil || def.Window == nil {
			continue
		}
		reviewEnds := def.Window.Closes.AddDate(0, 0, def.ReviewDays)
		if now.Before(reviewEnds) {
			continue
		}
		result, err := app.DB().NewQuery(`
			UPDATE attempts SET ip_hash = '', ua_hash = ''
			WHERE quiz = {:quiz} AND (ip_hash != '' OR ua_hash != '')`).
			Bind(dbx.Params{"quiz": def.Slug}).
			Execute()
		if err != nil {
			return cleared, err
		}
		n, _ := result.RowsAffected()
		cleared += n
	}
	return cleared, nil
}
