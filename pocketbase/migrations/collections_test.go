package migrations

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

func TestFeatureCollectionsAreClosedToTheRecordsAPI(t *testing.T) {
	app := newTestApp(t)
	live := classroomCollections()[2:] // teachers and classes have owner rules (see the integration tests)
	// organisers sign in through the records API and see only themselves (see the integration tests)
	dashboard := organiserCollections()[1:]
	closed := append(append(quizCollections(), pledgeCollections()...), kioskCollections()...)
	for _, want := range append(append(closed, live...), dashboard...) {
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

func TestFeatureMigrationsDown(t *testing.T) {
	for suffix, collections := range map[string][]*core.Collection{
		"_quiz.go":       quizCollections(),
		"_pledge.go":     pledgeCollections(),
		"_classroom.go":  classroomCollections(),
		"_kiosks.go":     kioskCollections(),
		"_organisers.go": organiserCollections(),
	} {
		app := newTestApp(t)
		revertThrough(t, app, suffix)
		for _, gone := range collections {
			if _, err := app.FindCollectionByNameOrId(gone.Name); err == nil {
				t.Errorf("%s: %s is still there after the down migration", suffix, gone.Name)
			}
		}
	}
}
