package pledge

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/secrets"
)

// handleChallenge hands out a proof-of-work challenge for one signature.
func (s *service) handleChallenge(e *core.RequestEvent) error {
	key, err := secrets.Get(e.App, "pledge")
	if err != nil {
		return err
	}
	challenge, err := newChallenge(key, powAction, time.Now(), s.powMax)
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.JSON(http.StatusOK, challenge)
}
