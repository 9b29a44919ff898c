package pledge

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"jindu/internal/writes"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Proof of work is ALTCHA's protocol (v1, SHA-256), so browsers solve it with
// the altcha-lib package: the server signs a hash of a random salt and secret
// number; the browser finds the number; the server checks the hash and its
// own signature. The salt carries the action and an expiry, and ends with
// "&" so no parameter can be spliced in (CVE-2025-68113). Each solution is
// accepted once (spent_challenges).
const (
	powAction = "pledge"
	powTTL    = 10 * time.Minute
	// powMinAge is how soon after a challenge is issued a pledge may use it:
	// a person reads and fills in the form; a script does not wait.
	powMinAge = time.Second
)

// Challenge is what the browser receives to solve.
type Challenge struct {
	Algorithm string `json:"algorithm"`
	Challenge string `json:"challenge"`
	MaxNumber int    `json:"maxnumber"`
	Salt      string `json:"salt"`
	Signature string `json:"signature"`
}

// solution is what the browser sends back, base64-encoded JSON.
type solution struct {
	Algorithm string `json:"algorithm"`
	Challenge string `json:"challenge"`
	Number    int    `json:"number"`
	Salt      string `json:"salt"`
	Signature string `json:"signature"`
}

var errBadProof = errors.New("the proof of work is missing, wrong, expired or used")

// newChallenge makes a challenge for the given action.
func newChallenge(key []byte, action string, now time.Time, maxNumber int) (Challenge, error) {
	random := make([]byte, 12)
	if _, err := rand.Read(random); err != nil {
		return Challenge{}, err
	}
	params := url.Values{
		"action":  {action},
		"issued":  {strconv.FormatInt(now.UnixMilli(), 10)},
		"expires": {strconv.FormatInt(now.Add(powTTL).Unix(), 10)},
	}
	salt := hex.EncodeToString(random) + "?" + params.Encode() + "&"
	secret, err := rand.Int(rand.Reader, big.NewInt(int64(maxNumber)+1))
	if err != nil {
		return Challenge{}, err
	}
	challenge := sha256Hex(salt + secret.String())
	return Challenge{
		Algorithm: "SHA-256",
		Challenge: challenge,
		MaxNumber: maxNumber,
		Salt:      salt,
		Signature: hmacHex(key, challenge),
	}, nil
}

// verifyProof checks a solution for action at now and returns its signature
// (the key under which it is spent), or errBadProof.
func verifyProof(key []byte, payload, action string, now time.Time) (string, error) {
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil || len(raw) > 2048 {
		return "", errBadProof
	}
	var s solution
	if err := json.Unmarshal(raw, &s); err != nil || s.Algorithm != "SHA-256" || s.Number < 0 {
		return "", errBadProof
	}
	_, query, found := strings.Cut(s.Salt, "?")
	if !found || !strings.HasSuffix(s.Salt, "&") {
		return "", errBadProof
	}
	params, err := url.ParseQuery(strings.TrimSuffix(query, "&"))
	if err != nil || params.Get("action") != action {
		return "", errBadProof
	}
	expires, err1 := strconv.ParseInt(params.Get("expires"), 10, 64)
	issued, err2 := strconv.ParseInt(params.Get("issued"), 10, 64)
	if err1 != nil || err2 != nil || now.Unix() > expires || now.Sub(time.UnixMilli(issued)) < powMinAge {
		return "", errBadProof
	}
	if sha256Hex(s.Salt+strconv.Itoa(s.Number)) != s.Challenge ||
		!hmac.Equal([]byte(hmacHex(key, s.Challenge)), []byte(s.Signature)) {
		return "", errBadProof
	}
	return s.Signature, nil
}

// spendProof records a solution as used, inside the pledge's transaction; a
// second use fails on the unique index.
func spendProof(tx core.App, signature string, now time.Time) error {
	_, err := tx.DB().Insert("spent_challenges", dbx.Params{
		"id":         core.GenerateDefaultRandomId(),
		"signature":  signature,
		"expires_ms": now.Add(powTTL).UnixMilli(),
	}).Execute()
	if err != nil && writes.IsUniqueViolation(err) {
		return errBadProof
	}
	return err
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func hmacHex(key []byte, s string) string {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(s))
	return hex.EncodeToString(mac.Sum(nil))
}
