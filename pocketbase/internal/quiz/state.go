package quiz

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// StateView is everything a participant's page needs to show or resume an
// attempt. Answer keys and explanations appear only for questions already
// answered, and only when the quiz gives feedback after each question or the
// attempt is over.
type StateView struct {
	ID    string `json:"id"`
	Quiz  string `json:"quiz"`
	Mode  string `json:"mode"`
	Group string `json:"group,omitempty"`
	// Assignment and Nickname say which class assignment, and which student
	// on its roster, the attempt is for.
	Assignment    string         `json:"assignment,omitempty"`
	Nickname      string         `json:"nickname,omitempty"`
	Status        string         `json:"status"`
	Count         int            `json:"count"`
	ServerNow     int64          `json:"serverNow"`
	StartedAt     int64          `json:"startedAt"`
	Deadline      int64          `json:"deadline"`
	PerQuestionMs int64          `json:"perQuestionMs"`
	Feedback      string         `json:"feedback"`
	Scoring       Scoring        `json:"scoring"`
	Score         *int           `json:"score,omitempty"`
	Answered      []AnsweredView `json:"answered"`
	Current       *QuestionView  `json:"current"`
	// AwaitingNext means the next question is ready but not shown: the
	// participant starts it (and its clock) with POST …/next.
	AwaitingNext bool        `json:"awaitingNext,omitempty"`
	Result       *ResultView `json:"result,omitempty"`
}

// AnsweredView is a question already settled, named by its handle.
type AnsweredView struct {
	Index    int       `json:"index"`
	Question string    `json:"question"`
	Status   string    `json:"status"` // answered · timed_out · skipped
	Feedback *Feedback `json:"feedback,omitempty"`
}

// ResultView is the end of an attempt: score, breakdown and every question
// with its explanation.
type ResultView struct {
	Score      int              `json:"score"`
	MaxScore   int              `json:"maxScore"`
	Correct    int              `json:"correct"`
	Total      int              `json:"total"`
	TimeUsedMs int64            `json:"timeUsedMs"`
	FullMarks  bool             `json:"fullMarks"`
	Topics     []TopicScore     `json:"topics"`
	Questions  []ResultQuestion `json:"questions"`
	Streak     *Streak          `json:"streak,omitempty"`
	// AnswersFrom is when a contest publishes its answers (Unix ms); until
	// then Questions is empty.
	AnswersFrom int64 `json:"answersFrom,omitempty"`
}

// TopicScore is how many questions of a topic were answered right.
type TopicScore struct {
	Topic   string `json:"topic"`
	Correct int    `json:"correct"`
	Total   int    `json:"total"`
}

// ResultQuestion is one question in the results.
type ResultQuestion struct {
	QuestionView
	Choice   any       `json:"choice"`
	Feedback *Feedback `json:"feedback"`
}

// showsScore reports whether the participant may see their score now: as they
// go when the quiz gives feedback after each question, else once finished.
func (a *attempt) showsScore() bool {
	return a.rules.Feedback == FeedbackEach || a.status() == statusFinished
}

// revealsAnswers reports whether the participant may see the keys and
// explanations of answered questions now. A contest keeps them until it
// closes: anyone can make a new anonymous participant, and a finished
// attempt must not hand the next one the answers.
func (a *attempt) revealsAnswers() bool {
	if a.contestOpen() {
		return false
	}
	return a.showsScore()
}

// contestOpen reports whether the attempt belongs to a contest still taking entries.
func (a *attempt) contestOpen() bool {
	return a.rules.Mode == ModeContest && a.rules.Window != nil && time.Now().Before(a.rules.Window.Closes)
}

// buildState renders the attempt for its participant in locale.
func (h *engine) buildState(app core.App, a *attempt, locale string) (*StateView, error) {
	if a.answersKnown {
		return h.stateWithAnswers(app, a, a.answers, locale)
	}
	answers, err := attemptAnswers(app, a.id())
	if err != nil {
		return nil, err
	}
	return h.stateWithAnswers(app, a, answers, locale)
}

// stateWithAnswers renders the attempt with its answers as given.
func (h *engine) stateWithAnswers(app core.App, a *attempt, answers []answerRow, locale string) (*StateView, error) {
	var slugs []string
	for i, item := range a.plan {
		if i <= a.current() || a.status() == statusFinished {
			slugs = append(slugs, item.Question)
		}
	}
	questions, err := h.bank.questions(app, slugs)
	if err != nil {
		return nil, err
	}

	view := &StateView{
		ID:         a.id(),
		Quiz:       a.rec.GetString("quiz"),
		Mode:       a.rules.Mode,
		Group:      a.rec.GetString("group"),
		Assignment: a.rec.GetString("assignment"),
		Nickname:   a.rec.GetString("nickname"),
		Status:     a.status(),
		Count:      len(a.plan),
		ServerNow:  nowMs(),
		StartedAt:  a.num("started_ms"),
		Deadline:   a.num("deadline_ms"),
		Feedback:   a.rules.Feedback,
		Scoring:    a.rules.Scoring,
		Answered:   []AnsweredView{},
	}
	view.PerQuestionMs = int64(a.rules.Time.PerQuestion) * 1000
	if a.showsScore() {
		score := a.rec.GetInt("score")
		view.Score = &score
	}
	for _, answer := range answers {
		position := answer.Position
		item := a.plan[position]
		entry := AnsweredView{Index: position, Question: item.handle(), Status: answer.status()}
		if a.revealsAnswers() {
			entry.Feedback = feedback(item, questions[item.Question], locale, answer)
		}
		view.Answered = append(view.Answered, entry)
	}
	view.AwaitingNext = a.status() == statusOpen && a.current() < len(a.plan) && !a.shown()
	if a.status() == statusOpen && a.current() < len(a.plan) && a.shown() {
		item := a.plan[a.current()]
		current := questionView(item, a.current(), questions[item.Question], locale)
		current.StartedAt = a.num("question_started_ms")
		current.Deadline = a.questionDeadline()
		view.Current = &current
	}
	if a.status() == statusFinished {
		view.Result = buildResult(app, a, answers, questions, locale)
	}
	return view, nil
}

// buildResult renders a finished attempt's results.
func buildResult(app core.App, a *attempt, answers []answerRow, questions map[string]storedQuestion, locale string) *ResultView {
	result := &ResultView{
		Score:      a.rec.GetInt("score"),
		MaxScore:   len(a.plan) * a.rules.Scoring.Points,
		Correct:    a.rec.GetInt("correct"),
		Total:      len(a.plan),
		TimeUsedMs: a.num("time_used_ms"),
		Questions:  []ResultQuestion{},
	}
	result.FullMarks = result.Correct == result.Total
	revealed := a.revealsAnswers()
	if !revealed {
		result.AnswersFrom = millis(a.rules.Window.Closes)
	}
	var topics topicTally
	for _, answer := range answers {
		position := answer.Position
		item := a.plan[position]
		if revealed {
			q := questions[item.Question]
			result.Questions = append(result.Questions, ResultQuestion{
				QuestionView: questionView(item, position, q, locale),
				Choice:       shownChoice(item, answer),
				Feedback:     feedback(item, q, locale, answer),
			})
		}
		topics.add(item.Topics, answer.Correct)
	}
	result.Topics = topics.list()
	if a.rules.Mode == ModeDaily {
		streak := readStreak(app, a.participant(), a.rec.GetString("quiz"), a.rec.GetString("day"))
		result.Streak = &streak
	}
	return result
}
