package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/store/embedded"
)

// seed is the graph the tests query, read from testdata/seed.json.
type seed struct {
	Nodes []*peyvand.Node `json:"nodes"`
	Edges []*peyvand.Edge `json:"edges"`
}

func readSeed(t testing.TB) *seed {
	t.Helper()
	data, err := os.ReadFile("testdata/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	var s seed
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("testdata/seed.json: %v", err)
	}
	return &s
}

// node returns the seeded node with the given ID.
func (s *seed) node(t testing.TB, id string) *peyvand.Node {
	t.Helper()
	for _, n := range s.Nodes {
		if n.ID == id {
			return n
		}
	}
	t.Fatalf("seed has no node %s", id)
	return nil
}

// openStore opens an embedded store in a temporary directory holding b.
func openStore(t testing.TB, b *peyvand.Batch) peyvand.Store {
	t.Helper()
	s, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if b != nil {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatalf("seed store: %v", err)
		}
	}
	return s
}

// seededStore returns a store holding testdata/seed.json, and the seed.
func seededStore(t testing.TB) (peyvand.Store, *seed) {
	s := readSeed(t)
	return openStore(t, &peyvand.Batch{Nodes: s.Nodes, Edges: s.Edges}), s
}

// newClient returns a GraphQL client of the real handler over store.
func newClient(t testing.TB, store peyvand.Store, opts ...func(*graph.HandlerConfig)) *client.Client {
	t.Helper()
	return client.New(newHandler(t, store, opts...))
}

func newHandler(t testing.TB, store peyvand.Store, opts ...func(*graph.HandlerConfig)) http.Handler {
	t.Helper()
	cfg := graph.HandlerConfig{
		Store:  store,
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, nil)),
		Limits: graph.Limits{MaxDepth: 12, MaxComplexity: 20000, MaxPageSize: 100, DefaultPageSize: 20},
	}
	for _, o := range opts {
		o(&cfg)
	}
	return graph.NewHandler(cfg)
}

// as makes a request on behalf of the API key called name with role.
func as(name string, role auth.Role) client.Option {
	return func(r *client.Request) {
		r.HTTP = r.HTTP.WithContext(auth.WithCaller(r.HTTP.Context(), auth.Caller{Name: name, Role: role}))
	}
}

// gqlError is an error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// post sends query to h as a JSON POST, on behalf of caller when not nil,
// and returns the HTTP status and the errors of the response.
func post(t *testing.T, h http.Handler, query string, caller *auth.Caller) (int, []gqlError) {
	t.Helper()
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	if caller != nil {
		req = req.WithContext(auth.WithCaller(req.Context(), *caller))
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var resp struct {
		Errors []gqlError `json:"errors"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("post %q: decode %s: %v", query, w.Body, err)
	}
	return w.Code, resp.Errors
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}

// countingStore counts the read round trips a store serves.
type countingStore struct {
	peyvand.Store
	nodes, edges, edgesOf, find atomic.Int64
}

func (s *countingStore) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	s.nodes.Add(1)
	return s.Store.Nodes(ctx, ids)
}

func (s *countingStore) Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error) {
	s.edges.Add(1)
	return s.Store.Edges(ctx, ids)
}

func (s *countingStore) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	s.edgesOf.Add(1)
	return s.Store.EdgesOf(ctx, ids, dir, types...)
}

func (s *countingStore) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	s.find.Add(1)
	return s.Store.Find(ctx, q)
}

func (s *countingStore) reset() {
	s.nodes.Store(0)
	s.edges.Store(0)
	s.edgesOf.Store(0)
	s.find.Store(0)
}

// callerOf is an editor called name.
func callerOf(name string) *auth.Caller {
	return &auth.Caller{Name: name, Role: auth.RoleEditor}
}
