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
		requiredText("name", 40),
		text("school", 60),
		// a GB/T 2260 province or city code, checked by a hook
		text("region", 6),
		// sign-up always gives "teacher"; only a superuser makes an organiser
		&core.SelectField{Name: "role", Values: []string{"teacher", "organiser"}, MaxSelect: 1},
		created(),
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
		requiredText("name", 40),
		&core.SelectField{Name: "grade", Required: true, Values: []string{"primary", "junior", "senior", "university"}, MaxSelect: 1},
		// nicknames, cleaned and de-duplicated by a hook
		&core.JSONField{Name: "roster"},
		// for self-paced assignments; generated on create
		text("code", 6),
		created(),
	)
	classes.AddIndex("idx_classes_code", true, "code", "code != ''")
	classes.AddIndex("idx_classes_teacher", false, "teacher", "")

	sessions := core.NewBaseCollection("live_sessions")
	sessions.Fields.Add(
		&core.RelationField{Name: "teacher", Required: true, CollectionId: teachers.Id, MaxSelect: 1},
		&core.RelationField{Name: "class", CollectionId: classes.Id, MaxSelect: 1},
		// six digits, unique among sessions that have not ended
		requiredText("code", 6),
		text("quiz", 100),
		text("title", 200),
		text("locale", 5),
		// the questions with option order and keys: never sent
		&core.JSONField{Name: "plan", Required: true, Hidden: true},
		&core.JSONField{Name: "settings", Required: true},
		requiredText("phase", 10),
		integer("current"),
		// times are Unix milliseconds on the server's clock
		integer("opened_ms"),
		integer("deadline_ms"),
		integer("remaining_ms"),
		&core.BoolField{Name: "paused"},
		&core.BoolField{Name: "locked"},
		// question indices closed by a skip (nobody scored)
		&core.JSONField{Name: "skipped"},
		integer("version"),
		integer("ended_ms"),
		created(),
	)
	sessions.AddIndex("idx_live_sessions_code", true, "code", "phase != 'ended'")
	sessions.AddIndex("idx_live_sessions_teacher", false, "teacher", "")
	sessions.AddIndex("idx_live_sessions_class", false, "class", "")

	players := core.NewBaseCollection("live_players")
	players.Fields.Add(
		ownedBy("session", sessions.Id),
		requiredText("nickname", 30),
		// the nickname folded to lower case, unique per session
		requiredText("nickname_key", 60),
		// sha256 of the reconnect token; the token itself is never stored
		&core.TextField{Name: "token_hash", Required: true, Max: 64, Hidden: true},
		integer("score"),
		integer("streak"),
		// 1 + the index of the player's last right answer (0: none yet)
		integer("streak_to"),
		&core.BoolField{Name: "removed"},
		created(),
	)
	players.AddIndex("idx_live_players_nickname", true, "session, nickname_key", "")
	players.AddIndex("idx_live_players_token", true, "token_hash", "")

	answers := core.NewBaseCollection("live_answers")
	answers.Fields.Add(
		ownedBy("session", sessions.Id),
		ownedBy("player", players.Id),
		// the question's index in the session's plan
		integer("position"),
		// shown option positions, or true/false
		&core.JSONField{Name: "choice"},
		requiredText("outcome", 10),
		integer("points"),
		integer("elapsed_ms"),
		text("request_key", 64),
		created(),
	)
	answers.AddIndex("idx_live_answers_once", true, "session, player, position", "")

	return []*core.Collection{teachers, classes, sessions, players, answers}
}
