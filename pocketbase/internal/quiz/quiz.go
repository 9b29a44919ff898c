// Package quiz is the quiz engine's server: question banks synced from git,
// attempts whose timing, order and scoring are decided here on the server's
// clock, leaderboards, daily challenges and contests with a prize draw.
// Routes live under /api/jindu/; every collection they use is closed to the
// records API, so the answer keys never leave this package.
package quiz

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/participant"
	"jindu/internal/problem"
	"jindu/internal/writes"
)

// bodyLimit is far above any quiz request (an answer is a few dozen bytes).
const bodyLimit = 16 << 10

// engine holds what the routes share.
type engine struct {
	bank        bankCache
	definitions definitionCache
	boards      boardCache
	attempts    attemptCache
	writes      writes.Batcher
	gate        AssignmentGate
}

// Register adds the quiz routes, the prize-draw hook and the job that clears
// contest fraud-review data once its review period is over; gate admits
// starts for class assignments (nil: none are admitted).
func Register(app core.App, gate AssignmentGate) {
	h := &engine{gate: gate}
	h.definitions.forgetOnChange(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		api := se.Router.Group("/api/jindu")
		// answers are many and say nothing the server needs to keep (and most
		// players are minors): only failures reach the request log
		api.Bind(problem.Middleware(), apis.BodyLimit(bodyLimit), apis.SkipSuccessActivityLog())
		api.POST("/quizzes/{slug}/attempts", h.handleStart).Bind(participant.Require())
		api.GET("/quizzes/{slug}/me", h.handleStatus).Bind(participant.Require())
		api.GET("/quizzes/{slug}/leaderboard", h.handleLeaderboard)
		api.GET("/attempts/{id}", h.handleView).Bind(participant.Require())
		api.POST("/attempts/{id}/answers", h.handleAnswer).Bind(participant.Require())
		api.POST("/attempts/{id}/next", h.handleNext).Bind(participant.Require(), problem.NoBody())
		api.POST("/attempts/{id}/finish", h.handleFinish).Bind(participant.Require(), problem.NoBody())
		return se.Next()
	})
	registerPrizeDraws(app)
	registerFraudPurge(app)
}

// LoadDefinition reads a live quiz definition by slug; a missing or retired
// one is a quiz_not_found problem.
func LoadDefinition(app core.App, slug string) (*Definition, error) {
	record, err := app.FindFirstRecordByData("quizzes", "slug", slug)
	if err != nil || record.GetBool("retired") {
		return nil, problem.NotFound("quiz_not_found", "There is no such quiz.")
	}
	return parseDefinition([]byte(record.GetString("definition")))
}

// errNoSuchAttempt answers for a missing attempt and for another
// participant's alike (not "forbidden"), so ids cannot be probed.
var errNoSuchAttempt = problem.NotFound("attempt_not_found", "There is no such attempt.")

// ownAttempt loads an attempt of the requesting participant from the database.
func ownAttempt(app core.App, e *core.RequestEvent) (*attempt, error) {
	a, err := loadAttempt(app, e.Request.PathValue("id"))
	if err != nil || !ownedBy(a, e) {
		return nil, errNoSuchAttempt
	}
	return a, nil
}

// ownedBy reports whether the attempt belongs to the requesting participant.
func ownedBy(a *attempt, e *core.RequestEvent) bool {
	return a.participant() == participant.ID(e)
}

// localeOf reads the ?locale= query parameter.
func localeOf(e *core.RequestEvent) string {
	return pickLocale(e.Request.URL.Query().Get("locale"))
}
