package quiz

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
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
// and returns it with its results. Finishing a finished attempt just returns it.
func (h *engine) handleFinish(e *core.RequestEvent) error {
	now := nowMs()
	return h.changeAttempt(e, func(tx core.App, a *attempt) error {
		if a.status() != statusOpen {
			return nil
		}
		from := a.progress()
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
