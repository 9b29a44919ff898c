package site

import (
	"context"
	"net"
	"net/http"
)

// net/http writes a response through a 4 KB connection buffer, so headers and
// a body over about 3 KB leave in two writes, and on loopback or a fast LAN
// each becomes a TCP segment the client wakes up for. Corking the connection
// while the response is written sends it as one, as nginx's tcp_nopush does.
const corkAbove = 3 << 10 // body bytes; headers take the rest of the 4 KB

type connKey struct{}

// rememberConn is the server's ConnContext: it lets a handler reach the
// request's connection to cork it.
func rememberConn(ctx context.Context, conn net.Conn) context.Context {
	return context.WithValue(ctx, connKey{}, conn)
}

// corkWhileWriting corks r's connection when the body is large enough to
// take two writes and the connection is plain TCP (TLS and HTTP/2 frame the
// bytes themselves). The returned func, deferred by the caller, flushes the
// response into the kernel and uncorks, which sends it; uncorked, it does
// nothing and net/http flushes as usual.
func corkWhileWriting(w http.ResponseWriter, r *http.Request, bodySize int) (release func()) {
	conn, ok := r.Context().Value(connKey{}).(*net.TCPConn)
	if !ok || bodySize <= corkAbove || setCork(conn, true) != nil {
		return func() {}
	}
	return func() {
		// the whole response must be in the kernel before the cork comes off;
		// a failed flush is a closed connection, which net/http reports itself
		_ = http.NewResponseController(w).Flush()
		_ = setCork(conn, false)
	}
}
