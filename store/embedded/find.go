package embedded

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// Find searches or lists nodes.
func (s *Store) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if q.Text != "" {
		s.compactIndex()
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.readable(ctx); err != nil {
		return nil, err
	}
	keep := s.filter(q)
	var hits []peyvand.Hit
	if q.Text != "" {
		for id, score := range s.index.search(q.Text) {
			if n := s.nodes[id]; n != nil && keep(n) {
				hits = append(hits, peyvand.Hit{Node: n, Score: score})
			}
		}
		sort.Slice(hits, func(i, j int) bool {
			a, b := hits[i], hits[j]
			if a.Score != b.Score {
				return a.Score > b.Score
			}
			da, db := len(s.out[a.Node.ID])+len(s.in[a.Node.ID]), len(s.out[b.Node.ID])+len(s.in[b.Node.ID])
			if da != db {
				return da > db
			}
			return s.less(a.Node, b.Node, peyvand.SortName)
		})
	} else if q.Related == "" {
		return s.list(q, keep), nil
	} else {
		for _, n := range s.candidates(q) {
			if keep(n) {
				hits = append(hits, peyvand.Hit{Node: n})
			}
		}
		sort.Slice(hits, func(i, j int) bool {
			if q.Desc {
				return s.less(hits[j].Node, hits[i].Node, q.Sort)
			}
			return s.less(hits[i].Node, hits[j].Node, q.Sort)
		})
	}
	page := &peyvand.Page{Total: len(hits)}
	lo := min(q.Offset, len(hits))
	hi := len(hits)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, len(hits))
	}
	for _, h := range hits[lo:hi] {
		page.Hits = append(page.Hits, peyvand.Hit{Node: cloneNode(h.Node), Score: h.Score})
	}
	return page, nil
}

// list answers a listing of every node of q.Types: it walks the nodes in
// the listing's order (sortedNodes), counting those that keep takes and
// copying only the page. The caller holds mu for reading.
func (s *Store) list(q peyvand.Query, keep func(*peyvand.Node) bool) *peyvand.Page {
	nodes := s.sortedNodes(q.Types, q.Sort)
	page := &peyvand.Page{}
	for i := range nodes {
		n := nodes[i]
		if q.Desc {
			n = nodes[len(nodes)-1-i]
		}
		if !keep(n) {
			continue
		}
		if page.Total >= q.Offset && (q.Limit <= 0 || len(page.Hits) < q.Limit) {
			page.Hits = append(page.Hits, peyvand.Hit{Node: cloneNode(n)})
		}
		page.Total++
	}
	return page
}

// listKey names one order of the nodes of some types.
type listKey struct {
	types string
	sort  peyvand.SortKey
}

// sortedList is the nodes of a listKey in order, as of a gen.
type sortedList struct {
	gen   uint64
	nodes []*peyvand.Node
}

// sortedNodes returns every node of types (of every type when none) in
// the order of key, ascending. The order is sorted once per change of the
// nodes and shared, read-only, by the listings that follow, so a page of a
// large listing costs one pass over it rather than a sort. The caller holds
// mu for reading (which keeps gen still).
func (s *Store) sortedNodes(types []peyvand.EntityType, key peyvand.SortKey) []*peyvand.Node {
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = string(t)
	}
	slices.Sort(names)
	k := listKey{types: strings.Join(slices.Compact(names), ","), sort: key}
	s.sortedMu.Lock()
	defer s.sortedMu.Unlock()
	if l := s.sorted[k]; l != nil && l.gen == s.gen {
		return l.nodes
	}
	if s.sorted == nil || len(s.sorted) > 0 && s.anyStale() {
		s.sorted = map[listKey]*sortedList{}
	}
	nodes := s.candidates(peyvand.Query{Types: types})
	slices.SortFunc(nodes, func(a, b *peyvand.Node) int {
		switch {
		case s.less(a, b, key):
			return -1
		case s.less(b, a, key):
			return 1
		}
		return 0
	})
	s.sorted[k] = &sortedList{gen: s.gen, nodes: nodes}
	return nodes
}

// anyStale reports whether a cached order is of an older gen; they are
// then all dropped together, so old orders do not pile up.
func (s *Store) anyStale() bool {
	for _, l := range s.sorted {
		if l.gen != s.gen {
			return true
		}
	}
	return false
}

// compactIndex folds recently added search keys into the sorted list.
func (s *Store) compactIndex() {
	s.mu.RLock()
	dirty := len(s.index.pending) > 0
	s.mu.RUnlock()
	if dirty {
		s.mu.Lock()
		s.index.compact()
		s.mu.Unlock()
	}
}

// candidates returns the nodes a listing looks at: the neighbours of
// q.Related, or every node of q.Types.
func (s *Store) candidates(q peyvand.Query) []*peyvand.Node {
	var out []*peyvand.Node
	if q.Related != "" {
		r := s.resolve(q.Related)
		if r == nil {
			return nil
		}
		seen := map[string]bool{}
		for _, es := range [][]*peyvand.Edge{s.out[r.ID], s.in[r.ID]} {
			for _, e := range es {
				other := e.To
				if other == r.ID {
					other = e.From
				}
				if n := s.resolve(other); n != nil && !seen[n.ID] {
					seen[n.ID] = true
					out = append(out, n)
				}
			}
		}
		return out
	}
	types := q.Types
	if len(types) == 0 {
		types = peyvand.EntityTypes
	}
	for _, t := range types {
		for _, n := range s.byType[t] {
			out = append(out, n)
		}
	}
	return out
}

// filter returns the test a node must pass to be in q's result.
// q has been validated.
func (s *Store) filter(q peyvand.Query) func(*peyvand.Node) bool {
	name := persian.Squash(q.Name)
	var related map[string]bool
	if q.Related != "" && q.Text != "" {
		related = map[string]bool{}
		for _, n := range s.candidates(peyvand.Query{Related: q.Related}) {
			related[n.ID] = true
		}
	}
	kind := persian.Normalize(q.Kind)
	return func(n *peyvand.Node) bool {
		if n.MergedInto != "" {
			return false
		}
		if len(q.Types) > 0 && !slices.Contains(q.Types, n.Type) {
			return false
		}
		if kind != "" && !strings.EqualFold(persian.Normalize(n.Kind), kind) {
			return false
		}
		if related != nil && !related[n.ID] {
			return false
		}
		if q.From != "" || q.To != "" {
			if n.Date == nil || (q.From != "" && n.Date.ISO < q.From) || (q.To != "" && n.Date.ISO > q.To) {
				return false
			}
		}
		return nameKeyMatch(n, name)
	}
}

// less orders two nodes by key, then by ID so that pages are stable.
func (s *Store) less(a, b *peyvand.Node, key peyvand.SortKey) bool {
	switch key {
	case peyvand.SortDate:
		da, db := dateOf(a), dateOf(b)
		if da != db {
			// Undated nodes sort after dated ones.
			if da == "" || db == "" {
				return db == ""
			}
			return da < db
		}
	case peyvand.SortUpdated:
		if !a.Updated.Equal(b.Updated) {
			return a.Updated.Before(b.Updated)
		}
	}
	if oa, ob := s.order[a.ID], s.order[b.ID]; oa != ob {
		return oa < ob
	}
	return a.ID < b.ID
}

func dateOf(n *peyvand.Node) string {
	if n.Date == nil {
		return ""
	}
	return n.Date.ISO
}
