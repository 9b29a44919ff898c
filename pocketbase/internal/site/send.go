package site

import "net/http"

// validatorHeaders are the request headers that make a GET conditional or
// partial; a request with any of them goes through http.ServeContent, which
// answers them (304, 412, 206, 416) by the RFC.
var validatorHeaders = []string{
	"If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since", "If-Range", "Range",
}

// isPlainGet reports whether r asks for the whole file, unconditionally: what
// almost every request for a page or asset is.
func isPlainGet(r *http.Request) bool {
	for _, name := range validatorHeaders {
		if _, ok := r.Header[name]; ok {
			return false
		}
	}
	return true
}

// sendWhole answers a plain GET or HEAD with the headers http.ServeContent
// would send (Content-Type, Last-Modified, Accept-Ranges, Content-Length) and
// the body in one Write, which net/http sends with the headers in one system
// call when they fit its 4 KB connection buffer, else in two, corked into one
// TCP segment (onesegment.go). ServeContent, for any body over 512 bytes,
// flushes the headers with the first 512 bytes and copies the rest through a
// new 32 KB buffer: always two calls and a large allocation per response,
// which made a page cost the server half as much again as a tiny file.
func sendWhole(w http.ResponseWriter, r *http.Request, file *encodedFile, body encodedBody) error {
	header := w.Header()
	if _, typed := header["Content-Type"]; !typed {
		header.Set("Content-Type", file.contentType)
	}
	if file.lastModified != "" {
		header.Set("Last-Modified", file.lastModified)
	}
	header.Set("Accept-Ranges", "bytes")
	header.Set("Content-Length", body.length)
	return writeResponse(w, r, http.StatusOK, body.data)
}

// writeResponse sends status and data after the headers the caller has set:
// nothing more for HEAD, else the body in one Write, the connection corked
// while a long one is written (onesegment.go).
func writeResponse(w http.ResponseWriter, r *http.Request, status int, data []byte) error {
	if r.Method == http.MethodHead {
		w.WriteHeader(status)
		return nil
	}
	release := corkWhileWriting(w, r, len(data))
	defer release()
	w.WriteHeader(status)
	_, err := w.Write(data)
	return err
}
