package upsert

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
)

// Lookup reads the stored graph for a Plan: Node returns the node stored
// under an ID as it is (a merged node included), Resolve the node an ID
// stands for now (following merges to the survivor), and Edge the edge
// stored under an ID; each returns nil where there is none.
type Lookup struct {
	Node    func(id string) *peyvand.Node
	Resolve func(id string) *peyvand.Node
	Edge    func(id string) *peyvand.Edge
}

// Plan is what a batch changes in the stored graph, worked out by the
// rules every store shares. A store computes it in three steps, reading
// what each step needs (the Neo4j store reads the stored edges only once
// it knows their IDs): PlanNodes, then EdgeUpdates, then Finish.
type Plan struct {
	b     *peyvand.Batch
	look  Lookup
	nodes map[string]*peyvand.Node
	order []string
	fresh map[string]bool

	// WriteNodes and WriteEdges are what changes, stamped with the time;
	// Deletes the IDs of the edges the batch deletes, once each. Result
	// counts it all but the deletions, which only the store can count (an
	// ID of no edge deletes nothing).
	WriteNodes []*peyvand.Node
	WriteEdges []*peyvand.Edge
	Deletes    []string
	Result     peyvand.ApplyResult
}

// PlanNodes validates b and merges its nodes into the stored ones. A node
// written under an ID that curation merged away goes to the survivor.
func PlanNodes(b *peyvand.Batch, look Lookup) (*Plan, error) {
	p := &Plan{b: b, look: look, nodes: map[string]*peyvand.Node{}, fresh: map[string]bool{}}
	for i, e := range b.Edges {
		if err := ValidEdge(e); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %d: %s", i, err.Error())
		}
	}
	for i, n := range b.Nodes {
		if err := ValidNode(n); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "node %d: %s", i, err.Error())
		}
		id := n.ID
		if sv := look.Resolve(id); sv != nil && sv.ID != id && !b.Replace {
			id = sv.ID
		}
		prev := p.nodes[id]
		if prev == nil {
			prev = look.Node(id)
		}
		var v *peyvand.Node
		switch {
		case prev == nil:
			v = NewNode(n)
			p.fresh[id] = true
		case prev.Type != n.Type:
			return nil, peyvand.Errorf(peyvand.ECONFLICT, "node %s is a %s, not a %s", id, prev.Type, n.Type)
		case b.Replace:
			v = NewNode(n)
		default:
			upd := *n
			upd.ID = id
			v = MergeNode(prev, &upd)
		}
		v.ID = id
		if _, seen := p.nodes[id]; !seen {
			p.order = append(p.order, id)
		}
		p.nodes[id] = v
	}
	return p, nil
}

// EdgeUpdates returns the batch's edges as they will be written before
// merging with stored ones: each end must be a node of the batch or of the
// store, and an end merged away moves to the survivor (and the edge to the
// ID it has there).
func (p *Plan) EdgeUpdates() ([]*peyvand.Edge, error) {
	exists := func(id string) *peyvand.Node {
		if n := p.nodes[id]; n != nil {
			return n
		}
		return p.look.Resolve(id)
	}
	upds := make([]*peyvand.Edge, 0, len(p.b.Edges))
	for i, e := range p.b.Edges {
		from, to := exists(e.From), exists(e.To)
		if from == nil || to == nil {
			missing := e.From
			if from != nil {
				missing = e.To
			}
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %d (%s): no node %s", i, e.Type, missing)
		}
		upd := CloneEdge(e)
		if from.ID != e.From || to.ID != e.To {
			upd.From, upd.To = from.ID, to.ID
			upd.ID = EdgeID(upd)
		}
		upds = append(upds, upd)
	}
	return upds, nil
}

