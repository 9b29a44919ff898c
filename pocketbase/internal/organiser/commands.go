package organiser

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"jindu/internal/campaign"
)

// Commands returns the campaign office's commands:
//
//	jindu campaign rollup [--all]   recompute the dashboard's roll-ups
//	jindu campaign seed ...         fill a data folder for the benchmark
func Commands(app core.App) []*cobra.Command {
	command := &cobra.Command{Use: "campaign", Short: "The campaign dashboard's data"}
	var all bool
	rollup := &cobra.Command{
		Use:   "rollup",
		Short: "Recompute the dashboard's roll-ups (today and yesterday, or --all days)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			today := campaign.Day(time.Now())
			days := []string{campaign.PreviousDay(today), today}
			if all {
				days = nil
				if err := app.DB().NewQuery(`SELECT day FROM attempts UNION SELECT day FROM pledges ORDER BY day`).Column(&days); err != nil {
					return err
				}
			}
			started := time.Now()
			if err := RollUpDays(app, days); err != nil {
				return err
			}
			cmd.Printf("rolled up %d days in %s\n", len(days), time.Since(started).Round(time.Millisecond))
			return nil
		},
	}
	rollup.Flags().BoolVar(&all, "all", false, "every day with attempts or pledges")
	command.AddCommand(rollup, seedCommand(app))
	return []*cobra.Command{command}
}
