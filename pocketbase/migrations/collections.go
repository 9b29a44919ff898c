package migrations

import (
	"path/filepath"
	"runtime"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// registerCollections registers the calling file's migration: going up it
// creates the collections in order, going down it deletes them. The migration
// is named after the caller's file, as m.Register itself would name it.
func registerCollections(collections func() []*core.Collection) {
	_, file, _, _ := runtime.Caller(1)
	m.Register(func(app core.App) error {
		return saveCollections(app, collections())
	}, func(app core.App) error {
		return deleteCollections(app, collections())
	}, filepath.Base(file))
}

// saveCollections creates collections in order (an up migration).
func saveCollections(app core.App, collections []*core.Collection) error {
	for _, collection := range collections {
		if err := app.Save(collection); err != nil {
			return err
		}
	}
	return nil
}

// deleteCollections drops collections in reverse order, skipping any already
// gone (a down migration).
func deleteCollections(app core.App, collections []*core.Collection) error {
	for i := len(collections) - 1; i >= 0; i-- {
		existing, err := app.FindCollectionByNameOrId(collections[i].Name)
		if err != nil {
			continue
		}
		if err := app.Delete(existing); err != nil {
			return err
		}
	}
	return nil
}
