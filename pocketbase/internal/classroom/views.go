package classroom

import (
	"slices"
	"sort"
	"time"

	"jindu/internal/quiz"
)

// leaderboardSize is how many players a leaderboard lists.
const leaderboardSize = 10

// PublicView is what everyone in the room may see: the projector, every
// phone, and every realtime message on classroom/{sessionId}. The correct
// answer and explanation appear only once the question has closed.
type PublicView struct {
	SessionID string             `json:"sessionId"`
	Version   int                `json:"version"`
	Phase     string             `json:"phase"`
	Paused    bool               `json:"paused"`
	Locked    bool               `json:"locked"`
	Index     int                `json:"index"`
	Total     int                `json:"total"`
	Question  *quiz.QuestionView `json:"question,omitempty"`
	// OpenedAt and Deadline are the open question's times (Unix ms, server clock).
	OpenedAt      int64 `json:"openedAt,omitempty"`
	Deadline      int64 `json:"deadline,omitempty"`
	ServerNow     int64 `json:"serverNow"`
	TimeLeftMs    int64 `json:"timeLeftMs"`
	AnsweredCount int   `json:"answeredCount"`
	ActivePlayers int   `json:"activePlayers"`
	// Result is the closed question's answer and distribution.
	Result *Result `json:"result,omitempty"`
	// Leaderboard follows each closed question when the settings say "each".
	Leaderboard []Standing `json:"leaderboard,omitempty"`
	// Podium is the top players once the session has ended.
	Podium []Standing `json:"podium,omitempty"`
}

// Result is a closed question: the key, why, and how the room answered.
type Result struct {
	Skipped bool `json:"skipped"`
	// Correct is the right options' shown positions, or true/false.
	Correct     any    `json:"correct"`
	Explanation string `json:"explanation"`
	// Counts is how many chose each shown option ([true, false] for true/false).
	Counts []int `json:"counts"`
}

// Standing is a player's place on a leaderboard; Delta is what the last
// played question earned them.
type Standing struct {
	PlayerID string `json:"playerId"`
	Nickname string `json:"nickname"`
	Score    int    `json:"score"`
	Rank     int    `json:"rank"`
	Delta    int    `json:"delta"`
}

// HostView is the projector's state: the public view plus the join code,
// settings and players.
type HostView struct {
	PublicView
	Code     string          `json:"code"`
	Title    string          `json:"title"`
	Locale   string          `json:"locale"`
	ClassID  string          `json:"classId,omitempty"`
	Settings Settings        `json:"settings"`
	Players  []PlayerSummary `json:"players"`
}

// PlayerSummary is a player as the teacher sees them in the lobby list.
type PlayerSummary struct {
	ID       string `json:"id"`
	Nickname string `json:"nickname"`
	Score    int    `json:"score"`
	Answered bool   `json:"answered"`
}

// PlayerView is a phone's state: the public view plus the player's own.
type PlayerView struct {
	PublicView
	Me PlayerSelf `json:"me"`
}

// PlayerSelf is what a player sees of themselves.
type PlayerSelf struct {
	PlayerID string `json:"playerId"`
	Nickname string `json:"nickname"`
	Score    int    `json:"score"`
	// Rank is shown when the leaderboard is (after each question, or at the end).
	Rank   int `json:"rank,omitempty"`
	Streak int `json:"streak"`
	// Answer is the player's answer to the current question, if any.
	Answer *OwnAnswer `json:"answer,omitempty"`
}

// OwnAnswer is a player's answer; how it went shows once the question closed.
type OwnAnswer struct {
	Index   int          `json:"index"`
	Choice  quiz.Choice  `json:"choice"`
	Outcome quiz.Outcome `json:"outcome,omitempty"`
	Points  *int         `json:"points,omitempty"`
}

// publicView builds the public state at now. The caller holds l.mu.
func (l *liveSession) publicView(now time.Time) PublicView {
	line := &l.line
	v := PublicView{
		SessionID: l.id, Version: l.version, Phase: line.Phase, Paused: line.Paused, Locked: l.locked,
		Index: line.Current, Total: line.Total, ServerNow: now.UnixMilli(), TimeLeftMs: line.timeLeft(now.UnixMilli()),
		AnsweredCount: l.answeredCount(line.Current), ActivePlayers: l.activePlayers(),
	}
	if line.Current >= 0 && line.Phase != phaseEnded {
		q := l.shown[line.Current].View
		v.Question = &q
	}
	if line.Phase == phaseQuestion {
		v.OpenedAt, v.Deadline = line.Opened, line.Deadline
		v.Question.StartedAt, v.Question.Deadline = line.Opened, line.Deadline
	}
	if line.Phase == phaseClosed {
		v.Result = l.result(line.Current)
		if l.settings.Leaderboard == leaderboardEach {
			v.Leaderboard = top(l.standings(), leaderboardSize)
		}
	}
	if line.Phase == phaseEnded {
		v.Podium = top(l.standings(), l.settings.Winners)
	}
	return v
}

