// Package site serves the static site that Astro builds into dist/: pages and
// assets with cache and security headers, the site's own 404 pages, text in
// the brotli/gzip copies the build wrote beside it, and gzip for API JSON.
package site

import (
	"os"
	"path/filepath"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Register serves the site built into publicDir on every GET/HEAD path that no
// other route claims, adds the security headers to every response and gzip to
// API JSON, and lets the API answer browsers only from the site's own origin
// and the allowed ones (config: JINDU_SITE_URL, JINDU_CORS_ORIGINS).
func Register(app core.App, publicDir string, allowedOrigins []string) {
	registerContentTypes()

	builtSite := newSiteFiles(os.DirFS(publicDir))

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if _, err := os.Stat(filepath.Join(publicDir, indexPage)); err != nil {
			se.App.Logger().Warn("No built site found; every page will be a 404", "publicDir", publicDir)
		}

		se.Router.Bind(withSecurityHeaders(), apiCompression())

		// page views stay out of the request log: they are many and say nothing
		// the server needs to know (failures are still logged)
		se.Router.GET("/{path...}", builtSite.serve).Bind(apis.SkipSuccessActivityLog())

		// the router's handler exists only once the default serve step has run
		if err := se.Next(); err != nil {
			return err
		}
		if se.Server != nil { // nil when tests trigger OnServe without a server
			se.Server.Handler = secureServerHandler(guardOrigins(allowedOrigins, se.Server.Handler))
			se.Server.ConnContext = rememberConn
		}
		return nil
	})
}
