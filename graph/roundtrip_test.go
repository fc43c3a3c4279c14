package graph_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph"
)

// wideGraph is n persons, each holding a post in one of five bodies, each
// body located in one of two places.
func wideGraph(n int) *peyvand.Batch {
	b := &peyvand.Batch{}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range 2 {
		b.Nodes = append(b.Nodes, &peyvand.Node{ID: fmt.Sprintf("plc_%d", i), Type: peyvand.TypePlace, Name: fmt.Sprintf("place %d", i), Updated: now})
	}
	for i := range 5 {
		org := fmt.Sprintf("org_%d", i)
		b.Nodes = append(b.Nodes, &peyvand.Node{ID: org, Type: peyvand.TypeOrganization, Name: fmt.Sprintf("body %d", i), Updated: now})
		b.Edges = append(b.Edges, &peyvand.Edge{ID: fmt.Sprintf("rel_in%d", i), Type: peyvand.RelLocatedIn, From: org, To: fmt.Sprintf("plc_%d", i%2), Updated: now})
	}
	for i := range n {
		per := fmt.Sprintf("per_%03d", i)
		b.Nodes = append(b.Nodes, &peyvand.Node{ID: per, Type: peyvand.TypePerson, Name: fmt.Sprintf("person %03d", i), Updated: now})
		b.Edges = append(b.Edges, &peyvand.Edge{ID: fmt.Sprintf("ten_%03d", i), Type: peyvand.RelHolds, From: per, To: fmt.Sprintf("org_%d", i%5),
			Role: "director", Start: &peyvand.Date{ISO: "2024-01-01"}, Updated: now})
	}
	return b
}

// nestedQuery reads 50 persons, their tenures, the tenures' bodies and the
// bodies' places: three levels below the listing.
const nestedQuery = `{ persons(first: 50) { totalCount edges { node { name
	tenures { edges { node { role organization { name place { name } } } } } } } } }`

type nestedResponse struct {
	Persons struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Name    string
				Tenures struct {
					Edges []struct {
						Node struct {
							Role         string
							Organization struct {
								Name  string
								Place struct{ Name string }
							}
						}
					}
				}
			}
		}
	}
}

func TestNestedQueryCostsOneRoundTripPerLevel(t *testing.T) {
	store := &countingStore{Store: openStore(t, wideGraph(50))}
	// A generous wait keeps the batching deterministic on a loaded machine:
	// with 20 ms, a race-enabled run beside other packages' tests once saw
	// a level's resolvers start far enough apart to need two fetches.
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.LoaderWait = 250 * time.Millisecond })
	store.reset()

	var resp nestedResponse
	c.MustPost(nestedQuery, &resp)
	if resp.Persons.TotalCount != 50 || len(resp.Persons.Edges) != 50 {
		t.Fatalf("got %d of %d persons", len(resp.Persons.Edges), resp.Persons.TotalCount)
	}
	for _, e := range resp.Persons.Edges {
		if len(e.Node.Tenures.Edges) != 1 || e.Node.Tenures.Edges[0].Node.Organization.Place.Name == "" {
			t.Fatalf("person %s: tenures = %+v", e.Node.Name, e.Node.Tenures)
		}
	}
	// Level 0: the listing. Level 1: tenures (EdgesOf). Level 2: bodies
	// (Nodes). Level 3: the bodies' places (EdgesOf, then Nodes).
	if got := store.find.Load(); got != 1 {
		t.Errorf("Find called %d times, want 1", got)
	}
	if got := store.edgesOf.Load(); got != 2 {
		t.Errorf("EdgesOf called %d times, want 2 (one per level)", got)
	}
	if got := store.nodes.Load(); got != 2 {
		t.Errorf("Nodes called %d times, want 2 (one per level)", got)
	}
	if got := store.edges.Load(); got != 0 {
		t.Errorf("Edges called %d times, want 0", got)
	}
}

