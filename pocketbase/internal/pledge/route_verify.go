package pledge

import (
	"database/sql"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/problem"
	"jindu/internal/secrets"
)

var codePattern = regexp.MustCompile(`^[` + codeAlphabet + `]{10}$`)

// normalCode upper-cases a typed code and drops spaces and dashes.
func normalCode(code string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(strings.ToUpper(strings.TrimSpace(code)))
}

// Verified is what anyone holding a certificate's code may learn: the masked
// name (none for under-14 signers), the number and the date.
type Verified struct {
	Number  int    `json:"number"`
	Masked  string `json:"masked,omitempty"`
	AgeBand string `json:"ageBand"`
	Date    string `json:"date"`
}

// handleVerify answers the certificate's QR code: ?code=… → the pledge, or a
// clear 404 for an unknown (or withdrawn) code.
func (s *service) handleVerify(e *core.RequestEvent) error {
	code := normalCode(e.Request.URL.Query().Get("code"))
	notFound := problem.NotFound("pledge_not_found", "No pledge has this certificate code.")
	if !codePattern.MatchString(code) {
		return notFound
	}
	c, err := readCertificate(e.App, dbx.HashExp{"code": code})
	if err != nil {
		return err
	}
	if c == nil {
		return notFound
	}
	return e.JSON(http.StatusOK, Verified{Number: c.Number, Masked: c.Masked, AgeBand: c.AgeBand, Date: c.Date})
}

type withdrawInput struct {
	Code   string `json:"code"`
	Device string `json:"device"`
}

// withdrawal is the withdraw route's reply: the counts just after it, so the
// signer's own page shows them at once.
type withdrawal struct {
	Withdrawn bool    `json:"withdrawn"`
	Counts    *Counts `json:"counts"`
}

// todayCount reads today's running count (campaign time).
func todayCount(app core.App) (int, error) {
	var count int
	err := app.DB().Select("count").From("pledge_counts").
		Where(dbx.HashExp{"key": "day:" + campaign.Day(time.Now())}).Row(&count)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return count, err
}

// handleWithdraw deletes a pledge for its signer: the certificate's code, sent
// from the browser that signed. The counts go down in the same transaction,
// and the withdrawal is logged (number, day, province, age band only).
func (s *service) handleWithdraw(e *core.RequestEvent) error {
	var in withdrawInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	notFound := problem.NotFound("pledge_not_found", "No pledge from this browser has this certificate code.")
	code := normalCode(in.Code)
	key, err := secrets.Get(e.App, "pledge")
	if err != nil {
		return err
	}
	device, ok := withdrawalID(key, in.Device)
	if !codePattern.MatchString(code) || !ok {
		return notFound
	}
	withdrawn := false
	var counts *Counts
	err = s.writes.Run(e.App, func(tx core.App) error {
		var row struct {
			ID       string `db:"id"`
			Number   int    `db:"number"`
			Day      string `db:"day"`
			Province string `db:"province"`
			AgeBand  string `db:"age_band"`
		}
		err := tx.DB().Select("id", "number", "day", "province", "age_band").From("pledges").
			Where(dbx.HashExp{"code": code, "device_hash": deviceHash(key, device)}).One(&row)
		if err != nil {
			return nil //nolint:nilerr // no such pledge from this browser: withdrawn stays false
		}
		if _, err := tx.DB().Delete("pledges", dbx.HashExp{"id": row.ID}).Execute(); err != nil {
			return err
		}
		if counts, err = moveCounts(tx, row.Day, row.Province, -1); err != nil {
			return err
		}
		// a pledge of another day moved that day's count; the signer's page shows today's
		if counts.Today, err = todayCount(tx); err != nil {
			return err
		}
		_, err = tx.DB().Insert("pledge_withdrawals", dbx.Params{
			"id": core.GenerateDefaultRandomId(), "number": row.Number, "day": row.Day, "province": row.Province,
			"age_band": row.AgeBand, "created": nowText(),
		}).Execute()
		withdrawn = err == nil
		return err
	})
	if err != nil {
		return err
	}
	if !withdrawn {
		return notFound
	}
	s.changed.Store(true)
	return e.JSON(http.StatusOK, withdrawal{Withdrawn: true, Counts: counts})
}
