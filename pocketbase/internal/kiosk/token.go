package kiosk

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
)

// tokenHeader carries a paired kiosk's token.
const tokenHeader = "X-Kiosk"

// pairingAlphabet leaves out characters easy to misread on a screen or
// mistype (0/O, 1/I/L); 8 of them are about 40 bits, tried against a
// per-address limit within a day.
const pairingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// newPairingCode draws a one-time pairing code.
func newPairingCode() string {
	random := make([]byte, 8)
	_, _ = rand.Read(random)
	code := make([]byte, len(random))
	for i, b := range random {
		code[i] = pairingAlphabet[int(b)%len(pairingAlphabet)]
	}
	return string(code)
}

// normalisePairingCode lets an organiser type the code in lower case or
// with spaces and dashes.
func normalisePairingCode(code string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(code))
}

// newToken draws a kiosk token (256 bits).
func newToken() string {
	random := make([]byte, 32)
	_, _ = rand.Read(random)
	return base64.RawURLEncoding.EncodeToString(random)
}

// digest is how tokens and pairing codes are stored: a leaked database
// gives neither back.
func digest(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// PIN hashing: PBKDF2-SHA-256, which the kiosk's browser computes with Web
// Crypto to check the operator PIN with the network down.
const pinIterations = 100_000

// PinCheck is what a kiosk needs to check its PIN offline.
type PinCheck struct {
	Salt       string `json:"salt"`
	Iterations int    `json:"iterations"`
	Hash       string `json:"hash"`
}

// hashPin returns "salt:hash" (hex) for a PIN.
func hashPin(pin string) string {
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	return hex.EncodeToString(salt) + ":" + pinDigest(pin, salt)
}

func pinDigest(pin string, salt []byte) string {
	key, _ := pbkdf2.Key(sha256.New, pin, salt, pinIterations, 32)
	return hex.EncodeToString(key)
}

// pinCheckOf splits a stored PIN hash for the kiosk.
func pinCheckOf(stored string) PinCheck {
	salt, hash, _ := strings.Cut(stored, ":")
	return PinCheck{Salt: salt, Iterations: pinIterations, Hash: hash}
}

// errNotPaired answers a missing, unknown or revoked token alike.
var errNotPaired = problem.New(http.StatusUnauthorized, "kiosk_not_paired", "This kiosk is not paired, or its pairing was revoked.")

// kioskKey is where requireKiosk leaves the kiosk record for the handler.
const kioskKey = "jinduKiosk"

// requireKiosk lets through a request carrying the token of a paired,
// unrevoked kiosk.
func requireKiosk(e *core.RequestEvent) error {
	token := e.Request.Header.Get(tokenHeader)
	if len(token) < 32 || len(token) > 64 {
		return errNotPaired
	}
	record, err := e.App.FindFirstRecordByFilter("kiosks", "token_hash = {:hash} && revoked = false",
		dbx.Params{"hash": digest(token)})
	if err != nil {
		return errNotPaired
	}
	e.Set(kioskKey, record)
	return e.Next()
}

// pairedKiosk is the kiosk requireKiosk found.
func pairedKiosk(e *core.RequestEvent) *core.Record {
	record, _ := e.Get(kioskKey).(*core.Record)
	return record
}
