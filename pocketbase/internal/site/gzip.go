package site

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// apiCompression applies PocketBase's gzip middleware to the API's JSON, which
// is made per request. Site files are not its business: the static handler
// sends them precompressed (variants.go). It runs after PocketBase's guards
// (rate limit, auth, body limit), so refused requests never take a gzip writer.
func apiCompression() *hook.Handler[*core.RequestEvent] {
	gzip := apis.Gzip()

	return &hook.Handler[*core.RequestEvent]{
		Id:       "jinduApiGzip",
		Priority: apis.DefaultBodyLimitMiddlewarePriority + 1,
		Func: func(e *core.RequestEvent) error {
			if !compressible(e.Request) {
				return e.Next()
			}
			return gzip.Func(e)
		},
	}
}

// compressible reports whether the response to r is API JSON that gzip should
// compress.
func compressible(r *http.Request) bool {
	urlPath := r.URL.Path
	switch {
	case under(urlPath, "/api/realtime"):
		return false // server-sent events must reach the client as they are sent
	case under(urlPath, "/api/files"), under(urlPath, "/api/backups"):
		return false // uploads and backup archives: mostly binary, possibly huge
	}
	return under(urlPath, "/api")
}
