package organiser

import (
	"strconv"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/classroom"
)

// The dashboard reads roll-ups, not attempts: a background job recomputes
// today's and yesterday's rows every RollupEvery (attempts are dated by the
// day they started and last minutes, so yesterday catches those that finished
// after midnight). Recomputing whole days keeps "distinct participants per
// day" exact, which running counters cannot do without a second write per
// answer; the answer path is not touched at all, so answering is exactly as
// fast as before. `jindu campaign rollup --all` rebuilds every day.

// quizRow is one attempt as the roll-up reads it.
type quizRow struct {
	Quiz        string `db:"quiz"`
	Mode        string `db:"mode"`
	Group       string `db:"grp"`
	GradeBand   string `db:"grade_band"`
	Province    string `db:"province"`
	City        string `db:"city"`
	Participant string `db:"participant"`
	Finished    bool   `db:"finished"`
	Correct     int    `db:"correct"`
	Partial     int    `db:"partial"`
	Questions   int    `db:"questions"`
}

// cell is one row of a roll-up cube: a scope ("" national, a province or a
// city code), a way of breaking figures down and its value.
type cell struct{ Scope, Dimension, Value string }

// scopesOf lists the scopes a row counts in, each with the region it counts
// for there: the province nationally, the city within its province, and
// the city itself within the city.
func scopesOf(province, city string) [][2]string {
	scopes := [][2]string{{"", province}}
	if province != "" {
		scopes = append(scopes, [2]string{province, city})
	}
	if city != "" {
		scopes = append(scopes, [2]string{city, city})
	}
	return scopes
}

type quizTally struct {
	attempts, finished, knows, excellent, fullMarks int
	participants                                    map[string]bool
}

// RollUpDays recomputes the roll-ups of the given days (YYYY-MM-DD).
func RollUpDays(app core.App, days []string) error {
	for _, day := range days {
		if err := rollUpDay(app, day); err != nil {
			return err
		}
	}
	return nil
}

// rollUpDay reads the day outside any write lock, then swaps its rows in one
// short transaction.
func rollUpDay(app core.App, day string) error {
	var attempts []quizRow
	err := app.DB().NewQuery(`
		SELECT a.quiz, a.mode, a.[[group]] AS grp, a.grade_band, a.province, a.city, a.participant,
			a.status = 'finished' AS finished, a.correct, json_array_length(a.plan) AS questions,
			(SELECT COUNT(*) FROM attempt_answers w WHERE w.attempt = a.id AND w.partial = 1) AS partial
		FROM attempts a WHERE a.day = {:day} AND a.voided = 0`).
		Bind(dbx.Params{"day": day}).All(&attempts)
	if err != nil {
		return err
	}
	tallies := map[cell]*quizTally{}
	for _, a := range attempts {
		// the classroom's definitions, the one place they live
		result := classroom.Participation{Correct: a.Correct, Partial: a.Partial}
		knows := a.Finished && classroom.KnowsBasics(result, a.Questions)
		excellent := a.Finished && classroom.Excellent(result, a.Questions)
		fullMarks := a.Finished && a.Questions > 0 && a.Correct == a.Questions
		for _, scope := range scopesOf(a.Province, a.City) {
			cells := []cell{{scope[0], "total", ""}, {scope[0], "quiz", a.Quiz},
				{scope[0], "grade", a.GradeBand}, {scope[0], "region", scope[1]}}
			if a.Mode == "contest" {
				cells = append(cells, cell{scope[0], "contest", a.Quiz + "/" + a.Group})
			}
			if a.Finished {
				cells = append(cells, cell{scope[0], "score", scoreBand(result, a.Questions)})
			}
			for _, c := range cells {
				t := tallies[c]
				if t == nil {
					t = &quizTally{participants: map[string]bool{}}
					tallies[c] = t
				}
				t.attempts++
				t.participants[a.Participant] = true
				t.finished += boolCount(a.Finished)
				t.knows += boolCount(knows)
				t.excellent += boolCount(excellent)
				t.fullMarks += boolCount(fullMarks)
			}
		}
	}
	pledges, err := pledgeCube(app, day)
	if err != nil {
		return err
	}
	start, end := dayBounds(day)
	return app.RunInTransaction(func(tx core.App) error {
		for _, table := range []string{"quiz_rollups", "school_rollups", "pledge_rollups"} {
			if _, err := tx.DB().Delete(table, dbx.HashExp{"day": day}).Execute(); err != nil {
				return err
			}
		}
		// a day has thousands of cells: one prepared statement each table
		quizCells := tx.DB().NewQuery(`INSERT INTO quiz_rollups
			(day, scope, dimension, value, attempts, participants, finished, knows, excellent, full_marks)
			VALUES ({:day}, {:scope}, {:dimension}, {:value}, {:attempts}, {:participants}, {:finished},
				{:knows}, {:excellent}, {:full_marks})`).Prepare()
		defer quizCells.Close()
		for c, t := range tallies {
			_, err := quizCells.Bind(dbx.Params{
				"day": day, "scope": c.Scope, "dimension": c.Dimension, "value": c.Value,
				"attempts": t.attempts, "participants": len(t.participants), "finished": t.finished,
				"knows": t.knows, "excellent": t.excellent, "full_marks": t.fullMarks,
			}).Execute()
			if err != nil {
				return err
			}
		}
		pledgeCells := tx.DB().NewQuery(`INSERT INTO pledge_rollups (day, scope, dimension, value, pledges)
			VALUES ({:day}, {:scope}, {:dimension}, {:value}, {:pledges})`).Prepare()
		defer pledgeCells.Close()
		for c, n := range pledges {
			_, err := pledgeCells.Bind(dbx.Params{
				"day": day, "scope": c.Scope, "dimension": c.Dimension, "value": c.Value, "pledges": n,
			}).Execute()
			if err != nil {
				return err
			}
		}
		return rollUpSchools(tx, day, start, end)
	})
}

