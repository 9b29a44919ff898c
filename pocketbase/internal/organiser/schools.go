package organiser

import (
	"encoding/csv"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/safetext"
)

// maxSchools bounds one upload (a province lists a few thousand schools).
const maxSchools = 20000

// RowError is one bad row of an uploaded school list: its line number and a
// code that names its translation (errors.<code>).
type RowError struct {
	Row  int    `json:"row"`
	Code string `json:"code"`
}

// listedSchool is one school of an uploaded list.
type listedSchool struct{ Name, Key, Province, City string }

var errOrganiserOnly = problem.New(http.StatusForbidden, "organiser_account_required", "Only an organiser account keeps a school list.")

// handleSchoolsUpload replaces the organiser's school list with the CSV sent
// as {"csv": "..."}: one school a line, "name[,region code]", an optional
// header line. Any bad row refuses the whole upload, listing every bad row,
// and the old list stays as it was.
func handleSchoolsUpload(e *core.RequestEvent) error {
	scope, organiser, err := scopeOf(e)
	if err != nil {
		return err
	}
	if organiser == nil {
		return errOrganiserOnly
	}
	var input struct {
		CSV string `json:"csv"`
	}
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	schools, rowErrors := parseSchools(input.CSV, scope)
	if len(rowErrors) > 0 {
		return e.JSON(http.StatusBadRequest, map[string]any{
			"status": http.StatusBadRequest, "code": "schools_invalid",
			"message": "Some rows of the school list are wrong; nothing was imported.", "rows": rowErrors,
		})
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		if _, err := tx.DB().Delete("organiser_schools", dbx.HashExp{"organiser": organiser.Id}).Execute(); err != nil {
			return err
		}
		for _, s := range schools {
			_, err := tx.DB().Insert("organiser_schools", dbx.Params{"organiser": organiser.Id,
				"name": s.Name, "school_key": s.Key, "province": s.Province, "city": s.City}).Execute()
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"schools": len(schools)})
}

// parseSchools reads the list, checking every row against the scope.
func parseSchools(text string, scope Scope) ([]listedSchool, []RowError) {
	reader := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF")))
	reader.FieldsPerRecord = -1
	var schools []listedSchool
	var bad []RowError
	seen := map[string]bool{}
	for line := 1; ; line++ {
		fields, err := reader.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, append(bad, RowError{Row: line, Code: "school_row_unreadable"})
		}
		if line == 1 && isHeader(fields) {
			continue
		}
		school, code := checkSchool(fields, scope)
		switch {
		case code != "":
			bad = append(bad, RowError{Row: line, Code: code})
		case seen[school.Key]:
			bad = append(bad, RowError{Row: line, Code: "school_duplicate"})
		default:
			seen[school.Key] = true
			schools = append(schools, school)
		}
	}
	if len(schools)+len(bad) == 0 {
		bad = append(bad, RowError{Row: 1, Code: "schools_empty"})
	}
	if len(schools) > maxSchools {
		bad = append(bad, RowError{Row: maxSchools + 1, Code: "schools_too_many"})
	}
	return schools, bad
}

// isHeader reports whether the first line is a header, not a school.
func isHeader(fields []string) bool {
	first := SchoolKey(fields[0])
	return first == "name" || first == "school" || first == "学校" || first == "学校名称"
}

// checkSchool validates one row: a name, and a region inside the scope.
func checkSchool(fields []string, scope Scope) (listedSchool, string) {
	if len(fields) > 2 {
		return listedSchool{}, "school_row_columns"
	}
	name, bad := safetext.Clean(fields[0], 60)
	if bad == safetext.Empty {
		return listedSchool{}, "school_name_missing"
	}
	if bad != "" {
		return listedSchool{}, "school_name_invalid"
	}
	s := listedSchool{Name: name, Key: SchoolKey(name), Province: scope.Province, City: scope.City}
	if len(fields) == 2 && strings.TrimSpace(fields[1]) != "" {
		province, city := splitRegion(strings.TrimSpace(fields[1]))
		if province == "" {
			return listedSchool{}, "school_region_unknown"
		}
		if (scope.Province != "" && province != scope.Province) || (scope.City != "" && city != scope.City) {
			return listedSchool{}, "school_region_outside"
		}
		s.Province, s.City = province, city
	}
	return s, ""
}

// handleSchools sends the organiser's list size (the names are in the coverage table).
func handleSchools(e *core.RequestEvent) error {
	_, organiser, err := scopeOf(e)
	if err != nil {
		return err
	}
	listed := 0
	if organiser != nil {
		n, err := e.App.CountRecords("organiser_schools", dbx.HashExp{"organiser": organiser.Id})
		if err != nil {
			return err
		}
		listed = int(n)
	}
	return e.JSON(http.StatusOK, map[string]any{"schools": listed})
}

// schoolCoverage measures the organiser's listed schools reached in the
// period (a quiz attempt naming the school, or a class session by one of its
// teachers): a summary row and the list itself.
func schoolCoverage(app core.App, scope Scope, organiser *core.Record, period Period) ([]Table, error) {
	summary := Table{ID: "coverage", Columns: []string{"listed", "reached", "coverage_rate"}, Rows: [][]any{}}
	list := Table{ID: "schools", Columns: []string{"school", "reached"}, Rows: [][]any{}}
	if organiser == nil {
		return []Table{summary, list}, nil
	}
	where, params := scope.where("r.")
	params["from"], params["to"], params["organiser"] = period.From, period.To, organiser.Id
	var rows []struct {
		Name    string `db:"name"`
		Reached bool   `db:"reached"`
	}
	err := app.DB().NewQuery(`
		SELECT o.name, EXISTS (SELECT 1 FROM school_rollups r WHERE r.school_key = o.school_key
			AND r.day BETWEEN {:from} AND {:to} AND ` + where + `) AS reached
		FROM organiser_schools o WHERE o.organiser = {:organiser} ORDER BY reached, o.name`).
		Bind(dbx.Params(params)).All(&rows)
	reached := 0
	for _, r := range rows {
		if r.Reached {
			reached++
		}
		list.Rows = append(list.Rows, []any{r.Name, r.Reached})
	}
	summary.Rows = append(summary.Rows, []any{len(rows), reached, share(reached, len(rows))})
	return []Table{summary, list}, err
}
