// Package proxy tells PocketBase which request header carries the client IP
// when Jindu runs behind a reverse proxy, so the rate limiter counts visitors
// rather than the proxy.
package proxy

import (
	"fmt"
	"slices"

	"github.com/pocketbase/pocketbase/core"
	"golang.org/x/net/http/httpguts"
)

// Register makes the app trust header (config.Config.TrustedProxyHeader, e.g.
// X-Forwarded-For or X-Real-IP), saving it into the settings on bootstrap
// when it differs; "" means "not behind a proxy" and keeps whatever the
// dashboard has configured.
func Register(app core.App, header string) {
	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		// settings are only loaded once the default bootstrap has run
		if err := e.Next(); err != nil {
			return err
		}
		if header == "" {
			return nil
		}
		return trustHeader(e.App, header)
	})
}

// trustHeader stores header as the only trusted proxy header. The rightmost IP
// in it is used (UseLeftmostIP stays as configured, false by default), because
// that is the one our own proxy appended and a client cannot forge.
func trustHeader(app core.App, header string) error {
	if !httpguts.ValidHeaderFieldName(header) {
		return fmt.Errorf("JINDU_TRUSTED_PROXY_HEADER: %q is not a valid header name", header)
	}

	want := []string{header}
	if slices.Equal(app.Settings().TrustedProxy.Headers, want) {
		return nil
	}

	settings, err := app.Settings().Clone()
	if err != nil {
		return err
	}
	settings.TrustedProxy.Headers = want

	return app.Save(settings)
}
