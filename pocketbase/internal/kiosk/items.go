package kiosk

import (
	"bytes"
	"encoding/json"
	"regexp"
	"time"

	"jindu/internal/pledge"
	"jindu/internal/problem"
)

// Kinds of item a kiosk queues.
const (
	kindQuiz   = "quiz"
	kindPledge = "pledge"
	kindSpot   = "spot"
)

// How far a booth's clock may be from the server's: a queue may hold a
// week of offline work, and the future is a wrong clock.
const (
	maxItemAge    = 7 * 24 * time.Hour
	maxClockAhead = 24 * time.Hour
)

var (
	keyPattern  = regexp.MustCompile(`^[A-Za-z0-9_-]{16,64}$`)
	slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,99}$`)
)

// quizPlay is a finished (or abandoned) kiosk quiz round, each answer judged
// on the kiosk against the keys it holds.
type quizPlay struct {
	Quiz    string       `json:"quiz"`
	Locale  string       `json:"locale"`
	Answers []quizAnswer `json:"answers"`
}

type quizAnswer struct {
	Question string `json:"question"`
	// Choice is bank option indices, true/false, or null when time ran out.
	Choice  json.RawMessage `json:"choice"`
	Correct bool            `json:"correct"`
	Ms      int             `json:"ms"`
}

// spotPlay is one round of spot-the-disguise: which of the two models the
// visitor tapped as the drug.
type spotPlay struct {
	Model   string `json:"model"`
	Picked  string `json:"picked"`
	Correct bool   `json:"correct"`
}

// checkedItem is an item whose fields passed their checks.
type checkedItem struct {
	Item
	stored json.RawMessage // the data as it is kept
	pledge *pledge.Certificate
}

var errItem = problem.BadInput("kiosk_item_invalid", "This item is malformed.")

// checkItem validates one item; a pledge is checked as the sign form's would be.
func checkItem(booths *pledge.Booths, item Item, now time.Time) (*checkedItem, error) {
	if !keyPattern.MatchString(item.Key) {
		return nil, errItem
	}
	at := time.UnixMilli(item.At)
	if at.Before(now.Add(-maxItemAge)) || at.After(now.Add(maxClockAhead)) {
		return nil, problem.BadInput("kiosk_item_time", "This item's time is too far from the server's.")
	}
	c := &checkedItem{Item: item}
	switch item.Kind {
	case kindQuiz:
		var play quizPlay
		if err := strictDecode(item.Data, &play); err != nil || !slugPattern.MatchString(play.Quiz) ||
			len(play.Answers) == 0 || len(play.Answers) > 10 || (play.Locale != "zh-cn" && play.Locale != "en") {
			return nil, errItem
		}
		for _, a := range play.Answers {
			if !slugPattern.MatchString(a.Question) || len(a.Choice) > 40 || a.Ms < 0 {
				return nil, errItem
			}
		}
		c.stored, _ = json.Marshal(play)
	case kindSpot:
		var play spotPlay
		if err := strictDecode(item.Data, &play); err != nil || !slugPattern.MatchString(play.Model) ||
			!slugPattern.MatchString(play.Picked) {
			return nil, errItem
		}
		c.stored, _ = json.Marshal(play)
	case kindPledge:
		var p pledge.BoothPledge
		if err := strictDecode(item.Data, &p); err != nil {
			return nil, errItem
		}
		certificate, err := booths.Check(p)
		if err != nil {
			return nil, err
		}
		c.pledge = certificate
		// what the pledge book keeps of it too (under 14: the age band and code only), so a
		// booth PC's items can be forwarded to the central server as they were sent
		kept := pledge.BoothPledge{AgeBand: certificate.AgeBand, Province: certificate.Province,
			City: certificate.City, Code: certificate.Code}
		if certificate.Masked != "" {
			kept.Initial = p.Initial
		}
		c.stored, _ = json.Marshal(kept)
	default:
		return nil, errItem
	}
	return c, nil
}

// strictDecode reads a JSON object with only v's fields.
func strictDecode(raw json.RawMessage, v any) error {
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.DisallowUnknownFields()
	return decoder.Decode(v)
}
