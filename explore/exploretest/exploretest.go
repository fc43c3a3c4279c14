// Package exploretest provides an in-memory peyvand.Store for the tests of
// the packages that read the graph (explore, export), so they run without a
// real store and can count the round trips they make.
package exploretest

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sync"

	"github.com/peyvand/peyvand"
)

var _ peyvand.Store = (*Store)(nil)

// Store is a peyvand.Store held in maps. It merges nothing on Apply: a
// node or edge replaces the one with its ID.
type Store struct {
	mu    sync.Mutex
	nodes map[string]*peyvand.Node
	edges map[string]*peyvand.Edge
	audit []peyvand.AuditRecord
	// EdgesOfCalls counts EdgesOf calls, so tests can check round trips.
	EdgesOfCalls int
}

// New returns an empty Store.
func New() *Store {
	return &Store{nodes: map[string]*peyvand.Node{}, edges: map[string]*peyvand.Edge{}}
}

// Apply stores the nodes and edges of b and deletes b.DeleteEdges.
func (s *Store) Apply(ctx context.Context, b *peyvand.Batch) (*peyvand.ApplyResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := &peyvand.ApplyResult{}
	for _, n := range b.Nodes {
		if s.nodes[n.ID] == nil {
			r.NodesCreated++
		} else {
			r.NodesUpdated++
		}
		c := *n
		s.nodes[n.ID] = &c
	}
	for _, e := range b.Edges {
		if s.edges[e.ID] == nil {
			r.EdgesCreated++
		} else {
			r.EdgesUpdated++
		}
		c := *e
		s.edges[e.ID] = &c
	}
	for _, id := range b.DeleteEdges {
		if s.edges[id] != nil {
			delete(s.edges, id)
			r.EdgesDeleted++
		}
	}
	if b.Audit != nil {
		s.audit = append(s.audit, *b.Audit)
	}
	return r, nil
}

func (s *Store) resolve(id string) *peyvand.Node {
	n := s.nodes[id]
	for i := 0; n != nil && n.MergedInto != "" && i < 64; i++ {
		n = s.nodes[n.MergedInto]
	}
	return n
}

// Nodes returns nodes by ID, following merges.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*peyvand.Node, len(ids))
	for i, id := range ids {
		out[i] = s.resolve(id)
	}
	return out, ctx.Err()
}

// Edges returns edges by ID.
func (s *Store) Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*peyvand.Edge, len(ids))
	for i, id := range ids {
		out[i] = s.edges[id]
	}
	return out, ctx.Err()
}

// EdgesOf returns each node's edges in direction dir, by edge ID. It scans
// every edge: the fake is for small test graphs.
func (s *Store) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.EdgesOfCalls++
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make(map[string][]*peyvand.Edge, len(ids))
	for _, id := range ids {
		n := s.resolve(id)
		var list []*peyvand.Edge
		for _, e := range s.edges {
			if n == nil || len(types) > 0 && !slices.Contains(types, e.Type) {
				continue
			}
			if (dir != peyvand.In && e.From == n.ID) || (dir != peyvand.Out && e.To == n.ID) {
				list = append(list, e)
			}
		}
		slices.SortFunc(list, func(a, b *peyvand.Edge) int { return cmp.Compare(a.ID, b.ID) })
		out[id] = list
	}
	return out, nil
}

// Find lists nodes by type, in ID order; text search is not supported.
func (s *Store) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	if q.Text != "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the test store does not search text")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var all []*peyvand.Node
	for _, n := range s.nodes {
		if n.MergedInto == "" && (len(q.Types) == 0 || slices.Contains(q.Types, n.Type)) {
			all = append(all, n)
		}
	}
	slices.SortFunc(all, func(a, b *peyvand.Node) int { return cmp.Compare(a.ID, b.ID) })
	p := &peyvand.Page{Total: len(all)}
	lo := min(q.Offset, len(all))
	hi := len(all)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, len(all))
	}
	for _, n := range all[lo:hi] {
		p.Hits = append(p.Hits, peyvand.Hit{Node: n})
	}
	return p, ctx.Err()
}

// Merge folds node from into node into and moves from's edges.
func (s *Store) Merge(ctx context.Context, from, into string, rec peyvand.AuditRecord) (*peyvand.Node, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, t := s.resolve(from), s.resolve(into)
	if f == nil || t == nil {
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "merge %s into %s: no such node", from, into)
	}
	if f.Type != t.Type || f.ID == t.ID {
		return nil, peyvand.Errorf(peyvand.EINVALID, "merge %s into %s: not two nodes of one type", from, into)
	}
	t.Aliases = append(t.Aliases, f.Name)
	f.MergedInto = t.ID
	for _, e := range s.edges {
		if e.From == f.ID {
			e.From = t.ID
		}
		if e.To == f.ID {
			e.To = t.ID
		}
	}
	s.audit = append(s.audit, rec)
	return t, ctx.Err()
}

// Unmerge refuses: this store moves edges in place and keeps no record
// of what a merge did, so it cannot undo one.
func (s *Store) Unmerge(ctx context.Context, id string, rec peyvand.AuditRecord) (restored, survivor *peyvand.Node, err error) {
	return nil, nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "unmerge %s: the explore test store keeps no merge records", id)
}

// Audit returns the audit records, newest first.
func (s *Store) Audit(ctx context.Context, limit int) ([]peyvand.AuditRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Clone(s.audit)
	slices.Reverse(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, ctx.Err()
}

// Stats counts nodes (merged ones excluded) and edges by type.
func (s *Store) Stats(ctx context.Context) (*peyvand.Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := &peyvand.Stats{Nodes: map[peyvand.EntityType]int{}, Edges: map[peyvand.RelType]int{}}
	for _, n := range s.nodes {
		if n.MergedInto == "" {
			st.Nodes[n.Type]++
		}
	}
	for _, e := range s.edges {
		st.Edges[e.Type]++
	}
	return st, ctx.Err()
}

// Ping reports the context's state; the store is always up.
func (s *Store) Ping(ctx context.Context) error { return ctx.Err() }

// Close does nothing.
func (s *Store) Close() error { return nil }

// LoadFile builds a Store from a JSON file holding a peyvand.Batch
// ({"Nodes": [...], "Edges": [...]}), for tests that keep their graphs in
// testdata.
func LoadFile(path string) (*Store, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	var b peyvand.Batch
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	s := New()
	if _, err := s.Apply(context.Background(), &b); err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return s, nil
}
