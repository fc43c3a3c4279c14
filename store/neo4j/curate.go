package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"
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
	stored, err := s.lockNodes(ctx, tx, []string{fromID, intoID})
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
	from, into := resolve(fromID), resolve(intoID)
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
	survivor := upsert.Absorb(into, from)
	survivor.Updated = now
	gone := upsert.CloneNode(from)
	gone.MergedInto = into.ID
	gone.Updated = now

	byNode, err := edgesOf(ctx, tx, []string{from.ID}, "BOTH", nil)
	if err != nil {
		return nil, err
	}
	var deletes []string
	var movedList []*peyvand.Edge
	var readRows []map[string]any
	for _, e := range byNode[from.ID] {
		deletes = append(deletes, e.ID)
		ne, ok := upsert.Retarget(e, from.ID, into.ID)
		if !ok {
			continue
		}
		movedList = append(movedList, ne)
		readRows = append(readRows, map[string]any{"id": ne.ID, "from": ne.From})
	}
	storedEdges, err := s.readEdges(ctx, tx, readRows)
	if err != nil {
		return nil, err
	}
	moved := map[string]*peyvand.Edge{}
	for _, ne := range movedList {
		if prev := moved[ne.ID]; prev != nil {
			ne = upsert.MergeEdge(prev, ne)
		} else if prev := storedEdges[ne.ID]; prev != nil {
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
	slices.SortFunc(edges, func(a, b *peyvand.Edge) int { return strings.Compare(a.ID, b.ID) })

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
	if _, err := s.deleteEdges(ctx, tx, deletes); err != nil {
		return nil, err
	}
	if err := s.writeNodes(ctx, tx, []*peyvand.Node{survivor, gone}); err != nil {
		return nil, err
	}
	if err := s.writeEdges(ctx, tx, edges); err != nil {
		return nil, err
	}
	if _, err := collect(ctx, tx, "merge_repoint", map[string]any{"from": from.ID, "into": into.ID}); err != nil {
		return nil, err
	}
	if err := writeAudit(ctx, tx, &rec); err != nil {
		return nil, err
	}
	return survivor, nil
}
