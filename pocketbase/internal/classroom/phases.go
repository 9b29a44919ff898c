package classroom

import (
	"net/http"
	"slices"

	"jindu/internal/problem"
)

// Phases of a live session.
const (
	phaseLobby    = "lobby"    // players join; no question yet
	phaseQuestion = "question" // a question is open, the clock runs (unless paused)
	phaseClosed   = "closed"   // the answer, the distribution and maybe the leaderboard
	phaseEnded    = "ended"    // the podium; nothing changes any more
)

// graceMs forgives network delay: an answer arriving up to this long after
// the deadline still counts (at the slowest speed).
const graceMs = 1000

// errWrongPhase refuses a command the session's phase does not allow.
var errWrongPhase = problem.Conflict("wrong_phase", "That cannot be done at this point of the session.")

// timeline is where a session stands, on the server's clock (Unix ms). Its
// methods are the only way it changes; each returns errWrongPhase when the
// command does not apply.
type timeline struct {
	Phase   string `json:"phase"`
	Current int    `json:"current"` // -1 in the lobby
	Total   int    `json:"total"`
	Opened  int64  `json:"opened"`
	// Deadline is when the current question closes (not counting the grace).
	Deadline int64 `json:"deadline"`
	// Remaining is the time left when paused.
	Remaining int64 `json:"remaining"`
	Paused    bool  `json:"paused"`
	Skipped   []int `json:"skipped"`
	Ended     int64 `json:"ended"`
}

// newTimeline is a session in its lobby.
func newTimeline(total int) timeline {
	return timeline{Phase: phaseLobby, Current: -1, Total: total, Skipped: []int{}}
}

// open shows question index for seconds from now.
func (t *timeline) open(index int, seconds int, now int64) {
	t.Phase, t.Current, t.Paused, t.Remaining = phaseQuestion, index, false, 0
	t.Opened, t.Deadline = now, now+int64(seconds)*1000
}

// next opens the next question, or ends the session after the last one. It
// is allowed in the lobby and after a question closed.
func (t *timeline) next(seconds int, now int64) error {
	if t.Phase != phaseLobby && t.Phase != phaseClosed {
		return errWrongPhase
	}
	if t.Current+1 >= t.Total {
		t.end(now)
		return nil
	}
	t.open(t.Current+1, seconds, now)
	return nil
}

// close ends the open question; skip closes it with nobody scored.
func (t *timeline) close(skip bool) error {
	if t.Phase != phaseQuestion {
		return errWrongPhase
	}
	t.Phase, t.Paused, t.Remaining = phaseClosed, false, 0
	if skip {
		t.Skipped = append(t.Skipped, t.Current)
	}
	return nil
}

// pause freezes the open question's clock.
func (t *timeline) pause(now int64) error {
	if t.Phase != phaseQuestion || t.Paused {
		return errWrongPhase
	}
	t.Paused, t.Remaining = true, max(0, t.Deadline-now)
	return nil
}

// resume restarts the clock with the time that was left; the opening moment
// moves by the pause too, so the time paused never counts against a player.
func (t *timeline) resume(now int64) error {
	if t.Phase != phaseQuestion || !t.Paused {
		return errWrongPhase
	}
	shift := now + t.Remaining - t.Deadline
	t.Opened += shift
	t.Deadline += shift
	t.Paused, t.Remaining = false, 0
	return nil
}

// end finishes the session from any phase but ended.
func (t *timeline) end(now int64) {
	t.Phase, t.Paused, t.Remaining, t.Ended = phaseEnded, false, 0, now
}

// due reports whether the open question's time (and grace) is over.
func (t *timeline) due(now int64) bool {
	return t.Phase == phaseQuestion && !t.Paused && now > t.Deadline+graceMs
}

// accepting reports whether an answer to question index counts now.
func (t *timeline) accepting(index int, now int64) error {
	switch {
	case t.Phase == phaseEnded || index < t.Current || (index == t.Current && t.Phase == phaseClosed):
		return problem.Conflict("question_closed", "This question has closed.")
	case index != t.Current || t.Phase != phaseQuestion:
		return problem.Conflict("question_not_open", "This question is not open yet.")
	case t.Paused:
		return problem.Conflict("session_paused", "The teacher has paused the quiz; wait a moment.")
	case now > t.Deadline+graceMs:
		return problem.Conflict("question_closed", "This question has closed.")
	}
	return nil
}

// timeLeft is how long the open question has left (ms), frozen while paused.
func (t *timeline) timeLeft(now int64) int64 {
	switch {
	case t.Phase != phaseQuestion:
		return 0
	case t.Paused:
		return t.Remaining
	}
	return max(0, t.Deadline-now)
}

// played lists the questions asked and closed without a skip, in order.
func (t *timeline) played() []int {
	last := t.Current
	if t.Phase == phaseQuestion {
		last-- // the open one is not played yet
	}
	var played []int
	for i := 0; i <= last && i < t.Total; i++ {
		if !slices.Contains(t.Skipped, i) {
			played = append(played, i)
		}
	}
	return played
}

// previousPlayed is the last played question before index, or -1: a streak
// carries over skipped questions.
func (t *timeline) previousPlayed(index int) int {
	for i := index - 1; i >= 0; i-- {
		if !slices.Contains(t.Skipped, i) {
			return i
		}
	}
	return -1
}

// errNoSession answers for a missing session and another teacher's alike.
var errNoSession = problem.NotFound("session_not_found", "There is no such session.")

// errTooManyPlayers refuses a join once the session is full.
var errTooManyPlayers = problem.New(http.StatusConflict, "session_full", "This session is full.")

// errRemoved refuses a player the teacher has removed.
var errRemoved = problem.New(http.StatusForbidden, "player_removed", "The teacher has removed you from this session.")
