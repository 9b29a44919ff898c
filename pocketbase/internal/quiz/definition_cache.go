package quiz

import (
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// definitionCache keeps parsed quiz definitions for bankTTL, so a school
// starting a test at once reads and parses the quiz once, not a thousand
// times. Changes made in this process (dashboard, sync hooks) drop it at
// once; a sync run as a separate process reaches it within bankTTL, as it
// reaches the bank. Cached definitions are shared: callers must not change them.
type definitionCache struct {
	mu     sync.Mutex
	bySlug map[string]cachedDefinition
}

type cachedDefinition struct {
	def    *Definition
	loaded time.Time
}

// get returns the quiz's definition, as LoadDefinition does.
func (c *definitionCache) get(app core.App, slug string) (*Definition, error) {
	c.mu.Lock()
	cached, ok := c.bySlug[slug]
	c.mu.Unlock()
	if ok && time.Since(cached.loaded) < bankTTL {
		return cached.def, nil
	}
	def, err := LoadDefinition(app, slug)
	if err != nil {
		return nil, err // not cached: a quiz added a moment later is found at once
	}
	c.mu.Lock()
	if c.bySlug == nil {
		c.bySlug = map[string]cachedDefinition{}
	}
	c.bySlug[slug] = cachedDefinition{def: def, loaded: time.Now()}
	c.mu.Unlock()
	return def, nil
}

// forget drops every cached definition.
func (c *definitionCache) forget() {
	c.mu.Lock()
	c.bySlug = nil
	c.mu.Unlock()
}

// forgetOnChange drops the cache whenever this process changes a quiz.
func (c *definitionCache) forgetOnChange(app core.App) {
	forget := func(e *core.RecordEvent) error {
		c.forget()
		return e.Next()
	}
	app.OnRecordAfterCreateSuccess("quizzes").BindFunc(forget)
	app.OnRecordAfterUpdateSuccess("quizzes").BindFunc(forget)
	app.OnRecordAfterDeleteSuccess("quizzes").BindFunc(forget)
}
