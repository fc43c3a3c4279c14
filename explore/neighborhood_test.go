package explore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// degreeStore adds the embedded store's degrees to a countingStore.
type degreeStore struct{ *countingStore }

func (s degreeStore) Degree(id string) int { return s.emb.Degree(id) }

func nodeIDs(sg *explore.Subgraph) []string {
	var ids []string
	for _, n := range sg.Nodes {
		ids = append(ids, n.ID)
	}
	slices.Sort(ids)
	return ids
}

func edgeIDs(sg *explore.Subgraph) []string {
	var ids []string
	for _, e := range sg.Edges {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestNeighborhood(t *testing.T) {
	base := load(t, "network.json")
	tests := []struct {
		name      string
		st        peyvand.Store
		ids       []string
		opt       explore.NeighborhoodOptions
		nodes     []string
		edges     []string // nil: not checked
		truncated bool
	}{
		{"depth 1 with the edges among the neighbours", base, []string{"per_1"}, explore.NeighborhoodOptions{},
			[]string{"evt_1", "evt_2", "org_1", "per_1"}, []string{"rel_a0", "rel_a3", "rel_i1", "ten_11"}, false},
		{"cut to the neighbour linked most, then by ID, without degrees", base, []string{"per_1"}, explore.NeighborhoodOptions{Limit: 2},
			[]string{"evt_1", "per_1"}, []string{"rel_a0"}, true},
		{"cut to the highest-degree neighbour", degreeStore{base}, []string{"per_1"}, explore.NeighborhoodOptions{Limit: 2},
			[]string{"org_1", "per_1"}, []string{"ten_11"}, true},
		{"types filter keeps the seed", base, []string{"org_1"}, explore.NeighborhoodOptions{Types: []peyvand.EntityType{peyvand.TypePerson}},
			[]string{"org_1", "per_1", "per_2", "per_9"}, []string{"ten_11", "ten_21", "ten_91"}, false},
		{"depth 2 from two seeds", base, []string{"per_7", "org_2"}, explore.NeighborhoodOptions{Depth: 2},
			[]string{"evt_1", "org_1", "org_2", "per_1", "per_2", "per_3", "per_7", "per_8", "per_9", "plc_fars"}, nil, false},
		{"nearer nodes before farther ones", degreeStore{base}, []string{"per_3"}, explore.NeighborhoodOptions{Depth: 2, Limit: 4},
			[]string{"evt_1", "org_1", "org_2", "per_3"}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base.edgesOfCalls.Store(0)
			sg, err := explore.Neighborhood(context.Background(), tc.st, tc.ids, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			depth := max(tc.opt.Depth, 1)
			if n := base.edgesOfCalls.Load(); n > int64(depth+1) {
				t.Errorf("%d EdgesOf calls for depth %d", n, depth)
			}
			if got := nodeIDs(sg); !slices.Equal(got, tc.nodes) {
				t.Errorf("nodes = %v, want %v", got, tc.nodes)
			}
			if got := edgeIDs(sg); tc.edges != nil && !slices.Equal(got, tc.edges) {
				t.Errorf("edges = %v, want %v", got, tc.edges)
			}
			if sg.Truncated != tc.truncated {
				t.Errorf("truncated = %v, want %v", sg.Truncated, tc.truncated)
			}
			in := map[string]bool{}
			for _, n := range sg.Nodes {
				in[n.ID] = true
				if n.Label == "" || n.Type == "" {
					t.Errorf("node %s lacks a label or type", n.ID)
				}
				if seed := slices.Contains(tc.ids, n.ID); n.Data["seed"] != seed || (seed != (n.Data["depth"] == 0)) {
					t.Errorf("node %s: seed %v, depth %v", n.ID, n.Data["seed"], n.Data["depth"])
				}
			}
			for _, e := range sg.Edges {
				if !in[e.Source] || !in[e.Target] {
					t.Errorf("edge %s dangles: %s→%s", e.ID, e.Source, e.Target)
				}
			}
		})
	}
}

func TestNeighborhoodData(t *testing.T) {
	st := load(t, "network.json")
	sg, err := explore.Neighborhood(context.Background(), st, []string{"per_1"}, explore.NeighborhoodOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range sg.Nodes {
		switch n.ID {
		case "evt_2":
			if n.Data["date"] != "2021-05-05" || n.Data["solarHijri"] != "1400-02-15" || n.Data["kind"] != "opening" || n.Data["depth"] != 1 {
				t.Errorf("evt_2 data = %v", n.Data)
			}
		case "per_1":
			if n.Data["degree"] != 3 {
				t.Errorf("per_1 degree = %v, want 3", n.Data["degree"])
			}
		}
	}
	for _, e := range sg.Edges {
		if e.ID == "ten_11" && (e.Label != "مدیر" || e.Source != "per_1" || e.Target != "org_1" || e.Data["start"] != "2020-03-01" || e.Data["evidence"] != 1) {
			t.Errorf("ten_11 = %+v", e)
		}
		if e.ID == "rel_i1" && e.Label != "INVOLVED_IN" {
			t.Errorf("rel_i1 label = %q, want the relationship type", e.Label)
		}
	}
}

func TestNeighborhoodErrors(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		name string
		ids  []string
		opt  explore.NeighborhoodOptions
		code string
	}{
		{"unknown seed", []string{"per_1", "per_none"}, explore.NeighborhoodOptions{}, peyvand.ENOTFOUND},
		{"no seed", nil, explore.NeighborhoodOptions{}, peyvand.EINVALID},
		{"too deep", []string{"per_1"}, explore.NeighborhoodOptions{Depth: 4}, peyvand.EINVALID},
		{"limit too high", []string{"per_1"}, explore.NeighborhoodOptions{Limit: explore.MaxLimit + 1}, peyvand.EINVALID},
		{"more seeds than the limit", []string{"per_1", "per_2"}, explore.NeighborhoodOptions{Limit: 1}, peyvand.EINVALID},
		{"unknown type", []string{"per_1"}, explore.NeighborhoodOptions{Types: []peyvand.EntityType{"ANIMAL"}}, peyvand.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := explore.Neighborhood(context.Background(), st, tc.ids, tc.opt)
			if code := peyvand.ErrorCode(err); code != tc.code {
				t.Errorf("code = %q (%v), want %q", code, err, tc.code)
			}
		})
	}
}
