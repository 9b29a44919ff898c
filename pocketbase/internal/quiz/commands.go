package quiz

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"
)

// Commands returns the organisers' quiz commands:
//
//	jindu quizzes sync < bank.json      (run by `npm run quizzes:sync`)
//	jindu contest draw <quiz> --winners 10 [--group primary] [--seed …]
func Commands(app core.App) []*cobra.Command {
	return []*cobra.Command{quizzesCommand(app), contestCommand(app)}
}

func quizzesCommand(app core.App) *cobra.Command {
	command := &cobra.Command{Use: "quizzes", Short: "Manage the quiz banks"}
	command.AddCommand(&cobra.Command{
		Use:   "sync",
		Short: "Load question banks and quiz definitions (JSON on stdin, made by `npm run quizzes:sync`)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			var bank Bank
			if err := json.NewDecoder(os.Stdin).Decode(&bank); err != nil {
				return fmt.Errorf("reading the bank from stdin: %w", err)
			}
			summary, err := SyncBank(app, bank)
			if err != nil {
				return err
			}
			cmd.Println("synced " + summary.String())
			return nil
		},
	})
	return command
}

func contestCommand(app core.App) *cobra.Command {
	command := &cobra.Command{Use: "contest", Short: "Run contest prize draws"}
	var group, seed, verify string
	var winners int
	draw := &cobra.Command{
		Use:   "draw <quiz> | draw --verify <draw.json>",
		Short: "Draw prize winners among full-mark entries (seeded, reproducible, logged in prize_draws), or re-run a published draw",
		Args: func(cmd *cobra.Command, args []string) error {
			if verify != "" {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if verify != "" {
				return verifyDrawFile(cmd, verify)
			}
			collection, err := app.FindCollectionByNameOrId("prize_draws")
			if err != nil {
				return err
			}
			record := core.NewRecord(collection)
			record.Set("quiz", args[0])
			record.Set("group", group)
			record.Set("winners", winners)
			record.Set("seed", seed)
			if err := app.Save(record); err != nil {
				return err
			}
			var drawn []Winner
			if err := record.UnmarshalJSONField("drawn", &drawn); err != nil {
				return err
			}
			cmd.Printf("draw %s: seed %s, %d eligible (digest %s)\n", record.Id, record.GetString("seed"), record.GetInt("eligible"), record.GetString("eligible_digest"))
			for i, w := range drawn {
				cmd.Printf("%3d. %s  %s  ticket %s\n", i+1, w.Participant, w.Nickname, w.Ticket[:16])
			}
			return nil
		},
	}
	draw.Flags().StringVar(&group, "group", "", "the contest group, e.g. primary or secondary")
	draw.Flags().StringVar(&seed, "seed", "", "the seed (a random one is made and recorded if empty)")
	draw.Flags().IntVar(&winners, "winners", 10, "how many winners to draw")
	draw.Flags().StringVar(&verify, "verify", "", "a published draw (JSON from /api/jindu/draws/<id>) to re-run")
	command.AddCommand(draw)
	return command
}
