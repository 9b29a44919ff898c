package organiser

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/problem"
)

// Period is the date range the figures cover, both days included.
type Period struct{ From, To string }

// maxPeriodDays bounds a period, so one request cannot ask for decades.
const maxPeriodDays = 366

// periodOf reads ?from=&to= (YYYY-MM-DD; the last 30 days by default).
func periodOf(e *core.RequestEvent) (Period, error) {
	today := campaign.Day(time.Now())
	p := Period{From: e.Request.URL.Query().Get("from"), To: e.Request.URL.Query().Get("to")}
	if p.To == "" {
		p.To = today
	}
	to, err := time.Parse(time.DateOnly, p.To)
	if err != nil {
		return p, errBadPeriod
	}
	if p.From == "" {
		p.From = to.AddDate(0, 0, -29).Format(time.DateOnly)
	}
	from, err := time.Parse(time.DateOnly, p.From)
	if err != nil || from.After(to) || to.Sub(from) > maxPeriodDays*24*time.Hour {
		return p, errBadPeriod
	}
	return p, nil
}

var errBadPeriod = problem.BadInput("period_invalid", "Choose a start date on or before the end date, at most a year apart.")

// scopedTables is what the page and the exports both start from: the signed-in
// organiser's scope, the period asked for, and every table for them.
func scopedTables(e *core.RequestEvent) (Scope, Period, []Table, error) {
	scope, organiser, err := scopeOf(e)
	if err != nil {
		return Scope{}, Period{}, nil, err
	}
	period, err := periodOf(e)
	if err != nil {
		return Scope{}, Period{}, nil, err
	}
	tables, err := allTables(e.App, scope, organiser, period)
	return scope, period, tables, err
}

// handleFigures sends every table for the organiser's scope and period.
func handleFigures(e *core.RequestEvent) error {
	scope, period, tables, err := scopedTables(e)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{
		"from": period.From, "to": period.To, "scope": scope.Province + scope.City, "tables": tables,
	})
}

// allTables computes every table, in the order the page shows them.
func allTables(app core.App, scope Scope, organiser *core.Record, period Period) ([]Table, error) {
	builders := []func(core.App, Scope, Period) (Table, error){
		participationByDay, participationByQuiz, scoreDistribution, figuresByGrade, figuresByRegion,
		pledgesByDay, pledgesByRegion, pledgesByAge, contestEntries, classroomReach,
	}
	tables := make([]Table, 0, len(builders)+2)
	for _, build := range builders {
		table, err := build(app, scope, period)
		if err != nil {
			return nil, err
		}
		tables = append(tables, table)
	}
	coverage, err := schoolCoverage(app, scope, organiser, period)
	if err != nil {
		return nil, err
	}
	return append(tables, coverage...), nil
}

// quizTotals is a grouped sum over quiz_rollups.
type quizTotals struct {
	Key          string `db:"key"`
	Attempts     int    `db:"attempts"`
	Participants int    `db:"participants"`
	Finished     int    `db:"finished"`
	Knows        int    `db:"knows"`
	Excellent    int    `db:"excellent"`
	FullMarks    int    `db:"full_marks"`
}

// sumQuiz sums one dimension of quiz_rollups in the scope and period, by its
// value (or by day for the total).
func sumQuiz(app core.App, scope Scope, period Period, dimension, order string) ([]quizTotals, error) {
	key := "value"
	if dimension == "total" {
		key = "day"
	}
	var rows []quizTotals
	err := app.DB().NewQuery(`
		SELECT ` + key + ` AS key, SUM(attempts) AS attempts, SUM(participants) AS participants,
			SUM(finished) AS finished, SUM(knows) AS knows, SUM(excellent) AS excellent, SUM(full_marks) AS full_marks
		FROM quiz_rollups WHERE scope = {:scope} AND dimension = {:dimension} AND day BETWEEN {:from} AND {:to}
		GROUP BY ` + key + ` ORDER BY ` + order).
		Bind(dbx.Params{"scope": scope.key(), "dimension": dimension, "from": period.From, "to": period.To}).
		All(&rows)
	return rows, err
}

func participationByDay(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "total", "key")
	t := Table{ID: "participation_by_day", Columns: []string{"day", "attempts", "participants"}, Rows: [][]any{}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Key, count(r.Attempts), count(r.Participants)})
	}
	return t, err
}

func participationByQuiz(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "quiz", "attempts DESC, key")
	t := Table{ID: "participation_by_quiz", Columns: []string{"quiz", "attempts", "participants"}, Rows: [][]any{}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Key, count(r.Attempts), count(r.Participants)})
	}
	return t, err
}

