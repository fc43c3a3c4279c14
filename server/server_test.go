package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/server"
	"github.com/peyvand/peyvand/store/embedded"
)

func newStore(t testing.TB) peyvand.Store {
	t.Helper()
	s, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	_, err = s.Apply(context.Background(), &peyvand.Batch{Nodes: []*peyvand.Node{
		{ID: "per_a", Type: peyvand.TypePerson, Name: "Person A", Updated: now},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newHandler(t testing.TB, cfg server.Config) http.Handler {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = newStore(t)
	}
	cfg.Keys = []server.Key{{Name: "viewer", Secret: "r-key", Role: auth.RoleReader}, {Name: "curator", Secret: "e-key", Role: auth.RoleEditor}}
	return server.New(cfg).Handler()
}

type response struct {
	status int
	header http.Header
	Data   map[string]any
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
}

func do(t *testing.T, h http.Handler, req *http.Request) response {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	r := response{status: w.Code, header: w.Header()}
	if strings.Contains(w.Header().Get("Content-Type"), "json") {
		if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
			t.Fatalf("%s %s: decode %q: %v", req.Method, req.URL, w.Body, err)
		}
	}
	return r
}

func gqlPost(query string, header ...string) *http.Request {
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return req
}

const mutation = `mutation { addAlias(id: "per_a", alias: "A") { id } }`

func TestGraphQLOverHTTP(t *testing.T) {
	h := newHandler(t, server.Config{})

	r := do(t, h, gqlPost(`{ node(id: "per_a") { id } }`, "Accept", "application/graphql-response+json"))
	if r.status != 200 || r.header.Get("Content-Type") != "application/graphql-response+json" || r.Data["node"] == nil {
		t.Errorf("POST query = %d %s %+v", r.status, r.header.Get("Content-Type"), r)
	}
	r = do(t, h, gqlPost(`{ node(id: "per_a") { id } }`, "Accept", "application/json"))
	if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Errorf("POST with Accept application/json = %d %s", r.status, r.header.Get("Content-Type"))
	}
	r = do(t, h, gqlPost(`{ node(id: `, "Accept", "application/graphql-response+json"))
	if r.status != 400 || len(r.Errors) != 1 {
		t.Errorf("malformed query = %d %+v, want 400", r.status, r.Errors)
	}

	get := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`{ node(id: "per_a") { id } }`), nil)
	if r = do(t, h, get); r.status != 200 || r.Data["node"] == nil {
		t.Errorf("GET query = %d %+v", r.status, r)
	}
	get = httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(mutation), nil)
	get.Header.Set("Authorization", "Bearer e-key")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, get)
	if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != http.MethodPost {
		t.Errorf("GET mutation = %d (Allow %q), want 405 with Allow: POST", w.Code, w.Header().Get("Allow"))
	}
	named := httptest.NewRequest(http.MethodGet, "/graphql?operationName=Q&query="+url.QueryEscape(`query Q { node(id: "per_a") { id } } mutation M { addAlias(id: "per_a", alias: "A") { id } }`), nil)
	if r = do(t, h, named); r.status != 200 {
		t.Errorf("GET naming the query of a document that also holds a mutation = %d, want 200", r.status)
	}
}

func TestAPIKeys(t *testing.T) {
	h := newHandler(t, server.Config{})
	for _, tc := range []struct {
		name   string
		header []string
		status int
		code   string
	}{
		{"no key", nil, 200, peyvand.EUNAUTHORIZED},
		{"wrong key", []string{"Authorization", "Bearer nope"}, 401, peyvand.EUNAUTHORIZED},
		{"not bearer", []string{"Authorization", "Basic e-key"}, 401, peyvand.EUNAUTHORIZED},
		{"reader key", []string{"Authorization", "Bearer r-key"}, 200, peyvand.EFORBIDDEN},
		{"editor key", []string{"Authorization", "Bearer e-key"}, 200, ""},
		{"editor key in X-API-Key", []string{"X-API-Key", "e-key"}, 200, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, h, gqlPost(mutation, tc.header...))
			if r.status != tc.status {
				t.Errorf("status = %d, want %d", r.status, tc.status)
			}
			code := ""
			if len(r.Errors) > 0 {
				code, _ = r.Errors[0].Extensions["code"].(string)
			}
			if code != tc.code {
				t.Errorf("code = %q, want %q (%+v)", code, tc.code, r.Errors)
			}
		})
	}

	closed := newHandler(t, server.Config{RequireKeyForReads: true})
	if r := do(t, closed, gqlPost(`{ node(id: "per_a") { id } }`)); r.status != 401 {
		t.Errorf("query without key when reads need one = %d, want 401", r.status)
	}
	if r := do(t, closed, gqlPost(`{ node(id: "per_a") { id } }`, "X-API-Key", "r-key")); r.status != 200 || r.Data["node"] == nil {
		t.Errorf("query with reader key = %d %+v", r.status, r)
	}
}

