package server

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

// assets are GraphiQL 3.8.3 with React 18.3.1, from the npm registry
// (`npm pack graphiql@3.8.3 react@18.3.1 react-dom@18.3.1`), served from
// the binary so the page works without a CDN. The two large files are
// stored gzipped.
//
//go:embed assets
var assets embed.FS

// serveAsset serves the embedded file name, gzipped to clients that
// accept it and inflated for the rest.
func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	if strings.Contains(name, "/") || strings.HasPrefix(name, ".") {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("X-Content-Type-Options", "nosniff")

	if data, err := fs.ReadFile(assets, "assets/"+name); err == nil {
		h.Set("Content-Type", ctype)
		http.ServeContent(w, r, name, startTime, bytes.NewReader(data))
		return
	}
	gz, err := fs.ReadFile(assets, "assets/"+name+".gz")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h.Set("Content-Type", ctype)
	h.Add("Vary", "Accept-Encoding")
	if acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		http.ServeContent(w, r, name, startTime, bytes.NewReader(gz))
		return
	}
	data, err := inflate(name, gz)
	if err != nil {
		http.Error(w, "asset unreadable", http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, name, startTime, bytes.NewReader(data))
}

func acceptsGzip(r *http.Request) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

var (
	inflatedMu sync.Mutex
	inflated   = map[string][]byte{}
)

// inflate decompresses an asset once and keeps the result.
func inflate(name string, gz []byte) ([]byte, error) {
	inflatedMu.Lock()
	defer inflatedMu.Unlock()
	if data, ok := inflated[name]; ok {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	inflated[name] = data
	return data, nil
}
