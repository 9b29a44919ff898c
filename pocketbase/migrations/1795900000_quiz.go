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
		requiredText("name", 64),
		&core.TextField{Name: "value", Required: true, Hidden: true},
	)
	secrets.AddIndex("idx_secrets_name", true, "name", "")

	participants := core.NewBaseCollection("participants")
	participants.Fields.Add(
		requiredText("nickname", 20),
		// the signed-in account this participant stands for, if any
		text("account", 64),
		created(),
	)
	participants.AddIndex("idx_participants_account", true, "account", "account != ''")

	questions := core.NewBaseCollection("questions")
	questions.Fields.Add(
		requiredText("slug", 100),
		requiredText("type", 20),
		&core.JSONField{Name: "topics"},
		&core.JSONField{Name: "grades"},
		integer("difficulty"),
		text("entry", 100),
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
		requiredText("question", 100),
		// option indices as written in the bank, or true/false
		&core.JSONField{Name: "answer", Required: true},
	)
	answerKeys.AddIndex("idx_answer_keys_question", true, "question", "")

	quizzes := core.NewBaseCollection("quizzes")
	quizzes.Fields.Add(
		requiredText("slug", 100),
		requiredText("mode", 20),
		&core.JSONField{Name: "definition", Required: true},
		&core.BoolField{Name: "retired"},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	quizzes.AddIndex("idx_quizzes_slug", true, "slug", "")

	attempts := core.NewBaseCollection("attempts")
	attempts.Fields.Add(
		requiredText("quiz", 100),
		requiredText("participant", 64),
		requiredText("mode", 20),
		text("group", 20),
		// the calendar day (Asia/Shanghai) the attempt started, for daily limits
		requiredText("day", 10),
		requiredText("status", 10),
		// per question: id, option permutation and answer key, in the order asked
		&core.JSONField{Name: "plan", Required: true, Hidden: true},
		// the quiz definition as it was when the attempt started, so a later
		// sync never changes the rules of an attempt under way
		&core.JSONField{Name: "rules", Required: true, Hidden: true},
		integer("current"),
		// times are Unix milliseconds on the server's clock
		integer("started_ms"),
		integer("question_started_ms"),
		integer("deadline_ms"),
		integer("finished_ms"),
		integer("time_used_ms"),
		integer("score"),
		integer("correct"),
		integer("streak"),
		// contests only, for fraud review; cleared once the review period ends
		text("ip_hash", 64),
		text("ua_hash", 64),
		created(),
	)
	attempts.AddIndex("idx_attempts_participant", false, "participant, quiz, day", "")
	attempts.AddIndex("idx_attempts_open", true, "participant, quiz", "status = 'open'")
	attempts.AddIndex("idx_attempts_board", false, "quiz, status, finished_ms", "")

	answers := core.NewBaseCollection("attempt_answers")
	answers.Fields.Add(
		requiredText("attempt", 64),
		requiredText("quiz", 100),
		requiredText("question", 100),
		integer("position"),
		// the chosen options as bank indices, true/false, or null when timed out
		&core.JSONField{Name: "choice"},
		&core.BoolField{Name: "correct"},
		&core.BoolField{Name: "partial"},
		&core.BoolField{Name: "timed_out"},
		integer("points"),
		integer("elapsed_ms"),
		integer("answered_ms"),
		// the client's idempotency key: a retry with the same key replays the result
		text("request_key", 64),
	)
	answers.AddIndex("idx_attempt_answers_once", true, "attempt, question", "")
	answers.AddIndex("idx_attempt_answers_quiz", false, "quiz, question", "")

	streaks := core.NewBaseCollection("daily_streaks")
	streaks.Fields.Add(
		requiredText("participant", 64),
		requiredText("quiz", 100),
		requiredText("last_day", 10),
		integer("current"),
		integer("best"),
	)
	streaks.AddIndex("idx_daily_streaks_once", true, "participant, quiz", "")

	draws := core.NewBaseCollection("prize_draws")
	draws.Fields.Add(
		requiredText("quiz", 100),
		text("group", 20),
		&core.NumberField{Name: "winners", Required: true, OnlyInt: true, Min: types.Pointer(1.0)},
		text("seed", 200),
		integer("eligible"),
		text("eligible_digest", 64),
		&core.JSONField{Name: "drawn"},
		created(),
	)

	return []*core.Collection{secrets, participants, questions, answerKeys, quizzes, attempts, answers, streaks, draws}
}
