package pledge

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/secrets"
)

// handleChallenge hands out a proof-of-work challenge: for one signature, or
// with ?for=device for a device token, which costs deviceWork times as much.
func (s *service) handleChallenge(e *core.RequestEvent) error {
	key, err := secrets.Get(e.App, "pledge")
	if err != nil {
		return err
	}
	action, maxNumber := powAction, s.powMax
	if e.Request.URL.Query().Get("for") == deviceAction {
		action, maxNumber = deviceAction, s.powMax*deviceWork
	}
	challenge, err := newChallenge(key, action, time.Now(), maxNumber)
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.JSON(http.StatusOK, challenge)
}
