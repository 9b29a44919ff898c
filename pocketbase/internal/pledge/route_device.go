package pledge

import (
	"crypto/hmac"
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/secrets"
)

// A device is what the per-device limit counts: a token the server signs and
// hands out only for a solved proof of work deviceWork times as hard as a
// signature's. A browser keeps it (localStorage) and signs with it; a script
// that throws tokens away pays for each new one, so the limit limits.
const (
	deviceAction = "device"
	deviceWork   = 4
)

type deviceInput struct {
	Proof string `json:"proof"`
}

// handleDevice issues a device token for a solved device challenge. Only a
// valid, unspent proof counts against the address's allowance of new devices.
func (s *service) handleDevice(e *core.RequestEvent) error {
	var in deviceInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	key, err := secrets.Get(e.App, "pledge")
	if err != nil {
		return err
	}
	now := time.Now()
	signature, copied, err := s.claimProof(e.App, key, in.Proof, deviceAction, "device:"+in.Proof, now)
	if err != nil {
		return err
	}
	if copied {
		return errProofInvalid // one device per proof, however many copies are sent
	}
	defer s.inFlight.Delete(signature)
	if !s.newDevices.Allow(e.RealIP(), now) {
		return errRateLimited
	}
	if err := s.writes.Run(e.App, func(tx core.App) error { return spendProof(tx, signature, now) }); err != nil {
		return errProofInvalid
	}
	return e.JSON(http.StatusCreated, map[string]string{"device": newDeviceToken(key)})
}

// newDeviceToken returns a fresh device id with the server's signature.
func newDeviceToken(key []byte) string {
	random := make([]byte, 18)
	_, _ = rand.Read(random)
	id := base64.RawURLEncoding.EncodeToString(random)
	return id + "." + deviceMAC(key, id)
}

// deviceID returns the id in a device token the server signed, or false.
func deviceID(key []byte, token string) (string, bool) {
	id, mac, found := strings.Cut(token, ".")
	if !found || !tokenPattern.MatchString(id) || !hmac.Equal([]byte(mac), []byte(deviceMAC(key, id))) {
		return "", false
	}
	return id, true
}

// withdrawalID is the id a withdrawal names its browser by: a signed token's
// id, or the random id browsers kept before devices were signed.
func withdrawalID(key []byte, device string) (string, bool) {
	if id, ok := deviceID(key, device); ok {
		return id, true
	}
	return device, tokenPattern.MatchString(device)
}

func deviceMAC(key []byte, id string) string {
	return hmacHex(key, "device-token\n"+id)[:32]
}
