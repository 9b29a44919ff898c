package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"

	"github.com/pocketbase/pocketbase/tools/security"
)

// PlanItem is one question of an attempt as the server keeps it: which
// question, the order its options are shown in, and the key in that order.
// It is stored in the attempt's hidden "plan" field and never sent.
type PlanItem struct {
	Question string `json:"q"`
	// Handle names the question to the participant: random, and meaningless
	// outside this attempt, so replies never give away which bank question
	// it is (a bank id would let one entrant's notes serve the next).
	Handle string   `json:"h,omitempty"`
	Type   string   `json:"t"`
	Topics []string `json:"topics"`
	// Perm maps a shown position to the option's index in the bank.
	Perm    []int `json:"p,omitempty"`
	Key     []int `json:"k,omitempty"`
	KeyBool *bool `json:"kb,omitempty"`
}

// Choice is an answer as sent: shown option positions, or true/false.
type Choice struct {
	Options []int
	Bool    *bool
}

// UnmarshalJSON reads a choice from [0, 2], true or false.
func (c *Choice) UnmarshalJSON(raw []byte) error {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return json.Unmarshal(trimmed, &c.Options)
	}
	var b bool
	if err := json.Unmarshal(trimmed, &b); err != nil {
		return errors.New("a choice is a list of option numbers, or true or false")
	}
	c.Bool = &b
	return nil
}

// MarshalJSON writes a choice the way it was sent.
func (c Choice) MarshalJSON() ([]byte, error) {
	if c.Bool != nil {
		return json.Marshal(*c.Bool)
	}
	return json.Marshal(c.Options)
}

// candidate is a question a pool may draw, with its key in bank order.
type candidate struct {
	Slug        string
	Type        string
	Topics      []string
	Grades      []string
	Difficulty  int
	OptionCount int
	Answer      json.RawMessage
	// Reserved is the contest the question is held back for ("": none).
	Reserved string
}

// errPoolTooSmall means the bank cannot fill the quiz; the validator in npm
// test should have caught it first.
var errPoolTooSmall = errors.New("the question pool is smaller than the quiz")

// pickQuestions draws count questions from the pool, honouring the difficulty
// weights by largest remainder and filling any shortfall from other levels.
// Candidates must arrive in a stable order (the daily challenge relies on it).
func pickQuestions(all []candidate, pool Pool, count int, rng *rand.Rand) ([]candidate, error) {
	return poolByLevel(all, pool).pick(pool.Difficulty, count, rng)
}

// levelPool is a pool's eligible questions by difficulty, in the bank's order.
// Drawing leaves it as it is, so one can serve every start of a quiz.
type levelPool struct {
	byLevel  map[int][]candidate
	eligible int
}

// poolByLevel sorts the candidates that fit the pool's topics and grades by difficulty.
func poolByLevel(all []candidate, pool Pool) levelPool {
	p := levelPool{byLevel: map[int][]candidate{}}
	for _, c := range all {
		if overlaps(pool.Topics, c.Topics) && overlaps(pool.Grades, c.Grades) {
			p.byLevel[c.Difficulty] = append(p.byLevel[c.Difficulty], c)
			p.eligible++
		}
	}
	return p
}

// pick draws count questions (see pickQuestions). Each level is shuffled as
// a list of positions, which draws from rng exactly as shuffling the
// questions themselves would, without copying or changing them.
func (p levelPool) pick(weights map[string]float64, count int, rng *rand.Rand) ([]candidate, error) {
	if p.eligible < count {
		return nil, errPoolTooSmall
	}
	order := map[int][]int{}
	for level := 1; level <= 3; level++ { // in order: a seeded rng must be drawn the same way each time
		positions := make([]int, len(p.byLevel[level]))
		for i := range positions {
			positions[i] = i
		}
		rng.Shuffle(len(positions), func(i, j int) { positions[i], positions[j] = positions[j], positions[i] })
		order[level] = positions
	}
	take := func(level, n int) []candidate {
		n = min(n, len(order[level]))
		out := make([]candidate, n)
		for i, position := range order[level][:n] {
			out[i] = p.byLevel[level][position]
		}
		order[level] = order[level][n:]
		return out
	}

	picked := make([]candidate, 0, count)
	targets := levelTargets(weights, count)
	for level := 1; level <= 3; level++ {
		picked = append(picked, take(level, targets[level])...)
	}
	for level := 1; len(picked) < count && level <= 3; level++ {
		picked = append(picked, take(level, count-len(picked))...)
	}
	// easier questions first, a fair warm-up; shuffling later may reorder
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].Difficulty < picked[j].Difficulty })
	return picked, nil
}

