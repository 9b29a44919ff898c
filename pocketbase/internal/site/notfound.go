package site

import (
	"io/fs"
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// notFound answers 404 with the site's own page, in the visitor's language
// (Astro builds 404.html for zh-CN and en/404.html for English), in the
// coding the visitor accepts: the page's codings are made once and kept, like
// every other page's.
func (s *siteFiles) notFound(e *core.RequestEvent) error {
	header := e.Response.Header()
	header.Set("Cache-Control", cacheRevalidate)

	name := notFoundPage(e.Request.URL.Path)
	info, err := fs.Stat(s.files, name)
	var page *encodedFile
	if err == nil {
		page, err = s.encoded.forFile(name, info)
	}
	if err != nil {
		return e.String(http.StatusNotFound, "404 page not found")
	}

	header.Set("Content-Security-Policy", s.policies.forPage(name, info))
	body := negotiate(e.Request, header, page)
	header.Del("ETag") // the 404 answers many URLs; a validator would mean nothing
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Set("Content-Length", body.length)
	return writeResponse(e.Response, e.Request, http.StatusNotFound, body.data)
}

// notFoundPage picks the 404 page for a URL path by its locale prefix.
func notFoundPage(urlPath string) string {
	if under(urlPath, "/en") {
		return "en/404.html"
	}
	return "404.html"
}
