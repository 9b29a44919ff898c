package classroom

import (
	"strconv"
	"testing"
)

// rate prints a rate for a failure message.
func rate(r *float64) string {
	if r == nil {
		return "nil"
	}
	return strconv.FormatFloat(*r, 'g', -1, 64)
}

func TestRatesWithNobody(t *testing.T) {
	if r := AwarenessRate(nil, 5); r != nil {
		t.Errorf("awareness with no participants = %v, want nil", *r)
	}
	if r := ExcellenceRate([]Participation{}, 5); r != nil {
		t.Errorf("excellence with no participants = %v, want nil", *r)
	}
	if r := AverageScore(nil); r != nil {
		t.Errorf("average with no participants = %v, want nil", *r)
	}
	if r := AwarenessRate([]Participation{{Correct: 1}}, 0); r != nil {
		t.Errorf("awareness with no questions played = %v, want nil", *r)
	}
	if r := ParticipationRate(3, 0); r != nil {
		t.Errorf("participation without a roster = %v, want nil", *r)
	}
}

func TestRatesAllZero(t *testing.T) {
	all := []Participation{{}, {}, {}, {}}
	if r := AwarenessRate(all, 5); r == nil || *r != 0 {
		t.Errorf("awareness = %s, want 0", rate(r))
	}
	if r := ExcellenceRate(all, 5); r == nil || *r != 0 {
		t.Errorf("excellence = %s, want 0", rate(r))
	}
	if r := AverageScore(all); r == nil || *r != 0 {
		t.Errorf("average = %s, want 0", rate(r))
	}
	if r := ParticipationRate(0, 30); r == nil || *r != 0 {
		t.Errorf("participation = %s, want 0", rate(r))
	}
}

func TestThresholds(t *testing.T) {
	cases := []struct {
		name               string
		p                  Participation
		questions          int
		basics, excellence bool
	}{
		{"exactly 60 %", Participation{Correct: 3}, 5, true, false},
		{"just under 60 %", Participation{Correct: 5}, 9, false, false}, // 55.6 %
		{"partial counts half: 2 + ½ of 2 = 3 of 5", Participation{Correct: 2, Partial: 2}, 5, true, false},
		{"partial counts half, not whole: 2 + ½ = 2.5 of 5", Participation{Correct: 2, Partial: 1}, 5, false, false},
		{"exactly 85 %", Participation{Correct: 17}, 20, true, true},
		{"just under 85 %", Participation{Correct: 16, Partial: 1}, 20, true, false}, // 82.5 %
		{"85 % with halves: 16 + ½ + ½ = 17 of 20", Participation{Correct: 16, Partial: 2}, 20, true, true},
		{"all right", Participation{Correct: 3}, 3, true, true},
		{"nothing right", Participation{Partial: 0}, 3, false, false},
	}
	for _, c := range cases {
		if got := KnowsBasics(c.p, c.questions); got != c.basics {
			t.Errorf("%s: KnowsBasics = %v, want %v", c.name, got, c.basics)
		}
		if got := Excellent(c.p, c.questions); got != c.excellence {
			t.Errorf("%s: Excellent = %v, want %v", c.name, got, c.excellence)
		}
	}
}

func TestRates(t *testing.T) {
	// 4 participants on 5 questions: 5/5 (excellent), 3/5 (basics), 2+2½ (basics), 1/5
	people := []Participation{{Correct: 5, Score: 5000}, {Correct: 3, Score: 3000}, {Correct: 2, Partial: 2, Score: 3000}, {Correct: 1, Score: 1000}}
	if r := AwarenessRate(people, 5); r == nil || *r != 0.75 {
		t.Errorf("awareness = %s, want 0.75", rate(r))
	}
	if r := ExcellenceRate(people, 5); r == nil || *r != 0.25 {
		t.Errorf("excellence = %s, want 0.25", rate(r))
	}
	if r := AverageScore(people); r == nil || *r != 3000 {
		t.Errorf("average = %v, want 3000", r)
	}
	if r := ParticipationRate(4, 40); r == nil || *r != 0.1 {
		t.Errorf("participation = %v, want 0.1", r)
	}
}

func TestParticipationRateIsAtMostOne(t *testing.T) {
	if r := ParticipationRate(30, 30); r == nil || *r != 1 {
		t.Errorf("the whole roster = %s, want 1", rate(r))
	}
	if r := ParticipationRate(33, 30); r == nil || *r != 1 {
		t.Errorf("more players than roster names = %s, want 1", rate(r))
	}
}
