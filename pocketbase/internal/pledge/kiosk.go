package pledge

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/secrets"
)

// Booths lets paired booth kiosks sign pledges into the same book and the
// same live counts as the sign form. A kiosk is authenticated by its token
// (internal/kiosk) instead of a proof of work and a device token, so it
// signs with the fields a visitor taps: an age band, an initial, a region.
type Booths struct{ s *service }

// BoothPledge is one pledge taken at a kiosk, as its offline queue sends it.
type BoothPledge struct {
	AgeBand  string `json:"ageBand"`
	Initial  string `json:"initial"`
	Province string `json:"province"`
	City     string `json:"city"`
	// Code is the certificate code the kiosk drew and showed in the QR code
	// before it could reach the server.
	Code string `json:"code"`
}

// errBoothCode refuses a certificate code that is not one of ours.
var errBoothCode = problem.BadInput("pledge_code_invalid", "The certificate code is malformed.")

// Check validates a booth pledge as the sign form's would be (under 14,
// nothing identifying is kept) and returns the certificate to store.
func (b *Booths) Check(p BoothPledge) (*Certificate, error) {
	if !validCode(p.Code) {
		return nil, errBoothCode
	}
	// the initial is optional at a booth (the sign form requires one from 14)
	withoutInitial := p.Initial == ""
	if withoutInitial {
		p.Initial = "A"
	}
	c, err := checkSignature(signInput{AgeBand: p.AgeBand, Initial: p.Initial, Province: p.Province, City: p.City})
	if err != nil {
		return nil, err
	}
	if withoutInitial {
		c.Masked = ""
	}
	c.Code = p.Code
	return c, nil
}

// Sign stores a checked booth pledge in the caller's transaction and moves
// the counts. requestKey must be unique per visitor action (the kiosk's
// idempotency key, qualified by the kiosk); kiosk names the booth, in place
// of a signing browser. Call Changed after the transaction commits.
func (b *Booths) Sign(tx core.App, kiosk, requestKey string, c *Certificate, now time.Time) (*Certificate, error) {
	key, err := secrets.Get(tx, "pledge")
	if err != nil {
		return nil, err
	}
	if taken, err := readCertificateByCode(tx, c.Code); err != nil || taken {
		if err != nil {
			return nil, err
		}
		c.Code = "" // a clash of 50-bit codes: the kiosk's QR code then finds nothing, the pledge still counts
	}
	in := signInput{Device: "kiosk:" + kiosk, Key: hmacHex(key, "kiosk\n"+kiosk+"\n"+requestKey)}
	return insertPledge(tx, key, in, c, now)
}

// Changed tells the live counter that pledges were added.
func (b *Booths) Changed() { b.s.changed.Store(true) }

// validCode reports whether code looks like one newCode would draw.
func validCode(code string) bool {
	if len(code) != 10 {
		return false
	}
	for _, r := range code {
		if !strings.ContainsRune(codeAlphabet, r) {
			return false
		}
	}
	return true
}

// readCertificateByCode reports whether a pledge already has that code.
func readCertificateByCode(app core.App, code string) (bool, error) {
	found, err := readCertificate(app, dbx.HashExp{"code": code})
	return found != nil, err
}

// ValidRegion reports whether province and city (GB/T 2260 codes, either
// empty) are on the pledge's region list, for a booth's preset region.
func ValidRegion(province, city string) bool { return validRegion(province, city) }
