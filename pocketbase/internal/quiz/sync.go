package quiz

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/pocketbase/pocketbase/core"
)

// Bank is what `npm run quizzes:sync` sends: the question banks and quiz
// definitions from quizzes/, already validated by src/lib/quiz/ in TypeScript.
type Bank struct {
	Questions []BankQuestion    `json:"questions"`
	Quizzes   []json.RawMessage `json:"quizzes"`
}

// BankQuestion is one question as the sync sends it.
type BankQuestion struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Topics     []string        `json:"topics"`
	Grades     []string        `json:"grades"`
	Difficulty int             `json:"difficulty"`
	Entry      string          `json:"entry"`
	Images     []string        `json:"images"`
	Answer     json.RawMessage `json:"answer"`
	// Reserved is the slug of the contest the question is held back for ("": none).
	Reserved string          `json:"reserved"`
	Sources  json.RawMessage `json:"sources"`
	Text     json.RawMessage `json:"text"`
}

// SyncSummary counts what a sync changed.
type SyncSummary struct {
	Questions, QuestionsAdded, QuestionsChanged, QuestionsRetired int
	Quizzes, QuizzesAdded, QuizzesChanged, QuizzesRetired         int
}

// String reads like "347 questions (2 added, 1 changed, 0 retired); 8 quizzes (…)".
func (s SyncSummary) String() string {
	return fmt.Sprintf("%d questions (%d added, %d changed, %d retired); %d quizzes (%d added, %d changed, %d retired)",
		s.Questions, s.QuestionsAdded, s.QuestionsChanged, s.QuestionsRetired,
		s.Quizzes, s.QuizzesAdded, s.QuizzesChanged, s.QuizzesRetired)
}

// SyncBank makes the database match the bank in one transaction: new
// questions and quizzes are added, changed ones updated, and ones no longer in
// the files retired (never deleted: old attempts refer to them). Running it
// twice changes nothing the second time.
func SyncBank(app core.App, bank Bank) (SyncSummary, error) {
	summary := SyncSummary{Questions: len(bank.Questions), Quizzes: len(bank.Quizzes)}
	err := app.RunInTransaction(func(tx core.App) error {
		seen := map[string]bool{}
		for _, q := range bank.Questions {
			if q.ID == "" || len(q.Answer) == 0 || len(q.Text) == 0 {
				return fmt.Errorf("question %q is incomplete; run the sync through npm run quizzes:sync", q.ID)
			}
			seen[q.ID] = true
			added, changed, err := upsertQuestion(tx, q)
			if err != nil {
				return fmt.Errorf("question %s: %w", q.ID, err)
			}
			summary.QuestionsAdded += added
			summary.QuestionsChanged += changed
		}
		retired, err := retireMissing(tx, "questions", seen)
		summary.QuestionsRetired = retired
		if err != nil {
			return err
		}

		seen = map[string]bool{}
		for _, raw := range bank.Quizzes {
			def, err := parseDefinition(raw)
			if err != nil || def.Slug == "" || !slices.Contains([]string{ModePractice, ModeTest, ModeDaily, ModeContest, ModeKiosk}, def.Mode) {
				return fmt.Errorf("a quiz definition is malformed: %s", raw)
			}
			seen[def.Slug] = true
			added, changed, err := upsert(tx, "quizzes", def.Slug, map[string]any{
				"mode": def.Mode, "definition": raw,
			})
			if err != nil {
				return fmt.Errorf("quiz %s: %w", def.Slug, err)
			}
			summary.QuizzesAdded += added
			summary.QuizzesChanged += changed
		}
		retired, err = retireMissing(tx, "quizzes", seen)
		summary.QuizzesRetired = retired
		return err
	})
	return summary, err
}

// upsertQuestion stores a question and, separately, its answer key.
func upsertQuestion(tx core.App, q BankQuestion) (added, changed int, err error) {
	images, err := json.Marshal(q.Images)
	if err != nil {
		return 0, 0, err
	}
	added, changed, err = upsert(tx, "questions", q.ID, map[string]any{
		"type": q.Type, "topics": q.Topics, "grades": q.Grades, "difficulty": q.Difficulty,
		"entry": q.Entry, "images": json.RawMessage(images), "text": q.Text, "sources": q.Sources,
		"reserved": q.Reserved,
	})
	if err != nil {
		return 0, 0, err
	}
	keyAdded, keyChanged, err := upsertByField(tx, "answer_keys", "question", q.ID, map[string]any{"answer": q.Answer})
	if changed == 0 && added == 0 && keyAdded+keyChanged > 0 {
		changed = 1 // only the key changed: still a changed question
	}
	return added, changed, err
}

// upsert creates or updates the record whose slug is slug, un-retiring it.
func upsert(tx core.App, collection, slug string, fields map[string]any) (added, changed int, err error) {
	fields["retired"] = false
	return upsertByField(tx, collection, "slug", slug, fields)
}

// upsertByField creates the record with field = value, or updates it when a
// value differs; it reports 1 in added or changed accordingly.
func upsertByField(tx core.App, collection, field, value string, fields map[string]any) (added, changed int, err error) {
	record, err := tx.FindFirstRecordByData(collection, field, value)
	if err != nil {
		c, err := tx.FindCollectionByNameOrId(collection)
		if err != nil {
			return 0, 0, err
		}
		record = core.NewRecord(c)
		record.Set(field, value)
		added = 1
	}
	dirty := added == 1
	for name, want := range fields {
		if !sameValue(record.Get(name), want) {
			record.Set(name, want)
			dirty = true
		}
	}
	if !dirty {
		return 0, 0, nil
	}
	if added == 0 {
		changed = 1
	}
	return added, changed, tx.Save(record)
}

// sameValue compares a stored field with a wanted value by what their JSON
// means (key order and escaping aside).
func sameValue(stored, want any) bool {
	a, errA := decodedJSON(stored)
	b, errB := decodedJSON(want)
	return errA == nil && errB == nil && reflect.DeepEqual(a, b)
}

func decodedJSON(value any) (any, error) {
	raw, err := json.Marshal(value)
	if err != nil {
		return nil, err
	}
	var decoded any
	err = json.Unmarshal(raw, &decoded)
	return decoded, err
}

// retireMissing marks live records whose slug is not in seen as retired.
func retireMissing(tx core.App, collection string, seen map[string]bool) (int, error) {
	records, err := tx.FindAllRecords(collection)
	if err != nil {
		return 0, err
	}
	retired := 0
	for _, record := range records {
		if seen[record.GetString("slug")] || record.GetBool("retired") {
			continue
		}
		record.Set("retired", true)
		if err := tx.Save(record); err != nil {
			return retired, err
		}
		retired++
	}
	return retired, nil
}
