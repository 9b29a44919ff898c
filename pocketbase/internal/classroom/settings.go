package classroom

import (
	"bytes"
	"encoding/json"

	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// When the leaderboard shows: after each question, or only at the end.
const (
	leaderboardEach = "each"
	leaderboardEnd  = "end"
)

// Settings are how a live session plays, chosen by the teacher at the start.
type Settings struct {
	// Scoring is "speed" (Kahoot's formula, the default) or "accuracy".
	Scoring string `json:"scoring"`
	// Points is what a right answer is worth (before speed and streak).
	Points int `json:"points"`
	// Streak adds the quiz engine's streak bonus for right answers in a row.
	Streak bool `json:"streak"`
	// Leaderboard is shown after "each" question or only at the "end".
	Leaderboard string `json:"leaderboard"`
	// Winners is the podium's size at the end.
	Winners int `json:"winners"`
	// Seconds is the time allowed per question.
	Seconds int `json:"seconds"`
}

// defaultSettings are what a teacher gets without choosing.
func defaultSettings() Settings {
	return Settings{Scoring: quiz.ScoringSpeed, Points: 1000, Leaderboard: leaderboardEach, Winners: 3, Seconds: 20}
}

// errInvalidSettings refuses settings out of range.
var errInvalidSettings = problem.BadInput("invalid_settings",
	"Settings: scoring is speed or accuracy, points 0–2000, leaderboard each or end, winners 1–10, seconds 5–240.")

// readSettings fills the defaults with what the teacher sent and checks the result.
func readSettings(raw json.RawMessage) (Settings, error) {
	s := defaultSettings()
	if len(bytes.TrimSpace(raw)) > 0 && !bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		decoder := json.NewDecoder(bytes.NewReader(raw))
		decoder.DisallowUnknownFields()
		if err := decoder.Decode(&s); err != nil {
			return s, errInvalidSettings
		}
	}
	if !s.valid() {
		return s, errInvalidSettings
	}
	return s, nil
}

func (s Settings) valid() bool {
	return (s.Scoring == quiz.ScoringSpeed || s.Scoring == quiz.ScoringAccuracy) &&
		s.Points >= 0 && s.Points <= 2000 &&
		(s.Leaderboard == leaderboardEach || s.Leaderboard == leaderboardEnd) &&
		s.Winners >= 1 && s.Winners <= 10 &&
		s.Seconds >= 5 && s.Seconds <= 240
}

// scoring is the settings in the quiz engine's terms.
func (s Settings) scoring() quiz.Scoring {
	return quiz.Scoring{Method: s.Scoring, Points: s.Points, StreakBonus: s.Streak}
}
