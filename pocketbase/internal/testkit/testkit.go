// Package testkit is what the Go tests of several packages share: the app's
// routes as a plain http.Handler (as `serve` builds them, without a server),
// one JSON request helper, and a runner for ApiScenarios whose bodies need
// values from a freshly set-up app. Only tests import it, so none of it
// reaches the binary.
package testkit

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// Routes builds the handler of every route the app's OnServe hooks register.
// OnServe may run once per app, so call it once and keep the handler.
func Routes(t testing.TB, app *tests.TestApp) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	if err := app.OnServe().Trigger(&core.ServeEvent{App: app, Router: router}, func(*core.ServeEvent) error { return nil }); err != nil {
		t.Fatal(err)
	}
	handler, err := router.BuildMux()
	if err != nil {
		t.Fatal(err)
	}
	return handler
}

// RunFilled runs ApiScenarios sent as method to url whose bodies hold
// {placeholders}: each gets a fresh app from newApp, with the values to put in
// for that app (codes, signed ids, proofs that exist only once it is set up).
func RunFilled(t *testing.T, method, url string, scenarios []tests.ApiScenario, newApp func(t testing.TB) (*tests.TestApp, *strings.Replacer)) {
	for _, s := range scenarios {
		scenario := s
		raw := []byte{}
		if scenario.Body != nil {
			raw, _ = io.ReadAll(scenario.Body)
		}
		scenario.Method, scenario.URL = method, url
		scenario.TestAppFactory = func(t testing.TB) *tests.TestApp {
			app, values := newApp(t)
			scenario.Body = strings.NewReader(values.Replace(string(raw)))
			return app
		}
		scenario.Test(t)
	}
}

// Do sends body as JSON (nil: no body) with the headers and returns the
// status and the decoded JSON reply (nil if it was not a JSON object).
func Do(t testing.TB, handler http.Handler, method, url string, headers map[string]string, body any) (int, map[string]any) {
	t.Helper()
	var payload []byte
	if body != nil {
		payload, _ = json.Marshal(body)
	}
	req := httptest.NewRequest(method, url, bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	for name, value := range headers {
		req.Header.Set(name, value)
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	var reply map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &reply)
	return rec.Code, reply
}
