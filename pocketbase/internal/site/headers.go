package site

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// securityHeaders are sent on every response, API and dashboard included.
// The Permissions-Policy keeps only what the site uses: the accelerometer and
// gyroscope that orientation events need (a phone looking round the VR scenes),
// fullscreen and WebXR for the 3D viewers and the VR experience. Web Share is
// left out: its default allowlist is already the site itself, and Chromium
// builds without it log "Unrecognized feature: 'web-share'" on every page.
var securityHeaders = [][2]string{
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
	{"Permissions-Policy", "accelerometer=(self), camera=(), geolocation=(), gyroscope=(self), " +
		"magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self), " +
		"xr-spatial-tracking=(self)"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

func setSecurityHeaders(header http.Header) {
	for _, h := range securityHeaders {
		header.Set(h[0], h[1])
	}
}

// withSecurityHeaders sets securityHeaders before any other middleware runs,
// so that redirects, rate-limit refusals and errors carry them too.
func withSecurityHeaders() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id:       "jinduSecurityHeaders",
		Priority: apis.DefaultWWWRedirectMiddlewarePriority - 1,
		Func: func(e *core.RequestEvent) error {
			setSecurityHeaders(e.Response.Header())
			return e.Next()
		},
	}
}

// secureServerHandler sets securityHeaders ahead of the router, for the
// responses Go's ServeMux writes itself before any route or middleware runs
// (the redirects that clean paths like //x or /a/../b).
func secureServerHandler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w.Header())
		next.ServeHTTP(w, r)
	})
}
