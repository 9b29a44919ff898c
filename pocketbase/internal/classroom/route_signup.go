package classroom

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// answerAsCreated answers a sign-up whose email already has an account
// exactly as a new sign-up is answered, without creating anything: the same
// checks and refusals, the same password hashing (so the time taken says
// nothing either) and a record of the same shape. Otherwise the sign-up form
// would tell anyone which addresses have a teacher account. The owner of the
// address signs in, or resets their password, as before.
func answerAsCreated(e *core.RecordRequestEvent) error {
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	password, _ := info.Body["password"].(string)
	confirm, _ := info.Body["passwordConfirm"].(string)
	if err := signUpPasswordErrors(password, confirm); err != nil {
		return e.BadRequestError("Failed to create record", err)
	}
	if err := withoutTakenEmail(e.App.Validate(e.Record)); err != nil {
		return e.BadRequestError("Failed to create record", err)
	}
	e.Record.Id = core.GenerateDefaultRandomId()
	e.Record.SetPassword(password)
	e.Record.SetRaw("created", types.NowDateTime())
	if err := apis.EnrichRecord(e.RequestEvent, e.Record); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, e.Record)
}

// signUpPasswordErrors are the sign-up form's own checks (PocketBase's
// RecordUpsert): a password, confirmed.
func signUpPasswordErrors(password, confirm string) error {
	return validation.Validate(map[string]any{"password": password, "passwordConfirm": confirm},
		validation.Map(
			validation.Key("password", validation.Required),
			validation.Key("passwordConfirm", validation.Required, validation.In(password).
				ErrorObject(validation.NewError("validation_values_mismatch", "Values don't match."))),
		))
}

// withoutTakenEmail drops the "email already in use" refusal from a record's
// validation errors, keeping every other.
func withoutTakenEmail(err error) error {
	var fields validation.Errors
	if !errors.As(err, &fields) {
		return err
	}
	var code interface{ Code() string }
	if errors.As(fields["email"], &code) && code.Code() == "validation_not_unique" {
		delete(fields, "email")
	}
	if len(fields) == 0 {
		return nil
	}
	return fields
}
