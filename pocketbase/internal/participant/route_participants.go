package participant

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
)

// Register adds the participant routes under /api/jindu/participants.
func Register(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		group := se.Router.Group("/api/jindu/participants")
		group.Bind(problem.Middleware(), apis.BodyLimit(bodyLimit), apis.SkipSuccessActivityLog())
		group.POST("", handleCreate)
		group.GET("/me", handleMe).Bind(Require())
		group.PATCH("/me", handleRename).Bind(Require())
		return se.Next()
	})
}

// bodyLimit is far above any participant request (a nickname, an answer).
const bodyLimit = 16 << 10

// view is what a participant sees of themselves.
type view struct {
	ID       string `json:"id"`
	Nickname string `json:"nickname"`
	Token    string `json:"token,omitempty"`
}

type nicknameInput struct {
	Nickname string `json:"nickname"`
	// Locale picks the language of a generated nickname: "zh-cn" or "en".
	Locale string `json:"locale"`
}

// handleCreate makes an anonymous participant, with the given nickname or a
// generated one, and returns its token. The PocketBase rate limiter (per IP,
// sized for schools) bounds how fast one address can create them.
func handleCreate(e *core.RequestEvent) error {
	var input nicknameInput
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	nickname := GenerateNickname(input.Locale)
	if input.Nickname != "" {
		clean, bad := CleanNickname(input.Nickname)
		if bad != nil {
			return problem.BadInput(bad.Code, bad.Message)
		}
		nickname = clean
	}
	record, token, err := New(e.App, nickname)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusCreated, view{ID: record.Id, Nickname: nickname, Token: token})
}

// handleMe returns the participant's id and nickname.
func handleMe(e *core.RequestEvent) error {
	record, err := e.App.FindRecordById("participants", ID(e))
	if err != nil {
		return problem.New(http.StatusUnauthorized, "participant_required", "This participant no longer exists; start again.")
	}
	return e.JSON(http.StatusOK, view{ID: record.Id, Nickname: record.GetString("nickname")})
}

// handleRename changes the participant's nickname.
func handleRename(e *core.RequestEvent) error {
	var input nicknameInput
	if err := problem.Bind(e, &input); err != nil {
		return err
	}
	clean, bad := CleanNickname(input.Nickname)
	if bad != nil {
		return problem.BadInput(bad.Code, bad.Message)
	}
	record, err := e.App.FindRecordById("participants", ID(e))
	if err != nil {
		return problem.New(http.StatusUnauthorized, "participant_required", "This participant no longer exists; start again.")
	}
	record.Set("nickname", clean)
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, view{ID: record.Id, Nickname: clean})
}
