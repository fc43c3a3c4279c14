package embedded

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// Apply writes a batch atomically: it is validated and merged against the
// stored graph in memory, committed in one bbolt transaction (fsync'd), and
// only then made visible to readers.
func (s *Store) Apply(ctx context.Context, b *peyvand.Batch) (*peyvand.ApplyResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
	}
	now := s.now().UTC()
	// Only writers change the maps and this writer holds writeMu, so they
	// can be read here without mu.
	stale, err := s.staleEvidence(b)
	if err != nil {
		return nil, err
	}
	look := upsert.Lookup{
		Node: func(id string) *peyvand.Node {
			if n, ok := stale.nodes[id]; ok {
				return n
			}
			return s.nodes[id]
		},
		Resolve: s.resolve,
		Edge: func(id string) *peyvand.Edge {
			if e, ok := stale.edges[id]; ok {
				return e
			}
			return s.edges[id]
		},
	}
	p, err := upsert.PlanNodes(b, look)
	if err != nil {
		return nil, err
	}
	upds, err := p.EdgeUpdates()
	if err != nil {
		return nil, err
	}
	if p, err = p.Finish(upds, now); err != nil {
		return nil, err
	}
	stale.rewrite(p, now)
	var deletes []string
	for _, id := range p.Deletes {
		if s.edges[id] != nil {
			deletes = append(deletes, id)
		}
	}
	res := &p.Result
	res.EdgesDeleted = len(deletes)
	if !res.Changed() && b.Audit == nil {
		return res, nil
	}
	if b.Audit != nil && b.Audit.At.IsZero() {
		b.Audit.At = now
	}
	if err := s.commit(p.WriteNodes, p.WriteEdges, deletes, b.Audit); err != nil {
		return nil, err
	}
	return res, nil
}

// commit writes to disk, then installs in memory.
func (s *Store) commit(nodes []*peyvand.Node, edges []*peyvand.Edge, deletes []string, audit *peyvand.AuditRecord) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		nb, eb, vb := tx.Bucket(bucketNodes), tx.Bucket(bucketEdges), tx.Bucket(bucketEvidence)
		for _, n := range nodes {
			bare := *n
			bare.Evidence = nil
			var old []peyvand.Evidence
			if o := s.nodes[n.ID]; o != nil {
				old = o.Evidence
			}
			if err := putOwner(nb, vb, n.ID, &bare, old, n.Evidence); err != nil {
				return err
			}
		}
		for _, id := range deletes {
			if err := eb.Delete([]byte(id)); err != nil {
				return err
			}
			if err := deleteEvidence(vb, id, s.edges[id].Evidence); err != nil {
				return err
			}
		}
		for _, e := range edges {
			bare := *e
			bare.Evidence = nil
			var old []peyvand.Evidence
			if o := s.edges[e.ID]; o != nil && !slices.Contains(deletes, e.ID) {
				old = o.Evidence
			}
			if err := putOwner(eb, vb, e.ID, &bare, old, e.Evidence); err != nil {
				return err
			}
		}
		if audit != nil {
			return putAudit(tx, audit)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range nodes {
		s.putNode(n)
	}
	for _, id := range deletes {
		if e := s.edges[id]; e != nil {
			s.dropEdge(e)
		}
	}
	s.putEdges(edges)
	return nil
}

// Merge folds node from into node into.
func (s *Store) Merge(ctx context.Context, fromID, intoID string, rec peyvand.AuditRecord) (*peyvand.Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
	}
	from, into, err := upsert.MergeCheck(fromID, intoID, s.resolve)
	if err != nil {
		return nil, err
	}
	edges := append(slices.Clip(s.out[from.ID]), s.in[from.ID]...)
	p := upsert.PlanMerge(from, into, edges, func(id string) *peyvand.Edge { return s.edges[id] }, rec, s.now().UTC())
	if err := s.commit([]*peyvand.Node{p.Survivor, p.Gone}, p.Edges, p.Deletes, &p.Audit); err != nil {
		return nil, err
	}
	return cloneNode(p.Survivor), nil
}

// staleCitations are the stored nodes and edges citing a source whose text
// a batch changes, each with the evidence citing that source dropped: its
// offsets and quotes were of the old text. The batch's own evidence then
// replaces it, and an owner the new text no longer supports loses it.
type staleCitations struct {
	nodes map[string]*peyvand.Node
	edges map[string]*peyvand.Edge
}

// staleEvidence finds what cites the sources of b whose text changes.
func (s *Store) staleEvidence(b *peyvand.Batch) (*staleCitations, error) {
	st := &staleCitations{}
	var changed []string
	for _, n := range b.Nodes {
		if o := s.nodes[n.ID]; n.Type == peyvand.TypeSource && o != nil && n.Text != "" && o.Text != n.Text {
			changed = append(changed, n.ID)
		}
	}
	if len(changed) == 0 {
		return st, nil
	}
	isChanged := func(ev peyvand.Evidence) bool { return slices.Contains(changed, ev.SourceID) }
	st.nodes, st.edges = map[string]*peyvand.Node{}, map[string]*peyvand.Edge{}
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEvidence).Cursor()
		for _, src := range changed {
			prefix := append([]byte(src), 0)
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				owner := string(k[len(prefix) : len(k)-9])
				if n := s.nodes[owner]; n != nil && st.nodes[owner] == nil {
					cl := upsert.CloneNode(n)
					cl.Evidence = slices.DeleteFunc(cl.Evidence, isChanged)
					st.nodes[owner] = cl
				} else if e := s.edges[owner]; e != nil && st.edges[owner] == nil {
					cl := upsert.CloneEdge(e)
					cl.Evidence = slices.DeleteFunc(cl.Evidence, isChanged)
					st.edges[owner] = cl
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find evidence of changed sources: %w", err)
	}
	return st, nil
}

// rewrite adds to p the stale owners the batch does not write itself, so
// that their evidence of the old text goes too.
func (st *staleCitations) rewrite(p *upsert.Plan, now time.Time) {
	written := map[string]bool{}
	for _, n := range p.WriteNodes {
		written[n.ID] = true
	}
	for _, e := range p.WriteEdges {
		written[e.ID] = true
	}
	for _, id := range slices.Sorted(maps.Keys(st.nodes)) {
		if !written[id] {
			n := st.nodes[id]
			n.Updated = now
			p.WriteNodes = append(p.WriteNodes, n)
			p.Result.NodesUpdated++
		}
	}
	for _, id := range slices.Sorted(maps.Keys(st.edges)) {
		if !written[id] {
			e := st.edges[id]
			e.Updated = now
			p.WriteEdges = append(p.WriteEdges, e)
			p.Result.EdgesUpdated++
		}
	}
}
