package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// writeMergeRecord stores what a merge did as a :MergeRecord node holding
// the record as JSON, apart from the graph's :Entity nodes.
func writeMergeRecord(ctx context.Context, tx neo4j.ManagedTransaction, r *upsert.MergeRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("merge record of %s: %w", r.From, err)
	}
	_, err = collect(ctx, tx, "merge_record_write", map[string]any{
		"audit": r.Audit, "from": r.From, "at": r.At.UTC().Format(timeLayout), "record": string(b),
	})
	return err
}

// latestMergeRecord reads the newest merge record of node id, or nil.
func latestMergeRecord(ctx context.Context, tx neo4j.ManagedTransaction, id string) (*upsert.MergeRecord, error) {
	recs, err := collect(ctx, tx, "merge_record_latest", map[string]any{"from": id})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	var r upsert.MergeRecord
	if err := json.Unmarshal([]byte(str(get(recs[0], "record"))), &r); err != nil {
		return nil, fmt.Errorf("merge record of %s: %w", id, err)
	}
	return &r, nil
}

// Unmerge undoes the latest merge of node id into another in one
// transaction, by the rules the embedded store follows (upsert.PlanUnmerge).
func (s *Store) Unmerge(ctx context.Context, id string, rec peyvand.AuditRecord) (restored, survivor *peyvand.Node, err error) {
	now := time.Now().UTC()
	if rec.ID == "" {
		rec.ID = newAuditID()
	}
	nodes, err := writeTx(ctx, s, "unmerge", func(tx neo4j.ManagedTransaction) ([]*peyvand.Node, error) {
		return s.unmergeTx(ctx, tx, id, rec, now)
	})
	if err != nil {
		return nil, nil, err
	}
	return nodes[0], nodes[1], nil
}

func (s *Store) unmergeTx(ctx context.Context, tx neo4j.ManagedTransaction, id string, rec peyvand.AuditRecord, now time.Time) ([]*peyvand.Node, error) {
	// Locking the merged node first makes a concurrent unmerge of it wait
	// and then read the record this one marks undone.
	stored, placeholders, err := s.lockNodes(ctx, tx, []string{id})
	if err != nil {
		return nil, err
	}
	mr, err := latestMergeRecord(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	ids := []string{id}
	var readRows []map[string]any
	if mr != nil {
		ids = append(ids, mr.Into)
		for _, e := range mr.Edges {
			ids = append(ids, e.From, e.To)
			readRows = append(readRows, edgeReadRow(e))
		}
		for _, m := range mr.Moved {
			readRows = append(readRows, edgeReadRow(m.After))
		}
	}
	more, morePlaceholders, err := s.lockNodes(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	for k, n := range more {
		stored[k] = n
	}
	placeholders = append(placeholders, morePlaceholders...)
	edges, err := s.readEdges(ctx, tx, readRows)
	if err != nil {
		return nil, err
	}
	look := upsert.UnmergeLookup{
		Node: func(id string) *peyvand.Node { return stored[id] },
		Edge: func(id string) *peyvand.Edge { return edges[id] },
	}
	if err := upsert.CheckUnmerge(id, mr, look); err != nil {
		return nil, err
	}
	p := upsert.PlanUnmerge(mr, look, rec, now)
	if _, err := s.deleteEdges(ctx, tx, p.Deletes); err != nil {
		return nil, err
	}
	if err := s.writeNodes(ctx, tx, []*peyvand.Node{p.Restored, p.Survivor}); err != nil {
		return nil, err
	}
	if err := s.writeEdges(ctx, tx, p.Edges); err != nil {
		return nil, err
	}
	if len(mr.Repointed) > 0 {
		if _, err := collect(ctx, tx, "unmerge_repoint", map[string]any{"ids": mr.Repointed, "from": mr.From, "into": mr.Into}); err != nil {
			return nil, err
		}
	}
	if err := writeMergeRecord(ctx, tx, p.Record); err != nil {
		return nil, err
	}
	if err := dropPlaceholders(ctx, tx, placeholders, nil); err != nil {
		return nil, err
	}
	if err := writeAudit(ctx, tx, &p.Audit); err != nil {
		return nil, err
	}
	return []*peyvand.Node{p.Restored, p.Survivor}, nil
}
