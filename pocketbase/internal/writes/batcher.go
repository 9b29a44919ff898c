// Package writes runs small write transactions together (group commit).
package writes

import (
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/core"
)

// maxBatch bounds how many writes share one transaction.
const maxBatch = 64

// Batcher runs small write transactions together (group commit): a class
// answering in the same moment pays for one commit instead of thirty. Each
// write gets a savepoint of its own inside the shared
// transaction, so one that fails is undone alone. Nothing waits to fill a
// batch: a write that finds the writer idle runs at once, and writes that
// arrive while a batch commits form the next one.
type Batcher struct {
	once sync.Once
	jobs chan *writeJob
}

type writeJob struct {
	write func(tx core.App) error
	done  chan error
}

// Run performs write in a transaction shared with other writes and returns
// its own outcome.
func (b *Batcher) Run(app core.App, write func(tx core.App) error) error {
	b.once.Do(func() {
		b.jobs = make(chan *writeJob, 4*maxBatch)
		go b.loop(app)
	})
	job := &writeJob{write: write, done: make(chan error, 1)}
	b.jobs <- job
	return <-job.done
}

func (b *Batcher) loop(app core.App) {
	for first := range b.jobs {
		batch := []*writeJob{first}
	fill:
		for len(batch) < maxBatch {
			select {
			case job := <-b.jobs:
				batch = append(batch, job)
			default:
				break fill
			}
		}
		outcomes := make([]error, len(batch))
		err := app.RunInTransaction(func(tx core.App) error {
			for i, job := range batch {
				if err := execute(tx, "SAVEPOINT job"); err != nil {
					return err
				}
				if outcomes[i] = job.write(tx); outcomes[i] != nil {
					if err := execute(tx, "ROLLBACK TO job"); err != nil {
						return err
					}
				}
				if err := execute(tx, "RELEASE job"); err != nil {
					return err
				}
			}
			return nil
		})
		for i, job := range batch {
			if err != nil {
				job.done <- err
			} else {
				job.done <- outcomes[i]
			}
		}
	}
}

func execute(tx core.App, statement string) error {
	_, err := Prepared(tx, statement).Execute()
	return err
}

// IsUniqueViolation reports a unique index refusing a row: the sign that a
// racing request (or a retry) wrote it first.
func IsUniqueViolation(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
