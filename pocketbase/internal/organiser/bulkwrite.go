package organiser

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// How the seeder writes millions of rows in minutes rather than an hour:
//
//   - one transaction per rowsPerCommit rows, on one connection of its own;
//   - a prepared multi-row INSERT of rowsPerStatement rows, compiled once;
//   - ids handed out in order (see seeder.id), so the primary keys and the
//     (attempt, question) index only ever grow at their right-hand edge;
//   - the indexes whose keys arrive in random order (by participant, quiz,
//     region…) dropped for the seed and built again after it, one sort each,
//     instead of a random B-tree insert per row into trees far larger than
//     the page cache;
//   - synchronous=OFF and a large page cache on the seed's connection only
//     (a crash mid-seed loses benchmark data, nothing else).

const (
	rowsPerStatement = 25
	rowsPerCommit    = 500_000
	// seedCachePages is the seed connection's page cache, in KiB (negative
	// in the pragma): 512 MiB.
	seedCachePages = 512 * 1024
)

// scatteredIndexes are the indexes the seed drops and rebuilds: the seeded
// rows arrive in random order on their keys (the day indexes grow at their
// end, as the seed goes day by day).
var scatteredIndexes = []string{
	"idx_attempts_participant", "idx_attempts_board", "idx_attempts_province_day",
	"idx_attempts_city_day", "idx_attempt_answers_quiz",
}

// writer is the seed's connection, in one transaction at a time, committed
// every rowsPerCommit rows (of any table).
type writer struct {
	ctx     context.Context
	conn    *sql.Conn
	rows    int
	dropped []string // the CREATE INDEX statements to run again at the end
}

// newWriter takes the app's single write connection for the seed, tunes it
// and drops the scattered indexes.
func newWriter(app core.App) (*writer, error) {
	ctx := context.Background()
	conn, err := app.NonconcurrentDB().(*dbx.DB).DB().Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &writer{ctx: ctx, conn: conn}
	for _, pragma := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -" + strconv.Itoa(seedCachePages)} {
		if _, err := conn.ExecContext(ctx, pragma); err != nil {
			return nil, w.close(err)
		}
	}
	rows, err := conn.QueryContext(ctx, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ('"+
		strings.Join(scatteredIndexes, "', '")+"')")
	if err != nil {
		return nil, w.close(err)
	}
	var names []string
	for rows.Next() {
		var name, create string
		if err := rows.Scan(&name, &create); err != nil {
			rows.Close()
			return nil, w.close(err)
		}
		names, w.dropped = append(names, name), append(w.dropped, create)
	}
	rows.Close()
	for _, name := range names {
		if _, err := conn.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return nil, w.close(err)
		}
	}
	_, err = conn.ExecContext(ctx, "BEGIN")
	return w, err
}

// counted notes one more row and commits every rowsPerCommit.
func (w *writer) counted() error {
	w.rows++
	if w.rows%rowsPerCommit != 0 {
		return nil
	}
	if _, err := w.conn.ExecContext(w.ctx, "COMMIT"); err != nil {
		return err
	}
	_, err := w.conn.ExecContext(w.ctx, "BEGIN")
	return err
}

// finish commits what was written (or, after an error, rolls it back),
// builds the dropped indexes again whatever happened, restores the
// connection's settings and hands it back; it returns the first error.
func (w *writer) finish(err error) error {
	if err == nil {
		_, err = w.conn.ExecContext(w.ctx, "COMMIT")
	} else {
		_, _ = w.conn.ExecContext(w.ctx, "ROLLBACK")
	}
	return w.close(err)
}

// close builds the dropped indexes again and hands the connection back.
func (w *writer) close(err error) error {
	for _, create := range w.dropped {
		if _, indexErr := w.conn.ExecContext(w.ctx, create); err == nil {
			err = indexErr
		}
	}
	w.dropped = nil
	_, _ = w.conn.ExecContext(w.ctx, "PRAGMA synchronous = NORMAL")
	if closeErr := w.conn.Close(); err == nil {
		err = closeErr
	}
	return err
}

// bulk writes one table's rows with a prepared multi-row INSERT.
type bulk struct {
	w       *writer
	head    string
	width   int
	full    *sql.Stmt // rowsPerStatement rows
	pending []any
}

func newBulk(w *writer, table string, columns []string) (*bulk, error) {
	b := &bulk{w: w, width: len(columns),
		head: "INSERT INTO " + table + " (" + strings.Join(columns, ", ") + ") VALUES "}
	var err error
	b.full, err = w.conn.PrepareContext(w.ctx, b.statement(rowsPerStatement))
	return b, err
}

// statement is the INSERT of n rows.
func (b *bulk) statement(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", b.width), ",") + ")"
	return b.head + strings.TrimSuffix(strings.Repeat(row+",", n), ",")
}

func (b *bulk) add(values ...any) error {
	b.pending = append(b.pending, values...)
	if len(b.pending) == b.width*rowsPerStatement {
		if _, err := b.full.ExecContext(b.w.ctx, b.pending...); err != nil {
			return err
		}
		b.pending = b.pending[:0]
	}
	return b.w.counted()
}

// flush writes the rows left over (fewer than rowsPerStatement) and frees
// the prepared statement.
func (b *bulk) flush() error {
	defer b.full.Close()
	if len(b.pending) == 0 {
		return nil
	}
	_, err := b.w.conn.ExecContext(b.w.ctx, b.statement(len(b.pending)/b.width), b.pending...)
	b.pending = b.pending[:0]
	return err
}
