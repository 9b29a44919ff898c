package quiz

import (
	"errors"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/writes"
)

// handleView returns the participant's attempt as it stands, for resuming
// after a reload: time that ran out while away is recorded first.
func (h *engine) handleView(e *core.RequestEvent) error {
	now := nowMs()
	a, err := h.readAttempt(e)
	if err != nil {
		return err
	}
	if a.status() == statusOpen && (a.overdue(now) || a.current() >= len(a.plan)) {
		return h.changeAttempt(e, func(tx core.App, a *attempt) error {
			return a.advanceAndSave(tx, now)
		})
	}
	return h.respondState(e, a)
}

// handleNext shows the next question of a paced attempt: its clock starts
// now. Asking again once it is showing changes nothing.
func (h *engine) handleNext(e *core.RequestEvent) error {
	now := nowMs()
	return h.changeAttempt(e, func(tx core.App, a *attempt) error {
		if a.status() != statusOpen || a.current() >= len(a.plan) || a.shown() {
			return nil
		}
		from := a.progress()
		a.rec.Set("question_started_ms", now)
		return a.saveProgress(tx, from)
	})
}

// handleFinish ends the attempt now (questions not reached count as skipped)
// and returns it with its results. Finishing a finished attempt just returns
// it, without taking the write lock. The finish is worked out outside the lock
// and written with other requests' writes in one transaction (group commit),
// as answers are: a school told to hand in at the same moment waits for a few
// commits, not for a thousand in a row. An attempt that moved on meanwhile (an
// answer racing the finish) is read again and finished as it then stands.
func (h *engine) handleFinish(e *core.RequestEvent) error {
	now := nowMs()
	for try := 1; ; try++ {
		a, err := h.readAttempt(e)
		if err != nil {
			return err
		}
		if a.status() != statusOpen {
			return h.respondState(e, a)
		}
		from := a.progress()
		err = h.writes.Run(e.App, func(tx core.App) error {
			if err := a.advance(tx, now); err != nil {
				return err
			}
			if a.status() == statusOpen {
				if err := a.finish(tx, now); err != nil {
					return err
				}
			}
			return a.saveProgress(tx, from)
		})
		if (errors.Is(err, errAttemptMoved) || writes.IsUniqueViolation(err)) && try < 3 {
			h.attempts.drop(a.id())
			continue
		}
		if err != nil {
			return err
		}
		h.attempts.put(a)
		return h.respondState(e, a)
	}
}

// changeAttempt applies change to the participant's attempt in a transaction
// and replies with the attempt as it then stands.
func (h *engine) changeAttempt(e *core.RequestEvent, change func(tx core.App, a *attempt) error) error {
	var a *attempt
	err := e.App.RunInTransaction(func(tx core.App) error {
		var err error
		if a, err = ownAttempt(tx, e); err != nil {
			return err
		}
		return change(tx, a)
	})
	if err != nil {
		return err
	}
	h.attempts.put(a)
	return h.respondState(e, a)
}

// respondState replies with the attempt in the requested locale.
func (h *engine) respondState(e *core.RequestEvent, a *attempt) error {
	state, err := h.buildState(e.App, a, localeOf(e))
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, state)
}
