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
	// Validate before the transaction, so a bad batch never reaches the
	// server; applyTx plans again against what it reads.
	if _, err := upsert.PlanNodes(b, upsert.Lookup{
		Node:    func(string) *peyvand.Node { return nil },
		Resolve: func(string) *peyvand.Node { return nil },
	}); err != nil {
		return nil, err
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
	stored, placeholders, err := s.lockNodes(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	// A batch that changes a stored source's text re-derives its evidence:
	// what cites that source is read (and locked) here, and planned against
	// without the evidence of the old text.
	stale, err := s.readStale(ctx, tx, upsert.ChangedSources(b, func(id string) *peyvand.Node { return stored[id] }))
	if err != nil {
		return nil, err
	}
	var storedEdges map[string]*peyvand.Edge
	look := stale.Lookup(upsert.Lookup{
		Node: func(id string) *peyvand.Node { return stored[id] },
		Resolve: func(id string) *peyvand.Node {
			n := stored[id]
			if n != nil && n.MergedInto != "" {
				return stored[n.MergedInto]
			}
			return n
		},
		Edge: func(id string) *peyvand.Edge { return storedEdges[id] },
	})
	p, err := upsert.PlanNodes(b, look)
	if err != nil {
		return nil, err
	}
	upds, err := p.EdgeUpdates()
	if err != nil {
		return nil, err
	}
	// Read the stored edges the updates would merge into, in one statement
	// a batch of rows, now that their IDs are known.
	readRows := make([]map[string]any, len(upds))
	for i, upd := range upds {
		readRows[i] = edgeReadRow(upd)
	}
	if storedEdges, err = s.readEdges(ctx, tx, readRows); err != nil {
		return nil, err
	}
	if p, err = p.Finish(upds, now); err != nil {
		return nil, err
	}
	stale.Rewrite(p, now)
	res, deletes, writeNodes, writeEdges := &p.Result, p.Deletes, p.WriteNodes, p.WriteEdges
	if res.EdgesDeleted, err = s.deleteEdges(ctx, tx, deletes); err != nil {
		return nil, err
	}
	if err := s.writeNodes(ctx, tx, writeNodes); err != nil {
		return nil, err
	}
	if err := s.writeEdges(ctx, tx, writeEdges); err != nil {
		return nil, err
	}
	if err := dropPlaceholders(ctx, tx, placeholders, writeNodes); err != nil {
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
// survivors of any merged among them; IDs not stored yet get placeholders
// (see apply_lock_nodes), which it returns apart.
func (s *Store) lockNodes(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*peyvand.Node, []string, error) {
	stored := map[string]*peyvand.Node{}
	var placeholders []string
	read := func(ids []string) error {
		ids = uniq(ids)
		slices.Sort(ids)
		for _, part := range chunks(ids, s.cfg.BatchSize) {
			recs, err := collect(ctx, tx, "apply_lock_nodes", map[string]any{"ids": part})
			if err != nil {
				return err
			}
			for _, r := range recs {
				if b, _ := get(r, "placeholder").(bool); b {
					placeholders = append(placeholders, str(get(r, "id")))
					continue
				}
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
		return nil, nil, err
	}
	var survivors []string
	for _, n := range stored {
		if n.MergedInto != "" && stored[n.MergedInto] == nil {
			survivors = append(survivors, n.MergedInto)
		}
	}
	if len(survivors) > 0 {
		if err := read(survivors); err != nil {
			return nil, nil, err
		}
	}
	return stored, placeholders, nil
}

// readStale locks and reads the stored nodes and edges citing the changed
// sources (apply_read_citers) and returns them without that evidence.
func (s *Store) readStale(ctx context.Context, tx neo4j.ManagedTransaction, changed []string) (*upsert.Stale, error) {
	if len(changed) == 0 {
		return upsert.NewStale(nil, nil, nil), nil
	}
	recs, err := collect(ctx, tx, "apply_read_citers", map[string]any{"ids": changed})
	if err != nil {
		return nil, err
	}
	var nodes []*peyvand.Node
	var edges []*peyvand.Edge
	for _, r := range recs {
		kind := str(get(r, "kind"))
		if kind == "NODE" {
			n, err := nodeFromProps(propsOf(get(r, "props")))
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, n)
			continue
		}
		e, err := edgeFromProps(kind, str(get(r, "from")), str(get(r, "to")), propsOf(get(r, "props")))
		if err != nil {
			return nil, err
		}
		edges = append(edges, e)
	}
	return upsert.NewStale(changed, nodes, edges), nil
}

// dropPlaceholders deletes the placeholders that no written node filled.
func dropPlaceholders(ctx context.Context, tx neo4j.ManagedTransaction, placeholders []string, written []*peyvand.Node) error {
	filled := make(map[string]bool, len(written))
	for _, n := range written {
		filled[n.ID] = true
	}
	var empty []string
	for _, id := range placeholders {
		if !filled[id] {
			empty = append(empty, id)
		}
	}
	if len(empty) == 0 {
		return nil
	}
	_, err := collect(ctx, tx, "apply_drop_placeholders", map[string]any{"ids": empty})
	return err
}

// readEdges reads the stored edges of edgeReadRow rows, by ID.
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

// deleteEdges deletes the edges with the given IDs and counts those that
// existed; each relationship type is matched by name, so its index on id
// finds them.
func (s *Store) deleteEdges(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (int, error) {
	deleted := 0
	for _, params := range edgeIDBatches(ids, s.cfg.BatchSize) {
		recs, err := collect(ctx, tx, "apply_delete_edges", params)
		if err != nil {
			return 0, err
		}
		// One row a relationship type.
		for _, r := range recs {
			deleted += intOf(get(r, "deleted"))
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
