package kiosk

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/problem"
)

// Item is one visitor action from a kiosk's offline queue.
type Item struct {
	// Key is the idempotency key the kiosk gave the action when it happened.
	Key  string `json:"key"`
	Kind string `json:"kind"`
	// At is when it happened at the booth (Unix ms, the kiosk's clock).
	At   int64           `json:"at"`
	Data json.RawMessage `json:"data"`
}

// Outcome is what became of one item: stored now, stored before
// (duplicate), or rejected for good (the kiosk drops it; a retry cannot help).
type Outcome struct {
	Key    string `json:"key"`
	Status string `json:"status"`
	Code   string `json:"code,omitempty"`
	// Number is a stored pledge's number, for the certificate.
	Number int `json:"number,omitempty"`
}

const (
	statusStored    = "stored"
	statusDuplicate = "duplicate"
	statusRejected  = "rejected"
)

// handleBatch stores a batch of queued items, each once: the (kiosk, key)
// unique index decides, inside one transaction, whether an item is new, so
// a retried batch, or the same items flushed twice at once, changes nothing
// the second time. Pledges are signed into the pledge book in the same
// transaction, so a pledge counts exactly when its item is stored.
func (s *service) handleBatch(e *core.RequestEvent) error {
	kiosk := pairedKiosk(e)
	if !s.batches.Allow(kiosk.Id, time.Now()) {
		return problem.New(http.StatusTooManyRequests, "kiosk_rate_limited", "This kiosk is sending too fast; its queue will retry.")
	}
	var in struct {
		Items []Item `json:"items"`
	}
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	if len(in.Items) == 0 || len(in.Items) > maxBatchItems {
		return problem.BadInput("kiosk_batch_invalid", "A batch has 1 to 100 items.")
	}
	now := time.Now()
	outcomes := make([]Outcome, len(in.Items))
	checked := make([]*checkedItem, len(in.Items))
	for i, item := range in.Items {
		outcomes[i].Key = item.Key
		c, err := checkItem(s.booths, item, now)
		if err != nil {
			outcomes[i].Status, outcomes[i].Code = statusRejected, codeOf(err)
			continue
		}
		checked[i] = c
	}
	signed := false
	err := e.App.RunInTransaction(func(tx core.App) error {
		signed = false
		for i, c := range checked {
			if c == nil {
				continue
			}
			status, number, err := s.store(tx, kiosk.Id, c, now)
			if err != nil {
				return err
			}
			outcomes[i].Status, outcomes[i].Number = status, number
			signed = signed || (status == statusStored && c.pledge != nil)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if signed {
		s.booths.Changed()
	}
	return e.JSON(http.StatusOK, map[string]any{"results": outcomes})
}

// store inserts one checked item unless the kiosk sent it before.
func (s *service) store(tx core.App, kiosk string, c *checkedItem, now time.Time) (string, int, error) {
	result, err := tx.DB().NewQuery(`
		INSERT INTO kiosk_items (id, kiosk, key, kind, day, at_ms, data, created)
		VALUES ({:id}, {:kiosk}, {:key}, {:kind}, {:day}, {:at}, {:data}, {:created})
		ON CONFLICT (kiosk, key) DO NOTHING`).Bind(dbx.Params{
		"id": core.GenerateDefaultRandomId(), "kiosk": kiosk, "key": c.Key, "kind": c.Kind,
		"day": campaign.Day(time.UnixMilli(c.At)), "at": c.At, "data": string(c.stored),
		"created": now.UTC().Format("2006-01-02 15:04:05.000Z"),
	}).Execute()
	if err != nil {
		return "", 0, err
	}
	if added, _ := result.RowsAffected(); added == 0 {
		return statusDuplicate, 0, nil
	}
	if c.pledge == nil {
		return statusStored, 0, nil
	}
	certificate, err := s.booths.Sign(tx, kiosk, c.Key, c.pledge, time.UnixMilli(c.At))
	if err != nil {
		return "", 0, err
	}
	return statusStored, certificate.Number, nil
}

// codeOf is the error code of a refusal.
func codeOf(err error) string {
	if p, ok := err.(*problem.Problem); ok {
		return p.Code
	}
	return "invalid_body"
}
