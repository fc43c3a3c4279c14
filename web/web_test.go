package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// refs finds the local files a page or stylesheet names.
var refs = regexp.MustCompile(`(?:src|href)="([^":]+)"|url\(\s*["']?([^"')]+)["']?\s*\)`)

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) []byte {
	t.Helper()
	r := res.Body
	if res.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatalf("gzip body: %v", err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return b
}

// assetPaths returns the paths index.html names, by extension.
func assetPaths(t *testing.T, h http.Handler) map[string]string {
	t.Helper()
	page := body(t, get(t, h, http.MethodGet, "/", nil))
	found := map[string]string{}
	for _, m := range refs.FindAllStringSubmatch(string(page), -1) {
		p := m[1]
		if p == "" {
			continue
		}
		found[p[strings.LastIndex(p, "."):]] = "/" + p
	}
	for _, ext := range []string{".js", ".css", ".woff2"} {
		if found[ext] == "" {
			t.Fatalf("index.html names no %s file: %s", ext, page)
		}
	}
	return found
}

func TestHandlerServesPageAndAssets(t *testing.T) {
	h := Handler()
	paths := assetPaths(t, h)
	tests := []struct {
		name         string
		method       string
		target       string
		header       map[string]string
		status       int
		contentType  string
		encoding     string
		cache        string
		wantBody     string
		wantNoBody   bool
		wantCSP      bool
		wantVaryGzip bool
	}{
		{name: "page", method: "GET", target: "/", header: map[string]string{"Accept-Encoding": "gzip, br"}, status: 200, contentType: "text/html; charset=utf-8", encoding: "gzip", cache: "no-cache", wantBody: `dir="rtl"`, wantCSP: true, wantVaryGzip: true},
		{name: "page by name", method: "GET", target: "/index.html", status: 200, contentType: "text/html; charset=utf-8", cache: "no-cache", wantBody: "<html", wantCSP: true, wantVaryGzip: true},
		{name: "script gzip", method: "GET", target: paths[".js"], header: map[string]string{"Accept-Encoding": "deflate, gzip;q=0.8"}, status: 200, contentType: "text/javascript; charset=utf-8", encoding: "gzip", cache: immutable, wantBody: "cytoscape", wantVaryGzip: true},
		{name: "script identity", method: "GET", target: paths[".js"], status: 200, contentType: "text/javascript; charset=utf-8", cache: immutable, wantBody: "cytoscape", wantVaryGzip: true},
		{name: "script gzip refused", method: "GET", target: paths[".js"], header: map[string]string{"Accept-Encoding": "gzip;q=0, *"}, status: 200, contentType: "text/javascript; charset=utf-8", cache: immutable, wantVaryGzip: true},
		{name: "stylesheet", method: "GET", target: paths[".css"], header: map[string]string{"Accept-Encoding": "*"}, status: 200, contentType: "text/css; charset=utf-8", encoding: "gzip", cache: immutable, wantBody: "Vazirmatn", wantVaryGzip: true},
		{name: "font never gzipped", method: "GET", target: paths[".woff2"], header: map[string]string{"Accept-Encoding": "gzip"}, status: 200, contentType: "font/woff2", cache: immutable, wantBody: "wOF2"},
		{name: "head", method: "HEAD", target: paths[".js"], status: 200, contentType: "text/javascript; charset=utf-8", cache: immutable, wantNoBody: true, wantVaryGzip: true},
		{name: "license", method: "GET", target: "/licenses/vazirmatn-OFL.txt", status: 200, contentType: "text/plain; charset=utf-8", cache: "no-cache", wantBody: "SIL", wantVaryGzip: true},
		{name: "missing asset", method: "GET", target: "/assets/app-NOPE.js", status: 404},
		{name: "directory", method: "GET", target: "/assets/", status: 404},
		{name: "post", method: "POST", target: "/", status: 405},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := get(t, h, tc.method, tc.target, tc.header)
			if res.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tc.status)
			}
			if tc.status != 200 {
				return
			}
			if got := res.Header.Get("Content-Type"); got != tc.contentType {
				t.Errorf("Content-Type = %q, want %q", got, tc.contentType)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.encoding)
			}
			if got := res.Header.Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tc.cache)
			}
			if got := res.Header.Get("Vary") == "Accept-Encoding"; got != tc.wantVaryGzip {
				t.Errorf("Vary Accept-Encoding = %v, want %v", got, tc.wantVaryGzip)
			}
			if got := res.Header.Get("Content-Security-Policy") != ""; got != tc.wantCSP {
				t.Errorf("Content-Security-Policy set = %v, want %v", got, tc.wantCSP)
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("X-Content-Type-Options missing")
			}
			b := body(t, res)
			if tc.wantNoBody && len(b) != 0 {
				t.Errorf("HEAD sent %d bytes", len(b))
			}
			if !tc.wantNoBody && !bytes.Contains(b, []byte(tc.wantBody)) {
				t.Errorf("body lacks %q", tc.wantBody)
			}
		})
	}
}

func TestHandlerRevalidates(t *testing.T) {
	h := Handler()
	res := get(t, h, http.MethodGet, "/", nil)
	etag := res.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	for _, header := range []string{etag, "W/" + etag, `"other", ` + etag} {
		res := get(t, h, http.MethodGet, "/", map[string]string{"If-None-Match": header})
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match %s: status = %d, want 304", header, res.StatusCode)
		}
	}
	if res := get(t, h, http.MethodGet, "/", map[string]string{"If-None-Match": `"other"`}); res.StatusCode != http.StatusOK {
		t.Errorf("stale ETag: status = %d, want 200", res.StatusCode)
	}
}

// TestReferencesResolve checks that every file the page and its stylesheet
// name is served, so a build that renamed an asset cannot ship a broken page.
func TestReferencesResolve(t *testing.T) {
	h := Handler()
	paths := assetPaths(t, h)
	css := body(t, get(t, h, http.MethodGet, paths[".css"], nil))
	dir := paths[".css"][:strings.LastIndex(paths[".css"], "/")+1]
	targets := []string{paths[".js"], paths[".woff2"]}
	for _, m := range refs.FindAllStringSubmatch(string(css), -1) {
		if m[2] != "" && !strings.HasPrefix(m[2], "data:") {
			targets = append(targets, dir+strings.TrimPrefix(m[2], "./"))
		}
	}
	if len(targets) < 4 {
		t.Fatalf("stylesheet names %d files, want the two fonts", len(targets)-2)
	}
	for _, p := range targets {
		if res := get(t, h, http.MethodGet, p, nil); res.StatusCode != http.StatusOK {
			t.Errorf("%s: status = %d", p, res.StatusCode)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"GZIP", true},
		{"br, gzip", true},
		{"gzip;q=0.5", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0", false},
		{"*", true},
		{"*;q=0", false},
		{"br, *", true},
		{"gzip;q=0, *", false},
		{"deflate", false},
		{"x-gzip", true},
	}
	for _, tc := range tests {
		if got := acceptsGzip(tc.header); got != tc.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

func TestLoadNeedsIndex(t *testing.T) {
	fsys := fstest.MapFS{"dist/assets/app-X.js": {Data: []byte("x")}}
	if _, err := load(fsys); err == nil || !strings.Contains(err.Error(), "index.html") {
		t.Fatalf("load without index.html: err = %v, want one naming index.html", err)
	}
}