// scoreDistribution is the score histogram: finished attempts in each band
// of the share of questions right (0–9 %, …, 90–100 %), every band listed
// even when empty, with the band's share of all finished attempts. A band
// of 1–4 attempts shows "< 5" for both, so its share cannot give it away.
func scoreDistribution(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "score", "key")
	t := Table{ID: "score_distribution", Columns: []string{"score_band", "finished", "finished_share"}, Rows: [][]any{}}
	finished, total := make([]int, scoreBands), 0
	for _, r := range rows {
		if band, bad := strconv.Atoi(r.Key); bad == nil && band >= 0 && band < scoreBands {
			finished[band] += r.Attempts
			total += r.Attempts
		}
	}
	if total == 0 {
		return t, err
	}
	for band, n := range finished {
		label := fmt.Sprintf("%d–%d%%", band*100/scoreBands, (band+1)*100/scoreBands-1)
		if band == scoreBands-1 {
			label = fmt.Sprintf("%d–100%%", band*100/scoreBands)
		}
		share := rate(n, total)
		if c := count(n); c == Suppressed {
			share = Suppressed
		}
		t.Rows = append(t.Rows, []any{label, count(n), share})
	}
	return t, err
}

// ratesTable lists participation with 知晓率 and 优秀率 (over finished attempts).
func ratesTable(id, keyColumn string, rows []quizTotals) Table {
	t := Table{ID: id, Columns: []string{keyColumn, "attempts", "participants", "finished", "awareness_rate", "excellence_rate"}, Rows: [][]any{}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Key, count(r.Attempts), count(r.Participants), count(r.Finished),
			rate(r.Knows, r.Finished), rate(r.Excellent, r.Finished)})
	}
	return t
}

func figuresByGrade(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "grade", "key")
	return ratesTable("by_grade", "grade_band", rows), err
}

func figuresByRegion(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "region", "attempts DESC, key")
	return ratesTable("by_region", "region", rows), err
}

func contestEntries(app core.App, scope Scope, period Period) (Table, error) {
	rows, err := sumQuiz(app, scope, period, "contest", "key")
	t := Table{ID: "contest_entries", Columns: []string{"quiz", "group", "entries", "full_marks"}, Rows: [][]any{}}
	for _, r := range rows {
		quiz, group, _ := strings.Cut(r.Key, "/")
		t.Rows = append(t.Rows, []any{quiz, group, count(r.Finished), count(r.FullMarks)})
	}
	return t, err
}

// sumPledges sums one dimension of pledge_rollups in the scope and period.
func sumPledges(app core.App, scope Scope, period Period, id, dimension, keyColumn, order string) (Table, error) {
	key := "value"
	if dimension == "total" {
		key = "day"
	}
	var rows []struct {
		Key     string `db:"key"`
		Pledges int    `db:"pledges"`
	}
	err := app.DB().NewQuery(`
		SELECT ` + key + ` AS key, SUM(pledges) AS pledges FROM pledge_rollups
		WHERE scope = {:scope} AND dimension = {:dimension} AND day BETWEEN {:from} AND {:to}
		GROUP BY ` + key + ` ORDER BY ` + order).
		Bind(dbx.Params{"scope": scope.key(), "dimension": dimension, "from": period.From, "to": period.To}).
		All(&rows)
	t := Table{ID: id, Columns: []string{keyColumn, "pledges"}, Rows: [][]any{}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Key, count(r.Pledges)})
	}
	return t, err
}

func pledgesByDay(app core.App, scope Scope, period Period) (Table, error) {
	return sumPledges(app, scope, period, "pledges_by_day", "total", "day", "key")
}

func pledgesByRegion(app core.App, scope Scope, period Period) (Table, error) {
	return sumPledges(app, scope, period, "pledges_by_region", "region", "region", "pledges DESC, key")
}

func pledgesByAge(app core.App, scope Scope, period Period) (Table, error) {
	return sumPledges(app, scope, period, "pledges_by_age", "age", "age_band", "key")
}

// classroomReach counts class sessions run in the period by teachers in
// scope, and the students who answered in them.
func classroomReach(app core.App, scope Scope, period Period) (Table, error) {
	start, _ := dayBounds(period.From)
	_, end := dayBounds(period.To)
	params := dbx.Params{"start": dbTime(start), "end": dbTime(end), "province": scope.Province, "city": scope.City}
	var reach struct {
		Sessions int `db:"sessions"`
		Students int `db:"students"`
	}
	err := app.DB().NewQuery(`
		WITH chosen AS (
			SELECT s.id FROM live_sessions s JOIN teachers t ON t.id = s.teacher
			WHERE s.created >= {:start} AND s.created < {:end}
				AND ({:city} = '' OR t.region = {:city})
				AND ({:province} = '' OR substr(t.region, 1, 2) = substr({:province}, 1, 2)))
		SELECT (SELECT COUNT(*) FROM chosen) AS sessions,
			(SELECT COUNT(DISTINCT a.player) FROM live_answers a WHERE a.session IN (SELECT id FROM chosen)) AS students`).
		Bind(params).One(&reach)
	t := Table{ID: "classrooms", Columns: []string{"sessions", "students"},
		Rows: [][]any{{reach.Sessions, count(reach.Students)}}}
	return t, err
}
