package site

import (
	"io/fs"
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// notFound answers 404 with the site's own page, in the visitor's language
// (Astro builds 404.html for zh-CN and en/404.html for English).
func (s *siteFiles) notFound(e *core.RequestEvent) error {
	header := e.Response.Header()
	header.Set("Cache-Control", cacheRevalidate)

	name := notFoundPage(e.Request.URL.Path)
	info, err := fs.Stat(s.files, name)
	var page []byte
	if err == nil {
		page, err = fs.ReadFile(s.files, name)
	}
	if err != nil {
		return e.String(http.StatusNotFound, "404 page not found")
	}

	header.Set("Content-Security-Policy", s.policies.forPage(name, info))

	return e.HTML(http.StatusNotFound, string(page))
}

// notFoundPage picks the 404 page for a URL path by its locale prefix.
func notFoundPage(urlPath string) string {
	if under(urlPath, "/en") {
		return "en/404.html"
	}
	return "404.html"
}
