package site

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// fixtureHomePolicy is index.html's entity-escaped, multi-line meta policy,
// normalised, plus frame-ancestors.
const fixtureHomePolicy = "default-src 'self'; script-src 'self' 'sha256-fixtureScriptHash='; " +
	"style-src 'self' 'sha256-fixtureStyleHash='; img-src 'self' data:; frame-ancestors 'none'"

func TestStaticSite(t *testing.T) {
	scenarios := []tests.ApiScenario{
		{
			Name:            "home page with its meta policy as header",
			Method:          http.MethodGet,
			URL:             "/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"首页 fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Content-Security-Policy", fixtureHomePolicy},
				headerCheck{"Cache-Control", "no-cache"},
				headerCheck{"Content-Type", "text/html; charset=utf-8"},
			),
		},
		{
			Name:            "page without meta policy gets the strict default",
			Method:          http.MethodGet,
			URL:             "/about/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"关于 fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Content-Security-Policy", strictPolicy},
				headerCheck{"Cache-Control", "no-cache"},
			),
		},
		{
			Name:            "english home page",
			Method:          http.MethodGet,
			URL:             "/en/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"Home en fixture"},
			AfterTestFunc: expectHeaders(headerCheck{"Content-Security-Policy",
				"default-src 'self'; script-src 'self' 'sha256-enScriptHash='; frame-ancestors 'none'"}),
		},
		{
			Name:           "HEAD answers like GET without a body",
			Method:         http.MethodHead,
			URL:            "/",
			ExpectedStatus: http.StatusOK,
			AfterTestFunc:  expectHeaders(headerCheck{"Content-Security-Policy", fixtureHomePolicy}),
		},
		{
			Name:            "hashed asset is immutable and has no page policy",
			Method:          http.MethodGet,
			URL:             "/_astro/x.abc123.js",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"hashed asset fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Cache-Control", "public, max-age=31536000, immutable"},
				headerCheck{"Content-Security-Policy", ""},
			),
		},
		{
			Name:            "a search index, named by its content, is immutable too",
			Method:          http.MethodGet,
			URL:             "/search-index/en.0123abcd4567.json",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"search index en"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Cache-Control", "public, max-age=31536000, immutable"},
				headerCheck{"Content-Type", "application/json"},
			),
		},
		{
			Name:            "unhashed file is revalidated",
			Method:          http.MethodGet,
			URL:             "/style.css",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"style fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Cache-Control", "no-cache"},
				headerCheck{"Content-Type", "text/css; charset=utf-8"},
			),
		},
		{
			Name:           "revalidation of an unchanged file is a 304",
			Method:         http.MethodGet,
			URL:            "/style.css",
			Headers:        map[string]string{"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"},
			ExpectedStatus: http.StatusNotModified,
		},
		{
			Name:           "directory without slash redirects to it",
			Method:         http.MethodGet,
			URL:            "/about",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  expectHeaders(headerCheck{"Location", "/about/"}),
		},
		{
			Name:           "directory redirect keeps the query",
			Method:         http.MethodGet,
			URL:            "/about?from=nav",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  expectHeaders(headerCheck{"Location", "/about/?from=nav"}),
		},
		{
			Name:           "index.html redirects to its directory",
			Method:         http.MethodGet,
			URL:            "/about/index.html",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  expectHeaders(headerCheck{"Location", "/about/"}),
		},
		{
			Name:           "root index.html redirects to the root",
			Method:         http.MethodGet,
			URL:            "/index.html",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  expectHeaders(headerCheck{"Location", "/"}),
		},
		{
			// Go's ServeMux cleans the path itself before any route runs
			Name:            "double slash stays on this site",
			Method:          http.MethodGet,
			URL:             "//evil.com/",
			ExpectedStatus:  http.StatusTemporaryRedirect,
			ExpectedContent: []string{`href="/evil.com/"`},
			AfterTestFunc:   expectHeaders(headerCheck{"Location", "/evil.com/"}),
		},
		{
			// the decoded path is //about: a naive redirect to //about/ would
			// send the browser to the host "about"
			Name:           "escaped double slash before a directory stays on this site",
			Method:         http.MethodGet,
			URL:            "/%2Fabout",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  expectHeaders(headerCheck{"Location", "/about/"}),
		},
		{
			Name:            "escaped double slash to a missing path is not found",
			Method:          http.MethodGet,
			URL:             "/%2F%2Fevil.com/",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"zh-404 fixture"},
			AfterTestFunc:   expectHeaders(headerCheck{"Location", ""}),
		},
		{
			Name:            "unknown path gets the zh 404 page",
			Method:          http.MethodGet,
			URL:             "/nope",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"zh-404 fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Cache-Control", "no-cache"},
				headerCheck{"Content-Security-Policy",
					"default-src 'self'; style-src 'self' 'sha256-notFoundStyleHash='; frame-ancestors 'none'"},
			),
		},
		{
			Name:            "unknown english path gets the en 404 page",
			Method:          http.MethodGet,
			URL:             "/en/nope",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"en-404 fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Cache-Control", "no-cache"},
				headerCheck{"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
			),
		},
		{
			Name:               "file with a trailing slash is not found",
			Method:             http.MethodGet,
			URL:                "/style.css/",
			ExpectedStatus:     http.StatusNotFound,
			ExpectedContent:    []string{"zh-404 fixture"},
			NotExpectedContent: []string{"style fixture"},
		},
		{
			Name:               "unknown API path gets PocketBase's JSON 404",
			Method:             http.MethodGet,
			URL:                "/api/nope",
			ExpectedStatus:     http.StatusNotFound,
			ExpectedContent:    []string{`"status":404`, `"data":{}`, `"message":`},
			NotExpectedContent: []string{"fixture"},
			AfterTestFunc:      expectHeaders(headerCheck{"Content-Security-Policy", ""}),
		},
		{
			Name:               "bare /api gets the JSON 404 too",
			Method:             http.MethodGet,
			URL:                "/api",
			ExpectedStatus:     http.StatusNotFound,
			ExpectedContent:    []string{`"status":404`},
			NotExpectedContent: []string{"fixture"},
		},
		{
			Name:            "API still works",
			Method:          http.MethodGet,
			URL:             "/api/health",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{`"code":200`},
		},
	}

	for _, scenario := range scenarios {
		scenario.TestAppFactory = siteApp(fixtureSite)
		scenario.Test(t)
	}
}

