package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/graph/model"
	"github.com/peyvand/peyvand/loaders"
)

// node fetches one node, tenure or position by its global ID straight from the store
// (a root field has nothing to batch with), and primes the request's
// loader with it. An unknown ID is NOT_FOUND.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	got, err := r.lookup(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if got[0] == nil {
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no node has ID %q", id)
	}
	return got[0], nil
}

// lookup fetches nodes, tenures and positions by ID in at most one store
// call for each, nil where nothing has the ID.
func (r *Resolver) lookup(ctx context.Context, ids []string) ([]model.Node, error) {
	out := make([]model.Node, len(ids))
	var nodeIDs, edgeIDs, posIDs []string
	var nodeAt, edgeAt, posAt []int
	for i, id := range ids {
		switch {
		case peyvand.IsPositionID(id):
			posIDs, posAt = append(posIDs, id), append(posAt, i)
		case peyvand.TypeOfID(id) != "":
			nodeIDs, nodeAt = append(nodeIDs, id), append(nodeAt, i)
		case peyvand.IsEdgeID(id):
			edgeIDs, edgeAt = append(edgeIDs, id), append(edgeAt, i)
		}
	}
	if len(nodeIDs) > 0 {
		nodes, err := r.Store.Nodes(ctx, nodeIDs)
		if err != nil {
			return nil, fmt.Errorf("look up nodes: %w", err)
		}
		if l := primer(ctx); l != nil {
			l.PrimeNodes(nodes...)
		}
		for j, n := range nodes {
			if j < len(nodeAt) && n != nil {
				out[nodeAt[j]] = asNode(n)
			}
		}
	}
	if len(edgeIDs) > 0 {
		edges, err := r.Store.Edges(ctx, edgeIDs)
		if err != nil {
			return nil, fmt.Errorf("look up edges: %w", err)
		}
		for j, e := range edges {
			// Only tenures are nodes of the API; other relationships are
			// reached through the nodes they join.
			if j < len(edgeAt) && e != nil && e.Type == peyvand.RelHolds {
				out[edgeAt[j]] = (*peyvand.Tenure)(e)
			}
		}
	}
	if len(posIDs) > 0 {
		found, err := r.positionsByID(ctx, posIDs)
		if err != nil {
			return nil, err
		}
		for j, p := range found {
			if p != nil {
				out[posAt[j]] = p
			}
		}
	}
	return out, nil
}

// primer returns the request's loaders for caching nodes the field being
// resolved read by other means, or nil when no field below it can ask for
// a node again: only relation fields (see relations) read nodes through
// the loaders, so a lookup or a listing selecting none of them would fill
// a cache nobody reads.
func primer(ctx context.Context) *loaders.Loaders {
	l := loaders.For(ctx)
	if l == nil {
		return nil
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return l
	}
	if !mentionsRelation(fc.Field.Selections, graphql.GetOperationContext(ctx).Doc.Fragments, 0) {
		return nil
	}
	return l
}

// positionsByID finds positions by ID among the tenures of the
// organizations the IDs name, in one store call; nil where no tenure holds
// the post.
func (r *Resolver) positionsByID(ctx context.Context, ids []string) ([]*peyvand.Position, error) {
	orgs := make([]string, 0, len(ids))
	for _, id := range ids {
		if org := peyvand.PositionOrganization(id); org != "" {
			orgs = append(orgs, org)
		}
	}
	out := make([]*peyvand.Position, len(ids))
	if len(orgs) == 0 {
		return out, nil
	}
	edges, err := r.Store.EdgesOf(ctx, orgs, peyvand.In, peyvand.RelHolds)
	if err != nil {
		return nil, fmt.Errorf("look up positions: %w", err)
	}
	for i, id := range ids {
		org := peyvand.PositionOrganization(id)
		for _, e := range edges[org] {
			if p := curation.PositionOf(org, e.Role); e.To == org && p.ID == id {
				out[i] = p
				break
			}
		}
	}
	return out, nil
}

// sourcesOf returns the distinct sources of a list of evidence, in order.
func sourcesOf(ctx context.Context, ev []peyvand.Evidence) ([]*peyvand.Source, error) {
	var ids []string
	seen := make(map[string]bool, len(ev))
	for _, e := range ev {
		if !seen[e.SourceID] {
			seen[e.SourceID] = true
			ids = append(ids, e.SourceID)
		}
	}
	if len(ids) == 0 {
		return []*peyvand.Source{}, nil
	}
	nodes, err := loaders.For(ctx).Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	return views[*peyvand.Source](nodes, peyvand.TypeSource), nil
}
