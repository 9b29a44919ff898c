package main

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestSendCountsEveryRequest sends a burst to a server that answers in the
// coding asked for and expects every request sent once, with its latency,
// the coding reported, and no error.
func TestSendCountsEveryRequest(t *testing.T) {
	var served atomic.Int64
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		w.Header().Set("Content-Encoding", r.Header.Get("Accept-Encoding"))
		_, _ = w.Write([]byte("compressed bytes, as far as the client knows"))
	}))
	defer server.Close()

	got := send(server.Client(), server.URL, burst{Path: "/page/", Encoding: "br", Count: 250}, 8)
	if got.Error != "" {
		t.Fatal(got.Error)
	}
	if served.Load() != 250 || len(got.LatenciesMs) != 250 {
		t.Errorf("served %d requests and timed %d, want 250 of each", served.Load(), len(got.LatenciesMs))
	}
	if got.ContentEncoding != "br" || got.Status != http.StatusOK {
		t.Errorf("reported %d %q, want 200 br", got.Status, got.ContentEncoding)
	}
	if got.Seconds <= 0 {
		t.Errorf("the burst took %v s", got.Seconds)
	}
}

// TestSendReportsMixedReplies: a server that sends some responses compressed
// and some not, or refuses some (a rate limiter's 429), would make the burst
// measure two things; the client says so.
func TestSendReportsMixedReplies(t *testing.T) {
	for name, vary := range map[string]func(w http.ResponseWriter){
		"coding": func(w http.ResponseWriter) { w.Header().Set("Content-Encoding", "gzip") },
		"status": func(w http.ResponseWriter) { w.WriteHeader(http.StatusTooManyRequests) },
	} {
		var served atomic.Int64
		server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if served.Add(1)%2 == 0 {
				vary(w)
			}
		}))
		got := send(server.Client(), server.URL, burst{Path: "/", Encoding: "gzip", Count: 100}, 4)
		server.Close()
		if got.Error == "" {
			t.Errorf("a burst answered with two kinds of %s reported no error", name)
		}
	}
}

// TestSendReportsAFailedRequest: a server that is gone is an error, not a
// burst of zero requests in no time.
func TestSendReportsAFailedRequest(t *testing.T) {
	server := httptest.NewServer(http.NotFoundHandler())
	url := server.URL
	server.Close()

	got := send(http.DefaultClient, url, burst{Path: "/", Count: 10}, 2)
	if got.Error == "" {
		t.Error("requests to a closed server reported no error")
	}
}
