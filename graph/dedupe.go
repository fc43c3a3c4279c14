package graph

import (
	"context"
	"fmt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/dedupe"
	"github.com/peyvand/peyvand/graph/model"
)

// duplicates returns the resolver's review queue, made on first use so
// that every handler over a store shares one.
func (r *Resolver) duplicates() *dedupe.Finder {
	r.dupesOnce.Do(func() { r.dupes = dedupe.New(r.Store) })
	return r.dupes
}

// duplicateCandidates pages through the ranked candidate pairs of type t.
func (r *Resolver) duplicateCandidates(ctx context.Context, t peyvand.EntityType, a pageArgs) (*model.DuplicateCandidateConnection, error) {
	f := r.duplicates()
	all, err := f.Candidates(ctx, t, 0, 0)
	if err != nil {
		return nil, err
	}
	w, err := r.window(a, all.Total)
	if err != nil {
		return nil, err
	}
	pairs := slice(all.Pairs, w)
	edges := edgesOf(pairs, w, func(p dedupe.Pair, c string) *model.DuplicateCandidateEdge {
		return &model.DuplicateCandidateEdge{Node: &p, Cursor: c}
	})
	return &model.DuplicateCandidateConnection{Edges: edges, PageInfo: pageInfo(w, len(pairs), all.Total), TotalCount: all.Total}, nil
}

// dismissDuplicate records, as the caller, that a and b are not one entity.
func (r *Resolver) dismissDuplicate(ctx context.Context, a, b string) (*peyvand.AuditRecord, error) {
	return r.duplicates().Dismiss(ctx, a, b, *curation.Record(actor(ctx), dedupe.ActionDismiss, a, ""))
}

// undoDismissal undoes, as the caller, the dismissal of a and b, and
// brings the review queue up to date (see queueWait), so the pair is
// listed again.
func (r *Resolver) undoDismissal(ctx context.Context, a, b string) (*peyvand.AuditRecord, error) {
	f := r.duplicates()
	rec, err := f.Undismiss(ctx, a, b, *curation.Record(actor(ctx), dedupe.ActionUndismiss, a, ""))
	if err != nil {
		return nil, err
	}
	n, err := r.Curator.Node(ctx, a)
	if err != nil {
		return nil, err
	}
	if err := r.refreshQueue(ctx, n.Type); err != nil {
		return nil, fmt.Errorf("undo the dismissal of %s and %s: review queue: %w", a, b, err)
	}
	return rec, nil
}
