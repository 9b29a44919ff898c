package quiz

import (
	"errors"
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Library is the live bank as other features (the classroom) use it: draw a
// quiz's questions, plan questions a teacher chose, and read their words.
// Keys stay inside the PlanItems it returns; callers keep those server-side.
type Library struct {
	bank bankCache
}

// ErrUnknownQuestion means a chosen question is not in the live bank.
var ErrUnknownQuestion = errors.New("a chosen question is not in the bank")

// ErrPoolTooSmall means the bank cannot fill the quiz.
var ErrPoolTooSmall = errPoolTooSmall

// LibraryQuestion is a bank question as a teacher browses it: words in one
// locale and no key.
type LibraryQuestion struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Topics     []string `json:"topics"`
	Grades     []string `json:"grades"`
	Difficulty int      `json:"difficulty"`
	Stem       string   `json:"stem"`
	Options    []string `json:"options,omitempty"`
	Images     []string `json:"images,omitempty"`
}

// Browse lists the live questions that have the topic and suit the grade
// (either empty means any), in locale.
func (l *Library) Browse(app core.App, topic, grade, locale string) ([]LibraryQuestion, error) {
	snapshot, err := l.bank.get(app)
	if err != nil {
		return nil, err
	}
	locale = pickLocale(locale)
	list := []LibraryQuestion{}
	for _, c := range snapshot.public(time.Now()) {
		if (topic != "" && !slices.Contains(c.Topics, topic)) || (grade != "" && !slices.Contains(c.Grades, grade)) {
			continue
		}
		q := snapshot.questions[c.Slug]
		text := q.Text[locale]
		list = append(list, LibraryQuestion{
			ID: c.Slug, Type: c.Type, Topics: c.Topics, Grades: c.Grades, Difficulty: c.Difficulty,
			Stem: text.Stem, Options: text.Options, Images: q.Images,
		})
	}
	return list, nil
}

// ErrContestOpen means a contest's questions are still reserved for its entrants.
var ErrContestOpen = errors.New("the contest is still open")

// DrawQuiz draws a live quiz definition's questions the way an attempt does,
// with options shuffled once (if the quiz shuffles them), and returns the
// definition with the plan. A contest cannot be drawn while it is open (its
// questions are reserved for its entrants); once closed, it draws from them.
func (l *Library) DrawQuiz(app core.App, slug string) (*Definition, []PlanItem, error) {
	def, err := LoadDefinition(app, slug)
	if err != nil {
		return nil, nil, err
	}
	now := time.Now()
	if def.Mode == ModeContest && (def.Window == nil || now.Before(def.Window.Closes)) {
		return nil, nil, ErrContestOpen
	}
	snapshot, err := l.bank.get(app)
	if err != nil {
		return nil, nil, err
	}
	rng := randomSource()
	pool := def.poolFor(nil)
	if def.Mode == ModeContest {
		pool.Grades = nil // every group's questions: a class plays one paper
	}
	picked, err := pickQuestions(snapshot.drawable(def, now), pool, def.Count, rng)
	if err != nil {
		return nil, nil, err
	}
	if def.Shuffle.Questions {
		rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	}
	plan, err := planAll(picked, def.Shuffle.Options)
	return def, plan, err
}

// PlanQuestions plans the given bank questions in the given order, options
// shuffled once. A question held back for an open contest is as unknown as
// one that does not exist.
func (l *Library) PlanQuestions(app core.App, ids []string) ([]PlanItem, error) {
	snapshot, err := l.bank.get(app)
	if err != nil {
		return nil, err
	}
	public := snapshot.public(time.Now())
	picked := make([]candidate, len(ids))
	for i, id := range ids {
		found := slices.IndexFunc(public, func(c candidate) bool { return c.Slug == id })
		if found < 0 {
			return nil, ErrUnknownQuestion
		}
		picked[i] = public[found]
	}
	return planAll(picked, true)
}

// planAll turns drawn questions into plan items.
func planAll(picked []candidate, shuffleOptions bool) ([]PlanItem, error) {
	rng := randomSource()
	plan := make([]PlanItem, len(picked))
	for i, c := range picked {
		item, err := planItem(c, shuffleOptions, rng)
		if err != nil {
			return nil, err
		}
		plan[i] = item
	}
	return plan, nil
}

// ShownQuestion is a planned question in one locale: the view a player gets
// (no key) and the explanation, for once the question has closed.
type ShownQuestion struct {
	View        QuestionView
	Explanation string
}

// Show renders the plan's questions in locale, in plan order.
func (l *Library) Show(app core.App, plan []PlanItem, locale string) ([]ShownQuestion, error) {
	slugs := make([]string, len(plan))
	for i, item := range plan {
		slugs[i] = item.Question
	}
	stored, err := l.bank.questions(app, slugs)
	if err != nil {
		return nil, err
	}
	locale = pickLocale(locale)
	shown := make([]ShownQuestion, len(plan))
	for i, item := range plan {
		q := stored[item.Question]
		shown[i] = ShownQuestion{View: questionView(item, i, q, locale), Explanation: q.Text[locale].Explanation}
	}
	return shown, nil
}

// TitleIn returns a definition's title in locale, falling back to Chinese.
func (d *Definition) TitleIn(locale string) string {
	if title := d.Title[pickLocale(locale)]; title != "" {
		return title
	}
	return d.Title[locales[0]]
}
