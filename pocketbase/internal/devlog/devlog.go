// Package devlog keeps dev mode from printing secrets or personal data. In
// dev mode PocketBase prints every SQL statement with its values inlined,
// which would show the server's keys as they are made and each pledge or
// answer as it is stored; here the statements keep their shape (which is
// what a developer reads them for) and lose their text values.
package devlog

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Register replaces dev mode's SQL printers with redacting ones; outside dev
// mode it changes nothing (nothing is printed then).
func Register(app core.App) {
	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		if !e.App.IsDev() {
			return nil
		}
		for _, builder := range []dbx.Builder{e.App.ConcurrentDB(), e.App.NonconcurrentDB(),
			e.App.AuxConcurrentDB(), e.App.AuxNonconcurrentDB()} {
			if db, ok := builder.(*dbx.DB); ok {
				db.QueryLogFunc = func(_ context.Context, t time.Duration, statement string, _ *sql.Rows, _ error) {
					print(t, statement)
				}
				db.ExecLogFunc = func(_ context.Context, t time.Duration, statement string, _ sql.Result, _ error) {
					print(t, statement)
				}
			}
		}
		return nil
	})
}

func print(t time.Duration, statement string) {
	fmt.Printf("[%.2fms] %s\n", float64(t.Microseconds())/1000, Redact(statement))
}

// literal matches SQL string and blob literals ('it”s', X'00ff').
var literal = regexp.MustCompile(`[xX]?'(?:[^']|'')*'`)

// Redact replaces every string or blob literal in a statement with '…' and
// folds its white space onto one line.
func Redact(statement string) string {
	return strings.Join(strings.Fields(literal.ReplaceAllString(statement, "'…'")), " ")
}
