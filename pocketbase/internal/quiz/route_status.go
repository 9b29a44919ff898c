package quiz

import (
	"database/sql"
	"errors"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/participant"
)

// Status is what a participant needs before starting a quiz.
type Status struct {
	// Open is false before the window opens or after it closes.
	Open           bool   `json:"open"`
	AttemptsToday  int    `json:"attemptsToday"`
	AttemptsPerDay int    `json:"attemptsPerDay"`
	Unfinished     string `json:"unfinished,omitempty"`
	// FinishedToday is today's last finished attempt once today's attempts
	// are used up, so the page shows its result and explanations instead of
	// only saying there are none left.
	FinishedToday string  `json:"finishedToday,omitempty"`
	Streak        *Streak `json:"streak,omitempty"`
	ServerNow     int64   `json:"serverNow"`
}

// stillOpen returns the id of an open attempt if time has not run out on it,
// recording its timeouts first if it has; "" once that finished it.
func (h *engine) stillOpen(app core.App, record *core.Record, now int64) (string, error) {
	a, err := decodeAttempt(record)
	if err != nil || (!a.overdue(now) && a.current() < len(a.plan)) {
		return record.Id, err
	}
	err = app.RunInTransaction(func(tx core.App) error {
		if a, err = loadAttempt(tx, record.Id); err != nil {
			return err
		}
		return a.advanceAndSave(tx, now)
	})
	if err != nil || a.status() != statusOpen {
		return "", err
	}
	return a.id(), nil
}

// handleStatus tells a participant whether they can start the quiz now, how
// many of today's attempts they have used, which attempt they can resume or,
// once today's are used up, review and, for the daily challenge, their streak.
func (h *engine) handleStatus(e *core.RequestEvent) error {
	slug := e.Request.PathValue("slug")
	def, err := LoadDefinition(e.App, slug)
	if err != nil {
		return err
	}
	now := time.Now()
	who := participant.ID(e)
	today := campaign.Day(now)
	used, err := e.App.CountRecords("attempts", dbx.HashExp{"participant": who, "quiz": slug, "day": today})
	if err != nil {
		return err
	}
	status := Status{
		Open:           windowProblem(def, now) == nil,
		AttemptsToday:  int(used),
		AttemptsPerDay: def.AttemptsPerDay,
		ServerNow:      millis(now),
	}
	open, err := e.App.FindFirstRecordByFilter("attempts",
		"participant = {:p} && quiz = {:q} && assignment = '' && status = 'open'", dbx.Params{"p": who, "q": slug})
	switch {
	case err == nil:
		if status.Unfinished, err = h.stillOpen(e.App, open, millis(now)); err != nil {
			return err
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	if def.AttemptsPerDay > 0 && status.AttemptsToday >= def.AttemptsPerDay && status.Unfinished == "" {
		last, err := e.App.FindRecordsByFilter("attempts",
			"participant = {:p} && quiz = {:q} && day = {:d} && assignment = '' && status = 'finished'",
			"-created", 1, 0, dbx.Params{"p": who, "q": slug, "d": today})
		if err != nil {
			return err
		}
		if len(last) == 1 {
			status.FinishedToday = last[0].Id
		}
	}
	if def.Mode == ModeDaily {
		streak := readStreak(e.App, who, slug, today)
		status.Streak = &streak
	}
	return e.JSON(http.StatusOK, status)
}
