package quiz

import (
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/writes"
)

// answerRow is one stored answer, a row of attempt_answers. Answers are the
// engine's hot path (a class answers within the same second), so they are
// written and read with plain SQL rather than through PocketBase's record
// machinery, which would add validation and hooks that nothing here needs;
// the collection stays closed to the records API either way.
type answerRow struct {
	ID       string `db:"id"`
	Attempt  string `db:"attempt"`
	Quiz     string `db:"quiz"`
	Question string `db:"question"`
	Position int    `db:"position"`
	// Choice is the chosen bank indices or true/false as JSON; NULL when none.
	Choice     sql.NullString `db:"choice"`
	Correct    bool           `db:"correct"`
	Partial    bool           `db:"partial"`
	TimedOut   bool           `db:"timed_out"`
	Points     int            `db:"points"`
	ElapsedMs  int64          `db:"elapsed_ms"`
	AnsweredMs int64          `db:"answered_ms"`
	RequestKey string         `db:"request_key"`
}

// outcome reads how the answer was judged.
func (r answerRow) outcome() Outcome {
	switch {
	case r.TimedOut:
		return TimedOut
	case r.Correct:
		return Correct
	case r.Partial:
		return Partial
	case !r.Choice.Valid:
		return Skipped
	default:
		return Wrong
	}
}

// status says whether the answer was given, timed out or skipped.
func (r answerRow) status() string {
	switch r.outcome() {
	case TimedOut:
		return "timed_out"
	case Skipped:
		return "skipped"
	default:
		return "answered"
	}
}

// choice decodes the stored choice (bank indices), or nil.
func (r answerRow) choice() *Choice {
	if !r.Choice.Valid {
		return nil
	}
	var c Choice
	if err := json.Unmarshal([]byte(r.Choice.String), &c); err != nil {
		return nil
	}
	return &c
}

// insertAnswerSQL stores one answer; see insertAnswer.
const insertAnswerSQL = `INSERT INTO attempt_answers
	(id, attempt, quiz, question, position, choice, correct, partial, timed_out, points, elapsed_ms, answered_ms, request_key)
	VALUES ({:id}, {:attempt}, {:quiz}, {:question}, {:position}, {:choice}, {:correct}, {:partial}, {:timed_out},
	{:points}, {:elapsed_ms}, {:answered_ms}, {:request_key})`

// insertAnswer stores a new answer; the unique index on (attempt, question)
// refuses a second answer to the same question.
func insertAnswer(tx core.App, row *answerRow) error {
	row.ID = core.GenerateDefaultRandomId()
	_, err := writes.Prepared(tx, insertAnswerSQL).Bind(dbx.Params{
		"id": row.ID, "attempt": row.Attempt, "quiz": row.Quiz, "question": row.Question,
		"position": row.Position, "choice": row.Choice, "correct": row.Correct,
		"partial": row.Partial, "timed_out": row.TimedOut, "points": row.Points,
		"elapsed_ms": row.ElapsedMs, "answered_ms": row.AnsweredMs, "request_key": row.RequestKey,
	}).Execute()
	return err
}

// storedAnswer returns the attempt's answer to a question, or nil.
func storedAnswer(app core.App, attemptID, question string) (*answerRow, error) {
	row := &answerRow{}
	err := app.DB().Select("*").From("attempt_answers").
		Where(dbx.HashExp{"attempt": attemptID, "question": question}).
		One(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return row, err
}

// attemptAnswers returns an attempt's answers in the order asked.
func attemptAnswers(app core.App, attemptID string) ([]answerRow, error) {
	var rows []answerRow
	err := app.DB().Select("*").From("attempt_answers").
		Where(dbx.HashExp{"attempt": attemptID}).
		OrderBy("position").
		All(&rows)
	return rows, err
}
