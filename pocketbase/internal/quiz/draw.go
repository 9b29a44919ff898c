package quiz

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sort"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Winner is one participant drawn for a prize.
type Winner struct {
	Participant string `json:"participant"`
	Nickname    string `json:"nickname"`
	// Ticket is sha256(seed + "\n" + participant id); the lowest tickets win.
	Ticket string `json:"ticket"`
}

// registerPrizeDraws performs a draw whenever a prize_draws record is created,
// from the dashboard or with `jindu contest draw`: the organiser gives the
// contest, the group, how many winners and optionally a seed; the record is
// saved with the seed, the number of eligible entries, a digest of who they
// were and the winners, so anyone holding the data can repeat the draw.
func registerPrizeDraws(app core.App) {
	app.OnRecordCreate("prize_draws").BindFunc(func(e *core.RecordEvent) error {
		// a committed draw (internal/organiser) is drawn when its seed is revealed
		if e.Record.GetString("seed_hash") != "" && e.Record.GetString("seed") == "" {
			return e.Next()
		}
		if err := drawPrizes(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
}

// drawPrizes fills a new prize_draws record with the outcome of its draw.
func drawPrizes(app core.App, draw *core.Record) error {
	slug := draw.GetString("quiz")
	def, err := LoadDefinition(app, slug)
	if err != nil {
		return errors.New("no such quiz: " + slug)
	}
	if def.Mode != ModeContest {
		return errors.New("prize draws are for contests; " + slug + " is a " + def.Mode + " quiz")
	}
	group := draw.GetString("group")
	if len(def.Groups) > 0 && def.group(group) == nil {
		return errors.New("choose one of the contest's groups")
	}
	seed := draw.GetString("seed")
	if seed == "" {
		random := make([]byte, 16)
		if _, err := rand.Read(random); err != nil {
			return err
		}
		seed = hex.EncodeToString(random)
	}
	eligible, err := FullMarkEntrants(app, slug, group)
	if err != nil {
		return err
	}
	winners := DrawWinners(eligible, seed, draw.GetInt("winners"))
	for i := range winners {
		nickname, err := app.FindRecordById("participants", winners[i].Participant)
		if err == nil {
			winners[i].Nickname = nickname.GetString("nickname")
		}
	}
	draw.Set("seed", seed)
	draw.Set("eligible", len(eligible))
	draw.Set("eligible_digest", EntrantsDigest(eligible))
	draw.Set("drawn", winners)
	app.Logger().Info("prize draw", "quiz", slug, "group", group, "seed", seed,
		"eligible", len(eligible), "digest", EntrantsDigest(eligible), "winners", len(winners))
	return nil
}

// FullMarkEntrants lists, sorted, the participants with at least one finished
// attempt in the contest group that got every question right.
func FullMarkEntrants(app core.App, slug, group string) ([]string, error) {
	var ids []string
	err := app.DB().NewQuery(`
		SELECT DISTINCT participant FROM attempts
		WHERE quiz = {:quiz} AND [[group]] = {:group} AND status = 'finished'
			AND correct = json_array_length(plan)
		ORDER BY participant`).
		Bind(dbx.Params{"quiz": slug, "group": group}).
		Column(&ids)
	return ids, err
}

// DrawWinners ranks the entrants by their ticket for this seed and returns
// the first n: the same seed and entrants always give the same winners.
func DrawWinners(entrants []string, seed string, n int) []Winner {
	tickets := make([]Winner, len(entrants))
	for i, id := range entrants {
		sum := sha256.Sum256([]byte(seed + "\n" + id))
		tickets[i] = Winner{Participant: id, Ticket: hex.EncodeToString(sum[:])}
	}
	sort.Slice(tickets, func(i, j int) bool { return tickets[i].Ticket < tickets[j].Ticket })
	return tickets[:min(n, len(tickets))]
}

// EntrantsDigest fingerprints the entrant list, so a repeated draw can prove
// it started from the same entrants.
func EntrantsDigest(entrants []string) string {
	sum := sha256.Sum256([]byte(strings.Join(entrants, "\n")))
	return hex.EncodeToString(sum[:])
}
