package graph_test

import (
	"fmt"
	"testing"
	"time"

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
