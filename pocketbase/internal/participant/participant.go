// Package participant gives students and kiosk visitors an identity without an
// account: an anonymous participant with a nickname and a signed token, sent
// back in the X-Participant header. Signed-in users (teachers, organisers) are
// mapped to a participant of their own. It also limits requests per
// participant, because a whole school shares one IP address.
package participant

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"jindu/internal/problem"
	"jindu/internal/ratelimit"
	"jindu/internal/secrets"
)

// Header carries the participant token.
const Header = "X-Participant"

// contextKey is where Require stores the participant id on the request event.
const contextKey = "jinduParticipant"

// requestsPerWindow is generous for a person (a quiz answer takes seconds) and
// still stops a script hammering the server with one identity.
const (
	requestsPerWindow = 60
	requestWindow     = 10 * time.Second
)

// ID returns the participant id Require attached to the request.
func ID(e *core.RequestEvent) string {
	id, _ := e.Get(contextKey).(string)
	return id
}

// Optional returns the id of the participant behind the request, or "" for a
// visitor without one, for routes open to everyone that say more to a participant.
func Optional(e *core.RequestEvent) string {
	id, err := identify(e)
	if err != nil {
		return ""
	}
	return id
}

// limiter is shared by every route that requires a participant.
var limiter = ratelimit.New(requestsPerWindow, requestWindow)

// Require admits requests from a participant: a valid X-Participant token, or a
// signed-in user (who gets a participant of their own). Others get 401; anyone
// over the per-participant limit gets 429.
func Require() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "jinduRequireParticipant",
		Func: func(e *core.RequestEvent) error {
			id, err := identify(e)
			if err != nil {
				return err
			}
			if id == "" {
				return problem.New(http.StatusUnauthorized, "participant_required", "Start again: this browser has no valid participant token.")
			}
			if !limiter.Allow(id, time.Now()) {
				return problem.New(http.StatusTooManyRequests, "too_many_requests", "Too many requests; please wait a few seconds.")
			}
			e.Set(contextKey, id)
			return e.Next()
		},
	}
}

// identify returns the participant id behind the request, or "" if there is none.
func identify(e *core.RequestEvent) (string, error) {
	if token := e.Request.Header.Get(Header); token != "" {
		secret, err := secrets.Get(e.App, tokenSecretName)
		if err != nil {
			return "", err
		}
		id, ok := verifyToken(secret, token)
		if !ok {
			return "", nil
		}
		return id, nil
	}
	if e.Auth != nil && !e.Auth.IsSuperuser() {
		return accountParticipant(e.App, e.Auth)
	}
	return "", nil
}

// accountParticipant finds or creates the participant of a signed-in account.
// Its nickname is generated, never the account's name: leaderboards are
// public, and participants are anonymous whoever they are.
func accountParticipant(app core.App, account *core.Record) (string, error) {
	key := account.Collection().Name + ":" + account.Id
	if record, err := app.FindFirstRecordByData("participants", "account", key); err == nil {
		return record.Id, nil
	}
	record, err := create(app, GenerateNickname("zh-cn"), key)
	if err != nil {
		// a concurrent request may have created it first
		if existing, findErr := app.FindFirstRecordByData("participants", "account", key); findErr == nil {
			return existing.Id, nil
		}
		return "", err
	}
	return record.Id, nil
}

// New stores an anonymous participant with a clean nickname and returns it
// with its token.
func New(app core.App, nickname string) (*core.Record, string, error) {
	record, err := create(app, nickname, "")
	if err != nil {
		return nil, "", err
	}
	secret, err := secrets.Get(app, tokenSecretName)
	if err != nil {
		return nil, "", err
	}
	return record, signToken(secret, record.Id), nil
}

// create stores a new participant.
func create(app core.App, nickname, account string) (*core.Record, error) {
	collection, err := app.FindCachedCollectionByNameOrId("participants")
	if err != nil {
		return nil, err
	}
	record := core.NewRecord(collection)
	record.Set("nickname", nickname)
	record.Set("account", account)
	return record, app.Save(record)
}