// result is question index's key, explanation and distribution.
func (l *liveSession) result(index int) *Result {
	item := l.plan[index]
	r := &Result{Explanation: l.shown[index].Explanation, Skipped: slices.Contains(l.line.Skipped, index)}
	if item.KeyBool != nil {
		r.Correct = *item.KeyBool
		r.Counts = make([]int, 2)
	} else {
		r.Correct = item.Key
		r.Counts = make([]int, len(item.Perm))
	}
	for player, a := range l.answers[index] {
		if p := l.byID[player]; p == nil || p.Removed {
			continue
		}
		if a.Choice.Bool != nil {
			if *a.Choice.Bool {
				r.Counts[0]++
			} else {
				r.Counts[1]++
			}
			continue
		}
		for _, option := range a.Choice.Options {
			if option >= 0 && option < len(r.Counts) {
				r.Counts[option]++
			}
		}
	}
	return r
}

// standings ranks the active players by score (ties share a rank), earlier
// joiners first among equals.
func (l *liveSession) standings() []Standing {
	last := -1
	if played := l.line.played(); len(played) > 0 {
		last = played[len(played)-1]
	}
	list := []Standing{}
	for _, p := range l.players {
		if p.Removed {
			continue
		}
		s := Standing{PlayerID: p.ID, Nickname: p.Nickname, Score: p.Score}
		if last >= 0 {
			if a := l.answers[last][p.ID]; a != nil {
				s.Delta = a.Points
			}
		}
		list = append(list, s)
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Score > list[j].Score })
	for i := range list {
		if i > 0 && list[i].Score == list[i-1].Score {
			list[i].Rank = list[i-1].Rank
		} else {
			list[i].Rank = i + 1
		}
	}
	return list
}

// hostView builds the projector's state. The caller holds l.mu.
func (l *liveSession) hostView(now time.Time) HostView {
	v := HostView{PublicView: l.publicView(now), Code: l.code, Title: l.title, Locale: l.locale, ClassID: l.class,
		Settings: l.settings, Players: []PlayerSummary{}}
	for _, p := range l.players {
		if p.Removed {
			continue
		}
		answered := l.line.Current >= 0 && l.answers[l.line.Current][p.ID] != nil
		v.Players = append(v.Players, PlayerSummary{ID: p.ID, Nickname: p.Nickname, Score: p.Score, Answered: answered})
	}
	return v
}

// playerView builds a phone's state. The caller holds l.mu.
func (l *liveSession) playerView(now time.Time, p *livePlayer) PlayerView {
	v := PlayerView{PublicView: l.publicView(now)}
	v.Me = PlayerSelf{PlayerID: p.ID, Nickname: p.Nickname, Score: p.Score, Streak: p.streakAt(&l.line, l.line.Current+1)}
	if l.line.Phase == phaseQuestion {
		// the open question does not count yet
		v.Me.Streak = p.streakAt(&l.line, l.line.Current)
	}
	if l.line.Phase == phaseEnded || (l.line.Phase == phaseClosed && l.settings.Leaderboard == leaderboardEach) {
		for _, s := range l.standings() {
			if s.PlayerID == p.ID {
				v.Me.Rank = s.Rank
			}
		}
	}
	if l.line.Current >= 0 && l.line.Phase != phaseEnded {
		if a := l.answers[l.line.Current][p.ID]; a != nil {
			v.Me.Answer = ownAnswer(a, l.line.Phase == phaseClosed, slices.Contains(l.line.Skipped, l.line.Current))
		}
	}
	return v
}

// ownAnswer is an answer as its player sees it; the outcome only when
// revealed, and no points for a skipped question.
func ownAnswer(a *liveAnswer, revealed, skipped bool) *OwnAnswer {
	own := &OwnAnswer{Index: a.Position, Choice: a.Choice}
	if revealed {
		points := a.Points
		if skipped {
			points = 0
		}
		own.Outcome, own.Points = a.Outcome, &points
	}
	return own
}

func top(list []Standing, n int) []Standing { return list[:min(n, len(list))] }
