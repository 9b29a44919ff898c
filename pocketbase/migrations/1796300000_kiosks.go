package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Booth kiosks (internal/kiosk): the kiosks an organiser registered and what
// their visitors did. Both are closed to the records API (every rule nil);
// a kiosk reaches the server only through /api/jindu/kiosk with its token.
func init() {
	m.Register(func(app core.App) error {
		return saveCollections(app, kioskCollections())
	}, func(app core.App) error {
		return deleteCollections(app, kioskCollections())
	})
}

// kioskCollections returns the collections in creation order.
func kioskCollections() []*core.Collection {
	kiosks := core.NewBaseCollection("kiosks")
	kiosks.Fields.Add(
		requiredText("name", 60),
		text("venue", 100),
		text("campaign", 100),
		// the stations switched on: spot, quiz, pledge, vr
		&core.JSONField{Name: "stations"},
		// the kiosk quiz it plays (a quiz of mode kiosk)
		text("quiz", 100),
		// PBKDF2 of the operator PIN with its salt; the kiosk gets it to
		// check the PIN offline
		&core.TextField{Name: "pin_hash", Required: true, Hidden: true, Max: 200},
		text("language", 5),
		integer("idle_seconds"),
		// the booth's region, preset in the pledge (GB/T 2260 codes)
		text("province", 6),
		text("city", 6),
		// SHA-256 of the one-time pairing code, emptied once used
		&core.TextField{Name: "pairing_hash", Hidden: true, Max: 64},
		integer("pairing_expires_ms"),
		// SHA-256 of the paired browser's token; empty when unpaired or revoked
		&core.TextField{Name: "token_hash", Hidden: true, Max: 64},
		integer("paired_ms"),
		&core.BoolField{Name: "revoked"},
		created(),
	)
	kiosks.AddIndex("idx_kiosks_token", true, "token_hash", "token_hash != ''")
	kiosks.AddIndex("idx_kiosks_pairing", true, "pairing_hash", "pairing_hash != ''")

	// one row per visitor action, stored once: the unique (kiosk, key) index
	// makes a retried or overlapping batch a no-op
	items := core.NewBaseCollection("kiosk_items")
	items.Fields.Add(
		requiredText("kiosk", 64),
		requiredText("key", 64),
		// quiz, pledge or spot
		requiredText("kind", 10),
		// the calendar day (Asia/Shanghai) it happened at the booth
		requiredText("day", 10),
		integer("at_ms"),
		&core.JSONField{Name: "data"},
		created(),
	)
	items.AddIndex("idx_kiosk_items_once", true, "kiosk, key", "")
	items.AddIndex("idx_kiosk_items_day", false, "kiosk, day, kind", "")

	return []*core.Collection{kiosks, items}
}
