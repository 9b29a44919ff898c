package site

import (
	"io"
	"io/fs"
	"net/http"
	"os"
	"strconv"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// fixtureFile returns a fixture's bytes, failing the test if it is missing.
func fixtureFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(fixtureSite + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// expectBody checks the exact bytes sent, their Content-Length and encoding.
func expectBody(want []byte, coding string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		t.Helper()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		if string(body) != string(want) {
			t.Errorf("body: got %d bytes %q, want %d bytes", len(body), body, len(want))
		}
		if got := res.Header.Get("Content-Length"); got != strconv.Itoa(len(want)) {
			t.Errorf("Content-Length: got %q, want %d", got, len(want))
		}
		if got := res.Header.Get("Content-Encoding"); got != coding {
			t.Errorf("Content-Encoding: got %q, want %q", got, coding)
		}
		if vary := res.Header.Values("Vary"); !containsFold(vary, "Accept-Encoding") {
			t.Errorf("Vary: got %q, want Accept-Encoding", vary)
		}
	}
}

func TestPrecompressedFiles(t *testing.T) {
	home, err := fs.Stat(os.DirFS(fixtureSite), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	encoded, err := newEncodedFiles(os.DirFS(fixtureSite)).forFile("index.html", home)
	if err != nil {
		t.Fatal(err)
	}
	brTag, gzipTag, plainTag := encoded.byCode[codingBrotli].etag,
		encoded.byCode[codingGzip].etag, encoded.byCode[codingIdentity].etag
	if brTag == gzipTag || brTag == plainTag || gzipTag == plainTag {
		t.Fatalf("ETags must differ per coding: br %s, gzip %s, identity %s", brTag, gzipTag, plainTag)
	}
	lastModified := home.ModTime().UTC().Format(http.TimeFormat)
	chromium := "gzip, deflate, br, zstd"

	scenarios := []tests.ApiScenario{
		{
			Name:            "brotli from the build's .br file, preferred",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Accept-Encoding": chromium},
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{string(fixtureFile(t, "index.html.br"))},
			AfterTestFunc: allOf(
				expectHeaders(
					headerCheck{"ETag", brTag},
					headerCheck{"Last-Modified", lastModified},
					headerCheck{"Content-Type", "text/html; charset=utf-8"},
					headerCheck{"Content-Security-Policy", fixtureHomePolicy},
				),
				expectBody(fixtureFile(t, "index.html.br"), "br"),
			),
		},
		{
			Name:            "gzip from the build's .gz file when the client prefers it",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Accept-Encoding": "br;q=0.5, gzip"},
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{string(fixtureFile(t, "index.html.gz"))},
			AfterTestFunc: allOf(
				expectHeaders(headerCheck{"ETag", gzipTag}),
				expectBody(fixtureFile(t, "index.html.gz"), "gzip"),
			),
		},
		{
			Name:            "the file itself, with Vary, for a client without codings",
			Method:          http.MethodGet,
			URL:             "/",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"首页 fixture"},
			AfterTestFunc: allOf(
				expectHeaders(headerCheck{"ETag", plainTag}),
				expectBody(fixtureFile(t, "index.html"), ""),
			),
		},
		{
			Name:           "HEAD gives the brotli length without a body",
			Method:         http.MethodHead,
			URL:            "/",
			Headers:        map[string]string{"Accept-Encoding": chromium},
			ExpectedStatus: http.StatusOK,
			AfterTestFunc: expectHeaders(
				headerCheck{"Content-Encoding", "br"},
				headerCheck{"Content-Length", strconv.Itoa(len(fixtureFile(t, "index.html.br")))},
			),
		},
		{
			Name:           "If-None-Match with the brotli ETag revalidates the brotli copy",
			Method:         http.MethodGet,
			URL:            "/",
			Headers:        map[string]string{"Accept-Encoding": chromium, "If-None-Match": brTag},
			ExpectedStatus: http.StatusNotModified,
			AfterTestFunc:  expectHeaders(headerCheck{"ETag", brTag}),
		},
		{
			Name:            "a gzip ETag does not validate the brotli copy",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Accept-Encoding": chromium, "If-None-Match": gzipTag},
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{string(fixtureFile(t, "index.html.br"))},
		},
		{
			Name:           "If-Modified-Since revalidates too",
			Method:         http.MethodGet,
			URL:            "/",
			Headers:        map[string]string{"Accept-Encoding": chromium, "If-Modified-Since": lastModified},
			ExpectedStatus: http.StatusNotModified,
		},
		{
			Name:            "a range is served from the file itself, whatever the client accepts",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Accept-Encoding": chromium, "Range": "bytes=0-14"},
			ExpectedStatus:  http.StatusPartialContent,
			ExpectedContent: []string{"<!doctype html>"},
			AfterTestFunc: allOf(
				expectHeaders(
					headerCheck{"Content-Range", "bytes 0-14/" + strconv.Itoa(len(fixtureFile(t, "index.html")))},
					headerCheck{"ETag", plainTag},
				),
				expectBody(fixtureFile(t, "index.html")[:15], ""),
			),
		},
		{
			Name:               "no brotli file: gzip made by the server",
			Method:             http.MethodGet,
			URL:                "/style.css",
			Headers:            map[string]string{"Accept-Encoding": chromium},
			ExpectedStatus:     http.StatusOK,
			NotExpectedContent: []string{"style fixture"},
			AfterTestFunc:      expectGzip("style fixture"),
		},
		{
			Name:            "English 404 page in brotli, with a 404 status",
			Method:          http.MethodGet,
			URL:             "/en/no-such-page/",
			Headers:         map[string]string{"Accept-Encoding": chromium},
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{string(fixtureFile(t, "en/404.html.br"))},
			AfterTestFunc: allOf(
				expectHeaders(headerCheck{"Content-Type", "text/html; charset=utf-8"}),
				expectBody(fixtureFile(t, "en/404.html.br"), "br"),
			),
		},
		{
			Name:            "404 page as it is for a client without codings",
			Method:          http.MethodGet,
			URL:             "/en/no-such-page/",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"en-404 fixture"},
			AfterTestFunc:   expectBody(fixtureFile(t, "en/404.html"), ""),
		},
		{
			Name:            "the build's compressed copies are not pages of their own",
			Method:          http.MethodGet,
			URL:             "/index.html.br",
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"zh-404 fixture"},
		},
	}

	for _, scenario := range scenarios {
		scenario.TestAppFactory = siteApp(fixtureSite)
		scenario.Test(t)
	}
}
