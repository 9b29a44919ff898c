package site

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"testing/fstest"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

// writeCounter records each Write, to show a body leaves in one piece.
type writeCounter struct {
	*httptest.ResponseRecorder
	writes int
}

func (w *writeCounter) Write(p []byte) (int, error) {
	w.writes++
	return w.ResponseRecorder.Write(p)
}

// TestSendWholeAnswersAsServeContent sends each coding of a few files both
// ways and expects the same status, headers and body, in one write.
func TestSendWholeAnswersAsServeContent(t *testing.T) {
	built := time.Date(2026, 11, 1, 8, 30, 0, 0, time.UTC)
	page := bytes.Repeat([]byte("<!doctype html><p>看清伪装，远离毒品。</p>\n"), 200)
	files := fstest.MapFS{
		"index.html":   {Data: page, ModTime: built},
		"app.js":       {Data: bytes.Repeat([]byte("console.log(1);\n"), 100), ModTime: built},
		"no-extension": {Data: []byte("<html><body>sniffed</body></html>"), ModTime: built},
		"epoch.txt":    {Data: []byte("no Last-Modified for the epoch"), ModTime: time.Unix(0, 0)},
	}
	cache := newEncodedFiles(files)

	for name := range files {
		info, err := fs.Stat(files, name)
		if err != nil {
			t.Fatal(err)
		}
		file, err := cache.forFile(name, info)
		if err != nil {
			t.Fatal(err)
		}
		for coding, body := range file.byCode {
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				request := httptest.NewRequest(method, "/"+name, nil)
				want := httptest.NewRecorder()
				negotiateAs(want.Header(), coding, body)
				http.ServeContent(want, request, info.Name(), info.ModTime(), bytes.NewReader(body.data))

				got := &writeCounter{ResponseRecorder: httptest.NewRecorder()}
				negotiateAs(got.Header(), coding, body)
				if err := sendWhole(got, request, file, body); err != nil {
					t.Fatal(err)
				}

				label := method + " " + name + " " + coding
				if got.Code != want.Code {
					t.Errorf("%s: status %d, ServeContent %d", label, got.Code, want.Code)
				}
				for key := range want.Header() {
					if got.Header().Get(key) != want.Header().Get(key) {
						t.Errorf("%s: %s %q, ServeContent %q", label, key, got.Header().Get(key), want.Header().Get(key))
					}
				}
				if len(got.Header()) != len(want.Header()) {
					t.Errorf("%s: headers %v, ServeContent %v", label, got.Header(), want.Header())
				}
				if !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
					t.Errorf("%s: body differs from ServeContent's", label)
				}
				if wantWrites := map[string]int{http.MethodGet: 1, http.MethodHead: 0}[method]; got.writes != wantWrites {
					t.Errorf("%s: %d writes, want %d", label, got.writes, wantWrites)
				}
			}
		}
	}
}

// negotiateAs sets the headers negotiate sets for a coding.
func negotiateAs(header http.Header, coding string, body encodedBody) {
	header.Set("ETag", body.etag)
	if coding != codingIdentity {
		header.Set("Content-Encoding", coding)
		header.Set("Content-Length", body.length)
	}
}

func TestConditionalRequestsAreAnsweredByTheRFC(t *testing.T) {
	home, err := fs.Stat(os.DirFS(fixtureSite), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	before := home.ModTime().Add(-time.Hour).UTC().Format(http.TimeFormat)

	scenarios := []tests.ApiScenario{
		{
			Name:           "If-Match with another ETag is refused",
			Method:         http.MethodGet,
			URL:            "/",
			Headers:        map[string]string{"If-Match": `"another-version"`},
			ExpectedStatus: http.StatusPreconditionFailed,
		},
		{
			Name:           "If-Unmodified-Since before the file's time is refused",
			Method:         http.MethodGet,
			URL:            "/",
			Headers:        map[string]string{"If-Unmodified-Since": before},
			ExpectedStatus: http.StatusPreconditionFailed,
		},
		{
			Name:            "If-Range with another ETag gets the whole file, not the range",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Range": "bytes=0-14", "If-Range": `"another-version"`},
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"首页 fixture"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				expectBody(fixtureFile(t, "index.html"), "")(t, app, res)
			},
		},
		{
			Name:            "an unsatisfiable range is refused",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         map[string]string{"Range": "bytes=100000-"},
			ExpectedStatus:  http.StatusRequestedRangeNotSatisfiable,
			ExpectedContent: []string{"invalid range"},
		},
	}
	for _, scenario := range scenarios {
		scenario.TestAppFactory = siteApp(fixtureSite)
		scenario.Test(t)
	}
}
