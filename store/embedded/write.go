package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// change is one pending write of a batch.
type change struct {
	created bool
}

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
	res := &peyvand.ApplyResult{}

	// Only writers change the maps and this writer holds writeMu, so they
	// can be read here without mu.
	nodes := map[string]*peyvand.Node{}
	var nodeOrder []string
	status := map[string]*change{}
	for i, n := range b.Nodes {
		if err := upsert.ValidNode(n); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "node %d: %s", i, err.Error())
		}
		id := n.ID
		if sv := s.resolve(id); sv != nil && sv.ID != id && !b.Replace {
			// Written again under a name curation merged away: the facts
			// go to the survivor.
			id = sv.ID
		}
		stored := nodes[id]
		if stored == nil {
			stored = s.nodes[id]
		}
		var v *peyvand.Node
		switch {
		case stored == nil:
			v = upsert.NewNode(n)
			status[id] = &change{created: true}
		case stored.Type != n.Type:
			return nil, peyvand.Errorf(peyvand.ECONFLICT, "node %s is a %s, not a %s", id, stored.Type, n.Type)
		case b.Replace:
			v = upsert.NewNode(n)
		default:
			upd := *n
			upd.ID = id
			v = upsert.MergeNode(stored, &upd)
		}
		v.ID = id
		if st := status[id]; st == nil {
			status[id] = &change{}
		}
		if _, seen := nodes[id]; !seen {
			nodeOrder = append(nodeOrder, id)
		}
		nodes[id] = v
	}
	nodeExists := func(id string) *peyvand.Node {
		if n := nodes[id]; n != nil {
			return n
		}
		return s.resolve(id)
	}

	edges := map[string]*peyvand.Edge{}
	var edgeOrder []string
	edgeStatus := map[string]*change{}
	for i, e := range b.Edges {
		if err := upsert.ValidEdge(e); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %d: %s", i, err.Error())
		}
		from, to := nodeExists(e.From), nodeExists(e.To)
		if from == nil || to == nil {
			missing := e.From
			if from != nil {
				missing = e.To
			}
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %d (%s): no node %s", i, e.Type, missing)
		}
		upd := upsert.CloneEdge(e)
		if from.ID != e.From || to.ID != e.To {
			upd.From, upd.To = from.ID, to.ID
			upd.ID = peyvand.EdgeID(e.Type, from.ID, to.ID, e.Role)
		}
		stored := edges[upd.ID]
		if stored == nil {
			stored = s.edges[upd.ID]
		}
		var v *peyvand.Edge
		if stored == nil {
			v = upd
			edgeStatus[upd.ID] = &change{created: true}
		} else {
			v = upsert.MergeEdge(stored, upd)
		}
		if edgeStatus[upd.ID] == nil {
			edgeStatus[upd.ID] = &change{}
		}
		if _, seen := edges[upd.ID]; !seen {
			edgeOrder = append(edgeOrder, upd.ID)
		}
		edges[upd.ID] = v
	}
	var deletes []string
	for _, id := range b.DeleteEdges {
		if _, ok := edges[id]; ok {
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %s is both written and deleted", id)
		}
		if s.edges[id] != nil && !slices.Contains(deletes, id) {
			deletes = append(deletes, id)
		}
	}

	// Leave out what would not change, and count.
	var writeNodes []*peyvand.Node
	for _, id := range nodeOrder {
		v, old := nodes[id], s.nodes[id]
		switch {
		case status[id].created:
			res.NodesCreated++
		case old != nil && upsert.SameNode(old, v):
			res.Unchanged++
			continue
		default:
			res.NodesUpdated++
		}
		v.Updated = now
		writeNodes = append(writeNodes, v)
	}
	var writeEdges []*peyvand.Edge
	for _, id := range edgeOrder {
		v, old := edges[id], s.edges[id]
		switch {
		case edgeStatus[id].created:
			res.EdgesCreated++
		case old != nil && upsert.SameEdge(old, v):
			res.Unchanged++
			continue
		default:
			res.EdgesUpdated++
		}
		v.Updated = now
		writeEdges = append(writeEdges, v)
	}
	res.EdgesDeleted = len(deletes)
	if !res.Changed() && b.Audit == nil {
		return res, nil
	}
	if b.Audit != nil && b.Audit.At.IsZero() {
		b.Audit.At = now
	}
	if err := s.commit(writeNodes, writeEdges, deletes, b.Audit); err != nil {
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
			v, err := json.Marshal(&bare)
			if err != nil {
				return err
			}
			if err := nb.Put([]byte(n.ID), v); err != nil {
				return err
			}
			var old []peyvand.Evidence
			if o := s.nodes[n.ID]; o != nil {
				old = o.Evidence
			}
			if err := putEvidence(vb, n.ID, old, n.Evidence); err != nil {
				return err
			}
		}
		for _, id := range deletes {
			if err := eb.Delete([]byte(id)); err != nil {
				return err
			}
			if err := deleteEvidence(vb, id); err != nil {
				return err
			}
		}
		for _, e := range edges {
			bare := *e
			bare.Evidence = nil
			v, err := json.Marshal(&bare)
			if err != nil {
				return err
			}
			if err := eb.Put([]byte(e.ID), v); err != nil {
				return err
			}
			var old []peyvand.Evidence
			if o := s.edges[e.ID]; o != nil && !slices.Contains(deletes, e.ID) {
				old = o.Evidence
			}
			if err := putEvidence(vb, e.ID, old, e.Evidence); err != nil {
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
	from, into := s.resolve(fromID), s.resolve(intoID)
	switch {
	case from == nil:
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", fromID)
	case into == nil:
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", intoID)
	case from.ID == into.ID:
		return nil, peyvand.Errorf(peyvand.EINVALID, "%s and %s are already one entity", fromID, intoID)
	case from.Type != into.Type:
		return nil, peyvand.Errorf(peyvand.EINVALID, "cannot merge a %s into a %s", from.Type, into.Type)
	}
	now := s.now().UTC()
	survivor := upsert.Absorb(into, from)
	survivor.Updated = now
	gone := cloneNode(from)
	gone.MergedInto = into.ID
	gone.Updated = now

	moved := map[string]*peyvand.Edge{}
	var deletes []string
	for _, e := range append(slices.Clip(s.out[from.ID]), s.in[from.ID]...) {
		if slices.Contains(deletes, e.ID) {
			continue
		}
		deletes = append(deletes, e.ID)
		ne, ok := upsert.Retarget(e, from.ID, into.ID)
		if !ok {
			continue
		}
		if prev := moved[ne.ID]; prev != nil {
			ne = upsert.MergeEdge(prev, ne)
		} else if prev := s.edges[ne.ID]; prev != nil {
			ne = upsert.MergeEdge(prev, ne)
		}
		ne.Updated = now
		moved[ne.ID] = ne
	}
	var edges []*peyvand.Edge
	for _, e := range moved {
		edges = append(edges, e)
		deletes = slices.DeleteFunc(deletes, func(id string) bool { return id == e.ID })
	}
	slices.SortFunc(edges, func(a, b *peyvand.Edge) int {
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
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
	if err := s.commit([]*peyvand.Node{survivor, gone}, edges, deletes, &rec); err != nil {
		return nil, err
	}
	return cloneNode(survivor), nil
}
