package classroom

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
)

// PlayerHeader carries a player's reconnect token.
const PlayerHeader = "X-Player-Token"

type joinInput struct {
	Code     string `json:"code"`
	Nickname string `json:"nickname"`
	Locale   string `json:"locale"`
	// Token is a reconnect token kept from an earlier join, if any.
	Token string `json:"token"`
	// Card is the code of the student's roster card, needed to join a
	// session whose class has a roster.
	Card string `json:"card"`
}

// joinReply is what a phone keeps to play and to come back after a reload.
type joinReply struct {
	SessionID string `json:"sessionId"`
	PlayerID  string `json:"playerId"`
	Token     string `json:"token"`
	Nickname  string `json:"nickname"`
}

// handleJoin adds a player to the running session with the code, or, given
// the token of one of its players, answers 200 with that player (same id,
// nickname and score) for a device that lost all but the token. Joins are
// limited per address.
func (s *service) handleJoin(e *core.RequestEvent) error {
	var in joinInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	if !s.joins.Allow(e.RealIP(), time.Now()) {
		return errTooManyRequests
	}
	record, err := e.App.FindFirstRecordByFilter("live_sessions", "code = {:code} && phase != 'ended'", dbx.Params{"code": in.Code})
	if err != nil || len(in.Code) != codeLength {
		return problem.NotFound("session_not_found", "No session is running with that code.")
	}
	l, err := s.session(e.App, record.Id)
	if err != nil {
		return err
	}
	known, err := l.rejoin(in.Token)
	if err != nil {
		return err
	}
	if known != nil {
		return e.JSON(http.StatusOK, joinReply{SessionID: l.id, PlayerID: known.ID, Token: in.Token, Nickname: known.Nickname})
	}
	card, err := sessionCard(e.App, l.class, in.Card)
	if err != nil {
		return err
	}
	p, token, existing, err := l.join(time.Now(), in.Nickname, pickLocale(in.Locale), card)
	if err != nil {
		return err
	}
	status := http.StatusCreated
	if existing {
		status = http.StatusOK
	}
	return e.JSON(status, joinReply{SessionID: l.id, PlayerID: p.ID, Token: token, Nickname: p.Nickname})
}

// sessionCard returns the roster card a join must show: nil for a session
// without a class or whose class has no roster (any nickname then), the
// class's card with the code otherwise.
func sessionCard(app core.App, classID, code string) (*core.Record, error) {
	if classID == "" {
		return nil, nil
	}
	class, err := app.FindRecordById("classes", classID)
	if err != nil || len(rosterOf(class)) == 0 {
		return nil, nil //nolint:nilerr // a deleted class leaves a session anyone may join
	}
	if code == "" {
		return nil, errCardRequired
	}
	return findCard(app, code, classID)
}

// handlePlay returns a player's state; the same token after a reload finds
// the same player with the same score.
func (s *service) handlePlay(e *core.RequestEvent) error {
	l, err := s.session(e.App, e.Request.PathValue("id"))
	if err != nil {
		return err
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	p, err := l.player(e.Request.Header.Get(PlayerHeader))
	if err != nil {
		return err
	}
	l.settle(now)
	return e.JSON(http.StatusOK, l.playerView(now, p))
}

// handleAnswer records the player's answer to the open question and returns
// the player's state (the outcome stays hidden until the question closes).
func (s *service) handleAnswer(e *core.RequestEvent) error {
	var in answerInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	l, err := s.session(e.App, e.Request.PathValue("id"))
	if err != nil {
		return err
	}
	now := time.Now()
	l.mu.Lock()
	p, err := l.player(e.Request.Header.Get(PlayerHeader))
	if err != nil {
		l.mu.Unlock()
		return err
	}
	a, fresh, err := l.reserveAnswer(now, p, in)
	l.mu.Unlock()
	if err != nil {
		return err
	}
	if fresh {
		if err := l.storeAnswer(a); err != nil {
			return err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return e.JSON(http.StatusOK, l.playerView(now, p))
}
