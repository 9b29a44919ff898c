package site

import (
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
)

// strictPolicy is the Content-Security-Policy for pages without their own:
// same-origin everything, no inline script or style, no plugins, no framing.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// noFraming is added to every page policy: browsers ignore frame-ancestors in
// a <meta> policy, so only the header can stop the site being framed.
const noFraming = "frame-ancestors 'none'"

// policyCache remembers each page's header policy until the file changes, so a
// page is parsed once per build rather than once per request.
type policyCache struct {
	files fs.FS

	mu     sync.RWMutex
	byPage map[string]pagePolicy
}

type pagePolicy struct {
	modTime time.Time
	size    int64
	policy  string
}

func newPolicyCache(files fs.FS) *policyCache {
	return &policyCache{files: files, byPage: map[string]pagePolicy{}}
}

// forPage returns the Content-Security-Policy header for the HTML file name,
// whose current stat is info.
func (c *policyCache) forPage(name string, info fs.FileInfo) string {
	c.mu.RLock()
	cached, ok := c.byPage[name]
	c.mu.RUnlock()
	if ok && cached.size == info.Size() && cached.modTime.Equal(info.ModTime()) {
		return cached.policy
	}

	page, err := c.files.Open(name)
	if err != nil {
		return strictPolicy // not cached: the next request tries again
	}
	defer page.Close()

	policy := headerPolicy(metaPolicy(page))

	c.mu.Lock()
	c.byPage[name] = pagePolicy{modTime: info.ModTime(), size: info.Size(), policy: policy}
	c.mu.Unlock()

	return policy
}

// metaPolicy returns the content of the page's
// <meta http-equiv="content-security-policy">, entities unescaped, or "" if
// the <head> has none. Astro writes it with the hashes of the page's inline
// scripts and styles.
func metaPolicy(page io.Reader) string {
	tokens := html.NewTokenizer(page)
	for {
		switch tokens.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := tokens.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := tokens.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if policy, ok := cspContent(tokens, hasAttr); ok {
					return policy
				}
			}
		}
	}
}

// cspContent reads the attributes of the current <meta> tag and returns its
// content if it is a Content-Security-Policy.
func cspContent(tokens *html.Tokenizer, hasAttr bool) (string, bool) {
	var httpEquiv, content string
	for hasAttr {
		var key, value []byte
		key, value, hasAttr = tokens.TagAttr()
		switch string(key) {
		case "http-equiv":
			httpEquiv = string(value)
		case "content":
			content = string(value)
		}
	}
	return content, strings.EqualFold(strings.TrimSpace(httpEquiv), "content-security-policy")
}

// headerPolicy turns a page's meta policy into the header policy: whitespace
// normalised (no line breaks may reach a header), any inline-script allowance
// removed, and framing forbidden. Without a meta policy it is strictPolicy.
func headerPolicy(meta string) string {
	var directives []string
	for _, directive := range strings.Split(meta, ";") {
		words := strings.Fields(directive)
		if len(words) == 0 {
			continue
		}

		name := strings.ToLower(words[0])
		if name == "frame-ancestors" {
			continue // replaced by noFraming below
		}
		if name == "default-src" || strings.HasPrefix(name, "script-src") {
			words = withoutUnsafeInline(words)
		}

		directives = append(directives, strings.Join(words, " "))
	}

	if len(directives) == 0 {
		return strictPolicy
	}

	return strings.Join(append(directives, noFraming), "; ")
}

// withoutUnsafeInline drops 'unsafe-inline' from a directive's words: inline
// scripts run only when Astro has hashed them.
func withoutUnsafeInline(words []string) []string {
	kept := words[:0]
	for _, word := range words {
		if !strings.EqualFold(word, "'unsafe-inline'") {
			kept = append(kept, word)
		}
	}
	return kept
}
