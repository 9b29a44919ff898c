package site

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestPagesLeaveInOneSegment serves two pages through the whole server and
// counts the TCP segments with data that reach the client: one a response,
// where net/http alone sends two (its 4 KB buffer, then the rest). The 5 KB
// page leaves its last kilobyte in that buffer until a flush; the 21 KB one
// writes its rest directly. A small response on the same connection then
// comes at once, which it would not (for 200 ms) had the connection stayed
// corked.
func TestPagesLeaveInOneSegment(t *testing.T) {
	dir := t.TempDir()
	pages := map[string][]byte{
		"/":       []byte(strings.Repeat("看清伪装，远离毒品。", 700)), // 21,000 bytes
		"/short/": []byte(strings.Repeat("看清伪装，远离毒品。", 170)), // 5,100 bytes
	}
	files := map[string][]byte{
		"index.html":       pages["/"],
		"short/index.html": pages["/short/"],
		"robots.txt":       []byte("User-agent: *\n"),
	}
	for name, data := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	address := listeningSite(t, dir)

	conn, err := net.Dial("tcp", address)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	responses := bufio.NewReader(conn)
	get := func(path string) []byte {
		t.Helper()
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: jindu.test\r\n\r\n", path)
		response, err := http.ReadResponse(responses, nil)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		body, err := io.ReadAll(response.Body)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		return body
	}

	for urlPath, page := range pages {
		for try := 1; try <= 3; try++ {
			before := dataSegmentsIn(t, conn)
			if body := get(urlPath); !bytes.Equal(body, page) {
				t.Fatalf("%s, try %d: got %d bytes, not the page's %d", urlPath, try, len(body), len(page))
			}
			if segments := dataSegmentsIn(t, conn) - before; segments != 1 {
				t.Errorf("%s, try %d: the page came in %d segments, want 1", urlPath, try, segments)
			}
		}
	}

	_ = conn.SetReadDeadline(time.Now().Add(150 * time.Millisecond))
	if body := get("/robots.txt"); string(body) != "User-agent: *\n" {
		t.Errorf("small response body %q", body)
	}
}

// listeningSite starts the whole server (router, middleware, Register's server
// settings) for the site in dir on a loopback port and returns its address.
func listeningSite(t *testing.T, dir string) string {
	t.Helper()
	server := servedSite(t, dir).Server
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = server.Serve(listener) }()
	t.Cleanup(func() { _ = server.Close() })
	return listener.Addr().String()
}

// dataSegmentsIn is how many TCP segments carrying data conn has received.
func dataSegmentsIn(t *testing.T, conn net.Conn) uint32 {
	t.Helper()
	raw, err := conn.(*net.TCPConn).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var info *unix.TCPInfo
	var infoErr error
	if err := raw.Control(func(fd uintptr) {
		info, infoErr = unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO)
	}); err != nil || infoErr != nil {
		t.Fatal(err, infoErr)
	}
	return info.Data_segs_in
}
