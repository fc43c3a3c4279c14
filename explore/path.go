package explore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
)

// Limits of path searches.
const (
	DefaultMaxHops = 4
	MaxHops        = 6
	DefaultBudget  = 2 * time.Second
	// MaxPaths bounds k in KShortestPaths.
	MaxPaths = 20
)

// ErrNoPath is in the chain of the error ShortestPath and KShortestPaths
// return when the two nodes are not connected within the hop limit; that
// error's code is NOT_FOUND and its message says how many hops were tried.
var ErrNoPath = errors.New("no path")

// ErrBudget is in the chain of the error a search returns when it runs out
// of its time budget, or when a level of it would read more than
// maxFrontier nodes' edges at once; that error's code is UNAVAILABLE.
var ErrBudget = errors.New("search budget exceeded")

// maxFrontier bounds the nodes one level of a search expands, so that a
// search through hubs cannot hold the memory of a large part of the graph
// before its time runs out.
var maxFrontier = 100_000

// errFrontier stops a search that grew past maxFrontier.
var errFrontier = errors.New("search frontier too large")

// PathOptions bound a path search.
type PathOptions struct {
	// MaxHops is the longest path looked for: DefaultMaxHops when zero, at
	// most MaxHops.
	MaxHops int
	// Via lists the relationship types a path may follow, in either
	// direction. When empty, every type but LOCATED_IN is followed (two
	// bodies in one province are not a connection, and a province touches
	// thousands of nodes); LOCATED_IN is followed too when an end is a place.
	Via []peyvand.RelType
	// Budget bounds the time the search may take: DefaultBudget when zero.
	// A deadline already on the context is honoured as well.
	Budget time.Duration
}

// Path is a chain of relationships from one node to another. Every hop is
// the stored edge, evidence included; hops may run against the direction of
// their edge.
type Path struct {
	// Length is the number of hops.
	Length int `json:"length"`
	// Nodes are the IDs along the path, from the first to the last.
	Nodes []string `json:"nodes"`
	// Hops[i] links Nodes[i] and Nodes[i+1].
	Hops []*peyvand.Edge `json:"hops"`
}

func (o *PathOptions) check() error {
	var err error
	if o.MaxHops, err = bounded("maxHops", o.MaxHops, DefaultMaxHops, MaxHops); err != nil {
		return err
	}
	for _, t := range o.Via {
		if !slices.Contains(peyvand.RelTypes, t) {
			return peyvand.Errorf(peyvand.EINVALID, "unknown relationship type %q", t)
		}
	}
	switch {
	case o.Budget < 0:
		return peyvand.Errorf(peyvand.EINVALID, "negative time budget %s", o.Budget)
	case o.Budget == 0:
		o.Budget = DefaultBudget
	}
	return nil
}

// relTypes returns the relationship types a search between ends follows.
func (o *PathOptions) relTypes(ends []*peyvand.Node) []peyvand.RelType {
	if len(o.Via) > 0 {
		return o.Via
	}
	for _, n := range ends {
		if n.Type == peyvand.TypePlace {
			return peyvand.RelTypes
		}
	}
	var ts []peyvand.RelType
	for _, t := range peyvand.RelTypes {
		if t != peyvand.RelLocatedIn {
			ts = append(ts, t)
		}
	}
	return ts
}

// ShortestPath returns a shortest path between nodes from and to within
// opt.MaxHops hops, searching from both ends at once with one EdgesOf call
// per level. When there is none it returns a nil path and an error wrapping
// ErrNoPath with code NOT_FOUND; an unknown ID is NOT_FOUND too, and running
// out of the time budget is UNAVAILABLE (wrapping ErrBudget). A store that
// implements PathFinder does the search itself.
func ShortestPath(ctx context.Context, st peyvand.Store, from, to string, opt PathOptions) (*Path, error) {
	ctx, cancel, s, ends, err := startSearch(ctx, st, from, to, &opt)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var hops []*peyvand.Edge
	if pf, ok := st.(PathFinder); ok && ends[0].ID != ends[1].ID {
		hops, err = pf.ShortestPath(ctx, ends[0].ID, ends[1].ID, opt.MaxHops, s.types)
		if err == nil && hops == nil {
			return nil, noPath(opt.MaxHops)
		}
		if err == nil {
			return pathOf(ends[0].ID, hops), nil
		}
	} else {
		var found bool
		hops, found, err = s.shortest(ctx, ends[0].ID, ends[1].ID, opt.MaxHops, nil, nil)
		if err == nil && !found {
			return nil, noPath(opt.MaxHops)
		}
		if err == nil {
			return pathOf(ends[0].ID, hops), nil
		}
	}
	return nil, searchError(ctx, opt.Budget, err)
}

