package embedded

import (
	"bytes"
	"context"
	"fmt"
	"slices"

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
	look := stale.Lookup(upsert.Lookup{
		Node:    func(id string) *peyvand.Node { return s.nodes[id] },
		Resolve: s.resolve,
		Edge:    func(id string) *peyvand.Edge { return s.edges[id] },
	})
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
	stale.Rewrite(p, now)
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
	if err := s.commit(p.WriteNodes, p.WriteEdges, deletes, b.Audit, nil); err != nil {
		return nil, err
	}
	return res, nil
}

// commit writes to disk, then installs in memory. after, when set, writes
// more in the same transaction, once the audit record has its ID.
func (s *Store) commit(nodes []*peyvand.Node, edges []*peyvand.Edge, deletes []string, audit *peyvand.AuditRecord, after func(tx *bolt.Tx) error) error {
	var seq uint64
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
			var err error
			if seq, err = putAudit(tx, audit); err != nil {
				return err
			}
		}
		if after != nil {
			return after(tx)
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
	if seq > 0 {
		s.auditSeq = seq
	}
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
	stored := func(id string) *peyvand.Edge { return s.edges[id] }
	p := upsert.PlanMerge(from, into, edges, stored, rec, s.now().UTC())
	mr := upsert.NewMergeRecord(p, from, into, edges, stored)
	keep := func(tx *bolt.Tx) error {
		mr.Audit = p.Audit.ID
		return putMergeRecord(tx, mr)
	}
	if err := s.commit([]*peyvand.Node{p.Survivor, p.Gone}, p.Edges, p.Deletes, &p.Audit, keep); err != nil {
		return nil, err
	}
	return cloneNode(p.Survivor), nil
}

// staleEvidence finds the stored nodes and edges citing the sources whose
// text b changes (through the evidence records, keyed by source first)
// and drops that evidence from copies of them (upsert.NewStale).
func (s *Store) staleEvidence(b *peyvand.Batch) (*upsert.Stale, error) {
	changed := upsert.ChangedSources(b, func(id string) *peyvand.Node { return s.nodes[id] })
	if len(changed) == 0 {
		return upsert.NewStale(nil, nil, nil), nil
	}
	var nodes []*peyvand.Node
	var edges []*peyvand.Edge
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEvidence).Cursor()
		for _, src := range changed {
			prefix := append([]byte(src), 0)
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				owner := string(k[len(prefix) : len(k)-9])
				if n := s.nodes[owner]; n != nil {
					nodes = append(nodes, n)
				} else if e := s.edges[owner]; e != nil {
					edges = append(edges, e)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find evidence of changed sources: %w", err)
	}
	return upsert.NewStale(changed, nodes, edges), nil
}
