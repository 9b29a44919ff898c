package quiz

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// KioskQuestion is a question as a paired booth kiosk holds it: both
// locales' words, the explanation and the key, so the kiosk can give
// feedback with the network down. Only the kiosk package sends it, and only
// to a paired kiosk's token.
type KioskQuestion struct {
	ID         string                  `json:"id"`
	Type       string                  `json:"type"`
	Difficulty int                     `json:"difficulty"`
	Images     []string                `json:"images,omitempty"`
	Entry      string                  `json:"entry,omitempty"`
	Text       map[string]questionText `json:"text"`
	// Answer is the key as the bank writes it: option indices, or true/false.
	Answer json.RawMessage `json:"answer"`
}

// KioskPool is a kiosk quiz's rules and every public question its pool may
// draw, keys included.
type KioskPool struct {
	Slug        string          `json:"slug"`
	Count       int             `json:"count"`
	PerQuestion int             `json:"perQuestion"`
	Questions   []KioskQuestion `json:"questions"`
}

// ErrNotKioskQuiz means the quiz asked for is not a kiosk-mode quiz: no
// other quiz's keys ever leave the server before answering.
var ErrNotKioskQuiz = errors.New("only kiosk quizzes can be downloaded with keys")

// KioskPool returns a kiosk-mode quiz's whole pool with keys. Questions held
// back for an open contest are never in it.
func (l *Library) KioskPool(app core.App, slug string) (*KioskPool, error) {
	def, err := LoadDefinition(app, slug)
	if err != nil {
		return nil, err
	}
	if def.Mode != ModeKiosk {
		return nil, ErrNotKioskQuiz
	}
	snapshot, err := l.bank.get(app)
	if err != nil {
		return nil, err
	}
	pool := KioskPool{Slug: def.Slug, Count: def.Count, PerQuestion: def.Time.PerQuestion, Questions: []KioskQuestion{}}
	for _, c := range snapshot.public(time.Now()) {
		if !overlaps(def.Pool.Topics, c.Topics) || !overlaps(def.Pool.Grades, c.Grades) {
			continue
		}
		q := snapshot.questions[c.Slug]
		pool.Questions = append(pool.Questions, KioskQuestion{
			ID: c.Slug, Type: c.Type, Difficulty: c.Difficulty, Images: q.Images, Entry: q.Entry,
			Text: q.Text, Answer: c.Answer,
		})
	}
	return &pool, nil
}
