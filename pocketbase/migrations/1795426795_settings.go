package migrations

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// schoolRateLimits are sized for schools, where a whole class or school sits
// behind one NAT address and so shares one bucket per rule (the limiter keys on
// the client IP). Per-participant limits belong in our own routes.
//   - *:auth 20 per 10 s: password logins are for teachers and organisers only
//     (students are anonymous); enough for a staff room signing in together,
//     yet a brute-force guard (≈2 guesses/s per IP) that also caps bcrypt CPU.
//   - *:create 600 per 10 s: a class of 50 submitting at the same second uses
//     under a tenth of it; a 1,000-pupil assembly signing the pledge within a
//     minute still passes, while one address cannot flood the single writer.
//   - /api/batch 60 per 1 s: kiosks flush offline queues in small batches when
//     the network returns; several kiosks on one venue network may do so at once.
//   - /api/ 3000 per 10 s: everything else (quiz reads, realtime subscribe,
//     health); a school of 1,000 at ~3 calls each on page load fits in a window.
var schoolRateLimits = []core.RateLimitRule{
	{Label: "*:auth", MaxRequests: 20, Duration: 10},
	{Label: "*:create", MaxRequests: 600, Duration: 10},
	{Label: "/api/batch", MaxRequests: 60, Duration: 1},
	{Label: "/api/", MaxRequests: 3000, Duration: 10},
}

// pocketBaseRateLimits mirror the v0.39.11 defaults (core/settings_model.go),
// restored by the down migration.
var pocketBaseRateLimits = []core.RateLimitRule{
	{Label: "*:auth", MaxRequests: 2, Duration: 3},
	{Label: "*:create", MaxRequests: 20, Duration: 5},
	{Label: "/api/batch", MaxRequests: 3, Duration: 1},
	{Label: "/api/", MaxRequests: 300, Duration: 10},
}

// requestSettings are the settings this migration owns: the app's name, the
// rate limits and what the request log keeps.
type requestSettings struct {
	appName     string
	rateLimited bool
	rateLimits  []core.RateLimitRule
	logIP       bool
	logDays     int
}

// jinduSettings: visitors are mostly minors, so the request log keeps no IPs
// or account ids, and keeps itself only a week.
var jinduSettings = requestSettings{
	appName:     "Jindu 禁毒",
	rateLimited: true,
	rateLimits:  schoolRateLimits,
	logIP:       false,
	logDays:     7,
}

// pocketBaseSettings are PocketBase's defaults, restored going down.
var pocketBaseSettings = requestSettings{
	appName:     "Acme",
	rateLimited: false,
	rateLimits:  pocketBaseRateLimits,
	logIP:       true,
	logDays:     5,
}

// save applies the settings to a copy of the app's and saves it.
func (s requestSettings) save(app core.App) error {
	settings, err := app.Settings().Clone()
	if err != nil {
		return err
	}
	settings.Meta.AppName = s.appName
	settings.RateLimits.Enabled = s.rateLimited
	settings.RateLimits.Rules = slices.Clone(s.rateLimits)
	settings.Logs.LogIP = s.logIP
	settings.Logs.LogAuthId = false
	settings.Logs.MaxDays = s.logDays
	return app.Save(settings)
}

func init() {
	m.Register(jinduSettings.save, pocketBaseSettings.save)
}
