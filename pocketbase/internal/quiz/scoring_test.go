package quiz

import (
	"testing"
	"time"
)

func TestBasePoints(t *testing.T) {
	speed := Scoring{Method: ScoringSpeed, Points: 1000}
	accuracy := Scoring{Method: ScoringAccuracy, Points: 1000}
	limit := 20 * time.Second
	cases := []struct {
		name    string
		scoring Scoring
		elapsed time.Duration
		outcome Outcome
		want    int
	}{
		{"a reflex answer earns everything", speed, 400 * time.Millisecond, Correct, 1000},
		{"half the time earns three quarters", speed, 10 * time.Second, Correct, 750},
		{"the last moment earns half", speed, 20 * time.Second, Correct, 500},
		{"late (within grace) earns no less than half", speed, 21 * time.Second, Correct, 500},
		{"5 s of 20 s", speed, 5 * time.Second, Correct, 875},
		{"a partial answer earns half of a right one", speed, 10 * time.Second, Partial, 375},
		{"wrong earns nothing", speed, time.Second, Wrong, 0},
		{"timed out earns nothing", speed, time.Second, TimedOut, 0},
		{"accuracy ignores speed", accuracy, 19 * time.Second, Correct, 1000},
		{"accuracy gives half for partial", accuracy, 0, Partial, 500},
	}
	for _, c := range cases {
		if got := BasePoints(c.scoring, limit, c.elapsed, c.outcome); got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, got, c.want)
		}
	}
}

func TestStreakBonus(t *testing.T) {
	want := map[int]int{0: 0, 1: 0, 2: 100, 3: 200, 6: 500, 7: 500, 20: 500}
	for streak, bonus := range want {
		if got := StreakBonus(streak); got != bonus {
			t.Errorf("streak %d: got %d, want %d", streak, got, bonus)
		}
	}
}

func TestJudge(t *testing.T) {
	yes := true
	no := false
	single := PlanItem{Type: "single", Perm: []int{0, 1, 2, 3}, Key: []int{2}}
	multiple := PlanItem{Type: "multiple", Perm: []int{0, 1, 2, 3}, Key: []int{0, 3}}
	truth := PlanItem{Type: "truefalse", KeyBool: &no}
	cases := []struct {
		name   string
		item   PlanItem
		choice *Choice
		want   Outcome
	}{
		{"single right", single, &Choice{Options: []int{2}}, Correct},
		{"single wrong", single, &Choice{Options: []int{1}}, Wrong},
		{"no choice is skipped", single, nil, Skipped},
		{"multiple exact, any order", multiple, &Choice{Options: []int{3, 0}}, Correct},
		{"multiple subset is partial", multiple, &Choice{Options: []int{3}}, Partial},
		{"multiple with a wrong option is wrong", multiple, &Choice{Options: []int{0, 1, 3}}, Wrong},
		{"true/false right", truth, &Choice{Bool: &no}, Correct},
		{"true/false wrong", truth, &Choice{Bool: &yes}, Wrong},
	}
	for _, c := range cases {
		if got := Judge(c.item, c.choice); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
