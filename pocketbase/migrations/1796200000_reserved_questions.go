package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Reserved questions: a bank may be reserved for a contest (quizzes/README.md).
// The question keeps the contest's slug; until that contest closes, only its
// own attempts draw the question and nothing else shows or reveals it.
func init() {
	m.Register(func(app core.App) error {
		questions, err := app.FindCollectionByNameOrId("questions")
		if err != nil {
			return err
		}
		// the slug of the contest the question is reserved for; "" for none
		questions.Fields.Add(text("reserved", 100))
		return app.Save(questions)
	}, func(app core.App) error {
		questions, err := app.FindCollectionByNameOrId("questions")
		if err != nil {
			return err
		}
		questions.Fields.RemoveByName("reserved")
		return app.Save(questions)
	})
}
