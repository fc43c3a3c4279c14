package neo4j

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// Merge folds node fromID into node intoID in one transaction, as the
// embedded store does: the survivor gains from's name as an alias and its
// aliases, titles, figures and evidence; from's edges move to the survivor
// (an edge between the two is dropped, one that lands on an edge the
// survivor already has is merged into it); from keeps its ID, marked
// mergedInto the survivor, and so do nodes merged into from before.
func (s *Store) Merge(ctx context.Context, fromID, intoID string, rec peyvand.AuditRecord) (*peyvand.Node, error) {
	now := time.Now().UTC()
	if rec.ID == "" {
		rec.ID = newAuditID()
	}
	return writeTx(ctx, s, "merge", func(tx neo4j.ManagedTransaction) (*peyvand.Node, error) {
		return s.mergeTx(ctx, tx, fromID, intoID, rec, now)
	})
}

func (s *Store) mergeTx(ctx context.Context, tx neo4j.ManagedTransaction, fromID, intoID string, rec peyvand.AuditRecord, now time.Time) (*peyvand.Node, error) {
	stored, placeholders, err := s.lockNodes(ctx, tx, []string{fromID, intoID})
	if err != nil {
		return nil, err
	}
	from, into, err := upsert.MergeCheck(fromID, intoID, func(id string) *peyvand.Node {
		n := stored[id]
		if n != nil && n.MergedInto != "" {
			return stored[n.MergedInto]
		}
		return n
	})
	if err != nil {
		return nil, err
	}
	byNode, err := edgesOf(ctx, tx, []string{from.ID}, "BOTH", nil)
	if err != nil {
		return nil, err
	}
	// Read the stored edges the moved ones would merge into.
	var readRows []map[string]any
	for _, ne := range upsert.Moved(from.ID, into.ID, byNode[from.ID]) {
		readRows = append(readRows, edgeReadRow(ne))
	}
	storedEdges, err := s.readEdges(ctx, tx, readRows)
	if err != nil {
		return nil, err
	}
	lookup := func(id string) *peyvand.Edge { return storedEdges[id] }
	p := upsert.PlanMerge(from, into, byNode[from.ID], lookup, rec, now)
	survivor, gone, edges, deletes, rec := p.Survivor, p.Gone, p.Edges, p.Deletes, p.Audit
	mr := upsert.NewMergeRecord(p, from, into, byNode[from.ID], lookup)
	if _, err := s.deleteEdges(ctx, tx, deletes); err != nil {
		return nil, err
	}
	if err := s.writeNodes(ctx, tx, []*peyvand.Node{survivor, gone}); err != nil {
		return nil, err
	}
	if err := s.writeEdges(ctx, tx, edges); err != nil {
		return nil, err
	}
	recs, err := collect(ctx, tx, "merge_repoint", map[string]any{"from": from.ID, "into": into.ID})
	if err != nil {
		return nil, err
	}
	if len(recs) > 0 {
		mr.Repointed = strs(get(recs[0], "repointed"))
	}
	if err := writeMergeRecord(ctx, tx, mr); err != nil {
		return nil, err
	}
	if err := dropPlaceholders(ctx, tx, placeholders, nil); err != nil {
		return nil, err
	}
	if err := writeAudit(ctx, tx, &rec); err != nil {
		return nil, err
	}
	return survivor, nil
}