// Finish merges the edge updates into the stored edges, checks the
// deletions, and leaves in the plan only what changes, stamped now.
func (p *Plan) Finish(upds []*peyvand.Edge, now time.Time) (*Plan, error) {
	edges := map[string]*peyvand.Edge{}
	fresh := map[string]bool{}
	var order []string
	for _, upd := range upds {
		prev := edges[upd.ID]
		if prev == nil {
			prev = p.look.Edge(upd.ID)
		}
		v := upd
		switch {
		case prev == nil:
			fresh[upd.ID] = true
		case p.b.Replace:
			v = CloneEdge(upd)
		default:
			v = MergeEdge(prev, upd)
		}
		if _, seen := edges[upd.ID]; !seen {
			order = append(order, upd.ID)
		}
		edges[upd.ID] = v
	}
	for _, id := range p.b.DeleteEdges {
		if _, ok := edges[id]; ok {
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %s is both written and deleted", id)
		}
		if !slices.Contains(p.Deletes, id) {
			p.Deletes = append(p.Deletes, id)
		}
	}
	res := &p.Result
	for _, id := range p.order {
		v := p.nodes[id]
		switch {
		case p.fresh[id]:
			res.NodesCreated++
		case SameNode(p.look.Node(id), v):
			res.Unchanged++
			continue
		default:
			res.NodesUpdated++
		}
		v.Updated = now
		p.WriteNodes = append(p.WriteNodes, v)
	}
	for _, id := range order {
		v := edges[id]
		switch {
		case fresh[id]:
			res.EdgesCreated++
		case SameEdge(p.look.Edge(id), v):
			res.Unchanged++
			continue
		default:
			res.EdgesUpdated++
		}
		v.Updated = now
		p.WriteEdges = append(p.WriteEdges, v)
	}
	return p, nil
}

// MergeCheck returns the nodes fromID and intoID stand for now, or the
// error curation's merge of them gives: NOT_FOUND for an unknown ID,
// INVALID_ARGUMENT for one entity already, or two of different types.
func MergeCheck(fromID, intoID string, resolve func(id string) *peyvand.Node) (from, into *peyvand.Node, err error) {
	from, into = resolve(fromID), resolve(intoID)
	switch {
	case from == nil:
		return nil, nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", fromID)
	case into == nil:
		return nil, nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", intoID)
	case from.ID == into.ID:
		return nil, nil, peyvand.Errorf(peyvand.EINVALID, "%s and %s are already one entity", fromID, intoID)
	case from.Type != into.Type:
		return nil, nil, peyvand.Errorf(peyvand.EINVALID, "cannot merge a %s into a %s", from.Type, into.Type)
	}
	return from, into, nil
}

// MergePlan is what curation's merge of one node into another writes.
type MergePlan struct {
	// Survivor is into with from's names, titles, figures and evidence;
	// Gone is from, marked merged into the survivor.
	Survivor, Gone *peyvand.Node
	// Edges are from's edges moved to the survivor (merged with any it
	// had already), by ID; Deletes the IDs of from's edges as they were.
	Edges   []*peyvand.Edge
	Deletes []string
	Audit   peyvand.AuditRecord
}

// Moved returns from's edges as they are once moved to into, before
// merging with what into has: a store reads the stored edges with these
// IDs to hand to PlanMerge.
func Moved(from, into string, edges []*peyvand.Edge) []*peyvand.Edge {
	var out []*peyvand.Edge
	for _, e := range edges {
		if ne, ok := Retarget(e, from, into); ok {
			out = append(out, ne)
		}
	}
	return out
}

// PlanMerge works out a merge of from into into: edges are from's edges
// (either direction), stored reads the stored edge with an ID, and rec is
// completed with what a reader of the audit log needs.
func PlanMerge(from, into *peyvand.Node, edges []*peyvand.Edge, stored func(id string) *peyvand.Edge, rec peyvand.AuditRecord, now time.Time) *MergePlan {
	p := &MergePlan{Survivor: Absorb(into, from), Gone: CloneNode(from)}
	p.Survivor.Updated = now
	p.Gone.MergedInto = into.ID
	p.Gone.Updated = now
	moved := map[string]*peyvand.Edge{}
	for _, e := range edges {
		if !slices.Contains(p.Deletes, e.ID) {
			p.Deletes = append(p.Deletes, e.ID)
		}
	}
	for _, ne := range Moved(from.ID, into.ID, edges) {
		if prev := moved[ne.ID]; prev != nil {
			ne = MergeEdge(prev, ne)
		} else if prev := stored(ne.ID); prev != nil {
			ne = MergeEdge(prev, ne)
		}
		ne.Updated = now
		moved[ne.ID] = ne
	}
	for id, e := range moved {
		p.Edges = append(p.Edges, e)
		p.Deletes = slices.DeleteFunc(p.Deletes, func(d string) bool { return d == id })
	}
	slices.SortFunc(p.Edges, func(a, b *peyvand.Edge) int { return strings.Compare(a.ID, b.ID) })
	if rec.Action == "" {
		rec.Action = "merge"
	}
	if rec.Target == "" {
		rec.Target = into.ID
	}
	if rec.Detail == "" {
		rec.Detail = fmt.Sprintf("%s (%s) merged into %s (%s)", from.ID, from.Name, into.ID, into.Name)
	}
	if rec.At.IsZero() {
		rec.At = now
	}
	p.Audit = rec
	return p
}
