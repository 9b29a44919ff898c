package classroom

import (
	"sort"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/participant"
	"jindu/internal/pledge"
	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// An assignment is a shipped quiz a teacher gives one of their classes to do
// by a due time. Students pick their nickname from the class roster (any
// nickname when the roster is empty) and play the quiz through the quiz
// engine, whose attempts record the assignment and nickname.
//
// What counts: a nickname's first finished attempt. A student may try again
// (to practise, or after a mistake), but a later attempt never replaces the
// first, so a retry cannot turn a late submission into an on-time one or
// change a score the teacher has already seen. An attempt finished at or
// before the due time is on time; after it, late; a roster nickname with no
// finished attempt is missing.

// Assignment statuses of a student.
const (
	statusOnTime  = "on_time"
	statusLate    = "late"
	statusMissing = "missing"
)

// assignableModes are the quiz modes a teacher may assign: the daily
// challenge and contests run on their own calendar, kiosk quizzes are for booths.
var assignableModes = []string{quiz.ModePractice, quiz.ModeTest}

// errNoAssignment answers for a missing assignment and another teacher's alike.
var errNoAssignment = problem.NotFound("assignment_not_found", "There is no such assignment.")

// registerAssignmentHooks gives a new assignment its teacher (the signed-in
// one) and checks its quiz and, when new, that it is not already due.
func registerAssignmentHooks(app core.App) {
	app.OnRecordCreateRequest("assignments").BindFunc(func(e *core.RecordRequestEvent) error {
		if !e.HasSuperuserAuth() && e.Auth != nil {
			e.Record.Set("teacher", e.Auth.Id)
		}
		return e.Next()
	})
	app.OnRecordValidate("assignments").BindFunc(func(e *core.RecordEvent) error {
		def, err := quiz.LoadDefinition(e.App, e.Record.GetString("quiz"))
		if err != nil || !assignable(def) {
			return validation.Errors{"quiz": validation.NewError("assignment_quiz_invalid", "Choose a practice quiz or a test.")}
		}
		due := e.Record.GetDateTime("due")
		if e.Record.IsNew() && !due.IsZero() && due.Time().Before(time.Now()) {
			return validation.Errors{"due": validation.NewError("assignment_due_past", "The due time has already passed.")}
		}
		return e.Next()
	})
}

// assignable reports whether a teacher may assign the quiz.
func assignable(def *quiz.Definition) bool {
	for _, mode := range assignableModes {
		if def.Mode == mode {
			return true
		}
	}
	return false
}

// AssignmentGate is the quiz engine's check on a start for an assignment
// (see quiz.AssignmentGate): the assignment exists and is for this quiz, and
// the student shows who they are: the code of their roster card when the
// class has a roster (a nickname alone would let any classmate do their
// homework for them), any clean nickname when it has none. The assignee's
// nickname is spelt as the roster spells it.
func AssignmentGate(app core.App, slug string, claim quiz.AssignmentClaim) (quiz.Assignee, error) {
	record, err := app.FindRecordById("assignments", claim.Assignment)
	if err != nil || record.GetString("quiz") != slug {
		return quiz.Assignee{}, errNoAssignment
	}
	class, err := app.FindRecordById("classes", record.GetString("class"))
	if err != nil {
		return quiz.Assignee{}, errNoAssignment
	}
	if len(rosterOf(class)) > 0 {
		if strings.TrimSpace(claim.Card) == "" {
			return quiz.Assignee{}, errCardRequired
		}
		card, err := findCard(app, claim.Card, class.Id)
		if err != nil {
			return quiz.Assignee{}, err
		}
		return quiz.Assignee{Assignment: record.Id, Nickname: card.GetString("nickname"), Origin: classOrigin(app, class)}, nil
	}
	if strings.TrimSpace(claim.Nickname) == "" {
		return quiz.Assignee{}, problem.BadInput("nickname_required", "Choose your name from the class list.")
	}
	clean, bad := participant.CleanNickname(claim.Nickname)
	if bad != nil {
		return quiz.Assignee{}, problem.BadInput(bad.Code, bad.Message)
	}
	return quiz.Assignee{Assignment: record.Id, Nickname: clean, Origin: classOrigin(app, class)}, nil
}

// classOrigin is where a class's homework counts in the campaign figures:
// its grade and its teacher's school and region.
func classOrigin(app core.App, class *core.Record) quiz.Origin {
	origin := quiz.Origin{GradeBand: class.GetString("grade")}
	teacher, err := app.FindRecordById("teachers", class.GetString("teacher"))
	if err != nil {
		return origin
	}
	origin.School = teacher.GetString("school")
	origin.Province, origin.City, _ = pledge.SplitRegion(teacher.GetString("region"))
	return origin
}

// rosterOf returns a class's roster nicknames.
func rosterOf(class *core.Record) []string {
	names := []string{}
	if list, ok := decodeJSON(class.Get("roster")).([]any); ok {
		for _, item := range list {
			if name, ok := item.(string); ok {
				names = append(names, name)
			}
		}
	}
	return names
}

// finishedAttempt is a finished attempt at an assignment, as its status needs it.
type finishedAttempt struct {
	ID         string
	Nickname   string
	FinishedMs int64
	Score      int
	Correct    int
	Partial    int
	Questions  int
}

// StudentStatus is one student's line in an assignment's status.
type StudentStatus struct {
	Nickname string `json:"nickname"`
	// OnRoster is false for a nickname that finished but is not on the roster
	// (the roster changed, or it was empty when the student started).
	OnRoster bool   `json:"onRoster"`
	Status   string `json:"status"`
	// Attempts is how many finished attempts the student has; the first counts.
	Attempts int `json:"attempts"`
	// Score, Correct, Questions and FinishedAt are the counted attempt's (absent when missing).
	Score      *int  `json:"score,omitempty"`
	Correct    *int  `json:"correct,omitempty"`
	Questions  int   `json:"questions,omitempty"`
	FinishedAt int64 `json:"finishedAt,omitempty"`
	// Attempt is the counted attempt's id, which the teacher can void.
	Attempt string `json:"attempt,omitempty"`

	counted *finishedAttempt
}

// StatusCounts sums an assignment's students by status.
type StatusCounts struct {
	OnTime    int `json:"onTime"`
	Late      int `json:"late"`
	Missing   int `json:"missing"`
	OffRoster int `json:"offRoster"`
}

// classify gives each roster nickname (in roster order) its status, then the
// nicknames off the roster that finished (in order of finishing). Each
// nickname's first finished attempt counts: on time when it finished at or
// before dueMs, late after; a roster nickname without one is missing.
func classify(roster []string, dueMs int64, attempts []finishedAttempt) []StudentStatus {
	sorted := append([]finishedAttempt(nil), attempts...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].FinishedMs < sorted[j].FinishedMs })
	first := map[string]finishedAttempt{}
	tries := map[string]int{}
	var order []string
	for _, a := range sorted {
		key := nicknameKey(a.Nickname)
		if tries[key] == 0 {
			first[key] = a
			order = append(order, key)
		}
		tries[key]++
	}
	line := func(nickname string, onRoster bool) StudentStatus {
		key := nicknameKey(nickname)
		s := StudentStatus{Nickname: nickname, OnRoster: onRoster, Status: statusMissing, Attempts: tries[key]}
		if a, done := first[key]; done {
			s.Status = statusOnTime
			if a.FinishedMs > dueMs {
				s.Status = statusLate
			}
			s.counted = &a
			s.Score, s.Correct = &a.Score, &a.Correct
			s.Questions, s.FinishedAt, s.Attempt = a.Questions, a.FinishedMs, a.ID
		}
		return s
	}
	students := []StudentStatus{}
	listed := map[string]bool{}
	for _, name := range roster {
		students = append(students, line(name, true))
		listed[nicknameKey(name)] = true
	}
	for _, key := range order {
		if !listed[key] {
			students = append(students, line(first[key].Nickname, false))
		}
	}
	return students
}

// countStatuses sums students by status.
func countStatuses(students []StudentStatus) StatusCounts {
	var c StatusCounts
	for _, s := range students {
		switch s.Status {
		case statusOnTime:
			c.OnTime++
		case statusLate:
			c.Late++
		case statusMissing:
			c.Missing++
		}
		if !s.OnRoster {
			c.OffRoster++
		}
	}
	return c
}

// assignmentRates are the session report's headline figures over the
// counted attempts (see rates.go); participation is completed ÷ roster.
func assignmentRates(students []StudentStatus, roster int) Rates {
	var participations []Participation
	questions := 0
	for _, s := range students {
		if a := s.counted; a != nil {
			participations = append(participations, Participation{Correct: a.Correct, Partial: a.Partial, Score: a.Score})
			questions = max(questions, a.Questions)
		}
	}
	return Rates{
		Participants: len(participations), Roster: roster,
		ParticipationRate: ParticipationRate(len(participations), roster),
		AverageScore:      AverageScore(participations),
		ExcellenceRate:    ExcellenceRate(participations, questions),
		AwarenessRate:     AwarenessRate(participations, questions),
	}
}
