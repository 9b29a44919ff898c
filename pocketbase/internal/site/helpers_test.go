package site

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

const fixtureSite = "testdata/dist"

// siteApp returns a test app serving dir, for ApiScenario.TestAppFactory.
func siteApp(dir string) func(t testing.TB) *tests.TestApp {
	return func(t testing.TB) *tests.TestApp {
		app, err := tests.NewTestApp()
		if err != nil {
			t.Fatal(err)
		}
		Register(app, dir, nil)
		return app
	}
}

// servedSite runs the OnServe hooks for a test app serving dir, as `serve`
// does, and returns the event: its Server has the handler and settings
// Register gave it.
func servedSite(t testing.TB, dir string) *core.ServeEvent {
	t.Helper()
	app := siteApp(dir)(t)
	t.Cleanup(app.Cleanup)
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	serve := &core.ServeEvent{App: app, Router: router, Server: &http.Server{}}
	err = app.OnServe().Trigger(serve, func(e *core.ServeEvent) error {
		mux, err := e.Router.BuildMux()
		e.Server.Handler = mux
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return serve
}

// headerCheck is one expectation on a response header: its exact value, or
// absence when want is "".
type headerCheck struct {
	name, want string
}

// expectHeaders checks exact header values (or absence, for want "").
func expectHeaders(checks ...headerCheck) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		t.Helper()
		for _, c := range checks {
			if got := res.Header.Get(c.name); got != c.want {
				t.Errorf("%s: got %q, want %q", c.name, got, c.want)
			}
		}
	}
}

// allOf runs each check on the response in turn.
func allOf(checks ...func(testing.TB, *tests.TestApp, *http.Response)) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, app *tests.TestApp, res *http.Response) {
		t.Helper()
		for _, check := range checks {
			check(t, app, res)
		}
	}
}

// expectGzip checks that the body is gzip and decompresses to contain want.
func expectGzip(want string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		t.Helper()
		if got := res.Header.Get("Content-Encoding"); got != "gzip" {
			t.Fatalf("Content-Encoding: got %q, want gzip", got)
		}
		if vary := res.Header.Values("Vary"); !containsFold(vary, "Accept-Encoding") {
			t.Errorf("Vary: got %q, want Accept-Encoding", vary)
		}
		reader, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(reader)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(body), want) {
			t.Errorf("gunzipped body lacks %q:\n%s", want, body)
		}
	}
}

func containsFold(values []string, want string) bool {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(part), want) {
				return true
			}
		}
	}
	return false
}
