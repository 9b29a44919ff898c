package site

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

const indexPage = "index.html"

// siteFiles serves the files of one built site.
type siteFiles struct {
	files    fs.FS
	policies *policyCache
	encoded  *encodedFiles
}

func newSiteFiles(files fs.FS) *siteFiles {
	return &siteFiles{files: files, policies: newPolicyCache(files), encoded: newEncodedFiles(files)}
}

// serve answers GET and HEAD for any path: a file, a directory's index.html,
// a redirect to the canonical URL, or the site's 404 page. There is no SPA
// fallback: every page exists as a file.
func (s *siteFiles) serve(e *core.RequestEvent) error {
	urlPath := e.Request.URL.Path
	if under(urlPath, "/api") {
		// API clients expect PocketBase's JSON error, not an HTML page
		return e.NotFoundError("", nil)
	}

	name := fileName(e.Request.PathValue("path"))
	if isPrecompressed(name) {
		return s.notFound(e) // the build's .br/.gz files are sent only as a coding of their page
	}
	if strings.HasSuffix(urlPath, "/") {
		// a folder's URL: only its index.html answers it, never a file of the
		// folder's name; found with one stat, as pages are most of the traffic
		name = path.Join(name, indexPage)
		info, err := fs.Stat(s.files, name)
		if err != nil || info.IsDir() {
			return s.notFound(e)
		}
		return s.serveFile(e, name, info)
	}

	info, err := fs.Stat(s.files, name)
	switch {
	case err != nil:
		return s.notFound(e)
	case info.IsDir():
		return redirect(e, urlPath+"/")
	case path.Base(urlPath) == indexPage:
		return redirect(e, strings.TrimSuffix(urlPath, indexPage))
	}
	return s.serveFile(e, name, info)
}

// serveFile sends one file. Text files are in memory, in each coding: a plain
// GET gets its bytes in one write (sendWhole); conditional and range requests,
// and every other file, go through http.ServeContent, which handles HEAD,
// Last-Modified/If-Modified-Since and ETag/If-None-Match (304), and ranges.
func (s *siteFiles) serveFile(e *core.RequestEvent, name string, info fs.FileInfo) error {
	header := e.Response.Header()
	header.Set("Cache-Control", cacheControl(e.Request.URL.Path))
	if isHTML(name) {
		header.Set("Content-Security-Policy", s.policies.forPage(name, info))
	}

	if isText(name) {
		encoded, err := s.encoded.forFile(name, info)
		if err != nil {
			return s.notFound(e)
		}
		body := negotiate(e.Request, header, encoded)
		if isPlainGet(e.Request) {
			return sendWhole(e.Response, e.Request, encoded, body)
		}
		http.ServeContent(e.Response, e.Request, info.Name(), info.ModTime(), bytes.NewReader(body.data))
		return nil
	}

	file, err := s.files.Open(name)
	if err != nil {
		return s.notFound(e)
	}
	defer file.Close()

	content, ok := file.(io.ReadSeeker)
	if !ok {
		return e.InternalServerError("", errors.New("site file "+name+" is not seekable"))
	}

	http.ServeContent(e.Response, e.Request, info.Name(), info.ModTime(), content)

	return nil
}

// fileName turns the route's wildcard into an fs.FS name: cleaned, relative,
// and unable to climb above the site root.
func fileName(wildcard string) string {
	name := strings.TrimPrefix(path.Clean("/"+wildcard), "/")
	if name == "" {
		return "."
	}
	return name
}

// redirect sends a permanent redirect to a path on this site, keeping the query.
func redirect(e *core.RequestEvent, target string) error {
	location := url.URL{Path: sameSitePath(target), RawQuery: e.Request.URL.RawQuery}
	return e.Redirect(http.StatusMovedPermanently, location.String())
}

// sameSitePath collapses leading slashes and backslashes into one slash, so a
// path like //evil.com/ can never become a protocol-relative redirect off-site.
func sameSitePath(p string) string {
	return "/" + strings.TrimLeft(p, `/\`)
}

// under reports whether urlPath is prefix itself or lies below it.
func under(urlPath, prefix string) bool {
	return urlPath == prefix || strings.HasPrefix(urlPath, prefix+"/")
}

// isPrecompressed reports whether name is one of the build's compressed copies.
func isPrecompressed(name string) bool {
	for _, suffix := range precompressedSuffixes {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}
