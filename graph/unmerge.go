package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/peyvand/peyvand"

	"github.com/peyvand/peyvand/graph/model"
)

// queueWait bounds how long a decision that brings a pair back waits for
// the review queue to be rebuilt: a small graph's queue is rebuilt in
// milliseconds, so the pair is listed again at once; on a graph of
// 100,000 persons a rebuild takes seconds, and the pair is listed when it
// ends, while the mutation has returned.
const queueWait = 2 * time.Second

// refreshQueue rebuilds the review queue of type t, waiting at most
// queueWait.
func (r *Resolver) refreshQueue(ctx context.Context, t peyvand.EntityType) error {
	ctx, cancel := context.WithTimeout(ctx, queueWait)
	defer cancel()
	if err := r.duplicates().Rebuild(ctx, t); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// unmerge undoes, as the caller, the latest merge of node id into another
// (see peyvand.Store.Unmerge for what goes back to whom), and brings the
// review queue up to date (see queueWait), so a pair an editor merged by
// mistake is listed again.
func (r *Resolver) unmerge(ctx context.Context, id string) (*model.UnmergeResult, error) {
	restored, survivor, rec, err := r.Curator.Unmerge(ctx, actor(ctx), id)
	if err != nil {
		return nil, err
	}
	if err := r.refreshQueue(ctx, restored.Type); err != nil {
		return nil, fmt.Errorf("unmerge %s: review queue: %w", id, err)
	}
	return &model.UnmergeResult{Restored: asNode(restored), Survivor: asNode(survivor), Audit: rec}, nil
}
