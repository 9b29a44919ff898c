package organiser

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Question health, as Moodle's quiz statistics give teachers: per question
// its facility (share right), discrimination (upper minus lower 27 % of
// attempts by their total right), how often each wrong option is chosen and
// the median time, with flags for the bank's maintainers. It reads the most
// recent healthSample finished attempts in scope and period, so it costs the
// same at a million attempts as at ten thousand.

const (
	healthSample  = 5000
	minForHealth  = minGroup
	minForSplit   = 20
	deadShare     = 0.02
	easyFacility  = 0.9
	hardFacility  = 0.3
	deadMinAnswer = 50
)

type answerRow struct {
	Question string `db:"question"`
	Choice   string `db:"choice"`
	Correct  bool   `db:"correct"`
	Elapsed  int    `db:"elapsed_ms"`
	Total    int    `db:"total"`
}

// questionShape is what the distractor figures need of a question: its key
// and how many options it shows.
type questionShape struct {
	Key     string `db:"key"`
	Options int    `db:"options"`
}

// handleQuestionHealth sends the question health table for the period.
func handleQuestionHealth(e *core.RequestEvent) error {
	scope, _, err := scopeOf(e)
	if err != nil {
		return err
	}
	period, err := periodOf(e)
	if err != nil {
		return err
	}
	table, err := questionHealth(e.App, scope, period)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, table)
}

func questionHealth(app core.App, scope Scope, period Period) (Table, error) {
	where, params := scope.where("a.")
	params["from"], params["to"], params["sample"] = period.From, period.To, healthSample
	// scanned by hand, grouped as they come: 50,000 rows through dbx's
	// reflection cost more than the query
	rows, err := app.DB().NewQuery(`
		WITH sample AS (
			SELECT a.id, a.correct FROM attempts a
			WHERE a.day BETWEEN {:from} AND {:to} AND a.status = 'finished' AND ` + where + `
			ORDER BY a.day DESC LIMIT {:sample})
		SELECT w.question, COALESCE(w.choice, 'null') AS choice, w.correct, w.elapsed_ms, s.correct AS total
		FROM sample s JOIN attempt_answers w ON w.attempt = s.id`).Bind(dbx.Params(params)).Rows()
	t := Table{ID: "question_health", Columns: []string{"question", "answers", "facility", "discrimination",
		"median_seconds", "distractors", "flags"}, Rows: [][]any{}}
	if err != nil {
		return t, err
	}
	byQuestion := map[string][]answerRow{}
	for rows.Next() {
		var r answerRow
		if err := rows.Scan(&r.Question, &r.Choice, &r.Correct, &r.Elapsed, &r.Total); err != nil {
			rows.Close()
			return t, err
		}
		byQuestion[r.Question] = append(byQuestion[r.Question], r)
	}
	if err := rows.Close(); err != nil {
		return t, err
	}
	ids := make([]string, 0, len(byQuestion))
	for id, answers := range byQuestion {
		if len(answers) >= minForHealth {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	shapes, err := questionShapes(app, ids)
	if err != nil {
		return t, err
	}
	for _, id := range ids {
		t.Rows = append(t.Rows, healthRow(id, byQuestion[id], shapes[id]))
	}
	return t, nil
}

// questionShapes reads the keys and option counts of the questions, once each.
func questionShapes(app core.App, ids []string) (map[string]questionShape, error) {
	var rows []struct {
		Question string `db:"question"`
		questionShape
	}
	list := make([]any, len(ids))
	for i, id := range ids {
		list[i] = id
	}
	err := app.DB().Select("k.question AS question", "k.answer AS key",
		`COALESCE(json_array_length(q.text, '$."zh-cn".options'), 0) AS options`).
		From("answer_keys k").InnerJoin("questions q", dbx.NewExp("q.slug = k.question")).
		Where(dbx.In("k.question", list...)).All(&rows)
	shapes := make(map[string]questionShape, len(rows))
	for _, r := range rows {
		shapes[r.Question] = r.questionShape
	}
	return shapes, err
}

// healthRow computes one question's figures and flags.
func healthRow(id string, answers []answerRow, shape questionShape) []any {
	right, times := 0, make([]int, 0, len(answers))
	for _, a := range answers {
		if a.Correct {
			right++
		}
		times = append(times, a.Elapsed)
	}
	slices.Sort(times)
	facility := float64(right) / float64(len(answers))
	var flags []string
	if facility > easyFacility {
		flags = append(flags, "too_easy")
	}
	if facility < hardFacility {
		flags = append(flags, "too_hard")
	}
	var discrimination any
	if len(answers) >= minForSplit {
		d := upperMinusLower(answers)
		discrimination = math.Round(d*1000) / 1000
		if d < 0 {
			flags = append(flags, "negative_discrimination")
		}
	}
	distractors, dead := distractorShares(answers, shape)
	if dead {
		flags = append(flags, "dead_distractor")
	}
	return []any{id, len(answers), math.Round(facility*1000) / 1000, discrimination,
		math.Round(float64(times[len(times)/2])/100) / 10, distractors, strings.Join(flags, " ")}
}

// upperMinusLower is the facility among the best 27 % of attempts minus the
// facility among the worst 27 %, ranked by the attempts' totals.
func upperMinusLower(answers []answerRow) float64 {
	type ranked struct {
		total int
		right bool
	}
	rank := make([]ranked, len(answers))
	for i, a := range answers {
		rank[i] = ranked{a.Total, a.Correct}
	}
	slices.SortStableFunc(rank, func(a, b ranked) int { return a.total - b.total })
	n := int(math.Ceil(0.27 * float64(len(rank))))
	share := func(part []ranked) float64 {
		right := 0
		for _, a := range part {
			if a.right {
				right++
			}
		}
		return float64(right) / float64(len(part))
	}
	return share(rank[len(rank)-n:]) - share(rank[:n])
}

// distractorShares lists how often each wrong option (by its letter in the
// bank, A for the first) was chosen, and whether any is dead (almost never
// chosen over enough answers). True/false questions have no distractors.
func distractorShares(answers []answerRow, shape questionShape) (string, bool) {
	var key []int
	if json.Unmarshal([]byte(shape.Key), &key) != nil {
		return "", false
	}
	options := shape.Options
	chosen := make([]int, options)
	for _, a := range answers {
		for _, p := range choiceOptions(a.Choice) {
			if p >= 0 && p < options {
				chosen[p]++
			}
		}
	}
	var parts []string
	dead := false
	for option := range options {
		if slices.Contains(key, option) {
			continue
		}
		share := float64(chosen[option]) / float64(len(answers))
		parts = append(parts, fmt.Sprintf("%c %.0f%%", 'A'+option, share*100))
		dead = dead || (len(answers) >= deadMinAnswer && share < deadShare)
	}
	return strings.Join(parts, " · "), dead
}

// choiceOptions reads the options of a stored choice ("[0]", "[0,2]"); a
// true/false answer or no answer ("true", "null") has none. It is called for
// every answer in the sample, so it does not go through encoding/json.
func choiceOptions(choice string) []int {
	inner, opened := strings.CutPrefix(choice, "[")
	inner, closed := strings.CutSuffix(inner, "]")
	if !opened || !closed || inner == "" {
		return nil
	}
	var options []int
	for part := range strings.SplitSeq(inner, ",") {
		if option, err := strconv.Atoi(strings.TrimSpace(part)); err == nil {
			options = append(options, option)
		}
	}
	return options
}
