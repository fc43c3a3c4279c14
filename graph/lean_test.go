package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/peyvand/peyvand/graph"
)

// leanPath is how a query is expected to be answered.
type leanPath int

const (
	// answeredLean: the lean path writes the whole response.
	answeredLean leanPath = iota
	// notBegun: the lean path does not cover the query; gqlgen answers.
	notBegun
	// abandoned: the lean path begins, meets what it leaves to gqlgen (an
	// error, a null for a non-null field) and gqlgen answers.
	abandoned
)

// allLeanFields selects every field the lean path writes.
const allLeanFields = `query All($id: ID!) {
  node(id: $id) { __typename id ...P }
  nodes(ids: ["org_branch", "plc_tehran", "per_none", "ten_karimi"]) {
    id __typename
    ... on Organization { ...O }
    ... on Place { id name aliases kind parent { name } }
    ... on Tenure { id role began }
  }
  persons(first: 2) { ...PC }
  organizations(last: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...O } } }
}
fragment PC on PersonConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } } }
fragment P on Person {
  name aliases titles updated
  tenures(first: 5) {
    __typename totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { __typename cursor node { __typename id role updated began
      person { name } predecessor { id name } successor { id name }
      organization { ...O } } }
  }
}
fragment O on Organization { id name aliases kind updated parent { id name } place { id name kind parent { name } }
  tenures { totalCount edges { node { role person { name } } } } }`

// leanCases are queries the lean path and gqlgen must answer alike, and
// how each is expected to be answered.
var leanCases = []struct {
	name  string
	query string
	vars  map[string]any
	op    string
	path  leanPath
}{
	{name: "node", query: `query($id: ID!) { node(id: $id) { id ... on Person { name aliases titles } } }`, vars: map[string]any{"id": "per_rezaei"}},
	{name: "every lean field", query: allLeanFields, vars: map[string]any{"id": "per_rezaei"}},
	{name: "a successor's side", query: allLeanFields, vars: map[string]any{"id": "per_ahmadi"}},
	{name: "missing node", query: `{ node(id: "per_nobody") { id } }`, path: abandoned},
	{name: "node of a lean type, other fragment types unused", query: `{ node(id: "plc_tehran") { id ... on Place { name kind } ... on Person { name } } }`},
	{name: "aliases and merged fields", query: `{ a: node(id: "per_rezaei") { id ... on Person { name n: name name } } b: node(id: "org_bank") { i: id ... on Organization { name } } }`},
	{name: "skip and include", query: `query($s: Boolean!, $i: Boolean!) { persons(first: 3) { totalCount @skip(if: $s) edges @include(if: $i) { node { name @skip(if: $i) id } } } }`,
		vars: map[string]any{"s": true, "i": true}},
	{name: "skip and include, the other way", query: `query($s: Boolean!, $i: Boolean!) { persons(first: 3) { totalCount @skip(if: $s) edges @include(if: $i) { node { name @skip(if: $i) id } } } }`,
		vars: map[string]any{"s": false, "i": false}},
	{name: "filter, order and an empty page", query: `{ organizations(filter: {name: "بانک"}, orderBy: {field: NAME, direction: DESC}, first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }`},
	{name: "backward page", query: `{ persons(last: 2) { edges { cursor node { name } } pageInfo { hasPreviousPage hasNextPage } } }`},
	{name: "operation name", query: `query A { persons(first: 1) { totalCount } } query B { organizations(first: 1) { edges { node { name } } } }`, op: "B"},
	{name: "typename of the root", query: `{ __typename persons(first: 1) { __typename } }`},

	{name: "a field the lean path does not write", query: `{ node(id: "per_rezaei") { ... on Person { career { role } } } }`, path: notBegun},
	{name: "a fragment on another type", query: `{ node(id: "evt_meeting") { id ... on Event { title } } }`, path: notBegun},
	{name: "introspection", query: `{ __schema { queryType { name } } }`, path: notBegun},
	{name: "a mutation", query: `mutation { addAlias(id: "per_nobody", alias: "x") { id } }`, path: notBegun},
	{name: "a resolver error", query: `{ persons(first: 1, after: "not-a-cursor") { totalCount } }`, path: abandoned},
	{name: "an error below a list", query: `{ node(id: "per_rezaei") { ... on Person { tenures(before: "bogus") { totalCount } } } }`, path: abandoned},
}

// TestLeanMatchesGQLGen sends each query to a handler with the lean path
// and to one without it, and requires the same status, the same content
// type and the same bytes, and the path each case expects.
func TestLeanMatchesGQLGen(t *testing.T) {
	store, _ := seededStore(t)
	lean := newHandler(t, store)
	gqlgen := newHandler(t, store, func(c *graph.HandlerConfig) { c.GQLGenOnly = true })
	for _, c := range leanCases {
		t.Run(c.name, func(t *testing.T) {
			body, err := json.Marshal(map[string]any{"query": c.query, "variables": c.vars, "operationName": c.op})
			if err != nil {
				t.Fatal(err)
			}
			served0, abandoned0 := graph.LeanStats()
			got := postJSON(lean, body)
			served1, abandoned1 := graph.LeanStats()
			want := postJSON(gqlgen, body)
			if served2, abandoned2 := graph.LeanStats(); served2 != served1 || abandoned2 != abandoned1 {
				t.Fatalf("the handler without the lean path used it")
			}
			if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") || !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
				t.Fatalf("lean: %d %s\n%s\ngqlgen: %d %s\n%s", got.Code, got.Header().Get("Content-Type"), got.Body,
					want.Code, want.Header().Get("Content-Type"), want.Body)
			}
			var path leanPath
			switch {
			case served1-served0 == 1 && abandoned1 == abandoned0:
				path = answeredLean
			case served1 == served0 && abandoned1 == abandoned0:
				path = notBegun
			case served1 == served0 && abandoned1-abandoned0 == 1:
				path = abandoned
			default:
				t.Fatalf("lean stats moved by %d served, %d abandoned", served1-served0, abandoned1-abandoned0)
			}
			if path != c.path {
				t.Errorf("path %d, want %d (0 lean, 1 not begun, 2 abandoned): %s", path, c.path, got.Body)
			}
		})
	}
}

