package proxy

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// bootstrapped returns a test app with Register bound and bootstrapped again,
// as `serve` would do, with header configured ("" for unset).
func bootstrapped(t *testing.T, header string, before func(*tests.TestApp)) (*tests.TestApp, error) {
	t.Helper()

	app, err := tests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)

	if before != nil {
		before(app)
	}
	Register(app, strings.TrimSpace(header))

	return app, app.Bootstrap()
}

func TestTrustedProxyHeader(t *testing.T) {
	t.Run("set: saved as the only trusted header", func(t *testing.T) {
		app, err := bootstrapped(t, " X-Real-IP ", func(app *tests.TestApp) {
			app.Settings().TrustedProxy.Headers = []string{"X-Forwarded-For", "CF-Connecting-IP"}
			if err := app.Save(app.Settings()); err != nil {
				t.Fatal(err)
			}
		})
		if err != nil {
			t.Fatal(err)
		}

		if err := app.ReloadSettings(); err != nil {
			t.Fatal(err)
		}
		if got := app.Settings().TrustedProxy.Headers; !slices.Equal(got, []string{"X-Real-IP"}) {
			t.Errorf("stored headers = %q, want [X-Real-IP]", got)
		}
	})

	t.Run("unset: settings left alone", func(t *testing.T) {
		app, err := bootstrapped(t, "", func(app *tests.TestApp) {
			app.Settings().TrustedProxy.Headers = []string{"X-Forwarded-For"}
			if err := app.Save(app.Settings()); err != nil {
				t.Fatal(err)
			}
		})
		if err != nil {
			t.Fatal(err)
		}

		if got := app.Settings().TrustedProxy.Headers; !slices.Equal(got, []string{"X-Forwarded-For"}) {
			t.Errorf("headers = %q, want the dashboard's [X-Forwarded-For]", got)
		}
	})

	t.Run("invalid header name: bootstrap fails", func(t *testing.T) {
		if _, err := bootstrapped(t, "X Forwarded: For", nil); err == nil {
			t.Error("want an error for an invalid header name")
		}
	})
}
