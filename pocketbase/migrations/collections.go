package migrations

import "github.com/pocketbase/pocketbase/core"

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