// levelTargets splits count across difficulty levels by weight (largest
// remainder). No weights means no targets: the fill step takes any level.
func levelTargets(weights map[string]float64, count int) map[int]int {
	targets := map[int]int{}
	total := 0.0
	for _, w := range weights {
		total += w
	}
	if total <= 0 {
		return targets
	}
	type share struct {
		level int
		rest  float64
	}
	var shares []share
	assigned := 0
	for level := 1; level <= 3; level++ {
		exact := weights[strconv.Itoa(level)] / total * float64(count)
		targets[level] = int(exact)
		assigned += int(exact)
		shares = append(shares, share{level, exact - float64(int(exact))})
	}
	sort.SliceStable(shares, func(i, j int) bool { return shares[i].rest > shares[j].rest })
	for i := 0; assigned < count; i++ {
		targets[shares[i%len(shares)].level]++
		assigned++
	}
	return targets
}

// overlaps reports whether want is empty (no restriction) or shares a value with have.
func overlaps(want, have []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

// planItem turns a drawn question into a plan entry, shuffling its options
// with rng when asked. True/false questions have no options to shuffle.
func planItem(c candidate, shuffleOptions bool, rng *rand.Rand) (PlanItem, error) {
	item := PlanItem{Question: c.Slug, Handle: newHandle(), Type: c.Type, Topics: c.Topics}
	if c.Type == TypeTrueFalse {
		var key bool
		if err := json.Unmarshal(c.Answer, &key); err != nil {
			return item, err
		}
		item.KeyBool = &key
		return item, nil
	}
	var key []int
	if err := json.Unmarshal(c.Answer, &key); err != nil {
		return item, err
	}
	item.Perm = make([]int, c.OptionCount)
	for i := range item.Perm {
		item.Perm[i] = i
	}
	if shuffleOptions {
		rng.Shuffle(len(item.Perm), func(i, j int) { item.Perm[i], item.Perm[j] = item.Perm[j], item.Perm[i] })
	}
	for shown, bankIndex := range item.Perm {
		if slices.Contains(key, bankIndex) {
			item.Key = append(item.Key, shown)
		}
	}
	return item, nil
}

// newHandle returns a fresh question handle.
func newHandle() string { return security.RandomStringWithAlphabet(12, handleAlphabet) }

const handleAlphabet = "abcdefghijkmnopqrstuvwxyz23456789"

// handle is how the participant names the question; attempts made before
// handles existed were shown the bank id, and keep it.
func (item PlanItem) handle() string {
	if item.Handle != "" {
		return item.Handle
	}
	return item.Question
}

// planIndex returns the index of the plan item a participant names by its
// handle, or -1.
func planIndex(plan []PlanItem, handle string) int {
	return slices.IndexFunc(plan, func(item PlanItem) bool { return item.handle() == handle })
}

// bankChoice translates a choice from shown positions to bank indices, for storage.
func (item PlanItem) bankChoice(c *Choice) *Choice {
	if c == nil || c.Bool != nil {
		return c
	}
	translated := &Choice{Options: make([]int, len(c.Options))}
	for i, shown := range c.Options {
		translated.Options[i] = item.Perm[shown]
	}
	slices.Sort(translated.Options)
	return translated
}

// ValidChoice reports whether a choice fits the question: one option for
// single and image, one or more distinct options for multiple, true/false for
// true/false.
func (item PlanItem) ValidChoice(c *Choice) bool {
	if c == nil {
		return true
	}
	if item.Type == TypeTrueFalse {
		return c.Bool != nil
	}
	if c.Bool != nil || len(c.Options) == 0 {
		return false
	}
	if item.Type != TypeMultiple && len(c.Options) != 1 {
		return false
	}
	seen := map[int]bool{}
	for _, option := range c.Options {
		if option < 0 || option >= len(item.Perm) || seen[option] {
			return false
		}
		seen[option] = true
	}
	return true
}
