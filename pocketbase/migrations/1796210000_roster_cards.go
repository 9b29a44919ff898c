package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Roster cards: each nickname on a class roster gets a card with a short
// personal code (printed with a QR code), so only that student can do their
// homework or join a class session as them. Cards are made and dropped by a
// hook as the roster changes; the owning teacher reads them through the
// records API to print them and nobody writes them there. A teacher can also
// void a student's homework attempt so they may do it again.
func init() {
	m.Register(func(app core.App) error {
		classes, err := app.FindCollectionByNameOrId("classes")
		if err != nil {
			return err
		}
		cards := core.NewBaseCollection("roster_cards")
		own := `@request.auth.collectionName = "teachers" && class.teacher = @request.auth.id`
		cards.ListRule = types.Pointer(own)
		cards.ViewRule = types.Pointer(own)
		cards.Fields.Add(
			ownedBy("class", classes.Id),
			requiredText("nickname", 30),
			// eight characters without look-alikes, unique across all classes
			requiredText("code", 8),
			created(),
		)
		cards.AddIndex("idx_roster_cards_code", true, "code", "")
		cards.AddIndex("idx_roster_cards_student", true, "class, nickname", "")
		if err := app.Save(cards); err != nil {
			return err
		}

		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		// a teacher voided this homework attempt: it no longer counts
		attempts.Fields.Add(&core.BoolField{Name: "voided"})
		if err := app.Save(attempts); err != nil {
			return err
		}

		players, err := app.FindCollectionByNameOrId("live_players")
		if err != nil {
			return err
		}
		// the roster card the player joined with ("" in sessions without a roster)
		players.Fields.Add(text("card", 15))
		players.AddIndex("idx_live_players_card", true, "session, card", "card != ''")
		return app.Save(players)
	}, func(app core.App) error {
		if players, err := app.FindCollectionByNameOrId("live_players"); err == nil {
			players.RemoveIndex("idx_live_players_card")
			players.Fields.RemoveByName("card")
			if err := app.Save(players); err != nil {
				return err
			}
		}
		if attempts, err := app.FindCollectionByNameOrId("attempts"); err == nil {
			attempts.Fields.RemoveByName("voided")
			if err := app.Save(attempts); err != nil {
				return err
			}
		}
		if cards, err := app.FindCollectionByNameOrId("roster_cards"); err == nil {
			return app.Delete(cards)
		}
		return nil
	})
}
