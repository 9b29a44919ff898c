package site

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestSecurityHeaders(t *testing.T) {
	everywhere := func(extra ...headerCheck) func(testing.TB, *tests.TestApp, *http.Response) {
		checks := make([]headerCheck, 0, len(securityHeaders)+len(extra))
		for _, h := range securityHeaders {
			checks = append(checks, headerCheck{h[0], h[1]})
		}
		return expectHeaders(append(checks, extra...)...)
	}

	scenarios := []tests.ApiScenario{
		{
			Name:            "API response, without a page policy",
			Method:          http.MethodGet,
			URL:             "/api/health",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{`"code":200`},
			AfterTestFunc:   everywhere(headerCheck{"Content-Security-Policy", ""}),
		},
		{
			Name:            "API error",
			Method:          http.MethodPost,
			URL:             "/api/nope",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{`"status":404`},
			AfterTestFunc:   everywhere(),
		},
		{
			Name:            "page",
			Method:          http.MethodGet,
			URL:             "/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"首页 fixture"},
			AfterTestFunc:   everywhere(),
		},
		{
			Name:           "redirect",
			Method:         http.MethodGet,
			URL:            "/about",
			ExpectedStatus: http.StatusMovedPermanently,
			AfterTestFunc:  everywhere(),
		},
		{
			Name:            "404 page",
			Method:          http.MethodGet,
			URL:             "/nope",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"zh-404 fixture"},
			AfterTestFunc:   everywhere(),
		},
	}

	for _, scenario := range scenarios {
		scenario.TestAppFactory = siteApp(fixtureSite)
		scenario.Test(t)
	}
}

// TestSecurityHeadersOnMuxRedirects serves through the server handler, as
// `serve` does, to reach the redirects Go's ServeMux writes before any route.
func TestSecurityHeadersOnMuxRedirects(t *testing.T) {
	serve := servedSite(t, fixtureSite)

	rec := httptest.NewRecorder()
	serve.Server.Handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/en/../about/", nil))

	if rec.Code != http.StatusTemporaryRedirect || rec.Header().Get("Location") != "/about/" {
		t.Fatalf("got %d to %q, want ServeMux's 307 to /about/", rec.Code, rec.Header().Get("Location"))
	}
	for _, h := range securityHeaders {
		if got := rec.Header().Get(h[0]); got != h[1] {
			t.Errorf("%s: got %q, want %q", h[0], got, h[1])
		}
	}
}
