package kiosk

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
)

var errBadPairingCode = problem.BadInput("kiosk_pairing_invalid", "This pairing code is unknown, used or expired.")

// handlePair exchanges a one-time pairing code for the kiosk's token and
// configuration. The code is spent and any token paired before stops
// working: one kiosk is one browser.
func (s *service) handlePair(e *core.RequestEvent) error {
	var in struct {
		Code string `json:"code"`
	}
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	if !s.pairs.Allow(e.RealIP(), time.Now()) {
		return problem.New(http.StatusTooManyRequests, "too_many_requests", "Too many pairing attempts; wait a few minutes.")
	}
	code := normalisePairingCode(in.Code)
	if len(code) != 8 {
		return errBadPairingCode
	}
	var token string
	var record *core.Record
	err := e.App.RunInTransaction(func(tx core.App) error {
		found, err := tx.FindFirstRecordByFilter("kiosks", "pairing_hash = {:hash} && revoked = false",
			dbx.Params{"hash": digest(code)})
		if err != nil || found.GetInt("pairing_expires_ms") < int(time.Now().UnixMilli()) {
			return errBadPairingCode
		}
		token = newToken()
		found.Set("pairing_hash", "")
		found.Set("token_hash", digest(token))
		found.Set("paired_ms", time.Now().UnixMilli())
		record = found
		return tx.Save(found)
	})
	if err != nil {
		return err
	}
	config, err := s.configOf(e.App, record)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"token": token, "kiosk": config})
}
