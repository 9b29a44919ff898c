package classroom

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"jindu/internal/participant"
	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// maxPlayers bounds a session; a class, even a whole year group, fits.
const maxPlayers = 500

// newToken returns a random reconnect token and the hash that is stored.
func newToken() (string, string) {
	raw := make([]byte, 24)
	_, _ = rand.Read(raw)
	token := base64.RawURLEncoding.EncodeToString(raw)
	return token, tokenHash(token)
}

// tokenHash is what the database keeps of a reconnect token.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte("classroom-player:" + token))
	return hex.EncodeToString(sum[:])
}

// nicknameKey folds a nickname for the per-session uniqueness check.
func nicknameKey(nickname string) string { return strings.ToLower(nickname) }

// freeNickname returns nickname, or "nickname 2", "nickname 3"… if taken.
func freeNickname(nickname string, taken func(key string) bool) string {
	candidate := nickname
	for n := 2; taken(nicknameKey(candidate)); n++ {
		candidate = nickname + " " + strconv.Itoa(n)
	}
	return candidate
}

// join adds a player with a cleaned nickname (or a generated one) and
// returns it with its reconnect token. With a roster card, the player is the
// card's student, under the roster's nickname; a card that already has a
// player in the session gets that player back on this device (existing is
// true; the token is new: the card, not the device, is who the student is).
func (l *liveSession) join(now time.Time, nickname, locale string, card *core.Record) (p *livePlayer, token string, existing bool, err error) {
	if card != nil {
		nickname = card.GetString("nickname")
	} else if nickname != "" {
		clean, bad := participant.CleanNickname(nickname)
		if bad != nil {
			return nil, "", false, problem.BadInput(bad.Code, bad.Message)
		}
		nickname = clean
	} else {
		nickname = participant.GenerateNickname(locale)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.settle(now)
	if card != nil {
		if p, token, err := l.cardHolder(card.Id); p != nil || err != nil {
			return p, token, true, err
		}
	}
	switch {
	case l.line.Phase == phaseEnded:
		return nil, "", false, problem.Conflict("session_ended", "This session has ended.")
	case l.locked:
		return nil, "", false, problem.Conflict("lobby_locked", "The teacher has locked this session; ask them to let you in.")
	case len(l.players) >= maxPlayers:
		return nil, "", false, errTooManyPlayers
	}
	keys := make(map[string]bool, len(l.players))
	for _, p := range l.players {
		keys[p.key] = true
	}
	nickname = freeNickname(nickname, func(key string) bool { return keys[key] })
	token, hash := newToken()
	p = &livePlayer{ID: core.GenerateDefaultRandomId(), Nickname: nickname, key: nicknameKey(nickname), tokenHash: hash, joined: now.UnixMilli()}
	if card != nil {
		p.card = card.Id
	}
	_, err = l.app.DB().Insert("live_players", dbx.Params{
		"id": p.ID, "session": l.id, "nickname": p.Nickname, "nickname_key": p.key, "token_hash": hash,
		"score": 0, "streak": 0, "streak_to": 0, "removed": false, "card": p.card, "created": types.NowDateTime().String(),
	}).Execute()
	if err != nil {
		return nil, "", false, err
	}
	l.addPlayer(p)
	l.version++
	l.announce(false)
	return p, token, false, nil
}

// cardHolder returns the session's player who joined with the card, with a
// fresh reconnect token (the old one stops working), or nil if the card has
// not joined yet. The caller holds l.mu.
func (l *liveSession) cardHolder(card string) (*livePlayer, string, error) {
	for _, p := range l.players {
		if p.card != card {
			continue
		}
		if p.Removed {
			return nil, "", errRemoved
		}
		token, hash := newToken()
		if _, err := l.app.DB().Update("live_players", dbx.Params{"token_hash": hash}, dbx.HashExp{"id": p.ID}).Execute(); err != nil {
			return nil, "", err
		}
		delete(l.byToken, p.tokenHash)
		p.tokenHash = hash
		l.byToken[hash] = p
		return p, token, nil
	}
	return nil, "", nil
}

// rejoin finds the player behind a reconnect token kept from an earlier join
// to this session, even with the lobby locked or full: they are not new. Nil
// when the token is not one of this session's (a stale one from another
// session, say), so the caller joins them as a new player.
func (l *liveSession) rejoin(token string) (*livePlayer, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	p := l.byToken[tokenHash(token)]
	if token == "" || p == nil {
		return nil, nil
	}
	if p.Removed {
		return nil, errRemoved
	}
	return p, nil
}

// player finds the session's player behind a reconnect token. The caller holds l.mu.
func (l *liveSession) player(token string) (*livePlayer, error) {
	p := l.byToken[tokenHash(token)]
	if token == "" || p == nil {
		return nil, problem.New(401, "player_required", "Join the session first: this device has no valid player token.")
	}
	if p.Removed {
		return nil, errRemoved
	}
	return p, nil
}

// remove takes a player out of the session for good: their token stops working.
func (l *liveSession) remove(now time.Time, playerID string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.settle(now)
	p := l.byID[playerID]
	if p == nil {
		return problem.NotFound("player_not_found", "There is no such player in this session.")
	}
	if p.Removed {
		return nil
	}
	if _, err := l.app.DB().Update("live_players", dbx.Params{"removed": true}, dbx.HashExp{"id": p.ID}).Execute(); err != nil {
		return err
	}
	p.Removed = true
	l.version++
	l.announce(true)
	l.settle(now) // everyone left may have answered already
	return nil
}

// answerInput is a player's answer as sent.
type answerInput struct {
	Index      int             `json:"index"`
	Choice     json.RawMessage `json:"choice"`
	RequestKey string          `json:"requestKey"`
}

// reserveAnswer checks the player's answer to the open question and holds
// its place in memory, so the session's lock is not kept while the row is
// written (the writer commits many sessions' answers together). fresh is false
// when the same request key is retried: the first answer is returned and
// nothing is written again; a different second answer is refused. The caller
// holds l.mu, then calls storeAnswer for a fresh answer without it.
func (l *liveSession) reserveAnswer(now time.Time, p *livePlayer, in answerInput) (a *liveAnswer, fresh bool, err error) {
	if len(in.RequestKey) > 64 {
		return nil, false, problem.BadInput("invalid_body", "The request key is at most 64 characters.")
	}
	l.settle(now)
	if in.Index >= 0 && in.Index < len(l.answers) {
		if first := l.answers[in.Index][p.ID]; first != nil {
			if in.RequestKey != "" && first.RequestKey == in.RequestKey {
				return first, false, nil
			}
			return nil, false, problem.Conflict("already_answered", "You have already answered this question.")
		}
	}
	if err := l.line.accepting(in.Index, now.UnixMilli()); err != nil {
		return nil, false, err
	}
	item := l.plan[in.Index]
	var choice quiz.Choice
	if err := json.Unmarshal(in.Choice, &choice); err != nil || string(in.Choice) == "null" ||
		(choice.Options == nil && choice.Bool == nil) || !item.ValidChoice(&choice) {
		return nil, false, problem.BadInput("invalid_choice", "Please choose one of the answers shown.")
	}
	elapsed := time.Duration(now.UnixMilli()-l.line.Opened) * time.Millisecond
	outcome := quiz.Judge(item, &choice)
	points := quiz.BasePoints(l.settings.scoring(), time.Duration(l.settings.Seconds)*time.Second, elapsed, outcome)
	if outcome == quiz.Correct && l.settings.Streak {
		points += quiz.StreakBonus(p.streakAt(&l.line, in.Index) + 1)
	}
	a = &liveAnswer{Player: p.ID, Position: in.Index, Choice: choice, Outcome: outcome, Points: points,
		ElapsedMs: elapsed.Milliseconds(), RequestKey: in.RequestKey}
	l.answers[in.Index][p.ID] = a
	return a, true, nil
}

// storeAnswer writes a reserved answer's row, without l.mu, then takes the
// lock to count it (the room's tally, and closing the question once everyone
// has answered) or, if the write failed, to give its place back.
func (l *liveSession) storeAnswer(a *liveAnswer) error {
	stored, _ := json.Marshal(a.Choice)
	err := l.writer.Run(l.app, func(tx core.App) error {
		_, err := tx.DB().Insert("live_answers", dbx.Params{
			"id": core.GenerateDefaultRandomId(), "session": l.id, "player": a.Player, "position": a.Position, "choice": string(stored),
			"outcome": string(a.Outcome), "points": a.Points, "elapsed_ms": a.ElapsedMs, "request_key": a.RequestKey,
			"created": types.NowDateTime().String(),
		}).Execute()
		return err
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		if l.answers[a.Position][a.Player] == a {
			delete(l.answers[a.Position], a.Player)
		}
		return err
	}
	l.version++
	l.announce(false)
	l.settle(time.Now())
	return nil
}

// jsonString marshals v to a JSON string.
func jsonString(v any) (string, error) {
	raw, err := json.Marshal(v)
	return string(raw), err
}
