package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/spf13/cobra"
)

// PublishedDraw is a draw as /api/jindu/draws/{id} publishes it.
type PublishedDraw struct {
	SeedHash string   `json:"seedHash"`
	Seed     string   `json:"seed"`
	Entries  []string `json:"entries"`
	Winners  int      `json:"winners"`
	Drawn    []string `json:"drawn"`
}

// VerifyDraw re-runs a published draw: the seed must match the commitment
// published before the contest, the entries must be sorted and distinct, and
// drawing from them again must give the published winners in order.
func VerifyDraw(d PublishedDraw) error {
	sum := sha256.Sum256([]byte(d.Seed))
	if d.Seed == "" || hex.EncodeToString(sum[:]) != d.SeedHash {
		return fmt.Errorf("the seed does not match the published SHA-256 %s", d.SeedHash)
	}
	if !slices.IsSorted(d.Entries) || len(slices.Compact(slices.Clone(d.Entries))) != len(d.Entries) {
		return fmt.Errorf("the entry list is not sorted and distinct")
	}
	again := DrawWinners(d.Entries, d.Seed, d.Winners)
	ids := make([]string, len(again))
	for i, w := range again {
		ids[i] = w.Participant
	}
	if !slices.Equal(ids, d.Drawn) {
		return fmt.Errorf("re-running the draw gives %v, not the published %v", ids, d.Drawn)
	}
	return nil
}

// verifyDrawFile reads a published draw from a file ("-": stdin) and re-runs it.
func verifyDrawFile(cmd *cobra.Command, path string) error {
	raw, err := os.ReadFile(path)
	if path == "-" {
		raw, err = io.ReadAll(os.Stdin)
	}
	if err != nil {
		return err
	}
	var d PublishedDraw
	if err := json.Unmarshal(raw, &d); err != nil {
		return fmt.Errorf("reading the draw: %w", err)
	}
	if err := VerifyDraw(d); err != nil {
		// PocketBase exits 0 whatever a command returns; a check must fail loudly
		cmd.PrintErrln("NOT verified: " + err.Error())
		os.Exit(1)
	}
	cmd.Printf("verified: seed matches %s; %d entries; winners %v\n", d.SeedHash, len(d.Entries), d.Drawn)
	return nil
}
