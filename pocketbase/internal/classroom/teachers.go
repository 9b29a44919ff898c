package classroom

import (
	"encoding/json"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"

	"jindu/internal/participant"
	"jindu/internal/pledge"
	"jindu/internal/safetext"
)

// Roles a teachers record can have.
const (
	roleTeacher   = "teacher"
	roleOrganiser = "organiser"
)

// maxRoster is the most nicknames a class roster holds.
const maxRoster = 80

// Lengths, in characters, of what teachers type (the collections' fields allow as much).
const (
	maxTeacherName = 40
	maxSchoolName  = 60
	maxClassName   = 40
	maxTitle       = 60
)

// cleanText checks a field people type with safetext (the one check for all
// such text) and keeps its clean form; an optional field may be empty.
func cleanText(record *core.Record, field string, maxRunes int, required bool) error {
	clean, bad := safetext.Clean(record.GetString(field), maxRunes)
	if bad == safetext.Empty && !required {
		record.Set(field, "")
		return nil
	}
	if bad != "" {
		return validation.Errors{field: validation.NewError("text_"+string(bad), textMessages[bad])}
	}
	record.Set(field, clean)
	return nil
}

// textMessages explain safetext's refusals (the client shows classroom.errors.text_*).
var textMessages = map[safetext.Problem]string{
	safetext.Empty:             "Please fill this in.",
	safetext.TooLong:           "This is too long.",
	safetext.InvalidCharacters: "Use letters, digits, spaces and ordinary punctuation only.",
}

// registerTeacherHooks makes every sign-up a teacher (only a superuser makes
// an organiser) and checks the region against the pledge's region list.
func registerTeacherHooks(app core.App) {
	app.OnRecordCreateRequest("teachers").BindFunc(func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() {
			return e.Next()
		}
		if role := e.Record.GetString("role"); role != "" && role != roleTeacher {
			return router.NewForbiddenError("Only an organiser can make an organiser.", nil)
		}
		e.Record.Set("role", roleTeacher)
		if _, err := e.App.FindAuthRecordByEmail(e.Collection, e.Record.Email()); err == nil {
			return answerAsCreated(e)
		}
		return e.Next()
	})
	app.OnRecordUpdateRequest("teachers").BindFunc(func(e *core.RecordRequestEvent) error {
		if !e.HasSuperuserAuth() && e.Record.GetString("role") != e.Record.Original().GetString("role") {
			return router.NewForbiddenError("Only an organiser can change a role.", nil)
		}
		return e.Next()
	})
	app.OnRecordValidate("teachers").BindFunc(func(e *core.RecordEvent) error {
		if err := cleanText(e.Record, "name", maxTeacherName, true); err != nil {
			return err
		}
		if err := cleanText(e.Record, "school", maxSchoolName, false); err != nil {
			return err
		}
		if region := e.Record.GetString("region"); region != "" && !pledge.KnownRegion(region) {
			return validation.Errors{"region": validation.NewError("region_invalid", "Choose a province or city from the list.")}
		}
		if e.Record.GetString("role") == "" {
			e.Record.Set("role", roleTeacher)
		}
		return e.Next()
	})
}

// registerClassHooks gives a new class its teacher (the signed-in one, never
// another) and a fresh code, and cleans the roster on every save.
func registerClassHooks(app core.App) {
	app.OnRecordCreateRequest("classes").BindFunc(func(e *core.RecordRequestEvent) error {
		if !e.HasSuperuserAuth() && e.Auth != nil {
			e.Record.Set("teacher", e.Auth.Id)
		}
		return e.Next()
	})
	app.OnRecordCreate("classes").BindFunc(func(e *core.RecordEvent) error {
		code, err := uniqueCode(func() string { return randomCode(classCodeAlphabet, codeLength) }, func(code string) (bool, error) {
			n, err := e.App.CountRecords("classes", dbx.HashExp{"code": code})
			return n > 0, err
		})
		if err != nil {
			return err
		}
		e.Record.Set("code", code)
		return e.Next()
	})
	app.OnRecordValidate("classes").BindFunc(func(e *core.RecordEvent) error {
		if err := cleanText(e.Record, "name", maxClassName, true); err != nil {
			return err
		}
		roster, err := cleanRoster(e.Record.Get("roster"))
		if err != nil {
			return validation.Errors{"roster": err}
		}
		e.Record.Set("roster", roster)
		return e.Next()
	})
}

// cleanRoster checks a roster: a list of at most 80 nicknames, each cleaned
// like a player's, none twice (ignoring case).
func cleanRoster(raw any) ([]string, error) {
	var names []string
	switch list := decodeJSON(raw).(type) {
	case nil:
		return []string{}, nil
	case []any:
		for _, item := range list {
			name, ok := item.(string)
			if !ok {
				return nil, validation.NewError("roster_invalid", "A roster is a list of nicknames.")
			}
			names = append(names, name)
		}
	default:
		return nil, validation.NewError("roster_invalid", "A roster is a list of nicknames.")
	}
	if len(names) > maxRoster {
		return nil, validation.NewError("roster_too_long", "A roster has at most 80 nicknames.")
	}
	seen := map[string]bool{}
	clean := make([]string, 0, len(names))
	for _, name := range names {
		nickname, bad := participant.CleanNickname(name)
		if bad != nil {
			return nil, validation.NewError("roster_"+bad.Code, bad.Message)
		}
		if seen[nicknameKey(nickname)] {
			return nil, validation.NewError("roster_duplicate", "Each nickname may appear once in a roster.")
		}
		seen[nicknameKey(nickname)] = true
		clean = append(clean, nickname)
	}
	return clean, nil
}

// decodeJSON reads a JSON field's value (raw bytes or already decoded) as plain Go values.
func decodeJSON(value any) any {
	raw, err := json.Marshal(value)
	if err != nil {
		return value
	}
	var decoded any
	if err := json.Unmarshal(raw, &decoded); err != nil {
		return value
	}
	return decoded
}