// KShortestPaths returns up to k shortest paths between from and to within
// opt.MaxHops hops, shortest first, that differ in the nodes they pass
// through (Yen's algorithm over the same two-ended search, with the edges
// it reads cached for the call; a PathFinder is not used). Errors are those
// of ShortestPath; k must be within 1..MaxPaths.
func KShortestPaths(ctx context.Context, st peyvand.Store, from, to string, k int, opt PathOptions) ([]*Path, error) {
	if k < 1 || k > MaxPaths {
		return nil, peyvand.Errorf(peyvand.EINVALID, "k %d is out of range 1..%d", k, MaxPaths)
	}
	ctx, cancel, s, ends, err := startSearch(ctx, st, from, to, &opt)
	if err != nil {
		return nil, err
	}
	defer cancel()
	s.cache = map[string][]*peyvand.Edge{}
	src, dst := ends[0].ID, ends[1].ID
	first, found, err := s.shortest(ctx, src, dst, opt.MaxHops, nil, nil)
	if err != nil {
		return nil, searchError(ctx, opt.Budget, err)
	}
	if !found {
		return nil, noPath(opt.MaxHops)
	}
	paths := []*Path{pathOf(src, first)}
	if src == dst {
		return paths, nil
	}
	seen := map[string]bool{pathKey(paths[0]): true}
	var candidates []*Path
	for len(paths) < k {
		last := paths[len(paths)-1]
		for i := 0; i < last.Length; i++ {
			root := last.Nodes[:i+1]
			banNodes := map[string]bool{}
			for _, n := range root[:i] {
				banNodes[n] = true
			}
			banPairs := map[[2]string]bool{}
			for _, p := range paths {
				if p.Length > i && slices.Equal(p.Nodes[:i+1], root) {
					banPairs[pairKey(p.Nodes[i], p.Nodes[i+1])] = true
				}
			}
			spur, found, err := s.shortest(ctx, root[i], dst, opt.MaxHops-i, banNodes, banPairs)
			if err != nil {
				return nil, searchError(ctx, opt.Budget, err)
			}
			if !found {
				continue
			}
			p := pathOf(src, append(slices.Clone(last.Hops[:i]), spur...))
			if key := pathKey(p); !seen[key] {
				seen[key] = true
				candidates = append(candidates, p)
			}
		}
		if len(candidates) == 0 {
			break
		}
		best := 0
		for i, c := range candidates {
			if c.Length < candidates[best].Length || c.Length == candidates[best].Length && pathKey(c) < pathKey(candidates[best]) {
				best = i
			}
		}
		paths = append(paths, candidates[best])
		candidates = slices.Delete(candidates, best, best+1)
	}
	return paths, nil
}

// startSearch checks the options and the ends of a search and starts its
// time budget.
func startSearch(ctx context.Context, st peyvand.Store, from, to string, opt *PathOptions) (context.Context, context.CancelFunc, *searcher, []*peyvand.Node, error) {
	if err := opt.check(); err != nil {
		return nil, nil, nil, nil, err
	}
	ends, err := lookup(ctx, st, []string{from, to})
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, opt.Budget, ErrBudget)
	s := &searcher{st: st, types: opt.relTypes(ends)}
	s.degrees, _ = st.(DegreeCounter)
	return ctx, cancel, s, ends, nil
}

func noPath(hops int) error {
	return fmt.Errorf("%w: %w", ErrNoPath, peyvand.Errorf(peyvand.ENOTFOUND, "no path within %d hops", hops))
}

// searchError turns a failed search into the error its caller should see.
func searchError(ctx context.Context, budget time.Duration, err error) error {
	if errors.Is(err, errFrontier) {
		return fmt.Errorf("%w: %w", ErrBudget, peyvand.Errorf(peyvand.EUNAVAILABLE,
			"the search reached more than %d nodes at one level; look fewer hops far or along fewer relationship types", maxFrontier))
	}
	if errors.Is(context.Cause(ctx), ErrBudget) {
		return fmt.Errorf("%w: %w", ErrBudget, peyvand.Errorf(peyvand.EUNAVAILABLE,
			"the search took longer than its budget of %s; look fewer hops far or along fewer relationship types", budget))
	}
	return fmt.Errorf("path search: %w", err)
}

