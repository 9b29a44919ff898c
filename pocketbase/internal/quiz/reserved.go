package quiz

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Reserved questions keep a contest fair. A bank reserved for a contest
// (quizzes/README.md) feeds that contest alone: until the contest closes no
// other quiz draws its questions, the classroom's bank lists and plans none
// of them, and so no reply of any kind carries their words, key or
// explanation. Once the contest closes they are ordinary bank questions and
// its entrants see their answers explained.

// contestCloses reads when each contest closes, retired ones included: a
// question reserved for a contest with no window (or none at all) stays held.
func contestCloses(app core.App) (map[string]time.Time, error) {
	var rows []struct {
		Slug       string `db:"slug"`
		Definition string `db:"definition"`
	}
	err := app.DB().NewQuery(`SELECT slug, definition FROM quizzes WHERE mode = 'contest'`).All(&rows)
	if err != nil {
		return nil, err
	}
	closes := make(map[string]time.Time, len(rows))
	for _, row := range rows {
		def, err := parseDefinition([]byte(row.Definition))
		if err == nil && def.Window != nil {
			closes[row.Slug] = def.Window.Closes
		}
	}
	return closes, nil
}

// held reports whether a question is reserved for a contest that has not
// closed at now.
func (s *bankSnapshot) held(c candidate, now time.Time) bool {
	if c.Reserved == "" {
		return false
	}
	closes, known := s.closes[c.Reserved]
	return !known || now.Before(closes)
}

// public returns the questions anyone may see at now: all but those held
// back for an open contest.
func (s *bankSnapshot) public(now time.Time) []candidate {
	out := make([]candidate, 0, len(s.candidates))
	for _, c := range s.candidates {
		if !s.held(c, now) {
			out = append(out, c)
		}
	}
	return out
}

// drawable returns the questions a quiz draws from at now: a contest only
// from those reserved for it, every other quiz from the public ones.
func (s *bankSnapshot) drawable(def *Definition, now time.Time) []candidate {
	if def.Mode != ModeContest {
		return s.public(now)
	}
	var out []candidate
	for _, c := range s.candidates {
		if c.Reserved == def.Slug {
			out = append(out, c)
		}
	}
	return out
}
