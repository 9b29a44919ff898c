package organiser

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"regexp"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// A verifiable draw: before the contest opens the organiser commits to a
// secret seed by its SHA-256 (published at once); after it closes they reveal
// the seed, the server checks it against the commitment and draws the winners
// from the sorted full-mark entries with quiz.DrawWinners. Anyone can fetch
// the seed and the entry list and re-run the draw (the /organiser/draw/ page,
// `jindu contest draw --verify`). Entries are participant ids, which are
// random and name nobody; winners learn they won by their own id.

var hashPattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// handleDrawCommit records a commitment: {quiz, group, winners, seedHash}.
func handleDrawCommit(e *core.RequestEvent) error {
	_, organiser, err := scopeOf(e)
	if err != nil {
		return err
	}
	var input struct {
		Quiz     string `json:"quiz"`
		Group    string `json:"group"`
		Winners  int    `json:"winners"`
		SeedHash string `json:"seedHash"`
	}
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	if !hashPattern.MatchString(input.SeedHash) {
		return problem.BadInput("draw_hash_invalid", "The seed's SHA-256 is 64 hexadecimal characters (lower case).")
	}
	if input.Winners < 1 || input.Winners > 1000 {
		return problem.BadInput("draw_winners_invalid", "Draw between 1 and 1000 winners.")
	}
	def, err := contestDefinition(e.App, input.Quiz, input.Group)
	if err != nil {
		return err
	}
	if def.Window != nil && !time.Now().Before(def.Window.Opens) {
		return problem.Conflict("draw_contest_opened", "Commit to the seed before the contest opens.")
	}
	collection, err := e.App.FindCollectionByNameOrId("prize_draws")
	if err != nil {
		return err
	}
	record := core.NewRecord(collection)
	record.Set("quiz", input.Quiz)
	record.Set("group", input.Group)
	record.Set("winners", input.Winners)
	record.Set("seed_hash", input.SeedHash)
	if organiser != nil {
		record.Set("organiser", organiser.Id)
	}
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusCreated, publicDraw(record))
}

// handleDrawReveal takes the seed after the contest closed and draws.
func handleDrawReveal(e *core.RequestEvent) error {
	_, organiser, err := scopeOf(e)
	if err != nil {
		return err
	}
	var input struct {
		Seed string `json:"seed"`
	}
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	record, err := e.App.FindRecordById("prize_draws", e.Request.PathValue("id"))
	if err != nil || record.GetString("seed_hash") == "" ||
		(organiser != nil && record.GetString("organiser") != organiser.Id) {
		return errNoDraw
	}
	if record.GetString("seed") != "" {
		return e.JSON(http.StatusOK, publicDraw(record))
	}
	if SeedHash(input.Seed) != record.GetString("seed_hash") {
		return problem.BadInput("draw_seed_mismatch", "This seed does not match the published SHA-256.")
	}
	def, err := contestDefinition(e.App, record.GetString("quiz"), record.GetString("group"))
	if err != nil {
		return err
	}
	if def.Window != nil && time.Now().Before(def.Window.Closes) {
		return problem.Conflict("draw_contest_open", "Reveal the seed after the contest closes.")
	}
	entries, err := quiz.FullMarkEntrants(e.App, record.GetString("quiz"), record.GetString("group"))
	if err != nil {
		return err
	}
	record.Set("seed", input.Seed)
	record.Set("entries", entries)
	record.Set("eligible", len(entries))
	record.Set("eligible_digest", quiz.EntrantsDigest(entries))
	record.Set("drawn", quiz.DrawWinners(entries, input.Seed, record.GetInt("winners")))
	record.Set("revealed_ms", time.Now().UnixMilli())
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, publicDraw(record))
}

// handleDrawPublic shows a committed draw to anyone.
func handleDrawPublic(e *core.RequestEvent) error {
	record, err := e.App.FindRecordById("prize_draws", e.Request.PathValue("id"))
	if err != nil || record.GetString("seed_hash") == "" {
		return errNoDraw
	}
	return e.JSON(http.StatusOK, publicDraw(record))
}

var errNoDraw = problem.NotFound("draw_not_found", "There is no such draw.")

// contestDefinition loads a contest and checks the group.
func contestDefinition(app core.App, slug, group string) (*quiz.Definition, error) {
	def, err := quiz.LoadDefinition(app, slug)
	if err != nil {
		return nil, err
	}
	if def.Mode != quiz.ModeContest {
		return nil, problem.BadInput("draw_not_contest", "Prize draws are for contests.")
	}
	if !def.HasGroup(group) {
		return nil, problem.BadInput("group_required", "Choose your group (primary or secondary school) first.")
	}
	return def, nil
}

// SeedHash is the commitment to a seed: lower-case hex SHA-256 of its UTF-8 bytes.
func SeedHash(seed string) string {
	sum := sha256.Sum256([]byte(seed))
	return hex.EncodeToString(sum[:])
}

// publicDraw is what anyone may see of a draw: no nicknames, the seed only
// once revealed.
func publicDraw(record *core.Record) map[string]any {
	var winners []quiz.Winner
	_ = record.UnmarshalJSONField("drawn", &winners)
	ids := make([]string, 0, len(winners))
	for _, w := range winners {
		ids = append(ids, w.Participant)
	}
	var entries []string
	_ = record.UnmarshalJSONField("entries", &entries)
	return map[string]any{
		"id": record.Id, "quiz": record.GetString("quiz"), "group": record.GetString("group"),
		"winners": record.GetInt("winners"), "seedHash": record.GetString("seed_hash"),
		"committed": record.GetDateTime("created").String(), "seed": record.GetString("seed"),
		"entries": entries, "digest": record.GetString("eligible_digest"), "drawn": ids,
	}
}
