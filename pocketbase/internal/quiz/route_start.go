package quiz

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	mathrand "math/rand/v2"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/participant"
	"jindu/internal/problem"
	"jindu/internal/secrets"
)

type startInput struct {
	Locale string `json:"locale"`
	// Group is the contest group (e.g. primary, secondary); other quizzes ignore it.
	Group string `json:"group"`
	// Assignment, Card and Nickname start an attempt for a class assignment,
	// as one of the class's students: the code of their roster card, or a
	// nickname in a class without a roster.
	Assignment string `json:"assignment"`
	Card       string `json:"card"`
	Nickname   string `json:"nickname"`
	// Profile is where the participant comes from (optional; see profile.go).
	Profile Profile `json:"profile"`
}

// handleStart starts an attempt, or resumes the participant's unfinished one:
// 201 with a new attempt, 200 with the resumed one. Checks, in order: the quiz
// exists and its window is open, the contest group is valid, the assignment
// (if any) admits the nickname, and the daily attempt limit is not reached.
// An attempt for an assignment resumes only an open attempt for the same
// assignment and nickname, so students sharing a browser keep theirs apart.
func (h *engine) handleStart(e *core.RequestEvent) error {
	var input startInput
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	slug := e.Request.PathValue("slug")
	def, err := h.definitions.get(e.App, slug)
	if err != nil {
		return err
	}
	now := time.Now()
	if closed := windowProblem(def, now); closed != nil {
		return closed
	}
	var group *Group
	if len(def.Groups) > 0 {
		if group = def.group(input.Group); group == nil {
			return problem.BadInput("group_required", "Choose your group (primary or secondary school) first.")
		}
	}
	origin, err := input.Profile.check()
	if err != nil {
		return err
	}
	var assignee Assignee
	if input.Assignment != "" {
		if h.gate == nil {
			return errNoSuchAssignment
		}
		claim := AssignmentClaim{Assignment: input.Assignment, Nickname: input.Nickname, Card: input.Card}
		if assignee, err = h.gate(e.App, slug, claim); err != nil {
			return err
		}
		// homework counts for the class's school and region
		origin = assignee.Origin
	}
	bank, err := h.bank.get(e.App)
	if err != nil {
		return err
	}
	fraud, err := fraudHashes(e, def)
	if err != nil {
		return err
	}

	who := participant.ID(e)
	// Drawing, planning and checking the new attempt happen here, in parallel
	// with other starts; the shared writer (one at a time for the whole
	// server) only checks for an open attempt and the daily limit and inserts
	// the row. A thousand pupils pressing start at once queue for that part.
	fresh, drawErr := prepareAttempt(e.App, def, group, who, assignee, origin, bank.poolFor(def, group, now), now, fraud)
	var started *attempt
	var refusal error
	created := false
	err = h.writes.Run(e.App, func(tx core.App) error {
		open, err := findOpenAttempt(tx, who, slug, assignee, millis(now))
		if err != nil || open != nil {
			started = open
			return err
		}
		if def.AttemptsPerDay > 0 {
			used, err := tx.CountRecords("attempts", dbx.HashExp{"participant": who, "quiz": slug, "day": campaign.Day(now)})
			if err != nil {
				return err
			}
			if int(used) >= def.AttemptsPerDay {
				refusal = problem.Conflict("daily_limit_reached", "You have used today's attempts for this quiz. Come back tomorrow.")
				return nil
			}
		}
		if drawErr != nil {
			return drawErr // reported only now: a participant with an open attempt resumes it regardless
		}
		if err := insertRecord(tx, fresh.rec); err != nil {
			return err
		}
		started, created = fresh, true
		return nil
	})
	if err != nil {
		return err
	}
	if refusal != nil {
		return refusal
	}
	h.attempts.put(started)
	state, err := h.buildState(e.App, started, pickLocale(input.Locale))
	if err != nil {
		return err
	}
	if created {
		return e.JSON(http.StatusCreated, state)
	}
	return e.JSON(http.StatusOK, state)
}

// windowProblem refuses a start before a quiz opens or after it closes.
func windowProblem(def *Definition, now time.Time) *problem.Problem {
	if def.Window == nil {
		return nil
	}
	if now.Before(def.Window.Opens) {
		return problem.New(http.StatusForbidden, "quiz_not_open", "This quiz has not opened yet.")
	}
	if !now.Before(def.Window.Closes) {
		return problem.New(http.StatusForbidden, "quiz_closed", "This quiz has closed.")
	}
	return nil
}

// errNoSuchAssignment refuses a start for an assignment nobody can check.
var errNoSuchAssignment = problem.NotFound("assignment_not_found", "There is no such assignment.")

// findOpenAttempt returns the participant's unfinished attempt at the quiz
// for the assignee (the zero Assignee: outside any assignment), brought up to
// now, or nil if there is none (or it has just run out of time).
func findOpenAttempt(tx core.App, who, slug string, assignee Assignee, now int64) (*attempt, error) {
	// the id alone first: nearly every start finds none, and a bare row is
	// far cheaper to look for than a decoded record (this runs in the writer)
	var id string
	err := tx.DB().Select("id").From("attempts").
		Where(dbx.HashExp{"participant": who, "quiz": slug, "assignment": assignee.Assignment,
			"nickname": assignee.Nickname, "status": statusOpen}).
		Limit(1).Row(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	record, err := tx.FindRecordById("attempts", id)
	if err != nil {
		return nil, err
	}
	a, err := decodeAttempt(record)
	if err != nil {
		return nil, err
	}
	if err := a.advanceAndSave(tx, now); err != nil {
		return nil, err
	}
	if a.status() != statusOpen {
		return nil, nil
	}
	return a, nil
}

// randomSource is a ChaCha8 stream seeded from the operating system.
func randomSource() *mathrand.Rand {
	var seed [32]byte
	_, _ = rand.Read(seed[:])
	return mathrand.New(mathrand.NewChaCha8(seed))
}

// fraudReview is what a contest keeps to review suspicious entries: keyed
// hashes of the address and browser, never the values themselves.
type fraudReview struct{ ip, userAgent string }

// fraudHashes hashes the client's IP and user agent for contest attempts.
func fraudHashes(e *core.RequestEvent, def *Definition) (fraudReview, error) {
	if def.Mode != ModeContest {
		return fraudReview{}, nil
	}
	secret, err := secrets.Get(e.App, "fraud-review")
	if err != nil {
		return fraudReview{}, err
	}
	hash := func(value string) string {
		mac := hmac.New(sha256.New, secret)
		mac.Write([]byte(value))
		return hex.EncodeToString(mac.Sum(nil))[:32]
	}
	return fraudReview{ip: hash(e.RealIP()), userAgent: hash(e.Request.UserAgent())}, nil
}
