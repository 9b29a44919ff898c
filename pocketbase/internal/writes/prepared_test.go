package writes

import (
	"errors"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

func TestPreparedOncePerTransaction(t *testing.T) {
	app, err := tests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	if _, err := app.DB().NewQuery("CREATE TABLE notes (body TEXT)").Execute(); err != nil {
		t.Fatal(err)
	}
	const insert = "INSERT INTO notes (body) VALUES ({:body})"
	errUndo := errors.New("undo")
	for _, outcome := range []error{nil, errUndo} {
		err := app.RunInTransaction(func(tx core.App) error {
			first := Prepared(tx, insert)
			for _, body := range []string{"a", "b"} {
				query := Prepared(tx, insert)
				if query != first {
					t.Error("the statement was prepared again in the same transaction")
				}
				if _, err := query.Bind(dbx.Params{"body": body}).Execute(); err != nil {
					return err
				}
			}
			return outcome
		})
		if !errors.Is(err, outcome) {
			t.Fatalf("transaction: %v", err)
		}
		if len(statements.byTx) != 0 {
			t.Errorf("statements kept after the transaction ended: %d", len(statements.byTx))
		}
	}
	if _, err := Prepared(app, insert).Bind(dbx.Params{"body": "c"}).Execute(); err != nil {
		t.Fatalf("outside a transaction: %v", err)
	}
	var count int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM notes").Row(&count); err != nil || count != 3 {
		t.Errorf("rows: %d, %v; want 2 committed and 1 outside, none from the undone transaction", count, err)
	}
}
