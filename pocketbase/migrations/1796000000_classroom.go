package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The classroom's collections. Teachers sign up and sign in through the
// records API (an auth collection) and keep their own classes there; the live
// sessions, their players and answers are closed to it (every rule nil) and
// reached only through /api/jindu/classroom/, so answer keys and scoring stay
// on the server (see internal/classroom).
func init() {
	registerCollections(classroomCollections)
}

// ownClass admits a signed-in teacher to their own classes only.
const ownClass = `@request.auth.collectionName = "teachers" && teacher = @request.auth.id`

// classroomCollections returns the collections in creation order.
func classroomCollections() []*core.Collection {
	self := `id = @request.auth.id && @request.auth.collectionName = "teachers"`
	teachers := core.NewAuthCollection("teachers")
	teachers.ListRule = types.Pointer(self)
	teachers.ViewRule = types.Pointer(self)
	teachers.CreateRule = types.Pointer("")
	teachers.UpdateRule = types.Pointer(self)
	teachers.Fields.Add(
		&core.TextField{Name: "name", Required: true, Max: 40},
		&core.TextField{Name: "school", Max: 60},
		// a GB/T 2260 province or city code, checked by a hook
		&core.TextField{Name: "region", Max: 6},
		// sign-up always gives "teacher"; only a superuser makes an organiser
		&core.SelectField{Name: "role", Values: []string{"teacher", "organiser"}, MaxSelect: 1},
		&core.AutodateField{Name: "created", OnCreate: true},
	)

	classes := core.NewBaseCollection("classes")
	classes.ListRule = types.Pointer(ownClass)
	classes.ViewRule = types.Pointer(ownClass)
	// a hook sets the teacher to the signed-in one and generates the code
	classes.CreateRule = types.Pointer(`@request.auth.collectionName = "teachers"`)
	classes.UpdateRule = types.Pointer(ownClass + ` && @request.body.teacher:isset = false && @request.body.code:isset = false`)
	classes.DeleteRule = types.Pointer(ownClass)
	classes.Fields.Add(
		&core.RelationField{Name: "teacher", Required: true, CollectionId: teachers.Id, MaxSelect: 1},
		&core.TextField{Name: "name", Required: true, Max: 40},
		&core.SelectField{Name: "grade", Required: true, Values: []string{"primary", "junior", "senior", "university"}, MaxSelect: 1},
		// nicknames, cleaned and de-duplicated by a hook
		&core.JSONField{Name: "roster"},
		// for self-paced assignments; generated on create
		&core.TextField{Name: "code", Max: 6},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	classes.AddIndex("idx_classes_code", true, "code", "code != ''")
	classes.AddIndex("idx_classes_teacher", false, "teacher", "")

	sessions := core.NewBaseCollection("live_sessions")
	sessions.Fields.Add(
		&core.RelationField{Name: "teacher", Required: true, CollectionId: teachers.Id, MaxSelect: 1},
		&core.RelationField{Name: "class", CollectionId: classes.Id, MaxSelect: 1},
		// six digits, unique among sessions that have not ended
		&core.TextField{Name: "code", Required: true, Max: 6},
		&core.TextField{Name: "quiz", Max: 100},
		&core.TextField{Name: "title", Max: 200},
		&core.TextField{Name: "locale", Max: 5},
		// the questions with option order and keys: never sent
		&core.JSONField{Name: "plan", Required: true, Hidden: true},
		&core.JSONField{Name: "settings", Required: true},
		&core.TextField{Name: "phase", Required: true, Max: 10},
		&core.NumberField{Name: "current", OnlyInt: true},
		// times are Unix milliseconds on the server's clock
		&core.NumberField{Name: "opened_ms", OnlyInt: true},
		&core.NumberField{Name: "deadline_ms", OnlyInt: true},
		&core.NumberField{Name: "remaining_ms", OnlyInt: true},
		&core.BoolField{Name: "paused"},
		&core.BoolField{Name: "locked"},
		// question indices closed by a skip (nobody scored)
		&core.JSONField{Name: "skipped"},
		&core.NumberField{Name: "version", OnlyInt: true},
		&core.NumberField{Name: "ended_ms", OnlyInt: true},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	sessions.AddIndex("idx_live_sessions_code", true, "code", "phase != 'ended'")
	sessions.AddIndex("idx_live_sessions_teacher", false, "teacher", "")
	sessions.AddIndex("idx_live_sessions_class", false, "class", "")

	players := core.NewBaseCollection("live_players")
	players.Fields.Add(
		&core.RelationField{Name: "session", Required: true, CollectionId: sessions.Id, MaxSelect: 1, CascadeDelete: true},
		&core.TextField{Name: "nickname", Required: true, Max: 30},
		// the nickname folded to lower case, unique per session
		&core.TextField{Name: "nickname_key", Required: true, Max: 60},
		// sha256 of the reconnect token; the token itself is never stored
		&core.TextField{Name: "token_hash", Required: true, Max: 64, Hidden: true},
		&core.NumberField{Name: "score", OnlyInt: true},
		&core.NumberField{Name: "streak", OnlyInt: true},
		// 1 + the index of the player's last right answer (0: none yet)
		&core.NumberField{Name: "streak_to", OnlyInt: true},
		&core.BoolField{Name: "removed"},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	players.AddIndex("idx_live_players_nickname", true, "session, nickname_key", "")
	players.AddIndex("idx_live_players_token", true, "token_hash", "")

	answers := core.NewBaseCollection("live_answers")
	answers.Fields.Add(
		&core.RelationField{Name: "session", Required: true, CollectionId: sessions.Id, MaxSelect: 1, CascadeDelete: true},
		&core.RelationField{Name: "player", Required: true, CollectionId: players.Id, MaxSelect: 1, CascadeDelete: true},
		// the question's index in the session's plan
		&core.NumberField{Name: "position", OnlyInt: true},
		// shown option positions, or true/false
		&core.JSONField{Name: "choice"},
		&core.TextField{Name: "outcome", Required: true, Max: 10},
		&core.NumberField{Name: "points", OnlyInt: true},
		&core.NumberField{Name: "elapsed_ms", OnlyInt: true},
		&core.TextField{Name: "request_key", Max: 64},
		&core.AutodateField{Name: "created", OnCreate: true},
	)
	answers.AddIndex("idx_live_answers_once", true, "session, player, position", "")

	return []*core.Collection{teachers, classes, sessions, players, answers}
}
