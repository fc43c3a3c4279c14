package graph

import (
	"context"
	"fmt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
	"github.com/peyvand/peyvand/loaders"
)

// node fetches one node or tenure by its global ID straight from the store
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

// lookup fetches nodes and tenures by ID in at most one store call for
// each, nil where nothing has the ID.
func (r *Resolver) lookup(ctx context.Context, ids []string) ([]model.Node, error) {
	out := make([]model.Node, len(ids))
	var nodeIDs, edgeIDs []string
	var nodeAt, edgeAt []int
	for i, id := range ids {
		switch {
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
		if l := loaders.For(ctx); l != nil {
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
