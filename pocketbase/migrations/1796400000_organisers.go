package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The campaign dashboard (internal/organiser). Organisers are accounts a
// superuser makes (no self sign-up), each optionally scoped to a province or
// city. Attempts now say where they come from (region, school, grade band,
// all optional), and the dashboard reads roll-ups the server refreshes in the
// background, so its queries never scan a million attempts. Every new
// collection but organisers is closed to the records API.
func init() {
	m.Register(func(app core.App) error {
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.Fields.Add(
			// GB/T 2260 codes; "" when not given
			text("province", 6),
			text("city", 6),
			// only from 高中 up, or inherited from a class (see internal/quiz/profile.go)
			text("school", 60),
			text("grade_band", 12),
		)
		// the roll-up reads one day at a time
		attempts.AddIndex("idx_attempts_day", false, "day", "")
		if err := app.Save(attempts); err != nil {
			return err
		}

		draws, err := app.FindCollectionByNameOrId("prize_draws")
		if err != nil {
			return err
		}
		draws.Fields.Add(
			// sha256 of the seed, published before the contest opens
			text("seed_hash", 64),
			// the sorted eligible participant ids, published with the reveal
			&core.JSONField{Name: "entries"},
			text("organiser", 15),
			integer("revealed_ms"),
		)
		if err := app.Save(draws); err != nil {
			return err
		}
		pledges, err := app.FindCollectionByNameOrId("pledges")
		if err != nil {
			return err
		}
		pledges.AddIndex("idx_pledges_day", false, "day", "")
		if err := app.Save(pledges); err != nil {
			return err
		}
		return saveCollections(app, organiserCollections())
	}, func(app core.App) error {
		if err := deleteCollections(app, organiserCollections()); err != nil {
			return err
		}
		if pledges, err := app.FindCollectionByNameOrId("pledges"); err == nil {
			pledges.RemoveIndex("idx_pledges_day")
			if err := app.Save(pledges); err != nil {
				return err
			}
		}
		if draws, err := app.FindCollectionByNameOrId("prize_draws"); err == nil {
			for _, name := range []string{"seed_hash", "entries", "organiser", "revealed_ms"} {
				draws.Fields.RemoveByName(name)
			}
			if err := app.Save(draws); err != nil {
				return err
			}
		}
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.RemoveIndex("idx_attempts_day")
		for _, name := range []string{"province", "city", "school", "grade_band"} {
			attempts.Fields.RemoveByName(name)
		}
		return app.Save(attempts)
	})
}

// organiserCollections returns the collections in creation order.
func organiserCollections() []*core.Collection {
	self := `id = @request.auth.id && @request.auth.collectionName = "organisers"`
	organisers := core.NewAuthCollection("organisers")
	organisers.ListRule = types.Pointer(self)
	organisers.ViewRule = types.Pointer(self)
	organisers.Fields.Add(
		text("name", 40),
		// a GB/T 2260 province or city code; "" for the national office
		text("region", 6),
		created(),
	)

	// attempts per day, for each scope an organiser can have ("" national,
	// a province, a city) and each way the page breaks them down: a small
	// cube, so a query reads tens of rows per day whatever the campaign's size
	quizRollups := core.NewBaseCollection("quiz_rollups")
	quizRollups.Fields.Add(
		requiredText("day", 10),
		text("scope", 6),
		// total, quiz, grade, region (the scope's provinces or cities) or contest
		requiredText("dimension", 10),
		text("value", 130),
		integer("attempts"),
		integer("participants"),
		integer("finished"),
		integer("knows"),
		integer("excellent"),
		integer("full_marks"),
	)
	quizRollups.AddIndex("idx_quiz_rollups_scope", false, "scope, dimension, day", "")
	quizRollups.AddIndex("idx_quiz_rollups_day", false, "day", "")

	// which schools took part on which day (quiz attempts and class sessions)
	schoolRollups := core.NewBaseCollection("school_rollups")
	schoolRollups.Fields.Add(
		requiredText("day", 10),
		text("province", 6),
		text("city", 6),
		requiredText("school_key", 60),
	)
	schoolRollups.AddIndex("idx_school_rollups_day", false, "day", "")
	schoolRollups.AddIndex("idx_school_rollups_school", false, "school_key, day", "")

	pledgeRollups := core.NewBaseCollection("pledge_rollups")
	pledgeRollups.Fields.Add(
		requiredText("day", 10),
		text("scope", 6),
		// total, region or age
		requiredText("dimension", 10),
		text("value", 10),
		integer("pledges"),
	)
	pledgeRollups.AddIndex("idx_pledge_rollups_scope", false, "scope, dimension, day", "")
	pledgeRollups.AddIndex("idx_pledge_rollups_day", false, "day", "")

	// the schools an organiser uploaded, to measure coverage against
	schools := core.NewBaseCollection("organiser_schools")
	schools.Fields.Add(
		ownedBy("organiser", organisers.Id),
		requiredText("name", 60),
		// the name folded for matching (see internal/organiser/schools.go)
		requiredText("school_key", 60),
		text("province", 6),
		text("city", 6),
	)
	schools.AddIndex("idx_organiser_schools_once", true, "organiser, school_key", "")

	return []*core.Collection{organisers, quizRollups, schoolRollups, pledgeRollups, schools}
}