func TestStaticSiteWithoutNotFoundPage(t *testing.T) {
	scenario := tests.ApiScenario{
		Name:            "missing 404 page falls back to plain text",
		Method:          http.MethodGet,
		URL:             "/nope",
		ExpectedStatus:  http.StatusNotFound,
		ExpectedContent: []string{"404 page not found"},
		TestAppFactory:  siteApp(t.TempDir()),
		AfterTestFunc: expectHeaders(
			headerCheck{"Content-Type", "text/plain; charset=utf-8"},
			headerCheck{"Cache-Control", "no-cache"},
		),
	}
	scenario.Test(t)
}

func TestFileName(t *testing.T) {
	cases := map[string]string{
		"":                 ".",
		"about/":           "about",
		"../../etc/passwd": "etc/passwd",
		"a/./b/../c.html":  "a/c.html",
	}
	for wildcard, want := range cases {
		if got := fileName(wildcard); got != want {
			t.Errorf("fileName(%q) = %q, want %q", wildcard, got, want)
		}
	}
}

func TestSameSitePath(t *testing.T) {
	cases := map[string]string{
		"/about/":      "/about/",
		"//evil.com/":  "/evil.com/",
		`/\evil.com/`:  "/evil.com/",
		`\\evil.com/`:  "/evil.com/",
		"///evil.com/": "/evil.com/",
	}
	for target, want := range cases {
		if got := sameSitePath(target); got != want {
			t.Errorf("sameSitePath(%q) = %q, want %q", target, got, want)
		}
	}
}
