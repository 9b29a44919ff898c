package quiz

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestLevelTargets(t *testing.T) {
	got := levelTargets(map[string]float64{"1": 2, "2": 2, "3": 1}, 5)
	if got[1] != 2 || got[2] != 2 || got[3] != 1 {
		t.Errorf("2:2:1 of 5: got %v", got)
	}
	got = levelTargets(map[string]float64{"1": 1, "2": 1, "3": 1}, 10)
	if got[1]+got[2]+got[3] != 10 {
		t.Errorf("shares must add up to the count: got %v", got)
	}
	if len(levelTargets(nil, 10)) != 0 {
		t.Error("no weights means no targets")
	}
}

func poolOf(n int) []candidate {
	var all []candidate
	for i := range n {
		all = append(all, candidate{
			Slug: fmt.Sprintf("q-%03d", i), Type: "single", Topics: []string{"law"},
			Grades: []string{"junior"}, Difficulty: 1 + i%3, OptionCount: 4, Answer: json.RawMessage(`[1]`),
		})
	}
	return all
}

func TestPickQuestionsIsReproducibleWithASeed(t *testing.T) {
	pool := Pool{Difficulty: map[string]float64{"1": 2, "2": 2, "3": 1}}
	pick := func(seed byte) []string {
		var s [32]byte
		s[0] = seed
		picked, err := pickQuestions(poolOf(60), pool, 5, rand.New(rand.NewChaCha8(s)))
		if err != nil {
			t.Fatal(err)
		}
		var slugs []string
		for _, c := range picked {
			slugs = append(slugs, c.Slug)
		}
		return slugs
	}
	first := pick(1)
	for range 5 {
		if again := pick(1); !slices.Equal(first, again) {
			t.Fatalf("same seed, different questions: %v vs %v", first, again)
		}
	}
	if slices.Equal(first, pick(2)) {
		t.Error("another seed drew the very same questions")
	}
}

func TestPickQuestionsHonoursThePool(t *testing.T) {
	all := poolOf(30)
	all[0].Topics = []string{"history"}
	picked, err := pickQuestions(all, Pool{Topics: []string{"history"}}, 1, rand.New(rand.NewPCG(1, 2)))
	if err != nil || len(picked) != 1 || picked[0].Slug != "q-000" {
		t.Fatalf("got %v, %v", picked, err)
	}
	if _, err := pickQuestions(all, Pool{Topics: []string{"history"}}, 2, rand.New(rand.NewPCG(1, 2))); err != errPoolTooSmall {
		t.Errorf("a pool smaller than the quiz: got %v", err)
	}
}

func TestPlanItemKeepsTheKeyThroughTheShuffle(t *testing.T) {
	c := candidate{Slug: "q", Type: "multiple", OptionCount: 4, Answer: json.RawMessage(`[0, 2]`)}
	for seed := range uint64(20) {
		item, err := planItem(c, true, rand.New(rand.NewPCG(seed, seed)))
		if err != nil {
			t.Fatal(err)
		}
		var bankKey []int
		for _, shown := range item.Key {
			bankKey = append(bankKey, item.Perm[shown])
		}
		slices.Sort(bankKey)
		if !slices.Equal(bankKey, []int{0, 2}) {
			t.Fatalf("perm %v key %v maps back to %v", item.Perm, item.Key, bankKey)
		}
		if Judge(item, &Choice{Options: item.Key}) != Correct {
			t.Fatal("choosing the shown key is not correct")
		}
	}
}
