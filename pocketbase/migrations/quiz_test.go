package migrations

import (
	"testing"
)

func TestQuizCollectionsAreClosedToTheRecordsAPI(t *testing.T) {
	app := newTestApp(t)
	for _, want := range quizCollections() {
		collection, err := app.FindCollectionByNameOrId(want.Name)
		if err != nil {
			t.Fatalf("%s: %v", want.Name, err)
		}
		rules := []*string{collection.ListRule, collection.ViewRule, collection.CreateRule, collection.UpdateRule, collection.DeleteRule}
		for _, rule := range rules {
			if rule != nil {
				t.Errorf("%s has an API rule %q; only superusers may use the records API", want.Name, *rule)
			}
		}
	}
}

func TestQuizMigrationDown(t *testing.T) {
	app := newTestApp(t)
	revertThrough(t, app, "_quiz.go")
	for _, gone := range quizCollections() {
		if _, err := app.FindCollectionByNameOrId(gone.Name); err == nil {
			t.Errorf("%s is still there after the down migration", gone.Name)
		}
	}
}
