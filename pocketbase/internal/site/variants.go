package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// textExtensions are the static files worth compressing; images, fonts,
// models and archives are compressed already and would only cost CPU.
// The build's list (src/integrations/precompress.ts) matches it.
var textExtensions = map[string]bool{
	".html": true, ".htm": true, ".css": true, ".js": true, ".mjs": true,
	".json": true, ".svg": true, ".xml": true, ".txt": true,
	".webmanifest": true, ".map": true,
}

// precompressedSuffixes are the files the build writes beside each text file
// (src/integrations/precompress.ts), by the coding they hold.
var precompressedSuffixes = map[string]string{codingBrotli: ".br", codingGzip: ".gz"}

func isText(name string) bool {
	return textExtensions[strings.ToLower(path.Ext(name))]
}

// encodedFile is one text file in every coding the server can send, held in
// memory: the site's text is a few megabytes, and sending bytes already in
// memory is what lets a compressed page go out as fast as a plain file.
type encodedFile struct {
	modTime time.Time
	size    int64
	byCode  map[string]encodedBody

	// the header values http.ServeContent would work out on every request
	contentType  string
	lastModified string // "" for a file without a usable modification time
}

// encodedBody is the file's bytes in one coding, with an ETag of its own: a
// cache holding the gzip bytes must not revalidate them as the brotli ones.
type encodedBody struct {
	data   []byte
	etag   string
	length string // Content-Length
}

func newEncodedBody(data []byte, etag string) encodedBody {
	return encodedBody{data: data, etag: etag, length: strconv.Itoa(len(data))}
}

func (f *encodedFile) has(coding string) bool {
	_, ok := f.byCode[coding]
	return ok
}

// encodedFiles remembers each text file's codings until the file changes (its
// size or modification time), so compressing happens once per build, not per
// request.
type encodedFiles struct {
	files fs.FS

	mu     sync.RWMutex
	byName map[string]*encodedFile
}

func newEncodedFiles(files fs.FS) *encodedFiles {
	return &encodedFiles{files: files, byName: map[string]*encodedFile{}}
}

// forFile returns the codings of the text file name, whose current stat is info.
func (c *encodedFiles) forFile(name string, info fs.FileInfo) (*encodedFile, error) {
	c.mu.RLock()
	cached, ok := c.byName[name]
	c.mu.RUnlock()
	if ok && cached.size == info.Size() && cached.modTime.Equal(info.ModTime()) {
		return cached, nil
	}

	loaded, err := c.load(name, info)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.byName[name] = loaded
	c.mu.Unlock()
	return loaded, nil
}

// load reads the file and the variants the build wrote beside it. Without a
// gzip file (a site built by astro alone, or a test fixture) the server gzips
// it here, once; brotli comes only from the build, which has an encoder.
func (c *encodedFiles) load(name string, info fs.FileInfo) (*encodedFile, error) {
	identity, err := fs.ReadFile(c.files, name)
	if err != nil {
		return nil, err
	}
	// modification time and size name this version of the file, as the
	// Last-Modified that http.ServeContent sends does, but to the nanosecond
	tag := fmt.Sprintf("%x-%x", info.ModTime().UnixNano(), info.Size())
	file := &encodedFile{
		modTime:      info.ModTime(),
		size:         info.Size(),
		byCode:       map[string]encodedBody{codingIdentity: newEncodedBody(identity, `"`+tag+`"`)},
		contentType:  contentType(name, identity),
		lastModified: lastModified(info.ModTime()),
	}
	for _, coding := range codingsByPreference {
		data, err := fs.ReadFile(c.files, name+precompressedSuffixes[coding])
		if err != nil && coding == codingGzip {
			data, err = gzipBytes(identity)
		}
		if err != nil || len(data) >= len(identity) {
			continue // no such variant, or one that saves nothing
		}
		file.byCode[coding] = newEncodedBody(data, `"`+tag+"-"+coding+`"`)
	}
	return file, nil
}

// contentType is the Content-Type http.ServeContent gives a file: by its
// extension, else sniffed from its first bytes.
func contentType(name string, data []byte) string {
	if byExtension := mime.TypeByExtension(path.Ext(name)); byExtension != "" {
		return byExtension
	}
	return http.DetectContentType(data[:min(len(data), 512)])
}

// lastModified is the Last-Modified value http.ServeContent sends for a
// modification time: none for a zero time or the Unix epoch.
func lastModified(modTime time.Time) string {
	if modTime.IsZero() || modTime.Equal(time.Unix(0, 0)) {
		return ""
	}
	return modTime.UTC().Format(http.TimeFormat)
}

func gzipBytes(data []byte) ([]byte, error) {
	var out bytes.Buffer
	writer, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := writer.Write(data); err != nil {
		return nil, err
	}
	if err := writer.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// negotiate picks the coding for this request and sets the headers that go
// with it; http.ServeContent then sets Content-Length from the body. A range
// request always gets the file itself, so byte offsets mean what the client
// (a media element, a resumed download) expects.
func negotiate(r *http.Request, header http.Header, file *encodedFile) encodedBody {
	header.Add("Vary", "Accept-Encoding")
	coding := codingIdentity
	if r.Header.Get("Range") == "" {
		coding = chooseCoding(r.Header.Get("Accept-Encoding"), file.has)
	}
	body := file.byCode[coding]
	if coding != codingIdentity {
		header.Set("Content-Encoding", coding)
		// http.ServeContent leaves the length out when a coding is set
		header.Set("Content-Length", body.length)
	}
	header.Set("ETag", body.etag)
	return body
}
