package site

import (
	"bufio"
	"net"
	"net/http"
	"slices"
	"strings"
)

// Browsers send an Origin header with every cross-origin request (and with
// same-origin POSTs). PocketBase answers the API with
// Access-Control-Allow-Origin: *, which would let any website make its
// visitors sign the pledge or answer quizzes in the background. guardOrigins
// lets the API answer only the site's own origin and the configured ones:
// another origin's writes and preflights are refused, and its reads lose
// their CORS headers, so the browser keeps the reply from that page.

// errOriginRefused is the body of a refused cross-origin write.
const errOriginRefused = `{"status":403,"code":"origin_not_allowed","message":"Requests from other websites are not accepted."}`

// guardOrigins wraps the server's handler; allowed lists origins besides the
// request's own host (scheme://host[:port], lower case; "" entries ignored).
func guardOrigins(allowed []string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := strings.ToLower(r.Header.Get("Origin"))
		if origin == "" || !strings.HasPrefix(r.URL.Path, "/api/") || sameHost(origin, r.Host) ||
			(origin != "" && slices.Contains(allowed, origin)) {
			next.ServeHTTP(w, r)
			return
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			next.ServeHTTP(&withoutCORS{ResponseWriter: w}, r)
		default: // writes, and the preflight that would announce them
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte(errOriginRefused))
		}
	})
}

// sameHost reports whether origin is the request's own host, over either scheme.
func sameHost(origin, host string) bool {
	host = strings.ToLower(host)
	return origin == "http://"+host || origin == "https://"+host
}

// withoutCORS drops the CORS headers before a response is sent.
type withoutCORS struct {
	http.ResponseWriter
	sent bool
}

func (w *withoutCORS) strip() {
	if w.sent {
		return
	}
	w.sent = true
	for name := range w.Header() {
		if strings.HasPrefix(name, "Access-Control-") {
			w.Header().Del(name)
		}
	}
}

func (w *withoutCORS) WriteHeader(status int) {
	w.strip()
	w.ResponseWriter.WriteHeader(status)
}

func (w *withoutCORS) Write(body []byte) (int, error) {
	w.strip()
	return w.ResponseWriter.Write(body)
}

// Flush keeps server-sent events streaming through the wrapper.
func (w *withoutCORS) Flush() {
	w.strip()
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Hijack and Unwrap let http.ResponseController reach the real writer.
func (w *withoutCORS) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return http.NewResponseController(w.ResponseWriter).Hijack()
}

func (w *withoutCORS) Unwrap() http.ResponseWriter { return w.ResponseWriter }
