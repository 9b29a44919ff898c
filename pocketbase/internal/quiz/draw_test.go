package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

func TestDrawWinnersIsReproducible(t *testing.T) {
	var entrants []string
	for i := range 100 {
		entrants = append(entrants, fmt.Sprintf("p%03d", i))
	}
	first := DrawWinners(entrants, "seed-1", 5)
	again := DrawWinners(slices.Clone(entrants), "seed-1", 5)
	if len(first) != 5 || !slices.Equal(first, again) {
		t.Fatalf("same seed, different winners: %v vs %v", first, again)
	}
	if slices.Equal(first, DrawWinners(entrants, "seed-2", 5)) {
		t.Error("another seed drew the same winners")
	}
	if got := DrawWinners(entrants[:3], "seed-1", 5); len(got) != 3 {
		t.Errorf("fewer entrants than prizes: got %d winners", len(got))
	}
}

func TestPrizeDrawRecordAndFraudPurge(t *testing.T) {
	app, winner := newParticipantApp(t)
	loser := newClient(t, app)
	for _, c := range []*client{winner, loser} {
		attempt, _ := c.start("contest", map[string]any{"group": "primary"})
		record, _ := app.FindRecordById("attempts", attempt)
		if record.GetString("ip_hash") == "" || record.GetString("ua_hash") == "" {
			t.Fatal("a contest attempt keeps hashes for fraud review")
		}
		if c == winner {
			record.Set("correct", 3)
		}
		record.Set("status", statusFinished)
		if err := app.Save(record); err != nil {
			t.Fatal(err)
		}
	}

	collection, _ := app.FindCollectionByNameOrId("prize_draws")
	draw := core.NewRecord(collection)
	draw.Set("quiz", "contest")
	draw.Set("group", "primary")
	draw.Set("winners", 3)
	draw.Set("seed", "2026-winter")
	if err := app.Save(draw); err != nil {
		t.Fatal(err)
	}
	var drawn []Winner
	if err := draw.UnmarshalJSONField("drawn", &drawn); err != nil {
		t.Fatal(err)
	}
	if draw.GetInt("eligible") != 1 || len(drawn) != 1 || drawn[0].Nickname != "tester" {
		t.Errorf("only the full-mark entry is eligible: eligible %d, drawn %v", draw.GetInt("eligible"), drawn)
	}

	if cleared, err := purgeFraudReview(app, time.Now()); err != nil || cleared != 0 {
		t.Fatalf("before the review period ends: cleared %d, %v", cleared, err)
	}
	if cleared, err := purgeFraudReview(app, time.Date(2099, 2, 1, 0, 0, 0, 0, time.UTC)); err != nil || cleared != 2 {
		t.Fatalf("after it: cleared %d, %v", cleared, err)
	}
	left, _ := app.CountRecords("attempts")
	kept, _ := app.FindAllRecords("attempts")
	for _, r := range kept {
		if r.GetString("ip_hash") != "" || r.GetString("ua_hash") != "" {
			t.Error("hashes survived the purge")
		}
	}
	if left != 2 {
		t.Errorf("the purge must keep the attempts themselves: %d left", left)
	}
}

func TestSyncRetiresInsteadOfDeleting(t *testing.T) {
	app := newQuizApp(t)
	defer app.Cleanup()
	bank := testBank()
	bank.Questions = bank.Questions[1:]
	summary, err := SyncBank(app, bank)
	if err != nil {
		t.Fatal(err)
	}
	if summary.QuestionsRetired != 1 || summary.QuestionsAdded != 0 || summary.QuestionsChanged != 0 {
		t.Errorf("summary: %s", summary)
	}
	retired, err := app.FindFirstRecordByData("questions", "slug", "law-00")
	if err != nil || !retired.GetBool("retired") {
		t.Errorf("the removed question is kept, retired: %v", err)
	}
	if again, _ := SyncBank(app, bank); again.QuestionsChanged+again.QuestionsAdded+again.QuestionsRetired != 0 {
		t.Errorf("a second sync changed something: %s", again)
	}
}

func TestVerifyDrawRerunsAPublishedDraw(t *testing.T) {
	entries := []string{"a1", "b2", "c3", "d4", "e5", "f6"}
	seed := "campaign winter 2026"
	sum := sha256.Sum256([]byte(seed))
	published := PublishedDraw{SeedHash: hex.EncodeToString(sum[:]), Seed: seed, Entries: entries, Winners: 2}
	for _, w := range DrawWinners(entries, seed, 2) {
		published.Drawn = append(published.Drawn, w.Participant)
	}
	if err := VerifyDraw(published); err != nil {
		t.Fatalf("a true draw: %v", err)
	}
	forged := published
	forged.Drawn = []string{entries[0], entries[1]}
	if slices.Equal(forged.Drawn, published.Drawn) {
		forged.Drawn = []string{entries[2], entries[3]}
	}
	if VerifyDraw(forged) == nil {
		t.Error("other winners than the seed gives were accepted")
	}
	wrongSeed := published
	wrongSeed.Seed = "another seed"
	if VerifyDraw(wrongSeed) == nil {
		t.Error("a seed that does not match the commitment was accepted")
	}
}