// TestCareersOfAPageCostOneRoundTrip checks that Person.career goes through
// the request's loaders: the careers of 50 persons read their tenures in
// one EdgesOf call and the persons in at most one Nodes call.
func TestCareersOfAPageCostOneRoundTrip(t *testing.T) {
	store := &countingStore{Store: openStore(t, wideGraph(50))}
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.LoaderWait = 250 * time.Millisecond })
	store.reset()
	var resp struct {
		Persons struct {
			Edges []struct {
				Node struct {
					Career []struct{ ID string }
				}
			}
		}
	}
	c.MustPost(`{ persons(first: 50) { edges { node { career { id } } } } }`, &resp)
	if len(resp.Persons.Edges) != 50 {
		t.Fatalf("got %d persons", len(resp.Persons.Edges))
	}
	for _, e := range resp.Persons.Edges {
		if len(e.Node.Career) != 1 {
			t.Fatalf("career = %+v, want one tenure", e.Node.Career)
		}
	}
	if got := store.edgesOf.Load(); got != 1 {
		t.Errorf("EdgesOf called %d times for 50 careers, want 1", got)
	}
	if got := store.nodes.Load(); got > 1 {
		t.Errorf("Nodes called %d times for 50 careers, want at most 1", got)
	}
}

// callCounts are the store calls of one request.
type callCounts struct{ nodes, edgesOf, find, edges atomic.Int64 }

type countsKey struct{}

// perRequestStore counts each request's store calls in the callCounts its
// context carries.
type perRequestStore struct{ peyvand.Store }

func countsOf(ctx context.Context) *callCounts {
	c, _ := ctx.Value(countsKey{}).(*callCounts)
	if c == nil {
		return &callCounts{}
	}
	return c
}

func (s perRequestStore) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	countsOf(ctx).nodes.Add(1)
	return s.Store.Nodes(ctx, ids)
}

func (s perRequestStore) Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error) {
	countsOf(ctx).edges.Add(1)
	return s.Store.Edges(ctx, ids)
}

func (s perRequestStore) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	countsOf(ctx).edgesOf.Add(1)
	return s.Store.EdgesOf(ctx, ids, dir, types...)
}

func (s perRequestStore) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	countsOf(ctx).find.Add(1)
	return s.Store.Find(ctx, q)
}

// TestOneStoreCallPerLevelUnderLoad sends the nested query 100 times from
// eight goroutines at once, then with a page of 5, and checks that every
// request made exactly one store call per level, on the lean path and
// through gqlgen's executor. The loaders' wait is a nanosecond, so
// batching that leaned on a timer would split levels here.
func TestOneStoreCallPerLevelUnderLoad(t *testing.T) {
	checkCallsPerLevelOnBothPaths(t, perRequestStore{openStore(t, wideGraph(50))})
}

// checkCallsPerLevelOnBothPaths runs checkCallsPerLevel on store, whose
// graph is wideGraph(50), with the nested query's page of 50 and of 5,
// through a handler with the lean path and through one without; the
// loaders' wait is a nanosecond.
func checkCallsPerLevelOnBothPaths(t *testing.T, store perRequestStore) {
	t.Helper()
	for _, gqlgenOnly := range []bool{false, true} {
		h := newHandler(t, store, func(cfg *graph.HandlerConfig) {
			cfg.LoaderWait = time.Nanosecond
			cfg.GQLGenOnly = gqlgenOnly
		})
		checkCallsPerLevel(t, h, nestedQuery, 50, 100, 8)
		checkCallsPerLevel(t, h, strings.Replace(nestedQuery, "first: 50", "first: 5", 1), 5, 20, 4)
	}
}

