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
		return h.changeAttempt(e, a, func(tx core.App, a *attempt) error {
			return a.advanceAndSave(tx, now)
		})
	}
	return h.respondState(e, a)
}

// handleNext shows the next question of a paced attempt: its clock starts
// now. Asking again once it is showing changes nothing.
func (h *engine) handleNext(e *core.RequestEvent) error {
	now := nowMs()
	a, err := h.readAttempt(e)
	if err != nil {
		return err
	}
	return h.changeAttempt(e, a, func(tx core.App, a *attempt) error {
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
// it, without taking the write lock; a school told to hand in at the same
// moment shares commits (see updateAttempt).
func (h *engine) handleFinish(e *core.RequestEvent) error {
	now := nowMs()
	a, err := h.readAttempt(e)
	if err != nil {
		return err
	}
	if a.status() != statusOpen {
		return h.respondState(e, a)
	}
	return h.changeAttempt(e, a, func(tx core.App, a *attempt) error {
		if a.status() != statusOpen {
			return nil // a racing request finished it
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

// changeAttempt applies change to the participant's attempt a, as read by
// readAttempt (see updateAttempt), and replies with the attempt as it then
// stands.
func (h *engine) changeAttempt(e *core.RequestEvent, a *attempt, change func(tx core.App, a *attempt) error) error {
	a, err := h.updateAttempt(e, a, change)
	if err != nil {
		return err
	}
	return h.respondState(e, a)
}

// updateAttempt writes change to the participant's attempt a, as the caller
// read it (readAttempt) outside the write lock, with other requests' writes
// in one transaction (group commit), as answers are: a thousand pupils whose
// test ends, or who hand in, in the same second wait for a few commits, not
// for a thousand in a row. change saves through saveProgress, whose update
// checks the attempt still stands where it was read; if an answer or another
// tab moved it on meanwhile, it is read again and change applied to it as it
// then stands. The attempt returned is the cache's: the caller must not
// change it.
func (h *engine) updateAttempt(e *core.RequestEvent, a *attempt, change func(tx core.App, a *attempt) error) (*attempt, error) {
	for try := 1; ; try++ {
		err := h.writes.Run(e.App, func(tx core.App) error { return change(tx, a) })
		if (errors.Is(err, errAttemptMoved) || writes.IsUniqueViolation(err)) && try < 3 {
			h.attempts.drop(a.id())
			if a, err = h.readAttempt(e); err != nil {
				return nil, err
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		h.attempts.put(a)
		return a, nil
	}
}

// respondState replies with the attempt in the requested locale.
func (h *engine) respondState(e *core.RequestEvent, a *attempt) error {
	state, err := h.buildState(e.App, a, localeOf(e))
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, state)
}
