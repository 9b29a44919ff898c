package migrations

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

func newTestApp(t *testing.T) *tests.TestApp {
	t.Helper()
	app, err := tests.NewTestApp() // applies our migrations too
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	return app
}

func TestSettingsMigration(t *testing.T) {
	app := newTestApp(t)

	// the test app zeroes Logs.MaxDays in memory; read what was stored
	if err := app.ReloadSettings(); err != nil {
		t.Fatal(err)
	}
	settings := app.Settings()

	if settings.Meta.AppName != "Jindu 禁毒" {
		t.Errorf("AppName = %q", settings.Meta.AppName)
	}
	if !settings.RateLimits.Enabled {
		t.Error("rate limiter is off")
	}
	if !slices.Equal(settings.RateLimits.Rules, schoolRateLimits) {
		t.Errorf("rate limit rules = %+v, want %+v", settings.RateLimits.Rules, schoolRateLimits)
	}
	if settings.Logs.LogIP || settings.Logs.LogAuthId || settings.Logs.MaxDays != 7 {
		t.Errorf("logs = %+v, want no IP, no auth id, 7 days", settings.Logs)
	}
}

// revertThrough undoes app migrations, newest first, up to and including the
// one whose file name ends with suffix.
func revertThrough(t *testing.T, app core.App, suffix string) {
	t.Helper()
	runner := core.NewMigrationsRunner(app, core.AppMigrations)
	for range core.AppMigrations.Items() {
		reverted, err := runner.Down(1)
		if err != nil {
			t.Fatal(err)
		}
		if len(reverted) == 1 && strings.HasSuffix(reverted[0], suffix) {
			return
		}
	}
	t.Fatalf("no migration ending in %s was reverted", suffix)
}

func TestSettingsMigrationDown(t *testing.T) {
	app := newTestApp(t)
	revertThrough(t, app, "_settings.go")

	settings := app.Settings()
	if settings.Meta.AppName != "Acme" || settings.RateLimits.Enabled ||
		!slices.Equal(settings.RateLimits.Rules, pocketBaseRateLimits) ||
		!settings.Logs.LogIP || settings.Logs.LogAuthId || settings.Logs.MaxDays != 5 {
		t.Errorf("PocketBase defaults not restored: %s", settings)
	}
}

// TestRateLimitsForSharedSchoolIP plays a classroom behind one NAT address:
// the limiter is on, yet 50 pupils submitting at the same moment all get in.
func TestRateLimitsForSharedSchoolIP(t *testing.T) {
	app := newTestApp(t)

	pledges := core.NewBaseCollection("pledges_probe")
	pledges.CreateRule = types.Pointer("")
	pledges.Fields.Add(&core.TextField{Name: "name"})
	if err := app.Save(pledges); err != nil {
		t.Fatal(err)
	}

	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	mux, err := router.BuildMux()
	if err != nil {
		t.Fatal(err)
	}

	// every httptest request comes from the same address, 192.0.2.1
	send := func(method, url, body string) int {
		req := httptest.NewRequest(method, url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		return rec.Code
	}

	t.Run("a class of 50 creating at once", func(t *testing.T) {
		const class = 50
		codes := make([]int, class)
		var wg sync.WaitGroup
		for i := range class {
			wg.Go(func() {
				codes[i] = send(http.MethodPost, "/api/collections/pledges_probe/records", `{"name":"pupil"}`)
			})
		}
		wg.Wait()

		for i, code := range codes {
			if code != http.StatusOK {
				t.Errorf("pupil %d got %d", i, code)
			}
		}
	})

	t.Run("password guessing is cut off after the auth limit", func(t *testing.T) {
		limit := schoolRateLimits[0]
		if limit.Label != "*:auth" {
			t.Fatalf("first rule is %q, want *:auth", limit.Label)
		}

		// sent together: a failed login is deliberately slow, and one by one
		// they would outlast the window
		const extra = 5
		codes := make([]int, limit.MaxRequests+extra)
		var wg sync.WaitGroup
		for i := range codes {
			wg.Go(func() {
				codes[i] = send(http.MethodPost, "/api/collections/_superusers/auth-with-password",
					`{"identity":"nobody@example.com","password":"wrong-password"}`)
			})
		}
		wg.Wait()

		counts := map[int]int{}
		for _, code := range codes {
			counts[code]++
		}
		want := map[int]int{http.StatusBadRequest: limit.MaxRequests, http.StatusTooManyRequests: extra}
		if !maps.Equal(counts, want) {
			t.Errorf("status counts = %v, want %v", counts, want)
		}
	})
}
