package migrations

import (
	"github.com/pocketbase/pocketbase/core"
)

// The e-pledge's collections, all closed to the records API (every rule nil):
// the public sees counts and masked names only through /api/jindu/pledges/.
// No collection has a field for a full name; under-14 signers leave only an
// age band, a date and a number (see internal/pledge).
func init() {
	registerCollections(pledgeCollections)
}

// pledgeCollections returns the collections in creation order.
func pledgeCollections() []*core.Collection {
	pledges := core.NewBaseCollection("pledges")
	pledges.Fields.Add(
		&core.NumberField{Name: "number", Required: true, OnlyInt: true},
		// the certificate code, printed on the certificate and in its QR code
		&core.TextField{Name: "code", Required: true, Max: 16},
		&core.TextField{Name: "age_band", Required: true, Max: 10},
		// "张**" / "L***"; empty for under-14 signers
		&core.TextField{Name: "masked", Max: 8},
		&core.TextField{Name: "province", Max: 6},
		&core.TextField{Name: "city", Max: 6},
		&core.TextField{Name: "school", Max: 200},
		// the calendar day (Asia/Shanghai) it was signed
		&core.TextField{Name: "day", Required: true, Max: 10},
		// keyed hash of the signing browser's random id, for withdrawing
		&core.TextField{Name: "device_hash", Required: true, Max: 64},
		// keyed hash of browser and name, to return the same certificate for
		// 24 hours; emptied after that
		&core.TextField{Name: "dedupe_hash", Max: 64},
		&core.TextField{Name: "request_key", Required: true, Max: 64},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	pledges.AddIndex("idx_pledges_number", true, "number", "")
	pledges.AddIndex("idx_pledges_code", true, "code", "")
	pledges.AddIndex("idx_pledges_request", true, "request_key", "")
	pledges.AddIndex("idx_pledges_dedupe", false, "device_hash, dedupe_hash", "dedupe_hash != ''")

	// running counts updated in the same transaction as each pledge: "total",
	// "sequence" (numbers given out), "day:2026-11-30", "province:110000"
	counts := core.NewBaseCollection("pledge_counts")
	counts.Fields.Add(
		&core.TextField{Name: "key", Required: true, Max: 40},
		&core.NumberField{Name: "count", OnlyInt: true},
	)
	counts.AddIndex("idx_pledge_counts_key", true, "key", "")

	withdrawals := core.NewBaseCollection("pledge_withdrawals")
	withdrawals.Fields.Add(
		&core.NumberField{Name: "number", Required: true, OnlyInt: true},
		&core.TextField{Name: "day", Max: 10},
		&core.TextField{Name: "province", Max: 6},
		&core.TextField{Name: "age_band", Max: 10},
		&core.AutodateField{Name: "created", OnCreate: true},
	)

	// proof-of-work solutions already used, so none is accepted twice
	spent := core.NewBaseCollection("spent_challenges")
	spent.Fields.Add(
		&core.TextField{Name: "signature", Required: true, Max: 64},
		&core.NumberField{Name: "expires_ms", OnlyInt: true},
	)
	spent.AddIndex("idx_spent_challenges_signature", true, "signature", "")

	return []*core.Collection{pledges, counts, withdrawals, spent}
}
