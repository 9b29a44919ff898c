package quiz

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// bankTTL bounds how long a running server keeps using the bank it read
// before a sync changed it; attempts already started keep their own keys.
const bankTTL = 10 * time.Second

// bankSnapshot is the live bank as read at one moment: the questions a pool
// may draw (with their keys), every live question's words and pictures, and
// when each contest closes (which frees the questions reserved for it).
type bankSnapshot struct {
	candidates []candidate
	questions  map[string]storedQuestion
	closes     map[string]time.Time

	poolsMu sync.Mutex
	pools   map[string]levelPool // by quiz slug and group; see poolFor
}

// poolFor returns the questions a start of the quiz (in the group) draws
// from, sorted by level once per snapshot rather than once per start. Made at
// one moment and kept for the snapshot's life (bankTTL), a pool can only hold
// back a contest's questions a little after it closes, never release them early.
func (s *bankSnapshot) poolFor(def *Definition, group *Group, now time.Time) levelPool {
	key := def.Slug
	if group != nil {
		key += "\x00" + group.ID
	}
	s.poolsMu.Lock()
	defer s.poolsMu.Unlock()
	pool, ok := s.pools[key]
	if !ok {
		pool = poolByLevel(s.drawable(def, now), def.poolFor(group))
		if s.pools == nil {
			s.pools = map[string]levelPool{}
		}
		s.pools[key] = pool
	}
	return pool
}

// bankCache holds the live bank in memory, so that a class starting at once,
// and every answer's reply, read it from the database once in a while rather
// than on every request.
type bankCache struct {
	mu       sync.Mutex
	loaded   time.Time
	snapshot *bankSnapshot
}

// get returns the live bank, reading it again once it is older than bankTTL.
func (c *bankCache) get(app core.App) (*bankSnapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshot != nil && time.Since(c.loaded) < bankTTL {
		return c.snapshot, nil
	}
	var rows []struct {
		Slug       string `db:"slug"`
		Type       string `db:"type"`
		Topics     string `db:"topics"`
		Grades     string `db:"grades"`
		Difficulty int    `db:"difficulty"`
		Entry      string `db:"entry"`
		Text       string `db:"text"`
		Images     string `db:"images"`
		Answer     string `db:"answer"`
		Reserved   string `db:"reserved"`
	}
	err := app.DB().NewQuery(`
		SELECT q.slug, q.type, COALESCE(q.topics, '[]') AS topics, COALESCE(q.grades, '[]') AS grades,
			q.difficulty, q.entry, COALESCE(q.text, '{}') AS text, COALESCE(q.images, '[]') AS images, k.answer,
			q.reserved
		FROM questions q JOIN answer_keys k ON k.question = q.slug
		WHERE q.retired = FALSE
		ORDER BY q.slug`).All(&rows)
	if err != nil {
		return nil, err
	}
	closes, err := contestCloses(app)
	if err != nil {
		return nil, err
	}
	snapshot := &bankSnapshot{questions: make(map[string]storedQuestion, len(rows)), closes: closes}
	for _, row := range rows {
		q, err := decodeQuestion(row.Type, row.Entry, row.Text, row.Images)
		if err != nil {
			return nil, err
		}
		snapshot.questions[row.Slug] = q
		c := candidate{Slug: row.Slug, Type: row.Type, Difficulty: row.Difficulty, Answer: json.RawMessage(row.Answer),
			Reserved: row.Reserved}
		if err := json.Unmarshal([]byte(row.Topics), &c.Topics); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(row.Grades), &c.Grades); err != nil {
			return nil, err
		}
		c.OptionCount = len(q.Text[locales[0]].Options)
		if q.Type == TypeImage {
			c.OptionCount = len(q.Images)
		}
		snapshot.candidates = append(snapshot.candidates, c)
	}
	c.snapshot, c.loaded = snapshot, time.Now()
	return snapshot, nil
}

// questions returns the words and pictures of the given questions: from the
// cached bank, or from the database for questions retired since an attempt began.
func (c *bankCache) questions(app core.App, slugs []string) (map[string]storedQuestion, error) {
	snapshot, err := c.get(app)
	if err != nil {
		return nil, err
	}
	found := make(map[string]storedQuestion, len(slugs))
	var missing []string
	for _, slug := range slugs {
		if q, ok := snapshot.questions[slug]; ok {
			found[slug] = q
		} else {
			missing = append(missing, slug)
		}
	}
	if len(missing) == 0 {
		return found, nil
	}
	retired, err := loadQuestions(app, missing)
	for slug, q := range retired {
		found[slug] = q
	}
	return found, err
}
