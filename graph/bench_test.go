package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"syscall"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph"
)

const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Person { name aliases titles } } }`

// benchPost sends body to h b.N times and fails on a non-200 answer. Beside
// ns/op it reports cpu-ns/op, the process's CPU time per request (user and
// system, all threads): on a machine other jobs load, wall time stretches
// with the wait for a core while CPU time stays near what a request costs,
// so the ratio of two cpu-ns/op is the steadier comparison.
func benchPost(b *testing.B, h http.Handler, body []byte) {
	b.Helper()
	b.ReportAllocs()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		w := postJSON(h, body)
		if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}

// cpuTime is the CPU time the process has used, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkNode compares node lookup by ID through the whole GraphQL
// handler (graphql; gqlgen: the same without the lean path) with a bare
// net/http handler that reads the same node from the same store and
// writes the same JSON.
func BenchmarkNode(b *testing.B) {
	store, _ := seededStore(b)
	body, _ := json.Marshal(map[string]any{"query": nodeQuery, "variables": map[string]string{"id": "per_rezaei"}})

	b.Run("graphql", func(b *testing.B) {
		benchPost(b, newHandler(b, store), body)
	})
	b.Run("gqlgen", func(b *testing.B) {
		benchPost(b, newHandler(b, store, gqlgenOnly), body)
	})
	b.Run("bare", func(b *testing.B) {
		bare := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var req struct {
				Variables struct{ ID string } `json:"variables"`
			}
			if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			nodes, err := store.Nodes(r.Context(), []string{req.Variables.ID})
			if err != nil || nodes[0] == nil {
				http.Error(w, "not found", http.StatusNotFound)
				return
			}
			n := nodes[0]
			type node struct {
				ID      string   `json:"id"`
				Name    string   `json:"name"`
				Aliases []string `json:"aliases"`
				Titles  []string `json:"titles"`
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"node": node{n.ID, n.Name, n.Aliases, n.Titles}}})
		})
		benchPost(b, bare, body)
	})
}

// BenchmarkNestedQuery compares the three-level query over 50 persons
// through the whole handler with bareNested, a hand-written handler making
// the same five store calls and writing the same JSON.
func BenchmarkNestedQuery(b *testing.B) {
	store := openStore(b, wideGraph(50))
	body, _ := json.Marshal(map[string]any{"query": nestedQuery})
	b.Run("graphql", func(b *testing.B) {
		benchPost(b, newHandler(b, store), body)
	})
	b.Run("gqlgen", func(b *testing.B) {
		benchPost(b, newHandler(b, store, gqlgenOnly), body)
	})
	b.Run("bare", func(b *testing.B) {
		benchPost(b, bareNested(store), body)
	})
}

// gqlgenOnly turns the lean path off: the graphql/gqlgen pair of a
// benchmark shows what the lean path saves.
func gqlgenOnly(c *graph.HandlerConfig) { c.GQLGenOnly = true }

// bareNested answers nestedQuery without GraphQL: the persons, their
// tenures, the tenures' bodies, the bodies' place edges and the places,
// one store call each, written as the GraphQL handler writes them.
func bareNested(store peyvand.Store) http.Handler {
	type place struct {
		Name string `json:"name"`
	}
	type org struct {
		Name  string `json:"name"`
		Place *place `json:"place"`
	}
	type tenure struct {
		Role         string `json:"role"`
		Organization *org   `json:"organization"`
	}
	type tenureEdge struct {
		Node tenure `json:"node"`
	}
	type tenures struct {
		Edges []tenureEdge `json:"edges"`
	}
	type person struct {
		Name    string  `json:"name"`
		Tenures tenures `json:"tenures"`
	}
	type personEdge struct {
		Node person `json:"node"`
	}
	type persons struct {
		TotalCount int          `json:"totalCount"`
		Edges      []personEdge `json:"edges"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Query string `json:"query"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		ctx := r.Context()
		page, err := store.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Sort: peyvand.SortName, Limit: 50})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		ids := make([]string, len(page.Hits))
		for i, h := range page.Hits {
			ids[i] = h.Node.ID
		}
		held, err := store.EdgesOf(ctx, ids, peyvand.Out, peyvand.RelHolds)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var orgIDs []string
		seen := map[string]bool{}
		for _, id := range ids {
			for _, e := range held[id] {
				if !seen[e.To] {
					seen[e.To] = true
					orgIDs = append(orgIDs, e.To)
				}
			}
		}
		orgNodes, err := store.Nodes(ctx, orgIDs)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		located, err := store.EdgesOf(ctx, orgIDs, peyvand.Out, peyvand.RelLocatedIn)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var placeIDs []string
		for _, id := range orgIDs {
			for _, e := range located[id] {
				placeIDs = append(placeIDs, e.To)
			}
		}
		placeNodes, err := store.Nodes(ctx, placeIDs)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		places := map[string]*place{}
		for _, n := range placeNodes {
			if n != nil {
				places[n.ID] = &place{Name: n.Name}
			}
		}
		orgs := map[string]*org{}
		for _, n := range orgNodes {
			if n == nil {
				continue
			}
			o := &org{Name: n.Name}
			if es := located[n.ID]; len(es) > 0 {
				o.Place = places[es[0].To]
			}
			orgs[n.ID] = o
		}
		out := persons{TotalCount: page.Total, Edges: make([]personEdge, len(page.Hits))}
		for i, h := range page.Hits {
			p := person{Name: h.Node.Name, Tenures: tenures{Edges: []tenureEdge{}}}
			for _, e := range held[h.Node.ID] {
				p.Tenures.Edges = append(p.Tenures.Edges, tenureEdge{Node: tenure{Role: e.Role, Organization: orgs[e.To]}})
			}
			out.Edges[i] = personEdge{Node: p}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"persons": out}})
	})
}
