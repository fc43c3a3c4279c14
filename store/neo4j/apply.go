package neo4j

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// Apply writes b in one transaction: stored nodes are locked and read,
// merged with b in Go by the same rules as the embedded store, and only
// what changed is written back, in batches of Config.BatchSize rows. The
// driver may retry the transaction; every retry reads and merges afresh
// and MERGEs on the same IDs.
func (s *Store) Apply(ctx context.Context, b *peyvand.Batch) (*peyvand.ApplyResult, error) {
	if b == nil {
		return nil, peyvand.Errorf(peyvand.EINVALID, "no batch")
	}
	for i, n := range b.Nodes {
		if err := upsert.ValidNode(n); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "node %d: %s", i, err.Error())
		}
	}
	for i, e := range b.Edges {
		if err := upsert.ValidEdge(e); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "edge %d: %s", i, err.Error())
		}
	}
	now := time.Now().UTC()
	var audit *peyvand.AuditRecord
	if b.Audit != nil {
		rec := *b.Audit
		if rec.At.IsZero() {
			rec.At = now
		}
		if rec.ID == "" {
			rec.ID = newAuditID()
		}
		audit = &rec
	}
	return writeTx(ctx, s, "apply", func(tx neo4j.ManagedTransaction) (*peyvand.ApplyResult, error) {
		return s.applyTx(ctx, tx, b, now, audit)
	})
}