// checkCallsPerLevel sends query, nestedQuery with a page size of
// persons, requests times from workers goroutines at once to h, whose
// store is a perRequestStore, and fails unless every request answered all
// persons with one Find, two EdgesOf and two Nodes calls: one store call
// per level.
func checkCallsPerLevel(t *testing.T, h http.Handler, query string, persons, requests, workers int) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	var next atomic.Int64
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for next.Add(1) <= int64(requests) {
				counts := &callCounts{}
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req = req.WithContext(context.WithValue(req.Context(), countsKey{}, counts))
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				var resp struct {
					Data   nestedResponse
					Errors []gqlError
				}
				if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || len(resp.Errors) > 0 || len(resp.Data.Persons.Edges) != persons {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("status %d: %.200s", w.Code, w.Body))
					mu.Unlock()
					continue
				}
				got := [4]int64{counts.find.Load(), counts.edgesOf.Load(), counts.nodes.Load(), counts.edges.Load()}
				if got != [4]int64{1, 2, 2, 0} {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("Find, EdgesOf, Nodes, Edges = %v, want [1 2 2 0]", got))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if len(bad) > 0 {
		t.Errorf("%d of %d requests went wrong; first: %s", len(bad), requests, bad[0])
	}
}

// TestPrefetchFollowsPagingAndFragments checks that the prefetch reads
// what the resolvers will show, paged and through fragments: a second
// page of a person's tenures, asked for through a fragment on Node, costs
// no store call beyond the level's one.
func TestPrefetchFollowsPagingAndFragments(t *testing.T) {
	b := wideGraph(10)
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range 3 {
		b.Edges = append(b.Edges, &peyvand.Edge{ID: fmt.Sprintf("ten_x%d", i), Type: peyvand.RelHolds, From: "per_000", To: fmt.Sprintf("org_%d", i+1),
			Role: "adviser", Start: &peyvand.Date{ISO: fmt.Sprintf("2024-0%d-01", i+2)}, Updated: now})
	}
	store := &countingStore{Store: openStore(t, b)}
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.LoaderWait = time.Nanosecond })
	store.reset()
	var resp struct {
		Node struct {
			Tenures struct {
				TotalCount int
				Edges      []struct {
					Node struct{ Organization struct{ Name string } }
				}
			}
		}
	}
	c.MustPost(`query($after: String) { node(id: "per_000") { ...F } }
		fragment F on Node { ... on Person { tenures(first: 2, after: $after) { totalCount edges { node { organization { name } } } } } }`,
		&resp, client.Var("after", graphCursor(0)))
	if resp.Node.Tenures.TotalCount != 4 || len(resp.Node.Tenures.Edges) != 2 {
		t.Fatalf("tenures = %+v, want 2 of 4", resp.Node.Tenures)
	}
	if resp.Node.Tenures.Edges[0].Node.Organization.Name != "body 1" {
		t.Errorf("first tenure of the second page is at %q, want body 1", resp.Node.Tenures.Edges[0].Node.Organization.Name)
	}
	if got := store.edgesOf.Load(); got != 1 {
		t.Errorf("EdgesOf called %d times, want 1", got)
	}
	if got := store.nodes.Load(); got != 2 {
		t.Errorf("Nodes called %d times, want 2 (the node, then the page's bodies)", got)
	}
}

// TestLookedUpNodeIsNotReadAgain checks that a node found by lookup is
// primed in the request's loaders when fields below it can reach it
// again: the person of each of its tenures is the node itself, and costs
// no second Nodes call.
func TestLookedUpNodeIsNotReadAgain(t *testing.T) {
	store := &countingStore{Store: openStore(t, wideGraph(5))}
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.LoaderWait = time.Nanosecond })
	store.reset()
	var resp struct {
		Node struct {
			Tenures struct {
				Edges []struct {
					Node struct{ Person struct{ Name string } }
				}
			}
		}
	}
	c.MustPost(`{ node(id: "per_001") { ... on Person { tenures { edges { node { person { name } } } } } } }`, &resp)
	if len(resp.Node.Tenures.Edges) != 1 || resp.Node.Tenures.Edges[0].Node.Person.Name != "person 001" {
		t.Fatalf("tenures = %+v", resp.Node.Tenures)
	}
	if got := store.nodes.Load(); got != 1 {
		t.Errorf("Nodes called %d times, want 1 (the lookup)", got)
	}
}

