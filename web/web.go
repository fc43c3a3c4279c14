// Package web serves the explorer page: the Persian, right-to-left search,
// graph, succession and path views built from web/src into web/dist and
// embedded in the binary, so serving it needs no Node at run time.
//
// Rebuild dist with web/build.sh after changing the sources; web/check.sh
// fails when the committed dist does not match them.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed dist
var dist embed.FS

// immutable is the cache policy of hashed assets: their names change with
// their contents, so a browser may keep them for a year.
const immutable = "public, max-age=31536000, immutable"

// policy is the page's Content-Security-Policy: everything comes from the
// server itself, so the page can reach nothing beyond it. worker-src names
// the layout worker's origin outright rather than leaving it to fall back.
const policy = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// contentTypes maps the extensions dist holds to their media types.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".woff2": "font/woff2",
	".txt":   "text/plain; charset=utf-8",
	".json":  "application/json",
	".svg":   "image/svg+xml",
}

// asset is one file of dist, ready to send.
type asset struct {
	body        []byte
	gzipped     []byte // nil when compressing does not pay
	contentType string
	etag        string
	cache       string
}

// site is the whole of dist, read once.
type site struct {
	assets map[string]*asset
}

var (
	loadOnce sync.Once
	loaded   *site
	loadErr  error
)

// Handler returns the handler of the explorer page. It serves index.html at
// / and the files of dist under their paths, gzip-compressed when the
// client accepts it, with long caching for the hashed files under /assets/.
// Mount it at the root of the server's mux, after /graphql:
//
//	mux.Handle("/", web.Handler())
func Handler() http.Handler {
	loadOnce.Do(func() { loaded, loadErr = load(dist) })
	if loadErr != nil {
		err := loadErr
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "explorer page unavailable: "+err.Error(), http.StatusInternalServerError)
		})
	}
	return loaded
}

// load reads every file of fsys's dist directory and compresses what pays.
func load(fsys fs.FS) (*site, error) {
	root, err := fs.Sub(fsys, "dist")
	if err != nil {
		return nil, fmt.Errorf("load web assets: %w", err)
	}
	s := &site{assets: map[string]*asset{}}
	err = fs.WalkDir(root, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(root, name)
		if err != nil {
			return err
		}
		a, err := newAsset(name, body)
		if err != nil {
			return err
		}
		s.assets["/"+name] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load web assets: %w", err)
	}
	if s.assets["/index.html"] == nil {
		return nil, fmt.Errorf("load web assets: dist/index.html is missing; run web/build.sh")
	}
	return s, nil
}

func newAsset(name string, body []byte) (*asset, error) {
	ext := path.Ext(name)
	ct, ok := contentTypes[ext]
	if !ok {
		ct = "application/octet-stream"
	}
	sum := sha256.Sum256(body)
	a := &asset{
		body:        body,
		contentType: ct,
		etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
		cache:       "no-cache",
	}
	if strings.HasPrefix(name, "assets/") {
		a.cache = immutable
	}
	// Fonts are compressed already; gzip would only cost time.
	if ext != ".woff2" {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return nil, err
		}
		if _, err := zw.Write(body); err != nil {
			return nil, fmt.Errorf("compress %s: %w", name, err)
		}
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("compress %s: %w", name, err)
		}
		if buf.Len() < len(body) {
			a.gzipped = buf.Bytes()
		}
	}
	return a, nil
}

// ServeHTTP answers GET and HEAD for the page and its assets.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if p == "/" {
		p = "/index.html"
	}
	a := s.assets[p]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", a.cache)
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	if a.contentType == contentTypes[".html"] {
		h.Set("Content-Security-Policy", policy)
		h.Set("Referrer-Policy", "no-referrer")
	}
	body := a.body
	if a.gzipped != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.Set("Content-Encoding", "gzip")
			body = a.gzipped
		}
	}
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip: listed
// (or * is), and not with q=0.
func acceptsGzip(header string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		zero := isZeroQ(params)
		switch coding {
		case "gzip", "x-gzip":
			return !zero
		case "*":
			star = !zero
		}
	}
	return star
}

func isZeroQ(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return err == nil && q == 0
		}
	}
	return false
}

// etagMatches reports whether an If-None-Match header names etag; a weak
// validator matches too, as RFC 9110 asks for GET.
func etagMatches(header, etag string) bool {
	for _, part := range strings.Split(header, ",") {
		tag := strings.TrimPrefix(strings.TrimSpace(part), "W/")
		if tag == etag || tag == "*" {
			return true
		}
	}
	return false
}
