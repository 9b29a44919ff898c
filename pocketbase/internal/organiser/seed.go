package organiser

import "github.com/pocketbase/pocketbase/core"
import "github.com/spf13/cobra"

func seedCommand(app core.App) *cobra.Command {
	return &cobra.Command{Use: "seed", Short: "Fill the data folder with campaign data for the benchmark"}
}
