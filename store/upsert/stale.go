package upsert

import (
	"maps"
	"slices"
	"time"

	"github.com/peyvand/peyvand"
)

// ChangedSources returns the IDs of the sources whose text b changes: a
// stored source (stored returns the node under an ID as it is, or nil)
// that b writes with a different, non-empty text. The evidence citing
// such a source gives offsets and quotes of the old text.
func ChangedSources(b *peyvand.Batch, stored func(id string) *peyvand.Node) []string {
	var changed []string
	for _, n := range b.Nodes {
		if n.Type != peyvand.TypeSource || n.Text == "" {
			continue
		}
		if o := stored(n.ID); o != nil && o.Text != n.Text && !slices.Contains(changed, n.ID) {
			changed = append(changed, n.ID)
		}
	}
	return changed
}

// Stale is the stored nodes and edges citing a source whose text a batch
// changes, each with the evidence citing that source dropped. A store
// plans the batch against them in place of the stored owners, so the
// batch's own evidence replaces the old, and then calls Rewrite, so an
// owner the new text no longer supports loses that evidence too.
type Stale struct {
	Nodes map[string]*peyvand.Node
	Edges map[string]*peyvand.Edge
}

// NewStale drops from copies of the given citers (stored nodes and edges
// citing any of the changed sources) their evidence of those sources.
// Citers that cite none of them are left out.
func NewStale(changed []string, nodes []*peyvand.Node, edges []*peyvand.Edge) *Stale {
	st := &Stale{Nodes: map[string]*peyvand.Node{}, Edges: map[string]*peyvand.Edge{}}
	if len(changed) == 0 {
		return st
	}
	cites := func(ev peyvand.Evidence) bool { return slices.Contains(changed, ev.SourceID) }
	for _, n := range nodes {
		if st.Nodes[n.ID] == nil && slices.ContainsFunc(n.Evidence, cites) {
			cl := CloneNode(n)
			cl.Evidence = slices.DeleteFunc(cl.Evidence, cites)
			st.Nodes[n.ID] = cl
		}
	}
	for _, e := range edges {
		if st.Edges[e.ID] == nil && slices.ContainsFunc(e.Evidence, cites) {
			cl := CloneEdge(e)
			cl.Evidence = slices.DeleteFunc(cl.Evidence, cites)
			st.Edges[e.ID] = cl
		}
	}
	return st
}

// Lookup returns look with the stale owners in place of the stored ones
// (Resolve, which only follows merges, is kept).
func (st *Stale) Lookup(look Lookup) Lookup {
	if len(st.Nodes) == 0 && len(st.Edges) == 0 {
		return look
	}
	out := look
	out.Node = func(id string) *peyvand.Node {
		if n, ok := st.Nodes[id]; ok {
			return n
		}
		return look.Node(id)
	}
	out.Edge = func(id string) *peyvand.Edge {
		if e, ok := st.Edges[id]; ok {
			return e
		}
		if look.Edge == nil {
			return nil
		}
		return look.Edge(id)
	}
	return out
}

// Rewrite adds to p the stale owners the batch does not write itself,
// stamped with now, so that their evidence of the old text goes too.
func (st *Stale) Rewrite(p *Plan, now time.Time) {
	written := map[string]bool{}
	for _, n := range p.WriteNodes {
		written[n.ID] = true
	}
	for _, e := range p.WriteEdges {
		written[e.ID] = true
	}
	deleted := map[string]bool{}
	for _, id := range p.Deletes {
		deleted[id] = true
	}
	for _, id := range slices.Sorted(maps.Keys(st.Nodes)) {
		if !written[id] {
			n := st.Nodes[id]
			n.Updated = now
			p.WriteNodes = append(p.WriteNodes, n)
			p.Result.NodesUpdated++
		}
	}
	for _, id := range slices.Sorted(maps.Keys(st.Edges)) {
		if !written[id] && !deleted[id] {
			e := st.Edges[id]
			e.Updated = now
			p.WriteEdges = append(p.WriteEdges, e)
			p.Result.EdgesUpdated++
		}
	}
}
