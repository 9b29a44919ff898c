// Package pledge is the e-pledge (电子承诺书): signing with a proof of work,
// a live count, the verification of certificates and withdrawal. It stores
// the least that serves: a masked name (the browser sends only the first
// character; the full name never leaves it), region, age band, school for
// 14+ only, and keyed hashes for withdrawal and de-duplication. Under-14
// signers leave no name, region or school at all (PIPL Art. 28/31).
package pledge

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/ratelimit"
	"jindu/internal/writes"
)

// Age bands a signer chooses first.
const (
	bandUnder14 = "under14"
	band14to17  = "14to17"
	bandAdult   = "18plus"
)

// dedupeWindow is how long the same browser and name get their first
// certificate back instead of a new pledge; the hash is then emptied.
const dedupeWindow = 24 * time.Hour

// Soft limits, sized for a school signing together behind one address: a
// device (one browser) may sign a few times an hour (a family on one phone);
// an address, a whole school's worth in a few minutes. Only requests that
// carry a valid, unspent proof of work count, so unsolved requests cannot use
// up a school's allowance; and a device is a token that costs a proof of work
// to get, so a script cannot renew its allowance for free.
const (
	perDevice       = 20
	perDeviceWindow = time.Hour
	perAddress      = 1200
	perAddressWin   = 10 * time.Minute
)

// service holds what the pledge routes share.
type service struct {
	writes    writes.Batcher
	devices   *ratelimit.Limiter
	addresses *ratelimit.Limiter
	// newDevices counts device tokens issued per address
	newDevices *ratelimit.Limiter
	// proofs in use by a request under way, by signature: a proof is counted
	// against the limits once, however many copies of it arrive together
	inFlight sync.Map
	stats    statsCache
	changed  atomic.Bool
	powMax   int
}

// Register adds the pledge routes under /api/jindu/pledges, the live-count
// broadcast and the hourly clean-up. powMax sets the proof of work's
// difficulty (config.Config.PowMaxNumber): about powMax/2 hashes per pledge.
func Register(app core.App, powMax int) *Booths {
	s := &service{
		devices:    ratelimit.New(perDevice, perDeviceWindow),
		addresses:  ratelimit.New(perAddress, perAddressWin),
		newDevices: ratelimit.New(perAddress, perAddressWin),
		powMax:     powMax,
	}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		api := se.Router.Group("/api/jindu/pledges")
		api.Bind(problem.Middleware(), apis.BodyLimit(8<<10), apis.SkipSuccessActivityLog())
		api.GET("/challenge", s.handleChallenge)
		api.POST("/devices", s.handleDevice)
		api.POST("", s.handleSign)
		api.GET("/stats", s.handleStats)
		api.GET("/verify", s.handleVerify)
		api.POST("/withdraw", s.handleWithdraw)
		api.GET("/export.csv", s.handleExport).Bind(apis.RequireSuperuserAuth())
		stop, stopped := make(chan struct{}), make(chan struct{})
		go s.broadcastCounts(se.App, stop, stopped)
		se.App.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
			close(stop)
			<-stopped // before the database closes
			return e.Next()
		})
		return se.Next()
	})
	app.Cron().MustAdd("jinduPledgeCleanup", "23 * * * *", func() {
		if err := cleanUp(app, time.Now()); err != nil {
			app.Logger().Error("pledge clean-up failed", "error", err)
		}
	})
	return &Booths{s: s}
}

// cleanUp empties de-duplication hashes older than dedupeWindow and forgets
// spent proofs of work that have expired anyway.
func cleanUp(app core.App, now time.Time) error {
	cutoff := now.Add(-dedupeWindow).UTC().Format("2006-01-02 15:04:05.000Z")
	if _, err := app.DB().Update("pledges", dbx.Params{"dedupe_hash": ""},
		dbx.And(dbx.NewExp("dedupe_hash != ''"), dbx.NewExp("created < {:cutoff}", dbx.Params{"cutoff": cutoff}))).Execute(); err != nil {
		return err
	}
	_, err := app.DB().Delete("spent_challenges", dbx.NewExp("expires_ms < {:now}", dbx.Params{"now": now.UnixMilli()})).Execute()
	return err
}

// bump adds delta to a running count, creating it at delta, and returns it.
func bump(tx core.App, key string, delta int) (int, error) {
	var count int
	err := tx.DB().NewQuery(`
		INSERT INTO pledge_counts (id, key, count) VALUES ({:id}, {:key}, {:delta})
		ON CONFLICT (key) DO UPDATE SET count = count + {:delta}
		RETURNING count`).
		Bind(dbx.Params{"id": core.GenerateDefaultRandomId(), "key": key, "delta": delta}).
		Row(&count)
	return count, err
}
