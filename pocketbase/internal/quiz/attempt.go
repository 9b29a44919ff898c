package quiz

import (
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/writes"
)

// Attempt statuses.
const (
	statusOpen     = "open"
	statusFinished = "finished"
)

// attempt is one participant's run through a quiz: the stored record plus its
// decoded plan and rules. All timing is Unix milliseconds on the server clock.
type attempt struct {
	rec   *core.Record
	plan  []PlanItem
	rules *Definition
	// answers are the attempt's stored answers in the order asked, when
	// answersKnown: an attempt started by this process has seen every answer
	// it stored, so its finishing reply reads none back. One read from the
	// database has answers unknown.
	answers      []answerRow
	answersKnown bool
}

// loadAttempt reads an attempt and decodes its plan and rules.
func loadAttempt(app core.App, id string) (*attempt, error) {
	record, err := app.FindRecordById("attempts", id)
	if err != nil {
		return nil, err
	}
	return decodeAttempt(record)
}

func decodeAttempt(record *core.Record) (*attempt, error) {
	a := &attempt{rec: record}
	if err := json.Unmarshal([]byte(record.GetString("plan")), &a.plan); err != nil {
		return nil, err
	}
	rules, err := parseDefinition([]byte(record.GetString("rules")))
	if err != nil {
		return nil, err
	}
	a.rules = rules
	return a, nil
}

func (a *attempt) id() string             { return a.rec.Id }
func (a *attempt) participant() string    { return a.rec.GetString("participant") }
func (a *attempt) status() string         { return a.rec.GetString("status") }
func (a *attempt) current() int           { return a.rec.GetInt("current") }
func (a *attempt) num(field string) int64 { return int64(a.rec.GetFloat(field)) }

// paced reports whether each question waits for the participant: a quiz that
// explains every answer starts the next question's clock only when the
// participant asks for it (POST …/next), so reading an explanation never
// costs time or points.
func (a *attempt) paced() bool { return a.rules.Feedback == FeedbackEach }

// shown reports whether the current question has been shown, its clock running.
func (a *attempt) shown() bool { return a.num("question_started_ms") > 0 }

// questionDeadline is when the current question closes: its own limit or the
// attempt's total, whichever comes first; 0 when neither is set. A question
// not shown yet has no clock of its own.
func (a *attempt) questionDeadline() int64 {
	deadline := a.num("deadline_ms")
	if per := a.rules.Time.PerQuestion; per > 0 && a.shown() {
		own := a.num("question_started_ms") + int64(per)*1000
		if deadline == 0 || own < deadline {
			deadline = own
		}
	}
	return deadline
}

// overdue reports whether the current question's deadline and grace have passed.
func (a *attempt) overdue(now int64) bool {
	deadline := a.questionDeadline()
	return deadline > 0 && now > deadline+graceMs
}

// advance brings an open attempt up to now: each question whose time ran out
// is recorded as timed out (in an unpaced quiz the next one started when it
// closed), and the attempt is finished when no question is left. It runs
// before every read or write, so a participant who closed the tab finds the
// clock kept running.
func (a *attempt) advance(tx core.App, now int64) error {
	finishAt := now
	for a.status() == statusOpen && a.current() < len(a.plan) && a.overdue(now) {
		closed := a.questionDeadline()
		if _, err := a.settle(tx, nil, TimedOut, 0, closed, ""); err != nil {
			return err
		}
		finishAt = min(closed, now)
	}
	if a.status() == statusOpen && a.current() >= len(a.plan) {
		return a.finish(tx, finishAt)
	}
	return nil
}

// advanceAndSave advances the attempt and saves its progress if anything changed.
func (a *attempt) advanceAndSave(tx core.App, now int64) error {
	from := a.progress()
	if err := a.advance(tx, now); err != nil {
		return err
	}
	if a.progress() == from {
		return nil
	}
	return a.saveProgress(tx, from)
}

