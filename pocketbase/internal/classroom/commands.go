package classroom

import (
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/quiz"
)

// The teacher's commands. Each runs under the session's lock: it works on a
// copy of the timeline, writes the result, and only then takes it, so a
// failed write changes nothing.

// command applies change to a copy of the timeline and commits it.
func (l *liveSession) command(now time.Time, change func(line *timeline, now int64) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.settle(now)
	line := l.line
	line.Skipped = slices.Clone(l.line.Skipped)
	if err := change(&line, now.UnixMilli()); err != nil {
		return err
	}
	// closing a question (next during a question, or end) scores it
	if l.line.Phase == phaseQuestion && line.Phase != phaseQuestion && !slices.Contains(line.Skipped, l.line.Current) {
		return l.commit(line, l.locked, l.scoresFor(l.line.Current))
	}
	return l.commit(line, l.locked, nil)
}

// next opens the next question; during a question it closes it (scored)
// first, as a teacher who does not want to wait expects.
func (l *liveSession) next(now time.Time) error {
	return l.command(now, func(line *timeline, ms int64) error {
		if line.Phase == phaseQuestion {
			return line.close(false)
		}
		return line.next(l.settings.Seconds, ms)
	})
}

// skip closes the open question with nobody scored.
func (l *liveSession) skip(now time.Time) error {
	return l.command(now, func(line *timeline, _ int64) error { return line.close(true) })
}

// pause freezes the clock; resume restarts it.
func (l *liveSession) pause(now time.Time) error {
	return l.command(now, func(line *timeline, ms int64) error { return line.pause(ms) })
}

func (l *liveSession) resume(now time.Time) error {
	return l.command(now, func(line *timeline, ms int64) error { return line.resume(ms) })
}

// end finishes the session; an open question is closed and scored first.
func (l *liveSession) end(now time.Time) error {
	return l.command(now, func(line *timeline, ms int64) error {
		if line.Phase == phaseEnded {
			return errWrongPhase
		}
		if line.Phase == phaseQuestion {
			_ = line.close(false)
		}
		line.end(ms)
		return nil
	})
}

// setLocked locks or unlocks the lobby to new players.
func (l *liveSession) setLocked(now time.Time, locked bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.settle(now)
	if l.line.Phase == phaseEnded {
		return errWrongPhase
	}
	return l.commit(l.line, locked, nil)
}

// scoreUpdate is a player's standing after a question closed.
type scoreUpdate struct {
	player                  *livePlayer
	score, streak, streakTo int
}

// scoresFor works out what closing question index does to the players who answered it.
func (l *liveSession) scoresFor(index int) []scoreUpdate {
	var updates []scoreUpdate
	for _, p := range l.players {
		a := l.answers[index][p.ID]
		if a == nil || p.Removed {
			continue
		}
		u := scoreUpdate{player: p, score: p.Score + a.Points, streak: p.Streak, streakTo: p.streakTo}
		if a.Outcome == quiz.Correct {
			u.streak, u.streakTo = p.streakAt(&l.line, index)+1, index+1
		}
		updates = append(updates, u)
	}
	return updates
}

// commit writes the new timeline, lock and scores in one transaction, then
// takes them, re-arms the timer and tells everyone at once.
func (l *liveSession) commit(line timeline, locked bool, scores []scoreUpdate) error {
	version := l.version + 1
	err := l.app.RunInTransaction(func(tx core.App) error {
		for _, u := range scores {
			if _, err := tx.DB().Update("live_players", dbx.Params{"score": u.score, "streak": u.streak, "streak_to": u.streakTo},
				dbx.HashExp{"id": u.player.ID}).Execute(); err != nil {
				return err
			}
		}
		return saveSession(tx, l.id, line, locked, version)
	})
	if err != nil {
		return err
	}
	for _, u := range scores {
		u.player.Score, u.player.Streak, u.player.streakTo = u.score, u.streak, u.streakTo
	}
	l.line, l.locked, l.version = line, locked, version
	l.arm()
	l.announce(true)
	return nil
}

// settle closes the open question once its time is up or every active
// player has answered; every read and write calls it, and so does the timer,
// so the session is right whichever comes first.
func (l *liveSession) settle(now time.Time) {
	if l.line.Phase != phaseQuestion || l.line.Paused {
		return
	}
	active := l.activePlayers()
	allIn := active > 0 && l.answeredCount(l.line.Current) >= active
	if !l.line.due(now.UnixMilli()) && !allIn {
		return
	}
	line := l.line
	line.Skipped = slices.Clone(l.line.Skipped)
	_ = line.close(false)
	if err := l.commit(line, l.locked, l.scoresFor(l.line.Current)); err != nil {
		l.app.Logger().Error("closing a live question failed", "session", l.id, "error", err)
	}
}

// arm sets the timer that closes the open question at its deadline (plus grace).
func (l *liveSession) arm() {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	if l.line.Phase != phaseQuestion || l.line.Paused {
		return
	}
	wait := time.Until(time.UnixMilli(l.line.Deadline+graceMs)) + 5*time.Millisecond
	l.timer = time.AfterFunc(wait, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.settle(time.Now())
	})
}

// saveSession writes a session's state.
func saveSession(tx core.App, id string, line timeline, locked bool, version int) error {
	skipped := line.Skipped
	if skipped == nil {
		skipped = []int{}
	}
	raw, _ := jsonString(skipped)
	_, err := tx.DB().Update("live_sessions", dbx.Params{
		"phase": line.Phase, "current": line.Current, "opened_ms": line.Opened,
		"deadline_ms": line.Deadline, "remaining_ms": line.Remaining, "paused": line.Paused,
		"skipped": raw, "ended_ms": line.Ended, "locked": locked, "version": version,
	}, dbx.HashExp{"id": id}).Execute()
	return err
}