// graphCursor is the cursor the API hands out for the item at offset.
func graphCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(offset)))
}

// TestTransportRefusals checks that what the endpoint cannot serve gets
// the status that says why and a GraphQL error with a code, naming no Go
// type and not echoing the body.
func TestTransportRefusals(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store, func(cfg *graph.HandlerConfig) { cfg.MaxBodyBytes = 256 })
	big := `{"query":"{ node(id: \"per_rezaei\") { id } }","variables":{"pad":"` + strings.Repeat("x", 300) + `"}}`
	for _, tc := range []struct {
		name, method, ctype, body string
		status                    int
		code, allow               string
	}{
		{"put", http.MethodPut, "application/json", `{"query":"{ __typename }"}`, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "GET, POST, OPTIONS"},
		{"delete", http.MethodDelete, "", "", http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "GET, POST, OPTIONS"},
		{"text body", http.MethodPost, "text/plain", `{"query":"{ __typename }"}`, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", ""},
		{"no content type", http.MethodPost, "", `{"query":"{ __typename }"}`, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", ""},
		{"form", http.MethodPost, "application/x-www-form-urlencoded", `query=x`, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", ""},
		{"too large", http.MethodPost, "application/json", big, http.StatusRequestEntityTooLarge, "PAYLOAD_TOO_LARGE", ""},
		{"broken json", http.MethodPost, "application/json", `{"query": "{ node(id: \"secret-token\") `, http.StatusBadRequest, "BAD_REQUEST", ""},
		{"query not a string", http.MethodPost, "application/json", `{"query": 42}`, http.StatusBadRequest, "BAD_REQUEST", ""},
		{"body not an object", http.MethodPost, "application/json", `["secret-token"]`, http.StatusBadRequest, "BAD_REQUEST", ""},
		{"variables not an object", http.MethodPost, "application/json", `{"query":"{ __typename }","variables":[1]}`, http.StatusBadRequest, "BAD_REQUEST", ""},
		{"empty body", http.MethodPost, "application/json", ``, http.StatusBadRequest, "BAD_REQUEST", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "/graphql", strings.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.status, w.Body)
			}
			if got := w.Header().Get("Allow"); got != tc.allow {
				t.Errorf("Allow = %q, want %q", got, tc.allow)
			}
			var resp struct{ Errors []gqlError }
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || len(resp.Errors) != 1 {
				t.Fatalf("body %s is not one GraphQL error (%v)", w.Body, err)
			}
			e := resp.Errors[0]
			if e.Extensions["code"] != tc.code {
				t.Errorf("code = %v, want %s", e.Extensions["code"], tc.code)
			}
			for _, leak := range []string{"secret-token", "Go ", "struct", "RawParams", "graphql.", "map[", "[]"} {
				if strings.Contains(e.Message, leak) {
					t.Errorf("message %q contains %q", e.Message, leak)
				}
			}
		})
	}
}

