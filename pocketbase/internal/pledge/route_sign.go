package pledge

import (
	"crypto/rand"
	"database/sql"
	"errors"
	"net/http"
	"regexp"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"jindu/internal/campaign"
	"jindu/internal/problem"
	"jindu/internal/safetext"
	"jindu/internal/secrets"
	"jindu/internal/writes"
)

// signInput is a signature as the browser sends it. There is no name field:
// the browser sends the first character only, and a hash for de-duplication.
type signInput struct {
	AgeBand  string `json:"ageBand"`
	Initial  string `json:"initial"`
	Province string `json:"province"`
	City     string `json:"city"`
	School   string `json:"school"`
	// Device is the browser's device token (POST /devices), for the
	// per-device limit and withdrawal.
	Device string `json:"device"`
	// NameHash is SHA-256 of the normalised full name, made in the browser.
	NameHash string `json:"nameHash"`
	// Key is the idempotency key: a retried submission sends the same one.
	Key string `json:"key"`
	// Proof is the solved ALTCHA challenge (base64 JSON).
	Proof string `json:"proof"`
	// Website is a honeypot: hidden from people, filled in by form bots.
	Website string `json:"website"`
}

// Certificate is what a signer gets back to draw their certificate.
type Certificate struct {
	Number   int    `json:"number"`
	Code     string `json:"code"`
	Masked   string `json:"masked,omitempty"`
	AgeBand  string `json:"ageBand"`
	Province string `json:"province,omitempty"`
	City     string `json:"city,omitempty"`
	Date     string `json:"date"`
	// Existing is true when this browser and name had already signed today.
	Existing bool `json:"existing,omitempty"`
	// Counts are the total and today's count just after this pledge was
	// stored, so the signer's own page shows them at once (a fresh pledge only).
	Counts *Counts `json:"counts,omitempty"`
}

// Counts are the running total and today's count at one moment.
type Counts struct {
	Total int `json:"total"`
	Today int `json:"today"`
}

