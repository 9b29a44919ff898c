package quiz

import (
	"slices"
	"sync"

	"github.com/pocketbase/pocketbase/core"
)

// attemptCacheSize bounds the open attempts kept in memory: a city campaign
// at its busiest has far fewer under way at one moment.
const attemptCacheSize = 20_000

// attemptCache keeps open attempts in memory as last written by this process,
// so answering reads no row: every change to an attempt passes through these
// routes. Should the database disagree (a superuser edited the record in the
// dashboard), saveProgress finds the attempt moved on, the entry is dropped
// and the answer is judged again from the database.
type attemptCache struct {
	mu      sync.Mutex
	entries map[string]*attempt
}

// get returns a private copy of the cached attempt, or nil.
func (c *attemptCache) get(id string) *attempt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cached, ok := c.entries[id]; ok {
		return cached.copy()
	}
	return nil
}

// put remembers an open attempt as just written; a finished one is forgotten.
// The cache keeps a itself (copying a record is an answer's costliest step
// outside the database), so the caller must not change a afterwards: one
// that goes on changing it puts a.copy().
func (c *attemptCache) put(a *attempt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if a.status() != statusOpen {
		delete(c.entries, a.id())
		return
	}
	if c.entries == nil {
		c.entries = map[string]*attempt{}
	}
	if len(c.entries) >= attemptCacheSize {
		for id := range c.entries { // map order is random: drop about half
			if len(c.entries) < attemptCacheSize/2 {
				break
			}
			delete(c.entries, id)
		}
	}
	c.entries[a.id()] = a
}

// drop forgets an attempt.
func (c *attemptCache) drop(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, id)
}

// copy returns an attempt whose record and answers can change without
// touching a's; the plan and rules never change after creation and are shared.
func (a *attempt) copy() *attempt {
	return &attempt{rec: a.rec.Clone(), plan: a.plan, rules: a.rules,
		answers: slices.Clone(a.answers), answersKnown: a.answersKnown}
}

// readAttempt returns the requesting participant's attempt, from memory when
// this process last wrote it, else from the database.
func (h *engine) readAttempt(e *core.RequestEvent) (*attempt, error) {
	if a := h.attempts.get(e.Request.PathValue("id")); a != nil {
		if !ownedBy(a, e) {
			return nil, errNoSuchAttempt
		}
		return a, nil
	}
	a, err := ownAttempt(e.App, e)
	if err == nil {
		h.attempts.put(a.copy())
	}
	return a, err
}
