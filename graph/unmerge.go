package graph

import (
	"context"
	"fmt"

	"github.com/peyvand/peyvand/graph/model"
)

// unmerge undoes, as the caller, the latest merge of node id into another
// (see peyvand.Store.Unmerge for what goes back to whom), and brings the
// review queue up to date before it returns, so a pair an editor merged
// by mistake is listed again at once.
func (r *Resolver) unmerge(ctx context.Context, id string) (*model.UnmergeResult, error) {
	n, err := r.Store.Nodes(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("unmerge %s: %w", id, err)
	}
	detail := ""
	if n[0] != nil && n[0].ID != id {
		detail = fmt.Sprintf("%s restored apart from %s", id, n[0].ID)
	}
	rec := auditRecord(ctx, "unmerge", id, detail)
	restored, survivor, err := r.Store.Unmerge(ctx, id, *rec)
	if err != nil {
		return nil, fmt.Errorf("unmerge %s: %w", id, err)
	}
	if err := r.duplicates().Rebuild(ctx, restored.Type); err != nil {
		return nil, fmt.Errorf("unmerge %s: review queue: %w", id, err)
	}
	return &model.UnmergeResult{Restored: asNode(restored), Survivor: asNode(survivor), Audit: rec}, nil
}
