package pledge

import (
	"encoding/csv"
	"io"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"
)

// handleExport sends organisers the pledge counts by day, province and age
// band as CSV (superusers only). No personal data: counts, never rows.
func (s *service) handleExport(e *core.RequestEvent) error {
	e.Response.Header().Set("Content-Type", "text/csv; charset=utf-8")
	e.Response.Header().Set("Content-Disposition", `attachment; filename="pledge-counts.csv"`)
	e.Response.WriteHeader(http.StatusOK)
	return writeCounts(e.App, e.Response)
}

// writeCounts writes "day,province,age_band,pledges" rows, oldest day first;
// under-14 pledges (and others without a region) have an empty province.
func writeCounts(app core.App, w io.Writer) error {
	var rows []struct {
		Day      string `db:"day"`
		Province string `db:"province"`
		AgeBand  string `db:"age_band"`
		Pledges  int    `db:"pledges"`
	}
	err := app.DB().NewQuery(`
		SELECT day, province, age_band, COUNT(*) AS pledges FROM pledges
		GROUP BY day, province, age_band ORDER BY day, province, age_band`).All(&rows)
	if err != nil {
		return err
	}
	out := csv.NewWriter(w)
	_ = out.Write([]string{"day", "province", "age_band", "pledges"})
	for _, row := range rows {
		_ = out.Write([]string{row.Day, row.Province, row.AgeBand, strconv.Itoa(row.Pledges)})
	}
	out.Flush()
	return out.Error()
}

// Commands returns `jindu pledges export`, which prints the same CSV.
func Commands(app core.App) []*cobra.Command {
	command := &cobra.Command{Use: "pledges", Short: "E-pledge tools for organisers"}
	command.AddCommand(&cobra.Command{
		Use:   "export",
		Short: "Print pledge counts by day, province and age band as CSV (no personal data)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeCounts(app, cmd.OutOrStdout())
		},
	})
	return []*cobra.Command{command}
}
