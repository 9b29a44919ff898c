package site

import (
	"net/http"
	"path"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// textExtensions are the static files worth compressing; images, fonts,
// models and archives are compressed already and would only cost CPU.
var textExtensions = map[string]bool{
	".html": true, ".htm": true, ".css": true, ".js": true, ".mjs": true,
	".json": true, ".svg": true, ".xml": true, ".txt": true,
	".webmanifest": true, ".map": true,
}

// textCompression applies PocketBase's gzip middleware only where compressible
// reports text. It runs after PocketBase's guards (rate limit, auth, body
// limit), so refused requests never take a gzip writer.
func textCompression() *hook.Handler[*core.RequestEvent] {
	gzip := apis.Gzip()

	return &hook.Handler[*core.RequestEvent]{
		Id:       "jinduTextGzip",
		Priority: apis.DefaultBodyLimitMiddlewarePriority + 1,
		Func: func(e *core.RequestEvent) error {
			if !compressible(e.Request) {
				return e.Next()
			}
			return gzip.Func(e)
		},
	}
}

// compressible reports whether the response to r is text that gzip should
// compress: API JSON, and site files with a text extension or none (pages,
// directory indexes and 404 pages are HTML).
func compressible(r *http.Request) bool {
	if r.Header.Get("Range") != "" {
		return false // the byte ranges http.ServeContent sends refer to the uncompressed file
	}

	urlPath := r.URL.Path
	switch {
	case under(urlPath, "/api/realtime"):
		return false // server-sent events must reach the client as they are sent
	case under(urlPath, "/api/files"), under(urlPath, "/api/backups"):
		return false // uploads and backup archives: mostly binary, possibly huge
	case under(urlPath, "/api"):
		return true
	case under(urlPath, "/_"):
		return false // the dashboard route has its own gzip
	}

	ext := strings.ToLower(path.Ext(urlPath))
	return ext == "" || textExtensions[ext]
}
