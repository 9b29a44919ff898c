package site

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestHeaderPolicyFromPage(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{
			name: "double-quoted, http-equiv first",
			page: `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-A='"></head>`,
			want: "default-src 'self'; script-src 'self' 'sha256-A='; frame-ancestors 'none'",
		},
		{
			name: "content first, upper case, unquoted http-equiv",
			page: `<HEAD><META CONTENT="default-src 'self'" HTTP-EQUIV=Content-Security-Policy></HEAD>`,
			want: "default-src 'self'; frame-ancestors 'none'",
		},
		{
			name: "single-quoted attribute with escaped quotes",
			page: `<head><meta http-equiv='content-security-policy' content='default-src &#39;self&#39;; style-src &#x27;self&#x27; &apos;sha256-B=&apos;'/></head>`,
			want: "default-src 'self'; style-src 'self' 'sha256-B='; frame-ancestors 'none'",
		},
		{
			name: "line breaks and stray semicolons are normalised",
			page: "<head><meta http-equiv=\"content-security-policy\" content=\"default-src 'self';\r\n\tscript-src   'self' ;;\n\"></head>",
			want: "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
		},
		{
			name: "other meta tags are skipped",
			page: `<head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><meta http-equiv="content-security-policy" content="default-src 'none'"></head>`,
			want: "default-src 'none'; frame-ancestors 'none'",
		},
		{
			name: "frame-ancestors from the page is replaced",
			page: `<head><meta http-equiv="content-security-policy" content="default-src 'self'; frame-ancestors *"></head>`,
			want: "default-src 'self'; frame-ancestors 'none'",
		},
		{
			name: "inline scripts are never allowed",
			page: `<head><meta http-equiv="content-security-policy" content="default-src 'self' 'unsafe-inline'; script-src 'self' 'UNSAFE-INLINE' 'sha256-C='; script-src-attr 'unsafe-inline'; style-src 'self' 'unsafe-inline'"></head>`,
			want: "default-src 'self'; script-src 'self' 'sha256-C='; script-src-attr; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
		},
		{
			name: "no meta policy",
			page: `<head><title>x</title></head><body>hi</body>`,
			want: strictPolicy,
		},
		{
			name: "a policy in the body does not count",
			page: `<head></head><body><meta http-equiv="content-security-policy" content="default-src *"></body>`,
			want: strictPolicy,
		},
		{
			name: "an empty policy does not count",
			page: `<head><meta http-equiv="content-security-policy" content=" ; "></head>`,
			want: strictPolicy,
		},
		{
			name: "not HTML at all",
			page: "",
			want: strictPolicy,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := headerPolicy(metaPolicy(strings.NewReader(c.page))); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// countingFS counts opens, to show which lookups hit the page on disk.
type countingFS struct {
	fstest.MapFS
	opens int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.opens++
	return c.MapFS.Open(name)
}

func TestPolicyCacheRereadsOnlyChangedPages(t *testing.T) {
	built := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	files := &countingFS{MapFS: fstest.MapFS{
		"index.html": {Data: []byte(`<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`), ModTime: built},
	}}
	cache := newPolicyCache(files)

	lookup := func() string {
		info, err := fs.Stat(files.MapFS, "index.html")
		if err != nil {
			t.Fatal(err)
		}
		return cache.forPage("index.html", info)
	}

	first, second := lookup(), lookup()
	if first != "default-src 'self'; frame-ancestors 'none'" || second != first {
		t.Fatalf("unexpected policies %q, %q", first, second)
	}
	if files.opens != 1 {
		t.Fatalf("page read %d times, want 1", files.opens)
	}

	files.MapFS["index.html"] = &fstest.MapFile{
		Data:    []byte(`<head><meta http-equiv="content-security-policy" content="default-src 'none'"></head>`),
		ModTime: built.Add(time.Hour),
	}
	if got := lookup(); got != "default-src 'none'; frame-ancestors 'none'" {
		t.Errorf("after rebuild got %q", got)
	}
	if files.opens != 2 {
		t.Errorf("page read %d times, want 2", files.opens)
	}
}
