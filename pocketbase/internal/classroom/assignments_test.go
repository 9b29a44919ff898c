package classroom

import (
	"reflect"
	"testing"
)

func TestClassifyAssignment(t *testing.T) {
	const due = int64(1_800_000_000_000)
	done := func(nickname string, finished int64, score int) finishedAttempt {
		return finishedAttempt{Nickname: nickname, FinishedMs: finished, Score: score, Correct: score / 100, Questions: 10}
	}
	tests := []struct {
		name     string
		roster   []string
		attempts []finishedAttempt
		want     []string // nickname:status, in order
		counts   StatusCounts
	}{
		{"nobody finished", []string{"小明", "小红"}, nil,
			[]string{"小明:missing", "小红:missing"}, StatusCounts{Missing: 2}},
		{"finished exactly at the due time is on time", []string{"小明"}, []finishedAttempt{done("小明", due, 800)},
			[]string{"小明:on_time"}, StatusCounts{OnTime: 1}},
		{"a millisecond after is late", []string{"小明"}, []finishedAttempt{done("小明", due+1, 800)},
			[]string{"小明:late"}, StatusCounts{Late: 1}},
		{"the first finished attempt counts, a later retry does not replace it", []string{"Ann"},
			[]finishedAttempt{done("Ann", due+5000, 900), done("Ann", due-5000, 300)},
			[]string{"Ann:on_time"}, StatusCounts{OnTime: 1}},
		{"a late first attempt stays late after an on-time-looking retry", []string{"Ann"},
			[]finishedAttempt{done("Ann", due+10, 300), done("Ann", due+20, 900)},
			[]string{"Ann:late"}, StatusCounts{Late: 1}},
		{"nicknames match ignoring case", []string{"Ann"}, []finishedAttempt{done("ann", due-1, 500)},
			[]string{"Ann:on_time"}, StatusCounts{OnTime: 1}},
		{"off-roster nicknames follow the roster in order of finishing", []string{"Ann", "Bob"},
			[]finishedAttempt{done("Zed", due+2, 100), done("Ann", due, 500), done("Guest", due-3, 100)},
			[]string{"Ann:on_time", "Bob:missing", "Guest:on_time", "Zed:late"}, StatusCounts{OnTime: 2, Late: 1, Missing: 1, OffRoster: 2}},
		{"an empty roster lists whoever finished", nil, []finishedAttempt{done("Ann", due, 500)},
			[]string{"Ann:on_time"}, StatusCounts{OnTime: 1, OffRoster: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			students := classify(tt.roster, due, tt.attempts)
			var got []string
			for _, s := range students {
				got = append(got, s.Nickname+":"+s.Status)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("classify = %v, want %v", got, tt.want)
			}
			if counts := countStatuses(students); counts != tt.counts {
				t.Errorf("counts = %+v, want %+v", counts, tt.counts)
			}
		})
	}
}

func TestClassifyKeepsTheCountedAttemptsResult(t *testing.T) {
	const due = int64(1000)
	students := classify([]string{"Ann", "Bob"}, due, []finishedAttempt{
		{Nickname: "Ann", FinishedMs: 900, Score: 700, Correct: 7, Questions: 10},
		{Nickname: "Ann", FinishedMs: 950, Score: 1000, Correct: 10, Questions: 10},
	})
	ann, bob := students[0], students[1]
	if ann.Attempts != 2 || *ann.Score != 700 || *ann.Correct != 7 || ann.FinishedAt != 900 {
		t.Errorf("Ann = %+v; want the first attempt (700, 7 right, at 900) of 2", ann)
	}
	if bob.Score != nil || bob.FinishedAt != 0 || bob.Attempts != 0 {
		t.Errorf("Bob = %+v; want no result", bob)
	}
	rates := assignmentRates(students, 2)
	if rates.Participants != 1 || *rates.ParticipationRate != 0.5 || *rates.AverageScore != 700 || *rates.AwarenessRate != 1 || *rates.ExcellenceRate != 0 {
		t.Errorf("rates = %+v; want 1 participant of 2, average 700, aware, not excellent", rates)
	}
}