// TestLeanNestedMatchesGQLGen compares the three-level query over a wide
// graph, and checks that concurrent lean requests each make one store
// call per level, as gqlgen's path does.
func TestLeanNestedMatchesGQLGen(t *testing.T) {
	counting := &countingStore{Store: openStore(t, wideGraph(50))}
	lean := newHandler(t, counting)
	gqlgen := newHandler(t, counting, func(c *graph.HandlerConfig) { c.GQLGenOnly = true })
	body, _ := json.Marshal(map[string]any{"query": nestedQuery})
	want := postJSON(gqlgen, body)
	if want.Code != http.StatusOK || strings.Contains(want.Body.String(), `"errors"`) {
		t.Fatalf("gqlgen: %d %s", want.Code, want.Body)
	}
	served0, _ := graph.LeanStats()
	counting.reset()
	const requests = 20
	var wg sync.WaitGroup
	bodies := make([][]byte, requests)
	for i := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bodies[i] = postJSON(lean, body).Body.Bytes()
		}()
	}
	wg.Wait()
	for i, b := range bodies {
		if !bytes.Equal(b, want.Body.Bytes()) {
			t.Fatalf("request %d differs from gqlgen's answer:\n%s\nwant\n%s", i, b, want.Body)
		}
	}
	if served, _ := graph.LeanStats(); served-served0 != requests {
		t.Errorf("lean path answered %d of %d requests", served-served0, requests)
	}
	// persons, tenures, bodies, place edges, places: five calls a request.
	if calls := counting.nodes.Load() + counting.edges.Load() + counting.edgesOf.Load() + counting.find.Load(); calls != 5*requests {
		t.Errorf("%d store calls for %d requests, want %d", calls, requests, 5*requests)
	}
}

// leanPost posts body to h as the benchmarks do.
func postJSON(h http.Handler, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// suggestions is the «Did you mean …?» clause of a validation error.
// gqlparser lists the names it suggests in an order that differs from run
// to run where their distances tie (it ranges over the schema's map of
// types), so two answers from gqlgen's own validation can differ there
// alone; the lean path never writes an error.
var suggestions = regexp.MustCompile(` Did you mean [^?]*\?`)

// withoutSuggestions is body with every suggestions clause cut out.
func withoutSuggestions(body []byte) []byte {
	return suggestions.ReplaceAll(body, nil)
}

// sameAnswer reports whether two GraphQL answers are the same: the same
// bytes, or the same data bytes with the same errors in another order.
// gqlgen resolves root fields concurrently, so the order of their errors
// varies between two of its own runs (a lean run that meets an error
// leaves the whole operation to gqlgen).
func sameAnswer(a, b []byte) bool {
	if bytes.Equal(a, b) {
		return true
	}
	type answer struct {
		Errors []json.RawMessage `json:"errors"`
		Data   json.RawMessage   `json:"data"`
	}
	var x, y answer
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil ||
		!bytes.Equal(x.Data, y.Data) || len(x.Errors) != len(y.Errors) {
		return false
	}
	count := map[string]int{}
	for i := range x.Errors {
		count[string(x.Errors[i])]++
		count[string(y.Errors[i])]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// FuzzLeanMatchesGQLGen mutates the lean cases' queries and variables and
// requires both handlers to give the same status and bytes for whatever
// comes out: a query the lean path takes, one it leaves, or one no
// executor runs.
func FuzzLeanMatchesGQLGen(f *testing.F) {
	for _, c := range leanCases {
		vars, _ := json.Marshal(c.vars)
		f.Add(c.query, string(vars))
	}
	store, _ := seededStore(f)
	lean := newHandler(f, store)
	gqlgen := newHandler(f, store, func(c *graph.HandlerConfig) { c.GQLGenOnly = true })
	f.Fuzz(func(t *testing.T, query, vars string) {
		var v map[string]any
		if json.Unmarshal([]byte(vars), &v) != nil {
			v = nil
		}
		body, err := json.Marshal(map[string]any{"query": query, "variables": v})
		if err != nil {
			return
		}
		got, want := postJSON(lean, body), postJSON(gqlgen, body)
		if got.Code != want.Code || !sameAnswer(withoutSuggestions(got.Body.Bytes()), withoutSuggestions(want.Body.Bytes())) {
			t.Fatalf("query %q vars %s\nlean:   %d %s\ngqlgen: %d %s", query, vars, got.Code, got.Body, want.Code, want.Body)
		}
	})
}
