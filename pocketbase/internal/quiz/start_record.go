package quiz

import (
	"errors"
	"net/http"
	"time"

	"encoding/json"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"jindu/internal/campaign"
	"jindu/internal/problem"
)

// prepareAttempt draws the questions for a new attempt and builds its record,
// validated but not stored: everything a start does that needs no lock.
func prepareAttempt(app core.App, def *Definition, group *Group, who string, assignee Assignee, origin Origin, pool levelPool, now time.Time, fraud fraudReview) (*attempt, error) {
	groupID := ""
	if group != nil {
		groupID = group.ID
	}
	drawRNG := randomSource()
	picked, err := pool.pick(def.poolFor(group).Difficulty, def.Count, drawRNG)
	if errors.Is(err, errPoolTooSmall) {
		return nil, problem.New(http.StatusServiceUnavailable, "quiz_unavailable", "This quiz cannot be started right now.")
	}
	if err != nil {
		return nil, err
	}
	if def.Shuffle.Questions {
		drawRNG.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	}
	plan, err := planAll(picked, def.Shuffle.Options)
	if err != nil {
		return nil, err
	}

	collection, err := app.FindCachedCollectionByNameOrId("attempts")
	if err != nil {
		return nil, err
	}
	rules, err := json.Marshal(def)
	if err != nil {
		return nil, err
	}
	record := core.NewRecord(collection)
	record.Set("quiz", def.Slug)
	record.Set("participant", who)
	record.Set("mode", def.Mode)
	record.Set("group", groupID)
	record.Set("assignment", assignee.Assignment)
	record.Set("nickname", assignee.Nickname)
	record.Set("day", campaign.Day(now))
	record.Set("status", statusOpen)
	record.Set("plan", plan)
	record.Set("rules", json.RawMessage(rules))
	record.Set("current", 0)
	record.Set("started_ms", millis(now))
	record.Set("question_started_ms", millis(now))
	if def.Time.Total > 0 {
		record.Set("deadline_ms", millis(now)+int64(def.Time.Total)*1000)
	}
	record.Set("province", origin.Province)
	record.Set("city", origin.City)
	record.Set("school", origin.School)
	record.Set("grade_band", origin.GradeBand)
	record.Set("ip_hash", fraud.ip)
	record.Set("ua_hash", fraud.userAgent)
	if err := app.Validate(record); err != nil {
		return nil, err
	}
	// the plan and rules as they are, rather than decoded again from the record
	return &attempt{rec: record, plan: plan, rules: def, answersKnown: true}, nil
}

// insertRecord stores a new, already validated record with one INSERT of its
// columns, as the answers are stored: tx.Save would validate it again and run
// the model hooks, which nothing registers for attempts, inside the writer
// that every start and answer on the server waits for. Any field the
// collection has is stored; the ones set on create (autodate) are set here.
func insertRecord(tx core.App, record *core.Record) error {
	if record.Id == "" {
		record.Id = core.GenerateDefaultRandomId()
	}
	now := types.NowDateTime()
	for _, field := range record.Collection().Fields {
		if autodate, ok := field.(*core.AutodateField); ok && autodate.OnCreate {
			record.SetRaw(autodate.Name, now)
		}
	}
	columns, err := record.DBExport(tx)
	if err != nil {
		return err
	}
	if _, err := tx.DB().Insert(record.Collection().Name, dbx.Params(columns)).Execute(); err != nil {
		return err
	}
	record.MarkAsNotNew()
	return nil
}

// newAttempt draws the questions and stores a new attempt (outside the start
// route, which splits the two around its shared writer).
func newAttempt(tx core.App, def *Definition, group *Group, who string, assignee Assignee, origin Origin, candidates []candidate, now time.Time, fraud fraudReview) (*attempt, error) {
	pool := poolByLevel(candidates, def.poolFor(group))
	a, err := prepareAttempt(tx, def, group, who, assignee, origin, pool, now, fraud)
	if err != nil {
		return nil, err
	}
	return a, insertRecord(tx, a.rec)
}
