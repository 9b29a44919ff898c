package site

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

func TestGzip(t *testing.T) {
	acceptGzip := map[string]string{"Accept-Encoding": "gzip, deflate"}

	scenarios := []tests.ApiScenario{
		{
			Name:               "HTML page is gzipped",
			Method:             http.MethodGet,
			URL:                "/",
			Headers:            acceptGzip,
			ExpectedStatus:     http.StatusOK,
			NotExpectedContent: []string{"<html", "fixture"},
			AfterTestFunc:      expectGzip("首页 fixture"),
		},
		{
			Name:               "CSS is gzipped",
			Method:             http.MethodGet,
			URL:                "/style.css",
			Headers:            acceptGzip,
			ExpectedStatus:     http.StatusOK,
			NotExpectedContent: []string{"fixture"},
			AfterTestFunc:      expectGzip("style fixture"),
		},
		{
			Name:               "JS is gzipped",
			Method:             http.MethodGet,
			URL:                "/_astro/x.abc123.js",
			Headers:            acceptGzip,
			ExpectedStatus:     http.StatusOK,
			NotExpectedContent: []string{"fixture"},
			AfterTestFunc:      expectGzip("hashed asset fixture"),
		},
		{
			Name:               "404 page is gzipped",
			Method:             http.MethodGet,
			URL:                "/nope",
			Headers:            acceptGzip,
			ExpectedStatus:     http.StatusNotFound,
			NotExpectedContent: []string{"fixture"},
			AfterTestFunc:      expectGzip("zh-404 fixture"),
		},
		{
			Name:               "API JSON is gzipped",
			Method:             http.MethodGet,
			URL:                "/api/health",
			Headers:            acceptGzip,
			ExpectedStatus:     http.StatusOK,
			NotExpectedContent: []string{`"code"`},
			AfterTestFunc:      expectGzip(`"code":200`),
		},
		{
			Name:            "PNG is sent as is",
			Method:          http.MethodGet,
			URL:             "/pixel.png",
			Headers:         acceptGzip,
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"\x89PNG"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Content-Encoding", ""},
				headerCheck{"Vary", ""},
				headerCheck{"Content-Type", "image/png"},
			),
		},
		{
			Name:            "realtime stream is sent as is",
			Method:          http.MethodGet,
			URL:             "/api/realtime",
			Headers:         acceptGzip,
			Timeout:         100 * time.Millisecond,
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"event:PB_CONNECT"},
			AfterTestFunc:   expectHeaders(headerCheck{"Content-Encoding", ""}),
		},
		{
			Name:            "no gzip unless the client accepts it",
			Method:          http.MethodGet,
			URL:             "/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"首页 fixture"},
			AfterTestFunc: expectHeaders(
				headerCheck{"Content-Encoding", ""},
				headerCheck{"Vary", "Accept-Encoding"},
			),
		},
	}

	for _, scenario := range scenarios {
		scenario.TestAppFactory = siteApp(fixtureSite)
		scenario.Test(t)
	}
}

func TestCompressible(t *testing.T) {
	cases := []struct {
		url  string
		want bool
	}{
		{url: "/api/health", want: true},
		{url: "/api/collections/pledges/records", want: true},
		{url: "/api/realtime", want: false},
		{url: "/api/files/pledges/abc/certificate.png", want: false},
		{url: "/api/backups/pb_backup.zip", want: false},
		{url: "/_/", want: false},
		// site files: the static handler sends them in the build's codings
		{url: "/", want: false},
		{url: "/_astro/page.A1b2.css", want: false},
		{url: "/photo.avif", want: false},
	}
	for _, c := range cases {
		r := httptest.NewRequest(http.MethodGet, c.url, nil)
		if got := compressible(r); got != c.want {
			t.Errorf("compressible(%s) = %v, want %v", c.url, got, c.want)
		}
	}
}
