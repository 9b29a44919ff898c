package site

import "mime"

// contentTypes fills gaps in Go's built-in MIME table, which otherwise leaves
// these to the host's /etc/mime.types: with nosniff, a file sent with a wrong
// or missing type may be refused by the browser.
var contentTypes = map[string]string{
	".webmanifest": "application/manifest+json",
	".map":         "application/json",
	".txt":         "text/plain; charset=utf-8",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".ico":         "image/x-icon",
	".glb":         "model/gltf-binary",
	".gltf":        "model/gltf+json",
}

func registerContentTypes() {
	for ext, contentType := range contentTypes {
		// the values are constants known to parse
		_ = mime.AddExtensionType(ext, contentType)
	}
}
