package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The quiz engine's collections. None has an API rule: every rule is nil, so
// only superusers (the dashboard) reach them through the records API, and
// participants see exactly what the routes under /api/jindu/ choose to send.
// The answer keys live apart from the questions so that no future rule
// opening the questions can ever open the keys with them.
func init() {
	registerCollections(quizCollections)
}

// quizCollections returns the collections in creation order.
func quizCollections() []*core.Collection {
	secrets := core.NewBaseCollection("secrets")
	secrets.Fields.Add(
		&core.TextField{Name: "name", Required: true, Max: 64},
		&core.TextField{Name: "value", Required: true, Hidden: true},
	)
	secrets.AddIndex("idx_secrets_name", true, "name", "")

	participants := core.NewBaseCollection("participants")
	participants.Fields.Add(
		&core.TextField{Name: "nickname", Required: true, Max: 20},
		// the signed-in account this participant stands for, if any
		&core.TextField{Name: "account", Max: 64},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	participants.AddIndex("idx_participants_account", true, "account", "account != ''")

	questions := core.NewBaseCollection("questions")
	questions.Fields.Add(
		&core.TextField{Name: "slug", Required: true, Max: 100},
		&core.TextField{Name: "type", Required: true, Max: 20},
		&core.JSONField{Name: "topics"},
		&core.JSONField{Name: "grades"},
		&core.NumberField{Name: "difficulty", OnlyInt: true},
		&core.TextField{Name: "entry", Max: 100},
		&core.JSONField{Name: "images"},
		// {"zh-cn": {stem, options, explanation}, "en": {...}}
		&core.JSONField{Name: "text"},
		&core.JSONField{Name: "sources"},
		&core.BoolField{Name: "retired"},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	questions.AddIndex("idx_questions_slug", true, "slug", "")

	answerKeys := core.NewBaseCollection("answer_keys")
	answerKeys.Fields.Add(
		&core.TextField{Name: "question", Required: true, Max: 100},
		// option indices as written in the bank, or true/false
		&core.JSONField{Name: "answer", Required: true},
	)
	answerKeys.AddIndex("idx_answer_keys_question", true, "question", "")

	quizzes := core.NewBaseCollection("quizzes")
	quizzes.Fields.Add(
		&core.TextField{Name: "slug", Required: true, Max: 100},
		&core.TextField{Name: "mode", Required: true, Max: 20},
		&core.JSONField{Name: "definition", Required: true},
		&core.BoolField{Name: "retired"},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	quizzes.AddIndex("idx_quizzes_slug", true, "slug", "")

	attempts := core.NewBaseCollection("attempts")
	attempts.Fields.Add(
		&core.TextField{Name: "quiz", Required: true, Max: 100},
		&core.TextField{Name: "participant", Required: true, Max: 64},
		&core.TextField{Name: "mode", Required: true, Max: 20},
		&core.TextField{Name: "group", Max: 20},
		// the calendar day (Asia/Shanghai) the attempt started, for daily limits
		&core.TextField{Name: "day", Required: true, Max: 10},
		&core.TextField{Name: "status", Required: true, Max: 10},
		// per question: id, option permutation and answer key, in the order asked
		&core.JSONField{Name: "plan", Required: true, Hidden: true},
		// the quiz definition as it was when the attempt started, so a later
		// sync never changes the rules of an attempt under way
		&core.JSONField{Name: "rules", Required: true, Hidden: true},
		&core.NumberField{Name: "current", OnlyInt: true},
		// times are Unix milliseconds on the server's clock
		&core.NumberField{Name: "started_ms", OnlyInt: true},
		&core.NumberField{Name: "question_started_ms", OnlyInt: true},
		&core.NumberField{Name: "deadline_ms", OnlyInt: true},
		&core.NumberField{Name: "finished_ms", OnlyInt: true},
		&core.NumberField{Name: "time_used_ms", OnlyInt: true},
		&core.NumberField{Name: "score", OnlyInt: true},
		&core.NumberField{Name: "correct", OnlyInt: true},
		&core.NumberField{Name: "streak", OnlyInt: true},
		// contests only, for fraud review; cleared once the review period ends
		&core.TextField{Name: "ip_hash", Max: 64},
		&core.TextField{Name: "ua_hash", Max: 64},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	attempts.AddIndex("idx_attempts_participant", false, "participant, quiz, day", "")
	attempts.AddIndex("idx_attempts_open", true, "participant, quiz", "status = 'open'")
	attempts.AddIndex("idx_attempts_board", false, "quiz, status, finished_ms", "")

	answers := core.NewBaseCollection("attempt_answers")
	answers.Fields.Add(
		&core.TextField{Name: "attempt", Required: true, Max: 64},
		&core.TextField{Name: "quiz", Required: true, Max: 100},
		&core.TextField{Name: "question", Required: true, Max: 100},
		&core.NumberField{Name: "position", OnlyInt: true},
		// the chosen options as bank indices, true/false, or null when timed out
		&core.JSONField{Name: "choice"},
		&core.BoolField{Name: "correct"},
		&core.BoolField{Name: "partial"},
		&core.BoolField{Name: "timed_out"},
		&core.NumberField{Name: "points", OnlyInt: true},
		&core.NumberField{Name: "elapsed_ms", OnlyInt: true},
		&core.NumberField{Name: "answered_ms", OnlyInt: true},
		// the client's idempotency key: a retry with the same key replays the result
		&core.TextField{Name: "request_key", Max: 64},
	)
	answers.AddIndex("idx_attempt_answers_once", true, "attempt, question", "")
	answers.AddIndex("idx_attempt_answers_quiz", false, "quiz, question", "")

	streaks := core.NewBaseCollection("daily_streaks")
	streaks.Fields.Add(
		&core.TextField{Name: "participant", Required: true, Max: 64},
		&core.TextField{Name: "quiz", Required: true, Max: 100},
		&core.TextField{Name: "last_day", Required: true, Max: 10},
		&core.NumberField{Name: "current", OnlyInt: true},
		&core.NumberField{Name: "best", OnlyInt: true},
	)
	streaks.AddIndex("idx_daily_streaks_once", true, "participant, quiz", "")

	draws := core.NewBaseCollection("prize_draws")
	draws.Fields.Add(
		&core.TextField{Name: "quiz", Required: true, Max: 100},
		&core.TextField{Name: "group", Max: 20},
		&core.NumberField{Name: "winners", Required: true, OnlyInt: true, Min: types.Pointer(1.0)},
		&core.TextField{Name: "seed", Max: 200},
		&core.NumberField{Name: "eligible", OnlyInt: true},
		&core.TextField{Name: "eligible_digest", Max: 64},
		&core.JSONField{Name: "drawn"},
		&core.AutodateField{Name: "created", OnCreate: true},
	)

	return []*core.Collection{secrets, participants, questions, answerKeys, quizzes, attempts, answers, streaks, draws}
}
