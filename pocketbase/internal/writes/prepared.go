package writes

import (
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// statements holds the queries prepared in each open transaction.
var statements = struct {
	sync.Mutex
	byTx map[*core.TxAppInfo]map[string]*dbx.Query
}{byTx: map[*core.TxAppInfo]map[string]*dbx.Query{}}

// Prepared returns sql as a query prepared once per transaction: a batch runs
// the same few statements for each of its writes, and building and parsing
// them afresh each time cost the single writer as much as running them (half
// of an answer's time under load). The statement is closed with the
// transaction. Outside a transaction the query is built as usual.
func Prepared(tx core.App, sql string) *dbx.Query {
	info := tx.TxInfo()
	if info == nil {
		return tx.DB().NewQuery(sql)
	}
	statements.Lock()
	defer statements.Unlock()
	queries, ok := statements.byTx[info]
	if !ok {
		queries = map[string]*dbx.Query{}
		statements.byTx[info] = queries
		info.OnComplete(func(error) error {
			statements.Lock()
			defer statements.Unlock()
			delete(statements.byTx, info)
			return nil
		})
	}
	query, ok := queries[sql]
	if !ok {
		query = tx.DB().NewQuery(sql).Prepare()
		if query.LastError != nil {
			return query // not kept: Execute reports the error
		}
		queries[sql] = query
	}
	return query
}
