package quiz

import (
	"math"
	"slices"
	"time"
)

// Outcome is how one answer is judged.
type Outcome string

const (
	Correct  Outcome = "correct"
	Partial  Outcome = "partial" // multiple choice: some right options and no wrong one
	Wrong    Outcome = "wrong"
	Skipped  Outcome = "skipped" // no choice made before the deadline, or the quiz ended early
	TimedOut Outcome = "timed_out"
)

// fullPointsWithin is how fast an answer must be to earn full points in speed
// scoring, as in Kahoot (a reflex, not a read).
const fullPointsWithin = 500 * time.Millisecond

// Streak bonus, as in Kahoot: +100 for each right answer in a row after the
// first, at most +500.
const (
	streakStep = 100
	streakCap  = 500
)

// Judge compares a choice (display indices, or true/false) with the key.
// Multiple choice is all-or-nothing with half credit: exactly the right set is
// Correct; some right options and no wrong one is Partial; any wrong one is Wrong.
func Judge(item PlanItem, choice *Choice) Outcome {
	if choice == nil {
		return Skipped
	}
	if item.Type == TypeTrueFalse {
		if choice.Bool != nil && item.KeyBool != nil && *choice.Bool == *item.KeyBool {
			return Correct
		}
		return Wrong
	}
	chosen := slices.Clone(choice.Options)
	slices.Sort(chosen)
	key := slices.Clone(item.Key)
	slices.Sort(key)
	if slices.Equal(chosen, key) {
		return Correct
	}
	if item.Type == TypeMultiple && len(chosen) > 0 {
		for _, option := range chosen {
			if !slices.Contains(key, option) {
				return Wrong
			}
		}
		return Partial
	}
	return Wrong
}

// BasePoints is what an outcome earns before any streak bonus.
//
// Speed scoring is Kahoot's round((1 − (t/T)/2) × P): t is the time from the
// question being shown to the answer arriving, both on the server's clock,
// capped at T, the time allowed; answers within half a second get all P.
// Accuracy scoring gives P for a right answer whatever the time. A partial
// multiple-choice answer earns half of what a right one would.
func BasePoints(s Scoring, limit, elapsed time.Duration, outcome Outcome) int {
	if outcome != Correct && outcome != Partial {
		return 0
	}
	points := float64(s.Points)
	if s.Method == ScoringSpeed && limit > 0 && elapsed > fullPointsWithin {
		t := min(elapsed, limit)
		points = (1 - float64(t)/float64(limit)/2) * points
	}
	if outcome == Partial {
		points /= 2
	}
	return int(math.Round(points))
}

// StreakBonus is the bonus for the streak-th right answer in a row.
func StreakBonus(streak int) int {
	if streak < 2 {
		return 0
	}
	return min(streakStep*(streak-1), streakCap)
}
