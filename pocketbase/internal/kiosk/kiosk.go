// Package kiosk is the event booth (宣传展台): kiosks an organiser
// registers and pairs with a one-time code, the configuration and keyed
// question pool a paired kiosk downloads so it can run offline, and the
// batch route its offline queue flushes into, storing each visitor action
// once. A kiosk token is not a PocketBase auth token: it opens only the
// routes under /api/jindu/kiosk and nothing a teacher or superuser can do.
package kiosk

import (
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/pledge"
	"jindu/internal/problem"
	"jindu/internal/quiz"
	"jindu/internal/ratelimit"
)

// Stations a kiosk can offer, in the order of its home screen.
var Stations = []string{"spot", "quiz", "pledge", "vr"}

// Defaults for a new kiosk.
const (
	defaultQuiz        = "kiosk-quick"
	defaultIdleSeconds = 45
	minIdleSeconds     = 20
	maxIdleSeconds     = 600
	pairingLifetime    = 24 * time.Hour
)

// Limits. A kiosk's queue flushes in batches of at most maxBatchItems; a
// booth that was offline all day sends a few dozen batches, so
// batchesPerWindow leaves room for that while a stolen token cannot flood
// the server. Pairing codes are guessed against per address.
const (
	maxBatchItems    = 100
	batchesPerWindow = 20
	batchWindow      = 10 * time.Second
	pairsPerAddress  = 20
	pairWindow       = 10 * time.Minute
)

type service struct {
	library *quiz.Library
	booths  *pledge.Booths
	batches *ratelimit.Limiter
	pairs   *ratelimit.Limiter
}

// Register adds the organiser's routes under /api/jindu/kiosks and the
// kiosk's own under /api/jindu/kiosk. booths stores kiosk pledges in the
// pledge book and its live counts.
func Register(app core.App, booths *pledge.Booths) {
	s := &service{
		library: &quiz.Library{},
		booths:  booths,
		batches: ratelimit.New(batchesPerWindow, batchWindow),
		pairs:   ratelimit.New(pairsPerAddress, pairWindow),
	}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		manage := se.Router.Group("/api/jindu/kiosks")
		manage.Bind(problem.Middleware(), apis.BodyLimit(16<<10))
		manage.GET("", s.handleList).BindFunc(requireManager)
		manage.POST("", s.handleCreate).BindFunc(requireManager)
		manage.POST("/{id}/pairing", s.handleNewPairing).BindFunc(requireManager)
		manage.POST("/{id}/revoke", s.handleRevoke).BindFunc(requireManager)
		manage.POST("/pair", s.handlePair)

		own := se.Router.Group("/api/jindu/kiosk")
		own.Bind(problem.Middleware(), apis.BodyLimit(512<<10), apis.SkipSuccessActivityLog())
		own.GET("", s.handleConfig).BindFunc(requireKiosk)
		own.POST("/batch", s.handleBatch).BindFunc(requireKiosk)
		return se.Next()
	})
}

// mayManageKiosks is the one place that says who may create, pair and
// revoke kiosks: a superuser or a national organiser. A regional organiser
// may not yet: kiosks are not scoped by region, so one office could revoke
// another's booth.
func mayManageKiosks(e *core.RequestEvent) bool {
	if e.HasSuperuserAuth() {
		return true
	}
	return e.Auth != nil && e.Auth.Collection().Name == "organisers" && e.Auth.GetString("region") == ""
}

// errNotManager refuses anyone else, a kiosk token included.
var errNotManager = problem.New(403, "kiosk_forbidden", "Only an organiser can manage kiosks.")

func requireManager(e *core.RequestEvent) error {
	if !mayManageKiosks(e) {
		return errNotManager
	}
	return e.Next()
}