// applyTx is one attempt at Apply.
func (s *Store) applyTx(ctx context.Context, tx neo4j.ManagedTransaction, b *peyvand.Batch, now time.Time, audit *peyvand.AuditRecord) (*peyvand.ApplyResult, error) {
	var ids []string
	for _, n := range b.Nodes {
		ids = append(ids, n.ID)
	}
	for _, e := range b.Edges {
		ids = append(ids, e.From, e.To)
	}
	stored, err := s.lockNodes(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	resolve := func(id string) *peyvand.Node {
		n := stored[id]
		if n != nil && n.MergedInto != "" {
			return stored[n.MergedInto]
		}
		return n
	}
	res := &peyvand.ApplyResult{}

	nodes := map[string]*peyvand.Node{}
	created := map[string]bool{}
	var nodeOrder []string
	for _, n := range b.Nodes {
		id := n.ID
		if sv := resolve(id); sv != nil && sv.ID != id && !b.Replace {
			// Written again under a name curation merged away: the facts
			// go to the survivor.
			id = sv.ID
		}
		prev := nodes[id]
		if prev == nil {
			prev = stored[id]
		}
		var v *peyvand.Node
		switch {
		case prev == nil:
			v = upsert.NewNode(n)
			created[id] = true
		case prev.Type != n.Type:
			return nil, peyvand.Errorf(peyvand.ECONFLICT, "node %s is a %s, not a %s", id, prev.Type, n.Type)
		case b.Replace:
			v = upsert.NewNode(n)
		default:
			upd := *n
			upd.ID = id
			v = upsert.MergeNode(prev, &upd)
		}
		v.ID = id
		if _, seen := nodes[id]; !seen {
			nodeOrder = append(nodeOrder, id)
		}
		nodes[id] = v
	}
	nodeExists := func(id string) *peyvand.Node {
		if n := nodes[id]; n != nil {
			return n
		}
		return resolve(id)
	}

	// Resolve the edges' ends first, then read the stored edges they
	// would merge into, in one statement.
	upds := make([]*peyvand.Edge, 0, len(b.Edges))
	var readRows []map[string]any
	for i, e := range b.Edges {
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
		upds = append(upds, upd)
		readRows = append(readRows, map[string]any{"id": upd.ID, "from": upd.From})
	}
	storedEdges, err := s.readEdges(ctx, tx, readRows)
	if err != nil {
		return nil, err
	}
	edges := map[string]*peyvand.Edge{}
	edgeCreated := map[string]bool{}
	var edgeOrder []string
	for _, upd := range upds {
		prev := edges[upd.ID]
		if prev == nil {
			prev = storedEdges[upd.ID]
		}
		var v *peyvand.Edge
		if prev == nil {
			v = upd
			edgeCreated[upd.ID] = true
		} else {
			v = upsert.MergeEdge(prev, upd)
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
		if !slices.Contains(deletes, id) {
			deletes = append(deletes, id)
		}
	}

	var writeNodes []*peyvand.Node
	for _, id := range nodeOrder {
		v, old := nodes[id], stored[id]
		switch {
		case created[id]:
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
		v, old := edges[id], storedEdges[id]
		switch {
		case edgeCreated[id]:
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
	if res.EdgesDeleted, err = s.deleteEdges(ctx, tx, deletes); err != nil {
		return nil, err
	}
	if err := s.writeNodes(ctx, tx, writeNodes); err != nil {
		return nil, err
	}
	if err := s.writeEdges(ctx, tx, writeEdges); err != nil {
		return nil, err
	}
	if audit != nil {
		if err := writeAudit(ctx, tx, audit); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// lockNodes locks and reads the stored nodes with the given IDs and the
// survivors of any merged among them.
func (s *Store) lockNodes(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*peyvand.Node, error) {
	stored := map[string]*peyvand.Node{}
	read := func(ids []string) error {
		for _, part := range chunks(uniq(ids), s.cfg.BatchSize) {
			recs, err := collect(ctx, tx, "apply_lock_nodes", map[string]any{"ids": part})
			if err != nil {
				return err
			}
			for _, r := range recs {
				n, err := nodeFromProps(propsOf(get(r, "props")))
				if err != nil {
					return err
				}
				stored[n.ID] = n
			}
		}
		return nil
	}
	if err := read(ids); err != nil {
		return nil, err
	}
	var survivors []string
	for _, n := range stored {
		if n.MergedInto != "" && stored[n.MergedInto] == nil {
			survivors = append(survivors, n.MergedInto)
		}
	}
	if len(survivors) > 0 {
		if err := read(survivors); err != nil {
			return nil, err
		}
	}
	return stored, nil
}

// readEdges reads the stored edges of rows of {id, from}, by ID.
func (s *Store) readEdges(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) (map[string]*peyvand.Edge, error) {
	out := map[string]*peyvand.Edge{}
	for _, part := range chunks(rows, s.cfg.BatchSize) {
		recs, err := collect(ctx, tx, "apply_read_edges", map[string]any{"rows": part})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			e, err := edgeFromRecord(r)
			if err != nil {
				return nil, err
			}
			out[e.ID] = e
		}
	}
	return out, nil
}

func (s *Store) deleteEdges(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (int, error) {
	deleted := 0
	for _, part := range chunks(ids, s.cfg.BatchSize) {
		recs, err := collect(ctx, tx, "apply_delete_edges", map[string]any{"ids": part})
		if err != nil {
			return 0, err
		}
		if len(recs) > 0 {
			deleted += intOf(get(recs[0], "deleted"))
		}
	}
	return deleted, nil
}

func (s *Store) writeNodes(ctx context.Context, tx neo4j.ManagedTransaction, nodes []*peyvand.Node) error {
	rows := make([]map[string]any, 0, len(nodes))
	for _, n := range nodes {
		p, err := nodeProps(n)
		if err != nil {
			return err
		}
		rows = append(rows, map[string]any{"id": n.ID, "type": string(n.Type), "props": p})
	}
	for _, part := range chunks(rows, s.cfg.BatchSize) {
		if _, err := collect(ctx, tx, "apply_write_nodes", map[string]any{"rows": part}); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) writeEdges(ctx context.Context, tx neo4j.ManagedTransaction, edges []*peyvand.Edge) error {
	rows := make([]map[string]any, 0, len(edges))
	for _, e := range edges {
		p, err := edgeProps(e)
		if err != nil {
			return err
		}
		rows = append(rows, map[string]any{"id": e.ID, "type": string(e.Type), "from": e.From, "to": e.To, "props": p})
	}
	for _, part := range chunks(rows, s.cfg.BatchSize) {
		recs, err := collect(ctx, tx, "apply_write_edges", map[string]any{"rows": part})
		if err != nil {
			return err
		}
		// Both ends were checked or written in this transaction, so a row
		// that matched no nodes is a bug, not bad input.
		written := 0
		if len(recs) > 0 {
			written = intOf(get(recs[0], "written"))
		}
		if written != len(part) {
			return fmt.Errorf("apply_write_edges: %d of %d rows found both ends", written, len(part))
		}
	}
	return nil
}

func writeAudit(ctx context.Context, tx neo4j.ManagedTransaction, rec *peyvand.AuditRecord) error {
	_, err := collect(ctx, tx, "audit_write", map[string]any{
		"id": rec.ID, "actor": rec.Actor, "action": rec.Action, "target": rec.Target,
		"detail": rec.Detail, "at": rec.At.UTC().Format(timeLayout),
	})
	return err
}

// newAuditID returns a fresh audit record ID. It is made before the
// transaction, so a retry records the same ID once.
func newAuditID() string {
	var b [8]byte
	rand.Read(b[:])
	return "aud_" + hex.EncodeToString(b[:])
}

// chunks splits rows into runs of at most size, for UNWIND batches.
func chunks[T any](rows []T, size int) [][]T {
	if size <= 0 {
		size = DefaultBatchSize
	}
	var out [][]T
	for len(rows) > size {
		out = append(out, rows[:size:size])
		rows = rows[size:]
	}
	if len(rows) > 0 {
		out = append(out, rows)
	}
	return out
}

func uniq(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
