package upsert

import (
	"testing"
	"time"

	"github.com/peyvand/peyvand"
)

func TestStaleDropsOnlyTheChangedSourcesEvidence(t *testing.T) {
	src := &peyvand.Node{ID: "src_a", Type: peyvand.TypeSource, Name: "a", Text: "متن کهنه"}
	keep := peyvand.Evidence{SourceID: "src_b", Quote: "دیگر", Start: 0, End: 4}
	old := peyvand.Evidence{SourceID: "src_a", Quote: "متن", Start: 0, End: 3}
	stored := map[string]*peyvand.Node{src.ID: src}
	b := &peyvand.Batch{Nodes: []*peyvand.Node{
		{ID: "src_a", Type: peyvand.TypeSource, Name: "a", Text: "متن تازه"},
		{ID: "src_a", Type: peyvand.TypeSource, Name: "a", Text: "متن تازه"},
		{ID: "src_c", Type: peyvand.TypeSource, Name: "c", Text: "نو"},
		{ID: "src_b", Type: peyvand.TypeSource, Name: "b"},
	}}
	stored["src_b"] = &peyvand.Node{ID: "src_b", Type: peyvand.TypeSource, Name: "b", Text: "دیگر"}
	changed := ChangedSources(b, func(id string) *peyvand.Node { return stored[id] })
	if len(changed) != 1 || changed[0] != "src_a" {
		t.Fatalf("changed = %v, want [src_a]: a new source and one written without text do not change", changed)
	}
	both := &peyvand.Node{ID: "per_1", Type: peyvand.TypePerson, Name: "یک", Evidence: []peyvand.Evidence{old, keep}}
	other := &peyvand.Node{ID: "per_2", Type: peyvand.TypePerson, Name: "دو", Evidence: []peyvand.Evidence{keep}}
	written := &peyvand.Edge{ID: "rel_1", Type: peyvand.RelPartOf, From: "org_1", To: "org_2", Evidence: []peyvand.Evidence{old}}
	deleted := &peyvand.Edge{ID: "rel_2", Type: peyvand.RelPartOf, From: "org_2", To: "org_3", Evidence: []peyvand.Evidence{old}}
	left := &peyvand.Edge{ID: "rel_3", Type: peyvand.RelPartOf, From: "org_3", To: "org_4", Evidence: []peyvand.Evidence{old}}
	st := NewStale(changed, []*peyvand.Node{both, other}, []*peyvand.Edge{written, deleted, left})
	if len(st.Nodes) != 1 || st.Nodes["per_1"] == nil || len(st.Edges) != 3 {
		t.Fatalf("stale = %v %v, want per_1 and the three edges", st.Nodes, st.Edges)
	}
	if evs := st.Nodes["per_1"].Evidence; len(evs) != 1 || evs[0] != keep {
		t.Errorf("stale per_1 evidence = %+v, want only that of src_b", evs)
	}
	if len(both.Evidence) != 2 {
		t.Errorf("NewStale changed the stored node: %+v", both.Evidence)
	}
	look := st.Lookup(Lookup{
		Node: func(id string) *peyvand.Node { return map[string]*peyvand.Node{"per_1": both, "per_2": other}[id] },
		Edge: func(string) *peyvand.Edge { return nil },
	})
	if look.Node("per_1") != st.Nodes["per_1"] || look.Node("per_2") != other || look.Edge("rel_3") != st.Edges["rel_3"] {
		t.Error("the stale lookup does not put the stale owners in place of the stored ones")
	}
	now := time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)
	p := &Plan{WriteEdges: []*peyvand.Edge{{ID: "rel_1"}}, Deletes: []string{"rel_2"}}
	st.Rewrite(p, now)
	if len(p.WriteNodes) != 1 || p.WriteNodes[0].ID != "per_1" || !p.WriteNodes[0].Updated.Equal(now) {
		t.Errorf("rewritten nodes = %+v, want per_1 stamped", p.WriteNodes)
	}
	if len(p.WriteEdges) != 2 || p.WriteEdges[1].ID != "rel_3" || p.Result.EdgesUpdated != 1 || p.Result.NodesUpdated != 1 {
		t.Errorf("rewritten edges = %+v (%+v), want rel_3 added and neither the written nor the deleted edge", p.WriteEdges, p.Result)
	}
}