// pledgeCube counts the day's pledges in every scope by region and age band.
func pledgeCube(app core.App, day string) (map[cell]int, error) {
	var groups []struct {
		Province string `db:"province"`
		City     string `db:"city"`
		AgeBand  string `db:"age_band"`
		Pledges  int    `db:"pledges"`
	}
	err := app.DB().NewQuery(`
		SELECT province, city, age_band, COUNT(*) AS pledges FROM pledges WHERE day = {:day}
		GROUP BY province, city, age_band`).Bind(dbx.Params{"day": day}).All(&groups)
	cube := map[cell]int{}
	for _, g := range groups {
		for _, scope := range scopesOf(g.Province, g.City) {
			cube[cell{scope[0], "total", ""}] += g.Pledges
			cube[cell{scope[0], "region", scope[1]}] += g.Pledges
			cube[cell{scope[0], "age", g.AgeBand}] += g.Pledges
		}
	}
	return cube, err
}

// scoreBands is how many bands the score histogram has: 0–9 %, 10–19 %, …,
// 90–100 % of the questions right.
const scoreBands = 10

// scoreBand is the band ("0" to "9") of a finished attempt's credit, a partly
// right answer counting half as in the classroom's rates; full marks fall in
// the top band.
func scoreBand(result classroom.Participation, questions int) string {
	if questions <= 0 {
		return "0"
	}
	halves := 2*result.Correct + result.Partial
	return strconv.Itoa(min(scoreBands-1, halves*scoreBands/(2*questions)))
}

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rollUpSchools records which schools took part on the day: through a quiz
// attempt that named its school, or a class session run by one of its teachers.
func rollUpSchools(tx core.App, day string, start, end time.Time) error {
	var schools []struct {
		Province string `db:"province"`
		City     string `db:"city"`
		School   string `db:"school"`
	}
	err := tx.DB().NewQuery(`
		SELECT DISTINCT province, city, school FROM attempts WHERE day = {:day} AND school != ''
		UNION
		SELECT DISTINCT '' AS province, t.region AS city, t.school FROM live_sessions s
		JOIN teachers t ON t.id = s.teacher
		WHERE s.created >= {:start} AND s.created < {:end} AND t.school != ''`).
		Bind(dbx.Params{"day": day, "start": dbTime(start), "end": dbTime(end)}).All(&schools)
	if err != nil {
		return err
	}
	seen := map[[3]string]bool{}
	for _, s := range schools {
		province, city := s.Province, s.City
		if province == "" {
			province, city = splitRegion(city)
		}
		key := [3]string{province, city, SchoolKey(s.School)}
		if key[2] == "" || seen[key] {
			continue
		}
		seen[key] = true
		_, err := tx.DB().Insert("school_rollups", dbx.Params{
			"day": day, "province": key[0], "city": key[1], "school_key": key[2]}).Execute()
		if err != nil {
			return err
		}
	}
	return nil
}

// dayBounds returns the start and end of a campaign day.
func dayBounds(day string) (time.Time, time.Time) {
	start, err := time.ParseInLocation(time.DateOnly, day, campaign.Zone)
	if err != nil {
		return time.Time{}, time.Time{}
	}
	return start.UTC(), start.AddDate(0, 0, 1).UTC()
}

// dbTime formats t as PocketBase stores datetimes.
func dbTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05.000Z") }

// startRollups refreshes today's and yesterday's roll-ups every interval.
func startRollups(app core.App, every time.Duration) {
	go func() {
		ticker := time.NewTicker(every)
		defer ticker.Stop()
		for range ticker.C {
			today := campaign.Day(time.Now())
			if err := RollUpDays(app, []string{campaign.PreviousDay(today), today}); err != nil {
				app.Logger().Error("campaign roll-up", "error", err)
			}
		}
	}()
}