// settle stores the answer to the current question and moves on to the next,
// which starts at once unless the quiz is paced. Time used adds up the time
// each question was on screen.
func (a *attempt) settle(tx core.App, choice *Choice, outcome Outcome, points int, answeredMs int64, requestKey string) (*answerRow, error) {
	position := a.current()
	item := a.plan[position]
	var elapsed int64
	if a.shown() {
		elapsed = max(0, answeredMs-a.num("question_started_ms"))
	}
	row := &answerRow{
		Attempt:    a.id(),
		Quiz:       a.rec.GetString("quiz"),
		Question:   item.Question,
		Position:   position,
		Correct:    outcome == Correct,
		Partial:    outcome == Partial,
		TimedOut:   outcome == TimedOut,
		Points:     points,
		ElapsedMs:  elapsed,
		AnsweredMs: answeredMs,
		RequestKey: requestKey,
	}
	if stored := item.bankChoice(choice); stored != nil {
		raw, err := json.Marshal(stored)
		if err != nil {
			return nil, err
		}
		row.Choice = sql.NullString{String: string(raw), Valid: true}
	}
	if err := insertAnswer(tx, row); err != nil {
		return nil, err
	}
	if a.answersKnown {
		a.answers = append(a.answers, *row)
	}

	a.rec.Set("score", a.rec.GetInt("score")+points)
	if outcome == Correct {
		a.rec.Set("correct", a.rec.GetInt("correct")+1)
		a.rec.Set("streak", a.rec.GetInt("streak")+1)
	} else {
		a.rec.Set("streak", 0)
	}
	a.rec.Set("current", position+1)
	a.rec.Set("time_used_ms", a.num("time_used_ms")+elapsed)
	nextShown := answeredMs
	if a.paced() {
		nextShown = 0
	}
	a.rec.Set("question_started_ms", nextShown)
	return row, nil
}

// finish closes the attempt at the given time; questions never reached count
// as skipped. Daily challenges also move the participant's streak.
func (a *attempt) finish(tx core.App, at int64) error {
	for a.current() < len(a.plan) {
		if _, err := a.settle(tx, nil, Skipped, 0, at, ""); err != nil {
			return err
		}
	}
	a.rec.Set("status", statusFinished)
	a.rec.Set("finished_ms", at)
	if a.rules.Mode == ModeDaily {
		if err := extendStreak(tx, a.participant(), a.rec.GetString("quiz"), a.rec.GetString("day")); err != nil {
			return err
		}
	}
	return nil
}

// errAttemptMoved means the attempt changed between reading and writing it.
var errAttemptMoved = errors.New("the attempt moved on while the answer was judged")

// progress is where an attempt stands: the question it is on and when that
// question was shown (0: not yet). Two reads with the same progress saw the
// same attempt.
type progress struct {
	current int
	shownAt int64
	status  string
}

func (a *attempt) progress() progress {
	return progress{current: a.current(), shownAt: a.num("question_started_ms"), status: a.status()}
}

// saveProgressSQL writes an attempt's progress if it still stands where it
// was read; saveFinishSQL also closes it. Only a finish writes status and
// finished_ms, so an answer does not rewrite the leaderboard indexes.
const (
	saveProgressSQL = `UPDATE attempts SET current = {:current}, question_started_ms = {:shown}, score = {:score},
	correct = {:correct}, streak = {:streak}, time_used_ms = {:time_used}
	WHERE id = {:id} AND current = {:from_current} AND question_started_ms = {:from_shown} AND status = {:from_status}`
	saveFinishSQL = `UPDATE attempts SET current = {:current}, question_started_ms = {:shown}, score = {:score},
	correct = {:correct}, streak = {:streak}, time_used_ms = {:time_used}, status = {:status}, finished_ms = {:finished}
	WHERE id = {:id} AND current = {:from_current} AND question_started_ms = {:from_shown} AND status = {:from_status}`
)

// saveProgress writes the attempt's progress (current question, score,
// status…), but only if it still stands where it was read (from): the update
// is its own check, so two requests racing for one question cannot both
// count, and an attempt changed elsewhere is never overwritten.
func (a *attempt) saveProgress(tx core.App, from progress) error {
	statement := saveProgressSQL
	if a.status() != from.status {
		statement = saveFinishSQL
	}
	result, err := writes.Prepared(tx, statement).Bind(dbx.Params{
		"current":      a.current(),
		"shown":        a.num("question_started_ms"),
		"score":        a.rec.GetInt("score"),
		"correct":      a.rec.GetInt("correct"),
		"streak":       a.rec.GetInt("streak"),
		"time_used":    a.num("time_used_ms"),
		"status":       a.status(),
		"finished":     a.num("finished_ms"),
		"id":           a.id(),
		"from_current": from.current,
		"from_shown":   from.shownAt,
		"from_status":  from.status,
	}).Execute()
	if err != nil {
		return err
	}
	if changed, _ := result.RowsAffected(); changed == 0 {
		return errAttemptMoved
	}
	return nil
}

// nowMs is the server clock in Unix milliseconds, as the routes read it once per request.
func nowMs() int64 { return millis(time.Now()) }
