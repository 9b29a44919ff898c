package organiser

import (
	"slices"
	"strings"
	"testing"

	"jindu/internal/classroom"
)

// answersFor builds a question's answers: the attempts' totals, whether
// each got this question right and what it chose.
func answersFor(totals []int, right func(i int) bool, choice func(i int) string) []answerRow {
	rows := make([]answerRow, len(totals))
	for i, total := range totals {
		rows[i] = answerRow{Question: "law-01", Correct: right(i), Total: total, Elapsed: 1000 * (i + 1),
			Choice: choice(i)}
	}
	return rows
}

func TestHealthFlagsAQuestionTheWeakGetRightAndTheStrongGetWrong(t *testing.T) {
	totals := make([]int, 60)
	for i := range totals {
		totals[i] = i % 11
	}
	// right only for attempts with low totals: negative discrimination; nobody picks D (3)
	answers := answersFor(totals, func(i int) bool { return totals[i] < 5 },
		func(i int) string {
			if totals[i] < 5 {
				return "[1]"
			}
			return []string{"[0]", "[2]"}[i%2]
		})
	row := healthRow("law-01", answers, questionShape{Key: "[1]", Options: 4})
	if row[1] != 60 {
		t.Fatalf("answers: %v", row[1])
	}
	if d, ok := row[3].(float64); !ok || d >= 0 {
		t.Errorf("discrimination %v, want negative", row[3])
	}
	flags := row[6].(string)
	for _, want := range []string{"negative_discrimination", "dead_distractor"} {
		if !strings.Contains(flags, want) {
			t.Errorf("flags %q lack %s", flags, want)
		}
	}
	if !strings.Contains(row[5].(string), "D 0%") || strings.Contains(row[5].(string), "B ") {
		t.Errorf("distractors %q: want A, C, D and not the key B", row[5])
	}
}

func TestSmallGroupsAreSuppressed(t *testing.T) {
	for n, want := range map[int]any{0: 0, 1: Suppressed, 4: Suppressed, 5: 5, 120: 120} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %v, want %v", n, got, want)
		}
	}
	if rate(3, 4) != Suppressed || rate(0, 0) != nil || rate(4, 5) != 0.8 {
		t.Errorf("rates: %v %v %v", rate(3, 4), rate(0, 0), rate(4, 5))
	}
	if share(1, 2) != 0.5 {
		t.Error("a share of schools is never suppressed")
	}
}

func TestChoiceOptionsReadsStoredChoices(t *testing.T) {
	for choice, want := range map[string][]int{"[1]": {1}, "[0, 2]": {0, 2}, "[]": nil, "true": nil, "null": nil, "[3": nil} {
		if got := choiceOptions(choice); !slices.Equal(got, want) {
			t.Errorf("choiceOptions(%q) = %v, want %v", choice, got, want)
		}
	}
}

func TestScoreBandsSplitTheShareRightInTenths(t *testing.T) {
	for _, c := range []struct {
		correct, partial, questions int
		want                        string
	}{
		{0, 0, 10, "0"}, {1, 0, 10, "1"}, {5, 1, 10, "5"}, {9, 0, 10, "9"}, {10, 0, 10, "9"},
		{2, 0, 3, "6"}, {0, 0, 0, "0"},
	} {
		got := scoreBand(classroom.Participation{Correct: c.correct, Partial: c.partial}, c.questions)
		if got != c.want {
			t.Errorf("scoreBand(%d right, %d partly, of %d) = %s, want %s", c.correct, c.partial, c.questions, got, c.want)
		}
	}
}