var (
	tokenPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{16,64}$`)
	hashPattern  = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// maxSchoolRunes bounds a school's name in characters.
const maxSchoolRunes = 40

// handleSign stores a pledge, or returns the one this submission (or this
// browser and name, within a day) already made. Checks, in order: a readable
// body, the honeypot, a signed device token, the fields (age band first;
// under 14, every identifying field is dropped), a retry of a stored
// submission, the proof of work (cheap to check, so a request without a
// valid, unspent proof is refused before it counts against anyone's limit),
// then the per-device and per-address limits. The proof is spent in the same
// transaction as the insert and the counts.
func (s *service) handleSign(e *core.RequestEvent) error {
	var in signInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	if in.Website != "" {
		return problem.BadInput("pledge_refused", "This signature could not be accepted.")
	}
	if !tokenPattern.MatchString(in.Key) {
		return problem.BadInput("invalid_body", "A signature needs a device id and a request key.")
	}
	key, err := secrets.Get(e.App, "pledge")
	if err != nil {
		return err
	}
	device, ok := deviceID(key, in.Device)
	if !ok {
		return problem.BadInput("pledge_device_invalid", "This browser needs a new signing pass; please try again.")
	}
	in.Device = device
	pledge, err := checkSignature(in)
	if err != nil {
		return err
	}
	if pledge.AgeBand == bandUnder14 {
		in.NameHash = "" // nothing derived from an under-14's name is kept, not even hashed
	}
	// a retry of a submission already stored (its proof spent): its pledge, and
	// it does not count against the limits
	if retried, err := readCertificate(e.App, dbx.HashExp{"request_key": in.Key}); err != nil || retried != nil {
		if retried != nil {
			return e.JSON(http.StatusOK, retried)
		}
		return err
	}
	now := time.Now()
	signature, copied, err := s.claimProof(e.App, key, in.Proof, powAction, in.Key, now)
	if err != nil {
		// a copy of this submission may have spent the proof since the check above
		if retried, findErr := readCertificate(e.App, dbx.HashExp{"request_key": in.Key}); findErr == nil && retried != nil {
			return e.JSON(http.StatusOK, retried)
		}
		return err
	}
	if !copied {
		defer s.inFlight.Delete(signature)
		// a copy of a submission under way was counted with it
		if !s.devices.Allow(in.Device, now) || !s.addresses.Allow(e.RealIP(), now) {
			return errRateLimited
		}
	}
	if existing, err := sameSigner(e.App, key, in); err != nil || existing != nil {
		if existing != nil {
			return e.JSON(http.StatusOK, existing)
		}
		return err
	}

	var certificate *Certificate
	err = s.writes.Run(e.App, func(tx core.App) error {
		if err := spendProof(tx, signature, now); err != nil {
			return err
		}
		certificate, err = insertPledge(tx, key, in, pledge, now)
		return err
	})
	if errors.Is(err, errBadProof) || writes.IsUniqueViolation(err) {
		// the same submission may have arrived twice at once, and the other
		// copy spent the proof first: then its pledge is this one's too
		if retried, findErr := readCertificate(e.App, dbx.HashExp{"request_key": in.Key}); findErr == nil && retried != nil {
			return e.JSON(http.StatusOK, retried)
		}
		if errors.Is(err, errBadProof) {
			return errProofInvalid
		}
	}
	if err != nil {
		return err
	}
	s.changed.Store(true)
	return e.JSON(http.StatusCreated, certificate)
}

// errProofInvalid and errRateLimited are the sign and device routes' refusals.
var (
	errProofInvalid = problem.BadInput("pledge_proof_invalid", "The anti-robot check failed or expired; please try again.")
	errRateLimited  = problem.New(http.StatusTooManyRequests, "pledge_rate_limited", "Too many signatures from here just now; please try again later.")
)

// claimProof checks a solution for action (signature, expiry, age) and that
// it is neither spent nor being used by another request under way, and
// returns its signature, held for this request (release it with
// s.inFlight.Delete). A copy of a submission under way (same requestKey)
// shares its claim (copied is true: it neither counts again nor releases the
// claim); the insert's unique index settles which copy stores the pledge.
func (s *service) claimProof(app core.App, key []byte, proof, action, requestKey string, now time.Time) (signature string, copied bool, err error) {
	if signature, err = verifyProof(key, proof, action, now); err != nil {
		return "", false, errProofInvalid
	}
	holder, taken := s.inFlight.LoadOrStore(signature, requestKey)
	if taken && holder != requestKey {
		return "", false, errProofInvalid
	}
	spent, err := app.CountRecords("spent_challenges", dbx.HashExp{"signature": signature})
	if err != nil || spent > 0 {
		if !taken {
			s.inFlight.Delete(signature)
		}
		if err != nil {
			return "", false, err
		}
		return "", false, errProofInvalid
	}
	return signature, taken, nil
}

// checkSignature validates the fields and returns what will be stored. Under
// 14, the initial, region and school are dropped whatever was sent.
func checkSignature(in signInput) (*Certificate, error) {
	switch in.AgeBand {
	case bandUnder14:
		return &Certificate{AgeBand: bandUnder14}, nil
	case band14to17, bandAdult:
	default:
		return nil, problem.BadInput("pledge_age_band_required", "Choose your age band first.")
	}
	masked, ok := maskInitial(in.Initial)
	if !ok {
		return nil, problem.BadInput("pledge_name_invalid", "Names are 1–20 characters and start with a letter.")
	}
	c := &Certificate{AgeBand: in.AgeBand, Masked: masked, Province: in.Province, City: in.City}
	if !validRegion(in.Province, in.City) {
		return nil, problem.BadInput("pledge_region_invalid", "Choose your province and city from the list.")
	}
	if _, bad := safetext.Clean(in.School, maxSchoolRunes); bad != "" && bad != safetext.Empty {
		return nil, problem.BadInput("pledge_school_invalid", "School names are at most 40 characters, without special characters.")
	}
	if in.NameHash != "" && !hashPattern.MatchString(in.NameHash) {
		return nil, problem.BadInput("invalid_body", "The name check is malformed.")
	}
	return c, nil
}

// sameSigner returns the pledge this browser made with this name in the last
// 24 hours, if any, so signing twice by mistake gives the same certificate.
func sameSigner(app core.App, key []byte, in signInput) (*Certificate, error) {
	if in.NameHash == "" || in.AgeBand == "" {
		return nil, nil
	}
	found, err := readCertificate(app, dbx.HashExp{
		"device_hash": deviceHash(key, in.Device),
		"dedupe_hash": dedupeHash(key, in.Device, in.NameHash),
	})
	if found != nil {
		found.Existing = true
	}
	return found, err
}

// readCertificate reads one pledge as its certificate, or nil.
func readCertificate(app core.App, where dbx.Expression) (*Certificate, error) {
	var row struct {
		Number   int    `db:"number"`
		Code     string `db:"code"`
		AgeBand  string `db:"age_band"`
		Masked   string `db:"masked"`
		Province string `db:"province"`
		City     string `db:"city"`
		Day      string `db:"day"`
	}
	err := app.DB().Select("number", "code", "age_band", "masked", "province", "city", "day").
		From("pledges").Where(where).Limit(1).One(&row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &Certificate{Number: row.Number, Code: row.Code, AgeBand: row.AgeBand, Masked: row.Masked,
		Province: row.Province, City: row.City, Date: row.Day}, nil
}

// insertPledge gives the pledge the next number and a code, stores it and
// moves the counts, all in the caller's transaction.
func insertPledge(tx core.App, key []byte, in signInput, c *Certificate, now time.Time) (*Certificate, error) {
	number, err := bump(tx, "sequence", 1)
	if err != nil {
		return nil, err
	}
	c.Number = number
	if c.Code == "" { // a booth kiosk names its certificate's code itself (see kiosk.go)
		c.Code = newCode()
	}
	c.Date = campaign.Day(now)
	school := ""
	dedupe := ""
	if c.AgeBand != bandUnder14 {
		school, _ = safetext.Clean(in.School, maxSchoolRunes)
	}
	if in.NameHash != "" {
		dedupe = dedupeHash(key, in.Device, in.NameHash)
	}
	_, err = tx.DB().Insert("pledges", dbx.Params{
		"id": core.GenerateDefaultRandomId(), "number": c.Number, "code": c.Code, "age_band": c.AgeBand,
		"masked": c.Masked, "province": c.Province, "city": c.City, "school": school,
		"day": c.Date, "device_hash": deviceHash(key, in.Device), "dedupe_hash": dedupe,
		"request_key": in.Key, "created": nowText(),
	}).Execute()
	if err != nil {
		return nil, err
	}
	counts, err := moveCounts(tx, c.Date, c.Province, 1)
	if err != nil {
		return nil, err
	}
	c.Counts = counts
	return c, nil
}

// countersOf names the running counts a pledge of that day and province moves.
func countersOf(day, province string) []string {
	counters := []string{"total", "day:" + day}
	if province != "" {
		counters = append(counters, "province:"+province)
	}
	return counters
}

// moveCounts adds delta to the running counts a pledge of that day and
// province moves, and returns the total and that day's count after it.
func moveCounts(tx core.App, day, province string, delta int) (*Counts, error) {
	counts := &Counts{}
	for i, counter := range countersOf(day, province) {
		count, err := bump(tx, counter, delta)
		if err != nil {
			return nil, err
		}
		switch i {
		case 0:
			counts.Total = count
		case 1:
			counts.Today = count
		}
	}
	return counts, nil
}

// codeAlphabet leaves out letters and digits that are easy to mix up when a
// code is typed from a printed certificate (0/O, 1/I/L).
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// newCode returns a 10-character certificate code (about 50 bits).
func newCode() string {
	random := make([]byte, 10)
	_, _ = rand.Read(random)
	code := make([]byte, len(random))
	for i, b := range random {
		code[i] = codeAlphabet[int(b)%len(codeAlphabet)]
	}
	return string(code)
}

// deviceHash and dedupeHash are keyed hashes: without the server's secret
// they say nothing about the browser or the name behind them.
func deviceHash(key []byte, device string) string {
	return hmacHex(key, "device\n"+device)
}

func dedupeHash(key []byte, device, nameHash string) string {
	return hmacHex(key, "dedupe\n"+device+"\n"+nameHash)
}

// nowText is the current time as PocketBase stores dates.
func nowText() string { return types.NowDateTime().String() }
