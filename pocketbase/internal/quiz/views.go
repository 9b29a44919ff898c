package quiz

import (
	"encoding/json"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Locales the engine can answer in; the first is the default.
var locales = []string{"zh-cn", "en"}

// pickLocale returns a supported locale, defaulting to Chinese.
func pickLocale(requested string) string {
	for _, l := range locales {
		if l == requested {
			return l
		}
	}
	return locales[0]
}

// questionText is one locale's words for a question, as stored by the sync.
type questionText struct {
	Stem        string   `json:"stem"`
	Options     []string `json:"options"`
	Explanation string   `json:"explanation"`
}

// storedQuestion is what views need of a question record.
type storedQuestion struct {
	Type   string
	Entry  string
	Images []string // picture URLs in bank order (opaque names, see src/lib/quiz/images.ts)
	Text   map[string]questionText
}

// loadQuestions reads the questions with the given slugs from the database.
func loadQuestions(app core.App, slugs []string) (map[string]storedQuestion, error) {
	values := make([]any, len(slugs))
	for i, s := range slugs {
		values[i] = s
	}
	records, err := app.FindAllRecords("questions", dbx.In("slug", values...))
	if err != nil {
		return nil, err
	}
	out := make(map[string]storedQuestion, len(records))
	for _, r := range records {
		q, err := decodeQuestion(r.GetString("type"), r.GetString("entry"), r.GetString("text"), r.GetString("images"))
		if err != nil {
			return nil, err
		}
		out[r.GetString("slug")] = q
	}
	return out, nil
}

// decodeQuestion reads a question's stored words and pictures.
func decodeQuestion(questionType, entry, text, images string) (storedQuestion, error) {
	q := storedQuestion{Type: questionType, Entry: entry}
	if err := json.Unmarshal([]byte(text), &q.Text); err != nil {
		return q, err
	}
	if images != "" && images != "null" {
		if err := json.Unmarshal([]byte(images), &q.Images); err != nil {
			return q, err
		}
	}
	return q, nil
}

// QuestionView is a question as a participant sees it: options in the
// attempt's order, no key, no explanation, and named by its handle in this
// attempt, never by its bank id.
type QuestionView struct {
	Index     int      `json:"index"`
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Stem      string   `json:"stem"`
	Options   []string `json:"options,omitempty"`
	Images    []string `json:"images,omitempty"`
	StartedAt int64    `json:"startedAt,omitempty"`
	// Deadline is when the question closes (Unix ms); 0 when untimed.
	Deadline int64 `json:"deadline,omitempty"`
}

// questionView renders plan item index in locale.
func questionView(item PlanItem, index int, q storedQuestion, locale string) QuestionView {
	text := q.Text[locale]
	view := QuestionView{Index: index, ID: item.handle(), Type: item.Type, Stem: text.Stem}
	for _, bankIndex := range item.Perm {
		if bankIndex < len(text.Options) {
			view.Options = append(view.Options, text.Options[bankIndex])
		}
		if bankIndex < len(q.Images) {
			view.Images = append(view.Images, q.Images[bankIndex])
		}
	}
	return view
}

// Feedback tells a participant how an answer went, once they may know.
type Feedback struct {
	Outcome       Outcome `json:"outcome"`
	Points        int     `json:"points"`
	CorrectChoice any     `json:"correctChoice"`
	Explanation   string  `json:"explanation"`
	Entry         string  `json:"entry,omitempty"`
}

// feedback builds the feedback for an answered plan item.
func feedback(item PlanItem, q storedQuestion, locale string, answer answerRow) *Feedback {
	f := &Feedback{
		Outcome:     answer.outcome(),
		Points:      answer.Points,
		Explanation: q.Text[locale].Explanation,
		Entry:       q.Entry,
	}
	if item.KeyBool != nil {
		f.CorrectChoice = *item.KeyBool
	} else {
		f.CorrectChoice = item.Key
	}
	return f
}

// shownChoice turns a stored choice (bank indices) back into the attempt's
// shown positions.
func shownChoice(item PlanItem, answer answerRow) any {
	c := answer.choice()
	if c == nil {
		return nil
	}
	if c.Bool != nil {
		return *c.Bool
	}
	shown := []int{}
	for position, bankIndex := range item.Perm {
		for _, chosen := range c.Options {
			if chosen == bankIndex {
				shown = append(shown, position)
			}
		}
	}
	return shown
}