func pathKey(p *Path) string { return strings.Join(p.Nodes, " ") }

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// pathOf builds the Path that hops trace from node start.
func pathOf(start string, hops []*peyvand.Edge) *Path {
	p := &Path{Length: len(hops), Nodes: []string{start}, Hops: hops}
	if hops == nil {
		p.Hops = []*peyvand.Edge{}
	}
	at := start
	for _, e := range hops {
		at = other(e, at)
		p.Nodes = append(p.Nodes, at)
	}
	return p
}

// searcher runs breadth-first searches over a store.
type searcher struct {
	st      peyvand.Store
	types   []peyvand.RelType
	degrees DegreeCounter
	// cache keeps adjacency across the searches of one KShortestPaths call;
	// nil for a single search.
	cache map[string][]*peyvand.Edge
}

// edgesOf returns the edges of ids, in one store call for those not cached.
func (s *searcher) edgesOf(ctx context.Context, ids []string) (map[string][]*peyvand.Edge, error) {
	if s.cache == nil {
		return s.st.EdgesOf(ctx, ids, peyvand.Both, s.types...)
	}
	var want []string
	for _, id := range ids {
		if _, ok := s.cache[id]; !ok {
			want = append(want, id)
		}
	}
	if len(want) > 0 {
		got, err := s.st.EdgesOf(ctx, want, peyvand.Both, s.types...)
		if err != nil {
			return nil, err
		}
		for _, id := range want {
			s.cache[id] = got[id]
		}
	}
	return s.cache, nil
}

// side is one end of a two-ended search.
type side struct {
	parent map[string]*peyvand.Edge // node → edge it was reached by
	depth  map[string]int
	front  []string
	level  int
}

func newSide(start string) *side {
	return &side{parent: map[string]*peyvand.Edge{start: nil}, depth: map[string]int{start: 0}, front: []string{start}}
}

// weight estimates the cost of expanding a side's frontier.
func (s *searcher) weight(sd *side) int {
	if s.degrees == nil {
		return len(sd.front)
	}
	w := 0
	for _, id := range sd.front {
		w += s.degrees.Degree(id)
	}
	return w
}

// shortest finds a shortest path of at most maxHops hops from src to dst,
// avoiding the nodes of banNodes and the node pairs of banPairs. It
// expands the cheaper side a level at a time.
func (s *searcher) shortest(ctx context.Context, src, dst string, maxHops int, banNodes map[string]bool, banPairs map[[2]string]bool) ([]*peyvand.Edge, bool, error) {
	if src == dst {
		return nil, true, nil
	}
	fw, bw := newSide(src), newSide(dst)
	for fw.level+bw.level < maxHops {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		cur, opp := fw, bw
		if s.weight(bw) < s.weight(fw) {
			cur, opp = bw, fw
		}
		if len(cur.front) > maxFrontier {
			return nil, false, errFrontier
		}
		adj, err := s.edgesOf(ctx, cur.front)
		if err != nil {
			return nil, false, err
		}
		var next []string
		meet, meetLen := "", 0
		for _, id := range cur.front {
			for _, e := range adj[id] {
				o := other(e, id)
				if o == id || banNodes[o] || banPairs[pairKey(id, o)] {
					continue
				}
				if _, seen := cur.parent[o]; seen {
					continue
				}
				cur.parent[o] = e
				cur.depth[o] = cur.level + 1
				next = append(next, o)
				if d, ok := opp.depth[o]; ok {
					if l := cur.level + 1 + d; meet == "" || l < meetLen || l == meetLen && o < meet {
						meet, meetLen = o, l
					}
				}
			}
		}
		cur.level++
		cur.front = next
		if meet != "" {
			return joinSides(fw, bw, meet), true, nil
		}
		if len(next) == 0 {
			return nil, false, nil
		}
	}
	return nil, false, nil
}

// joinSides returns the hops from the forward start through meet to the
// backward start.
func joinSides(fw, bw *side, meet string) []*peyvand.Edge {
	var hops []*peyvand.Edge
	for at := meet; fw.parent[at] != nil; {
		e := fw.parent[at]
		hops = append(hops, e)
		at = other(e, at)
	}
	slices.Reverse(hops)
	for at := meet; bw.parent[at] != nil; {
		e := bw.parent[at]
		hops = append(hops, e)
		at = other(e, at)
	}
	return hops
}
