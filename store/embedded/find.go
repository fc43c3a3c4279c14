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
