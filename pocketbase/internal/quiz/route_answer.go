package quiz

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/writes"
)

type answerInput struct {
	// Question is the handle of the question answered (QuestionView.ID).
	Question string `json:"question"`
	// Choice is shown option positions, true/false, or null for "no answer";
	// it must be present, so a client bug cannot pass for a skipped question.
	Choice json.RawMessage `json:"choice"`
	// Key is the client's idempotency key for this answer: a retry sends the
	// same key and gets the first reply again instead of a second answer.
	Key    string `json:"key"`
	Locale string `json:"locale"`
}

// errInvalidAnswer refuses an answer that is not well formed.
var errInvalidAnswer = problem.BadInput("invalid_answer", "An answer needs a question id, a choice and a request key.")

// timeUpToleranceMs allows for the browser's estimate of the server clock
// being a little early when it reports that a question's time ran out.
const timeUpToleranceMs = 1000

// requestKeyPattern accepts UUIDs and similar client-made keys.
var requestKeyPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{8,64}$`)

// AnswerReply is the server's word on one answer.
type AnswerReply struct {
	// Accepted is false when the answer came too late and was recorded as timed out.
	Accepted bool         `json:"accepted"`
	Answer   AnsweredView `json:"answer"`
	// Score is the running score, when the quiz shows feedback after each question.
	Score *int `json:"score,omitempty"`
	// Next is the next question, already running; nil in a paced quiz, whose
	// next question starts when the participant asks for it (POST …/next).
	Next *QuestionView `json:"next"`
	// State is the whole attempt with its results, once the answer finished it.
	State *StateView `json:"state,omitempty"`
}

// handleAnswer records the answer to the current question. Checks, in order:
// the body is well formed, the attempt is the participant's, a retry (same
// question, same key) replays the first reply, the question is still open (a
// late answer is recorded as timed out), it is the current question, and the
// choice fits it. Scoring uses the server's clock only.
//
// Everything is read and judged outside the write lock; the write itself is a
// short transaction that first checks the attempt has not moved on meanwhile
// (another tab, a retry racing the original) and, if it has, starts over.
func (h *engine) handleAnswer(e *core.RequestEvent) error {
	var input answerInput
	if err := problem.Bind(e, &input); err != nil {
		if errors.Is(err, problem.ErrInvalidBody) {
			return errInvalidAnswer
		}
		return err
	}
	choice, err := parseChoice(input.Choice)
	if err != nil || input.Question == "" || !requestKeyPattern.MatchString(input.Key) {
		return errInvalidAnswer
	}
	now := nowMs()
	locale := pickLocale(input.Locale)
	for try := 1; ; try++ {
		a, err := h.settledAttempt(e, now)
		if err != nil {
			return err
		}
		// the current question has no answer yet (answering moves current on),
		// so only another question can be a retry, a late answer or a repeat
		if at := planIndex(a.plan, input.Question); at >= 0 && !a.isCurrent(input.Question) {
			stored, err := storedAnswer(e.App, a.id(), a.plan[at].Question)
			if err != nil {
				return err
			}
			if stored != nil {
				return h.replyToStored(e, a, stored, input.Key, locale)
			}
		}
		if refusal := a.checkAnswerable(input.Question, choice); refusal != nil {
			return refusal
		}
		answer, err := a.answer(&h.writes, e.App, choice, input.Key, now)
		if errors.Is(err, errAttemptMoved) && try < 3 {
			h.attempts.drop(a.id())
			continue
		}
		if err != nil {
			return err
		}
		h.attempts.put(a)
		reply, err := h.buildReply(e.App, a, answer, true, locale)
		if err != nil {
			return err
		}
		return e.JSON(http.StatusOK, reply)
	}
}

// settledAttempt loads the participant's attempt and, if a question's time
// ran out meanwhile, records that first (with other writes, see
// updateAttempt). The attempt returned is the caller's to change.
func (h *engine) settledAttempt(e *core.RequestEvent, now int64) (*attempt, error) {
	a, err := h.readAttempt(e)
	if err != nil || a.status() != statusOpen || (!a.overdue(now) && a.current() < len(a.plan)) {
		return a, err
	}
	a, err = h.updateAttempt(e, a, func(tx core.App, a *attempt) error {
		return a.advanceAndSave(tx, now)
	})
	if err != nil {
		return nil, err
	}
	return a.copy(), nil
}

// replyToStored answers a request for a question that already has an answer:
// the same key is a retry and gets the first reply again; an answer that came
// after the question timed out is told so; anything else is a second answer.
func (h *engine) replyToStored(e *core.RequestEvent, a *attempt, stored *answerRow, key, locale string) error {
	replay := stored.RequestKey == key
	late := stored.TimedOut && stored.RequestKey == ""
	if !replay && !late {
		return problem.Conflict("already_answered", "This question has already been answered.")
	}
	reply, err := h.buildReply(e.App, a, stored, replay, locale)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, reply)
}

// parseChoice reads a required choice: null means no answer.
func parseChoice(raw json.RawMessage) (*Choice, error) {
	if len(raw) == 0 {
		return nil, errors.New("no choice")
	}
	if string(raw) == "null" {
		return nil, nil
	}
	choice := &Choice{}
	return choice, json.Unmarshal(raw, choice)
}

// isCurrent reports whether the handle names the open attempt's current question.
func (a *attempt) isCurrent(handle string) bool {
	return a.status() == statusOpen && a.current() < len(a.plan) && a.plan[a.current()].handle() == handle
}

// checkAnswerable refuses an answer to a finished attempt, to a question that
// is not the current one, or with a choice that does not fit the question.
func (a *attempt) checkAnswerable(handle string, choice *Choice) error {
	if a.status() != statusOpen {
		return problem.Conflict("attempt_finished", "This attempt is already finished.")
	}
	item := a.plan[a.current()]
	if item.handle() != handle {
		if planIndex(a.plan, handle) >= 0 {
			return problem.Conflict("not_current_question", "Answer the questions in order.")
		}
		return problem.BadInput("unknown_question", "This question is not part of the attempt.")
	}
	if !item.ValidChoice(choice) {
		return problem.BadInput("invalid_choice", "That choice does not fit this question.")
	}
	return nil
}

// answer judges and scores the choice for the current question at now and
// stores it, finishing the attempt after the last question. The transaction
// holds the write lock only for the writes: saveProgress refuses if the
// attempt moved on after it was read.
func (a *attempt) answer(batcher *writes.Batcher, app core.App, choice *Choice, key string, now int64) (*answerRow, error) {
	item := a.plan[a.current()]
	outcome := Judge(item, choice)
	deadline := a.questionDeadline()
	if choice == nil && deadline > 0 && now >= deadline-timeUpToleranceMs {
		outcome = TimedOut // the browser's clock ran out: time's up, not a skip
	}
	elapsed := time.Duration(now-a.num("question_started_ms")) * time.Millisecond
	points := BasePoints(a.rules.Scoring, a.rules.questionLimit(), elapsed, outcome)
	if outcome == Correct && a.rules.Scoring.StreakBonus {
		points += StreakBonus(a.rec.GetInt("streak") + 1)
	}
	// an answer inside the grace period is settled at the deadline: it
	// never pushes the next question's start past the time it was due
	settledAt := now
	if deadline > 0 {
		settledAt = min(now, deadline)
	}
	from := a.progress()
	var answer *answerRow
	err := batcher.Run(app, func(tx core.App) error {
		var err error
		if answer, err = a.settle(tx, choice, outcome, points, settledAt, key); err != nil {
			return err
		}
		if a.current() >= len(a.plan) {
			if err := a.finish(tx, settledAt); err != nil {
				return err
			}
		}
		return a.saveProgress(tx, from)
	})
	if writes.IsUniqueViolation(err) {
		return nil, errAttemptMoved // a racing request answered first
	}
	return answer, err
}

// buildReply renders the reply to an answer: feedback if the quiz gives it
// now, the next question, or the whole attempt once it is finished.
func (h *engine) buildReply(app core.App, a *attempt, answer *answerRow, accepted bool, locale string) (*AnswerReply, error) {
	position := answer.Position
	item := a.plan[position]
	reply := &AnswerReply{
		Accepted: accepted,
		Answer:   AnsweredView{Index: position, Question: item.handle(), Status: answer.status()},
	}
	if a.status() == statusFinished {
		state, err := h.buildState(app, a, locale)
		if err != nil {
			return nil, err
		}
		reply.State = state
		reply.Score = state.Score
		for _, settled := range state.Answered {
			if settled.Index == position && a.rules.Feedback == FeedbackEach {
				reply.Answer.Feedback = settled.Feedback
			}
		}
		return reply, nil
	}
	slugs := []string{item.Question}
	nextIndex := a.current()
	if nextIndex < len(a.plan) && a.shown() {
		slugs = append(slugs, a.plan[nextIndex].Question)
	}
	questions, err := h.bank.questions(app, slugs)
	if err != nil {
		return nil, err
	}
	if a.revealsAnswers() {
		reply.Answer.Feedback = feedback(item, questions[item.Question], locale, *answer)
	}
	if a.showsScore() {
		score := a.rec.GetInt("score")
		reply.Score = &score
	}
	if nextIndex < len(a.plan) && a.shown() {
		next := questionView(a.plan[nextIndex], nextIndex, questions[a.plan[nextIndex].Question], locale)
		next.StartedAt = a.num("question_started_ms")
		next.Deadline = a.questionDeadline()
		reply.Next = &next
	}
	return reply, nil
}
