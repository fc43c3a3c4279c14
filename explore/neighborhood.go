package explore

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/peyvand/peyvand"
)

// Limits of neighbourhoods.
const (
	DefaultDepth = 1
	MaxDepth     = 3
	DefaultLimit = 200
	MaxLimit     = 5000
)

// NeighborhoodOptions shape a neighbourhood.
type NeighborhoodOptions struct {
	// Depth is how many hops from the seeds to reach: DefaultDepth when
	// zero, at most MaxDepth.
	Depth int
	// Limit caps the number of nodes: DefaultLimit when zero, at most
	// MaxLimit.
	Limit int
	// Types keeps only nodes of these types (and walks only through them);
	// the seeds are always kept. All types when empty.
	Types []peyvand.EntityType
}

func (o *NeighborhoodOptions) check() error {
	var err error
	if o.Depth, err = bounded("depth", o.Depth, DefaultDepth, MaxDepth); err != nil {
		return err
	}
	if o.Limit, err = bounded("limit", o.Limit, DefaultLimit, MaxLimit); err != nil {
		return err
	}
	for _, t := range o.Types {
		if !slices.Contains(peyvand.EntityTypes, t) {
			return peyvand.Errorf(peyvand.EINVALID, "unknown entity type %q", t)
		}
	}
	return nil
}

// Neighborhood returns the nodes within opt.Depth hops of the seed nodes ids,
// and every edge among them, for drawing. It reads one level per EdgesOf
// call. When more nodes are in reach than opt.Limit, it keeps the seeds,
// then nearer nodes before farther ones, and among nodes at the same
// distance those of highest degree (as a DegreeCounter store reports it, or
// else those linked to most kept nodes); it then stops and sets Truncated.
// An unknown seed is NOT_FOUND; more seeds than the limit is
// INVALID_ARGUMENT.
func Neighborhood(ctx context.Context, st peyvand.Store, ids []string, opt NeighborhoodOptions) (*Subgraph, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	seeds, err := lookup(ctx, st, ids)
	if err != nil {
		return nil, err
	}
	allowed := func(id string) bool {
		return len(opt.Types) == 0 || slices.Contains(opt.Types, peyvand.TypeOfID(id))
	}
	depth := map[string]int{}
	var kept []string
	for _, n := range seeds {
		if _, dup := depth[n.ID]; !dup {
			depth[n.ID] = 0
			kept = append(kept, n.ID)
		}
	}
	if len(kept) > opt.Limit {
		return nil, peyvand.Errorf(peyvand.EINVALID, "%d seeds are more than the limit of %d nodes", len(kept), opt.Limit)
	}
	degree := map[string]int{}
	edges := map[string]*peyvand.Edge{}
	level := slices.Clone(kept)
	truncated := false
	// One more round than the depth reads the edges among the farthest
	// nodes. Each such edge leaves one of them, so that round reads only
	// outgoing edges: a body's or an event's many incoming ones are skipped.
	for d := 1; d <= opt.Depth+1 && len(level) > 0; d++ {
		dir := peyvand.Both
		if d > opt.Depth || truncated {
			dir = peyvand.Out
		}
		adj, err := st.EdgesOf(ctx, level, dir)
		if err != nil {
			return nil, fmt.Errorf("neighbourhood: %w", err)
		}
		ties := map[string]int{}
		pending := map[string][]*peyvand.Edge{} // edges to each found node
		var found []string
		for _, id := range level {
			if dir == peyvand.Both {
				degree[id] = len(adj[id])
			}
			for _, e := range adj[id] {
				o := other(e, id)
				if _, ok := depth[o]; ok {
					edges[e.ID] = e
					continue
				}
				if d > opt.Depth || truncated || !allowed(o) {
					continue
				}
				if ties[o] == 0 {
					found = append(found, o)
				}
				ties[o]++
				pending[o] = append(pending[o], e)
			}
		}
		if room := opt.Limit - len(kept); len(found) > room {
			rank := ties
			known, err := degreesOf(ctx, st, found)
			if err != nil {
				return nil, fmt.Errorf("neighbourhood: %w", err)
			}
			if known != nil {
				rank = known
			}
			slices.SortFunc(found, func(a, b string) int {
				return cmp.Or(-cmp.Compare(rank[a], rank[b]), -cmp.Compare(ties[a], ties[b]), cmp.Compare(a, b))
			})
			found = found[:room]
			truncated = true
		}
		for _, id := range found {
			depth[id] = d
			kept = append(kept, id)
			for _, e := range pending[id] {
				edges[e.ID] = e
			}
		}
		level = found
	}
	nodes, err := st.Nodes(ctx, kept)
	if err != nil {
		return nil, fmt.Errorf("neighbourhood: %w", err)
	}
	var unknown []string
	for _, id := range kept {
		if _, ok := degree[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	known, err := degreesOf(ctx, st, unknown)
	if err != nil {
		return nil, fmt.Errorf("neighbourhood: %w", err)
	}
	for id, dg := range known {
		degree[id] = dg
	}
	sg := &Subgraph{Nodes: make([]SubNode, 0, len(kept)), Edges: []SubEdge{}, Truncated: truncated}
	for i, n := range nodes {
		if n == nil {
			continue
		}
		sn := NewSubNode(n)
		sn.ID = kept[i]
		sn.Data["depth"] = depth[kept[i]]
		sn.Data["seed"] = depth[kept[i]] == 0
		if dg, ok := degree[kept[i]]; ok {
			sn.Data["degree"] = dg
		}
		sg.Nodes = append(sg.Nodes, sn)
	}
	for _, id := range sortedIDs(edges) {
		e := edges[id]
		_, okF := depth[e.From]
		_, okT := depth[e.To]
		if okF && okT {
			sg.Edges = append(sg.Edges, NewSubEdge(e))
		}
	}
	return sg, nil
}
