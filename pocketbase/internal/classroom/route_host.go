package classroom

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/quiz"
	"jindu/internal/safetext"
)

// maxQuestions bounds a teacher-built session.
const maxQuestions = 50

// createInput starts a session from a quiz definition or chosen questions.
type createInput struct {
	Quiz      string          `json:"quiz"`
	Questions []string        `json:"questions"`
	ClassID   string          `json:"classId"`
	Title     string          `json:"title"`
	Settings  json.RawMessage `json:"settings"`
	Locale    string          `json:"locale"`
}

// handleCreate starts a live session in its lobby and returns the host view
// with the join code.
func (s *service) handleCreate(e *core.RequestEvent) error {
	var in createInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	settings, err := readSettings(in.Settings)
	if err != nil {
		return err
	}
	locale := pickLocale(in.Locale)
	plan, title, err := s.planSession(e.App, in, locale)
	if err != nil {
		return err
	}
	if in.ClassID != "" {
		class, err := e.App.FindRecordById("classes", in.ClassID)
		if err != nil || class.GetString("teacher") != e.Auth.Id {
			return problem.NotFound("class_not_found", "There is no such class.")
		}
	}
	id, err := createSession(e.App, e.Auth.Id, in.ClassID, in.Quiz, title, locale, plan, settings)
	if err != nil {
		return err
	}
	l, err := s.session(e.App, id)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return e.JSON(http.StatusCreated, l.hostView(time.Now()))
}

// planSession draws the quiz's questions or plans the chosen ones, and names the session.
func (s *service) planSession(app core.App, in createInput, locale string) ([]quiz.PlanItem, string, error) {
	title, bad := safetext.Clean(in.Title, maxTitle)
	if bad != "" && bad != safetext.Empty {
		return nil, "", problem.BadInput("invalid_title", "Titles are at most 60 characters, without special characters.")
	}
	switch {
	case in.Quiz != "" && len(in.Questions) == 0:
		def, plan, err := s.library.DrawQuiz(app, in.Quiz)
		if errors.Is(err, quiz.ErrPoolTooSmall) {
			return nil, "", problem.New(http.StatusServiceUnavailable, "quiz_unavailable", "This quiz cannot be started right now.")
		}
		if errors.Is(err, quiz.ErrContestOpen) {
			return nil, "", problem.Conflict("contest_open", "A contest's questions stay secret until it closes; choose another quiz.")
		}
		if err != nil {
			return nil, "", err
		}
		if title == "" {
			title = def.TitleIn(locale)
		}
		return plan, title, nil
	case in.Quiz == "" && len(in.Questions) > 0:
		if len(in.Questions) > maxQuestions || hasDuplicates(in.Questions) {
			return nil, "", problem.BadInput("invalid_questions", "Choose 1–50 different questions.")
		}
		plan, err := s.library.PlanQuestions(app, in.Questions)
		if errors.Is(err, quiz.ErrUnknownQuestion) {
			return nil, "", problem.BadInput("question_not_found", "A chosen question is not in the bank.")
		}
		if title == "" {
			title = map[string]string{"zh-cn": "课堂测验", "en": "Class quiz"}[locale]
		}
		return plan, title, err
	}
	return nil, "", problem.BadInput("questions_required", "Choose a quiz or some questions (not both).")
}

// createSession stores a new session with a join code no running session uses.
func createSession(app core.App, teacher, class, quizSlug, title, locale string, plan []quiz.PlanItem, settings Settings) (string, error) {
	collection, err := app.FindCachedCollectionByNameOrId("live_sessions")
	if err != nil {
		return "", err
	}
	record := core.NewRecord(collection)
	err = app.RunInTransaction(func(tx core.App) error {
		code, err := uniqueCode(func() string { return randomCode(joinCodeDigits, codeLength) }, func(code string) (bool, error) {
			n, err := tx.CountRecords("live_sessions", dbx.HashExp{"code": code}, dbx.NewExp("phase != 'ended'"))
			return n > 0, err
		})
		if err != nil {
			return err
		}
		line := newTimeline(len(plan))
		record.Load(map[string]any{
			"teacher": teacher, "class": class, "code": code, "quiz": quizSlug, "title": title, "locale": locale,
			"plan": plan, "settings": settings, "phase": line.Phase, "current": line.Current, "skipped": line.Skipped,
			"version": 1,
		})
		return tx.Save(record)
	})
	return record.Id, err
}

// handleHost returns the projector's state.
func (s *service) handleHost(e *core.RequestEvent) error {
	l, err := s.ownSession(e)
	if err != nil {
		return err
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.settle(now)
	return e.JSON(http.StatusOK, l.hostView(now))
}

// handleCommand runs next, pause, resume, skip, end, lock or unlock and
// returns the host view.
func (s *service) handleCommand(e *core.RequestEvent) error {
	l, err := s.ownSession(e)
	if err != nil {
		return err
	}
	now := time.Now()
	switch e.Request.PathValue("command") {
	case "next":
		err = l.next(now)
	case "pause":
		err = l.pause(now)
	case "resume":
		err = l.resume(now)
	case "skip":
		err = l.skip(now)
	case "end":
		err = l.end(now)
	case "lock", "unlock":
		err = l.setLocked(now, e.Request.PathValue("command") == "lock")
	default:
		return problem.NotFound("not_found", "There is no such command.")
	}
	if err != nil {
		return err
	}
	return s.replyHost(e, l)
}

// handleRemove takes a player out of the session.
func (s *service) handleRemove(e *core.RequestEvent) error {
	l, err := s.ownSession(e)
	if err != nil {
		return err
	}
	if err := l.remove(time.Now(), e.Request.PathValue("player")); err != nil {
		return err
	}
	return s.replyHost(e, l)
}

// replyHost answers a command with the host view, and lets go of a session
// that has ended.
func (s *service) replyHost(e *core.RequestEvent, l *liveSession) error {
	l.mu.Lock()
	view := l.hostView(time.Now())
	l.mu.Unlock()
	if view.Phase == phaseEnded {
		s.forget(l.id)
	}
	return e.JSON(http.StatusOK, view)
}

// handleBank lists bank questions for the session builder, filtered by
// ?topic= and ?grade=, in ?locale=.
func (s *service) handleBank(e *core.RequestEvent) error {
	query := e.Request.URL.Query()
	list, err := s.library.Browse(e.App, query.Get("topic"), query.Get("grade"), query.Get("locale"))
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"questions": list})
}

// pickLocale returns "en" or the default "zh-cn".
func pickLocale(locale string) string {
	if locale == "en" {
		return "en"
	}
	return "zh-cn"
}

func hasDuplicates(ids []string) bool {
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			return true
		}
		seen[id] = true
	}
	return false
}
