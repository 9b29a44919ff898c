package quiz

import (
	"encoding/json"
	"time"
)

// Modes a quiz can run in (see quizzes/README.md).
const (
	ModePractice = "practice" // feedback and explanation after each question
	ModeTest     = "test"     // timed, feedback at the end
	ModeDaily    = "daily"    // 5 questions a day, drawn for each participant; ranked by streak
	ModeContest  = "contest"  // open window, groups, one attempt a day, prize draw
	ModeKiosk    = "kiosk"    // 3–5 questions on a booth's touch screen
)

// When a quiz tells the participant how each answer went.
const (
	FeedbackEach = "each" // after every answer (the quiz is paced: see attempt.paced)
	FeedbackEnd  = "end"  // once the attempt is finished
)

// Question types (quizzes/README.md).
const (
	TypeSingle    = "single"
	TypeMultiple  = "multiple"
	TypeTrueFalse = "truefalse"
	TypeImage     = "image" // one picture out of several: answered like single
)

// Scoring methods.
const (
	ScoringSpeed    = "speed"    // Kahoot: round((1 − (t/T)/2) × P)
	ScoringAccuracy = "accuracy" // Gimkit: P for a right answer, speed never counts
)

// Definition is a quiz as the sync command stores it: the YAML in
// quizzes/definitions/ after validation, with every default filled in by the
// TypeScript schema (src/lib/quiz/definition.ts), so Go never guesses one.
type Definition struct {
	Slug           string            `json:"slug"`
	Mode           string            `json:"mode"`
	Title          map[string]string `json:"title"`
	Count          int               `json:"count"`
	Pool           Pool              `json:"pool"`
	Groups         []Group           `json:"groups"`
	Time           TimeLimits        `json:"time"`
	AttemptsPerDay int               `json:"attemptsPerDay"`
	Window         *Window           `json:"window"`
	Shuffle        Shuffle           `json:"shuffle"`
	Scoring        Scoring           `json:"scoring"`
	Feedback       string            `json:"feedback"`
	ReviewDays     int               `json:"reviewDays"`
}

// Pool says which questions a quiz draws from.
type Pool struct {
	// Topics: a question qualifies if it has any of them; empty means all.
	Topics []string `json:"topics"`
	// Grades: a question qualifies if it suits any of them; empty means all.
	Grades []string `json:"grades"`
	// Difficulty weights by level ("1", "2", "3"); empty means any mix.
	Difficulty map[string]float64 `json:"difficulty"`
}

// Group is a contest division, such as primary or secondary pupils, each
// with its own question pool and leaderboard.
type Group struct {
	ID     string   `json:"id"`
	Grades []string `json:"grades"`
}

// TimeLimits are in seconds; 0 means no limit.
type TimeLimits struct {
	PerQuestion int `json:"perQuestion"`
	Total       int `json:"total"`
}

// Window is when a quiz takes attempts.
type Window struct {
	Opens  time.Time `json:"opens"`
	Closes time.Time `json:"closes"`
}

// Shuffle says what is put in a new order for each attempt.
type Shuffle struct {
	Questions bool `json:"questions"`
	Options   bool `json:"options"`
}

// Scoring says how answers earn points.
type Scoring struct {
	Method      string `json:"method"`
	Points      int    `json:"points"`
	StreakBonus bool   `json:"streakBonus"`
}

// parseDefinition reads a stored definition.
func parseDefinition(raw []byte) (*Definition, error) {
	var d Definition
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// group returns the contest group with the given id, or nil.
// HasGroup reports whether id names one of the quiz's groups ("" for a quiz without groups).
func (d *Definition) HasGroup(id string) bool {
	if len(d.Groups) == 0 {
		return id == ""
	}
	return d.group(id) != nil
}

func (d *Definition) group(id string) *Group {
	for i := range d.Groups {
		if d.Groups[i].ID == id {
			return &d.Groups[i]
		}
	}
	return nil
}

// poolFor is the pool an attempt in the given group draws from.
func (d *Definition) poolFor(group *Group) Pool {
	pool := d.Pool
	if group != nil {
		pool.Grades = group.Grades
	}
	return pool
}

// questionLimit is the time allowed per question, used as T in the speed
// formula: the per-question limit, else an equal share of the total.
func (d *Definition) questionLimit() time.Duration {
	if d.Time.PerQuestion > 0 {
		return time.Duration(d.Time.PerQuestion) * time.Second
	}
	if d.Time.Total > 0 && d.Count > 0 {
		return time.Duration(d.Time.Total) * time.Second / time.Duration(d.Count)
	}
	return 0
}
