// Command loadclient is the HTTP client of `npm run bench -- static`, not part
// of the server. Node's http module spent as much CPU taking a response in as
// the server spent sending it (139 against 134 µs for the search index) and
// ran its core at 83 %, so on a 2-core machine the bench measured the client;
// net/http's client costs a fraction of that, and the server is what is left.
//
// It reads bursts from stdin, one JSON object a line ({"path", "encoding",
// "count"}), sends each as count GET requests over -concurrency keep-alive
// connections, and answers each with one JSON line: the seconds the burst
// took, each request's latency, and the status and Content-Encoding the
// responses had (an error if they differed).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// errMixed: a burst answered in two ways (a coding, a status such as the
// rate limiter's 429) would measure two things.
var errMixed = errors.New("the responses came with more than one status or coding")

type burst struct {
	Path     string `json:"path"`
	Encoding string `json:"encoding"` // Accept-Encoding; "" sends none
	Count    int    `json:"count"`
}

// reply is what tells one response from another, bodies aside.
type reply struct {
	Status          int    `json:"status"`
	ContentEncoding string `json:"contentEncoding"`
}

type result struct {
	reply
	Seconds     float64   `json:"seconds"`
	LatenciesMs []float64 `json:"latenciesMs"`
	Error       string    `json:"error,omitempty"`
}

func main() {
	base := flag.String("base", "", "the server's URL, such as http://127.0.0.1:8090")
	concurrency := flag.Int("concurrency", 16, "requests in flight, each on a keep-alive connection of its own")
	flag.Parse()

	client := &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: *concurrency,
		MaxConnsPerHost:     *concurrency,
		DisableCompression:  true, // the coding asked for is measured as it comes, not decoded
		// The whole response in one read, as it arrives: with net/http's 4 KB default the
		// client made 3 reads of the socket for the 7 KB home page and 6 for the 29 KB search
		// index against 2 for robots.txt (strace), a cost of the client's own that the ratios
		// counted against the server.
		ReadBufferSize: 64 << 10,
	}}
	lines := bufio.NewScanner(os.Stdin)
	answers := json.NewEncoder(os.Stdout)
	for lines.Scan() {
		var job burst
		if err := json.Unmarshal(lines.Bytes(), &job); err != nil {
			log.Fatalf("loadclient: a burst must be JSON: %v", err)
		}
		if err := answers.Encode(send(client, *base, job, *concurrency)); err != nil {
			log.Fatal(err)
		}
	}
}

// send runs one burst: concurrency workers take the next request until count
// have gone.
func send(client *http.Client, base string, job burst, concurrency int) result {
	var taken atomic.Int64
	latencies := make([][]float64, concurrency)
	replies := make([]reply, concurrency)
	failures := make([]error, concurrency)
	started := time.Now()
	var workers sync.WaitGroup
	for worker := range concurrency {
		workers.Go(func() {
			for taken.Add(1) <= int64(job.Count) {
				sent := time.Now()
				got, err := get(client, base+job.Path, job.Encoding)
				if err != nil {
					failures[worker] = err
					return
				}
				if len(latencies[worker]) > 0 && got != replies[worker] {
					failures[worker] = errMixed
					return
				}
				latencies[worker] = append(latencies[worker], float64(time.Since(sent).Microseconds())/1000)
				replies[worker] = got
			}
		})
	}
	workers.Wait()

	answer := result{Seconds: time.Since(started).Seconds(), LatenciesMs: []float64{}}
	seen := map[reply]bool{}
	for worker := range concurrency {
		answer.LatenciesMs = append(answer.LatenciesMs, latencies[worker]...)
		if len(latencies[worker]) > 0 {
			seen[replies[worker]] = true
			answer.reply = replies[worker]
		}
	}
	if len(seen) > 1 {
		failures = append(failures, errMixed)
	}
	if err := errors.Join(failures...); err != nil {
		answer.Error = err.Error()
	}
	return answer
}

// get sends one request and reads its whole body.
func get(client *http.Client, url, encoding string) (reply, error) {
	request, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return reply{}, err
	}
	if encoding != "" {
		request.Header.Set("Accept-Encoding", encoding)
	}
	response, err := client.Do(request)
	if err != nil {
		return reply{}, err
	}
	defer response.Body.Close()
	if _, err := io.Copy(io.Discard, response.Body); err != nil {
		return reply{}, err
	}
	return reply{Status: response.StatusCode, ContentEncoding: response.Header.Get("Content-Encoding")}, nil
}