// TestTransportMediaTypesAndGET checks GraphQL over HTTP as the transport
// serves it: the response media type follows Accept, a request that
// cannot run is 400 under application/graphql-response+json and 422 under
// application/json, GET runs queries with variables, refuses mutations
// with 405 and Allow: POST, and OPTIONS lists the methods.
func TestTransportMediaTypesAndGET(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	send := func(method, target, accept, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, target, strings.NewReader(body))
		if body != "" {
			req.Header.Set("Content-Type", "application/json; charset=utf-8")
		}
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	ok := `{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":"per_rezaei"}}`
	for _, tc := range []struct{ accept, want string }{
		{"", "application/json"},
		{"application/json", "application/json"},
		{"application/graphql-response+json", "application/graphql-response+json"},
		{"application/graphql-response+json;q=1, application/json;q=0.9", "application/graphql-response+json"},
		{"*/*", "application/json"},
	} {
		w := send(http.MethodPost, "/graphql", tc.accept, ok)
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != tc.want || !strings.Contains(w.Body.String(), `{"data":{"node":{"id":"per_rezaei"}}}`) {
			t.Errorf("Accept %q: %d %s %s", tc.accept, w.Code, w.Header().Get("Content-Type"), w.Body)
		}
	}
	if w := send(http.MethodPost, "/graphql", "application/graphql-response+json", `{"query":"{ node(id: "}`); w.Code != http.StatusBadRequest {
		t.Errorf("parse error under graphql-response+json = %d, want 400", w.Code)
	}
	if w := send(http.MethodPost, "/graphql", "application/json", `{"query":"{ node(id: "}`); w.Code != http.StatusUnprocessableEntity {
		t.Errorf("parse error under application/json = %d, want 422", w.Code)
	}
	q := url.Values{"query": {`query($id: ID!) { node(id: $id) { id } }`}, "variables": {`{"id":"per_rezaei"}`}}
	if w := send(http.MethodGet, "/graphql?"+q.Encode(), "", ""); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"per_rezaei"`) {
		t.Errorf("GET query = %d %s", w.Code, w.Body)
	}
	q = url.Values{"query": {`mutation { ingestDocument(name: "x", text: "y") { file } }`}}
	if w := send(http.MethodGet, "/graphql?"+q.Encode(), "", ""); w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != http.MethodPost {
		t.Errorf("GET mutation = %d (Allow %q) %s, want 405 with Allow: POST", w.Code, w.Header().Get("Allow"), w.Body)
	}
	if w := send(http.MethodOptions, "/graphql", "", ""); w.Code != http.StatusOK || w.Header().Get("Allow") != "GET, POST, OPTIONS" {
		t.Errorf("OPTIONS = %d (Allow %q)", w.Code, w.Header().Get("Allow"))
	}
}

// TestPrefetchThroughSearchAndCareer checks that the prefetch finds the
// entities of results it does not know field by field: the nodes of a
// search (behind the Node interface) and the tenures of a career, so the
// levels under them cost one store call each with no batch timer.
func TestPrefetchThroughSearchAndCareer(t *testing.T) {
	store := &countingStore{Store: openStore(t, wideGraph(20))}
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.LoaderWait = time.Hour })
	store.reset()
	var resp struct {
		Search struct {
			Edges []struct {
				Node struct {
					Tenures struct {
						Edges []struct {
							Node struct {
								Organization struct{ Place struct{ Name string } }
							}
						}
					}
				}
			}
		}
	}
	c.MustPost(`{ search(query: "person", types: [PERSON], first: 20) { edges { node { ... on Person {
		tenures { edges { node { organization { place { name } } } } } } } } } }`, &resp)
	if len(resp.Search.Edges) != 20 {
		t.Fatalf("search found %d persons, want 20", len(resp.Search.Edges))
	}
	for _, e := range resp.Search.Edges {
		if len(e.Node.Tenures.Edges) != 1 || e.Node.Tenures.Edges[0].Node.Organization.Place.Name == "" {
			t.Fatalf("tenures = %+v", e.Node.Tenures)
		}
	}
	if got := store.edgesOf.Load(); got != 2 {
		t.Errorf("EdgesOf called %d times, want 2", got)
	}
	if got := store.nodes.Load(); got != 2 {
		t.Errorf("Nodes called %d times, want 2", got)
	}

	store.reset()
	var career struct {
		Node struct {
			Career []struct{ Organization struct{ Name string } }
		}
	}
	c.MustPost(`{ node(id: "per_001") { ... on Person { career { organization { name } } } } }`, &career)
	if len(career.Node.Career) != 1 || career.Node.Career[0].Organization.Name != "body 1" {
		t.Fatalf("career = %+v", career.Node.Career)
	}
}