func TestParseKeys(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		fail string
	}{
		{"", 0, ""},
		{"a:k1:reader, b:k2:EDITOR", 2, ""},
		{"# comment\na:k1:reader\n\nb:k2:editor\n", 2, ""},
		{"a:k1", 0, "name:key:role"},
		{"a:k1:admin", 0, "neither reader nor editor"},
		{"a:k1:reader,a:k2:editor", 0, "two keys"},
	} {
		keys, err := server.ParseKeys(tc.in)
		if tc.fail != "" {
			if err == nil || !strings.Contains(err.Error(), tc.fail) {
				t.Errorf("ParseKeys(%q) err = %v, want %q", tc.in, err, tc.fail)
			}
			continue
		}
		if err != nil || len(keys) != tc.n {
			t.Errorf("ParseKeys(%q) = %v, %v; want %d keys", tc.in, keys, err, tc.n)
		}
	}
	if _, err := server.ParseKeys("a:supersecret"); err == nil || strings.Contains(err.Error(), "supersecret") {
		t.Errorf("a malformed key's error shows its secret: %v", err)
	}
}

type downStore struct{ peyvand.Store }

func (downStore) Ping(context.Context) error { return errors.New("down") }

func TestHealthAndReadiness(t *testing.T) {
	up := newHandler(t, server.Config{})
	down := newHandler(t, server.Config{Store: downStore{newStore(t)}})
	for _, tc := range []struct {
		h      http.Handler
		path   string
		status int
	}{
		{up, "/healthz", 200}, {up, "/readyz", 200}, {down, "/healthz", 200}, {down, "/readyz", 503},
	} {
		if r := do(t, tc.h, httptest.NewRequest(http.MethodGet, tc.path, nil)); r.status != tc.status {
			t.Errorf("GET %s = %d, want %d", tc.path, r.status, tc.status)
		}
	}
}

func TestGraphiQLIsServedLocally(t *testing.T) {
	h := newHandler(t, server.Config{})
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	page := w.Body.String()
	if w.Code != 200 || !strings.Contains(page, "<div id=\"graphiql\">") {
		t.Fatalf("GET /graphiql = %d", w.Code)
	}
	// The favicon is an empty data: URL, so the page asks for no icon.
	refs := regexp.MustCompile(`(?:src|href)="([^"d][^"]*)"`).FindAllStringSubmatch(page, -1)
	if len(refs) != 5 {
		t.Fatalf("the page references %d assets, want 5", len(refs))
	}
	for _, ref := range refs {
		if !strings.HasPrefix(ref[1], "/graphiql/assets/") {
			t.Errorf("asset %s is not served by this server", ref[1])
			continue
		}
		for _, gz := range []bool{false, true} {
			req := httptest.NewRequest(http.MethodGet, ref[1], nil)
			if gz {
				req.Header.Set("Accept-Encoding", "gzip")
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			body := w.Body.Bytes()
			if w.Header().Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatalf("%s: %v", ref[1], err)
				}
				body, _ = io.ReadAll(zr)
			}
			ctype := w.Header().Get("Content-Type")
			if w.Code != 200 || len(body) < 100 || !(strings.Contains(ctype, "javascript") || strings.Contains(ctype, "css")) {
				t.Errorf("GET %s (gzip %v) = %d %s, %d bytes", ref[1], gz, w.Code, ctype, len(body))
			}
		}
	}
}

func TestCORS(t *testing.T) {
	h := newHandler(t, server.Config{CORSOrigins: []string{"https://app.example"}})
	for _, tc := range []struct {
		origin, want string
	}{{"https://app.example", "https://app.example"}, {"https://evil.example", ""}} {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", tc.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if got := w.Header().Get("Access-Control-Allow-Origin"); got != tc.want {
			t.Errorf("preflight from %s: Allow-Origin = %q, want %q", tc.origin, got, tc.want)
		}
	}
}
