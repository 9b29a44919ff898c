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
		requiredInteger("number"),
		// the certificate code, printed on the certificate and in its QR code
		requiredText("code", 16),
		requiredText("age_band", 10),
		// "张**" / "L***"; empty for under-14 signers
		text("masked", 8),
		text("province", 6),
		text("city", 6),
		text("school", 200),
		// the calendar day (Asia/Shanghai) it was signed
		requiredText("day", 10),
		// keyed hash of the signing browser's random id, for withdrawing
		requiredText("device_hash", 64),
		// keyed hash of browser and name, to return the same certificate for
		// 24 hours; emptied after that
		text("dedupe_hash", 64),
		requiredText("request_key", 64),
		created(),
	)
	pledges.AddIndex("idx_pledges_number", true, "number", "")
	pledges.AddIndex("idx_pledges_code", true, "code", "")
	pledges.AddIndex("idx_pledges_request", true, "request_key", "")
	pledges.AddIndex("idx_pledges_dedupe", false, "device_hash, dedupe_hash", "dedupe_hash != ''")

	// running counts updated in the same transaction as each pledge: "total",
	// "sequence" (numbers given out), "day:2026-11-30", "province:110000"
	counts := core.NewBaseCollection("pledge_counts")
	counts.Fields.Add(
		requiredText("key", 40),
		integer("count"),
	)
	counts.AddIndex("idx_pledge_counts_key", true, "key", "")

	withdrawals := core.NewBaseCollection("pledge_withdrawals")
	withdrawals.Fields.Add(
		requiredInteger("number"),
		text("day", 10),
		text("province", 6),
		text("age_band", 10),
		created(),
	)

	// proof-of-work solutions already used, so none is accepted twice
	spent := core.NewBaseCollection("spent_challenges")
	spent.Fields.Add(
		requiredText("signature", 64),
		integer("expires_ms"),
	)
	spent.AddIndex("idx_spent_challenges_signature", true, "signature", "")

	return []*core.Collection{pledges, counts, withdrawals, spent}
}
