package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/graph/model"
	"github.com/peyvand/peyvand/loaders"
)

// This file adapts the explore package's traversals to the API's types.
// Nodes the answers name are fetched through the request's loaders, so the
// nested fields of a tenure or an event resolve as they do everywhere else.

// appointmentHistory returns the succession of a post with its issues.
func (r *Resolver) appointmentHistory(ctx context.Context, org string, role *string) (*model.Succession, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	tenures, issues, err := explore.AppointmentHistory(ctx, r.Store, org, deref(role))
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*peyvand.Tenure, len(tenures))
	for _, t := range tenures {
		byID[t.ID] = t
	}
	out := &model.Succession{Tenures: nonNilSlice(tenures), Issues: make([]*model.SuccessionIssue, len(issues))}
	for i, is := range issues {
		out.Issues[i] = successionIssue(is, byID)
	}
	return out, nil
}

// successionIssue converts an issue of a chain; its tenures are among
// those of the chain.
func successionIssue(is explore.Issue, byID map[string]*peyvand.Tenure) *model.SuccessionIssue {
	out := &model.SuccessionIssue{Kind: is.Kind, Role: is.Role, Message: issueMessage(is), Tenures: make([]*peyvand.Tenure, 0, len(is.TenureIDs))}
	for _, id := range is.TenureIDs {
		if t := byID[id]; t != nil {
			out.Tenures = append(out.Tenures, t)
		}
	}
	if is.From != "" {
		out.From, out.To, out.Days = &is.From, &is.To, &is.Days
	}
	return out
}

// issueMessage says what an issue of a succession chain is, for a reader.
func issueMessage(is explore.Issue) string {
	switch is.Kind {
	case explore.IssueGap:
		return fmt.Sprintf("nobody is known to have held %s from %s to %s (%d days)", is.Role, is.From, is.To, is.Days)
	case explore.IssueOverlap:
		return fmt.Sprintf("two tenures of %s overlap from %s to %s (%d days)", is.Role, is.From, is.To, is.Days)
	case explore.IssueUndated:
		return fmt.Sprintf("a tenure of %s has no dates; its place in the chain is uncertain", is.Role)
	}
	return fmt.Sprintf("%s in %s", is.Kind, is.Role)
}

// holders returns who held a post on the day at (Gregorian or Solar Hijri).
func (r *Resolver) holders(ctx context.Context, org string, role *string, at string) ([]*peyvand.Tenure, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	day, err := dayArg(ctx, "at", &at)
	if err != nil {
		return nil, err
	}
	if day == nil {
		return nil, peyvand.Errorf(peyvand.EINVALID, "at must not be empty")
	}
	ts, err := explore.Holders(ctx, r.Store, org, deref(role), day.Time)
	if err != nil {
		return nil, err
	}
	return nonNilSlice(ts), nil
}

// career returns a person's tenures in time order. It reads through the
// request's loaders, so the careers of a page of persons cost one round
// trip for all their tenures, not one each.
func (r *Resolver) career(ctx context.Context, person string) ([]*peyvand.Tenure, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	var st peyvand.Store = r.Store
	if l := loaders.For(ctx); l != nil {
		st = batched{Store: r.Store, l: l}
	}
	ts, err := explore.Career(ctx, st, person)
	if err != nil {
		return nil, err
	}
	return nonNilSlice(ts), nil
}

// pathOptions reads the arguments of path and paths.
func pathOptions(maxHops *int, via []peyvand.RelType) (explore.PathOptions, error) {
	opt := explore.PathOptions{MaxHops: explore.DefaultMaxHops, Via: via}
	if maxHops != nil {
		if *maxHops < 1 || *maxHops > explore.MaxHops {
			return opt, peyvand.Errorf(peyvand.EINVALID, "maxHops %d is out of range 1..%d", *maxHops, explore.MaxHops)
		}
		opt.MaxHops = *maxHops
	}
	return opt, nil
}

// path returns a shortest path, or a message saying there is none; that
// is an answer, not an error.
func (r *Resolver) path(ctx context.Context, from, to string, maxHops *int, via []peyvand.RelType) (*model.PathResult, error) {
	opt, err := pathOptions(maxHops, via)
	if err != nil {
		return nil, err
	}
	p, err := explore.ShortestPath(ctx, r.Store, from, to, opt)
	if errors.Is(err, explore.ErrNoPath) {
		msg := peyvand.ErrorMessage(err)
		return &model.PathResult{Message: &msg}, nil
	}
	if err != nil {
		return nil, err
	}
	out, err := r.paths(ctx, []*explore.Path{p})
	if err != nil {
		return nil, err
	}
	return &model.PathResult{Path: out[0]}, nil
}

// kPaths returns up to k shortest paths; none is an empty list.
func (r *Resolver) kPaths(ctx context.Context, from, to string, maxHops *int, via []peyvand.RelType, k *int) ([]*model.Path, error) {
	opt, err := pathOptions(maxHops, via)
	if err != nil {
		return nil, err
	}
	n := 3
	if k != nil {
		n = *k
	}
	ps, err := explore.KShortestPaths(ctx, r.Store, from, to, n, opt)
	if errors.Is(err, explore.ErrNoPath) {
		return []*model.Path{}, nil
	}
	if err != nil {
		return nil, err
	}
	return r.paths(ctx, ps)
}

// paths converts paths, reading all their nodes in one batch.
func (r *Resolver) paths(ctx context.Context, ps []*explore.Path) ([]*model.Path, error) {
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.Nodes...)
	}
	nodes, err := loaders.For(ctx).Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Path, len(ps))
	for i, p := range ps {
		mp := &model.Path{Length: p.Length, Nodes: make([]model.Node, 0, len(p.Nodes)), Hops: make([]*model.Hop, len(p.Hops))}
		for _, n := range nodes[:len(p.Nodes)] {
			if n == nil {
				// A node removed while the path was read: the path no
				// longer holds.
				return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "the graph changed while the path was read; try again")
			}
			mp.Nodes = append(mp.Nodes, asNode(n))
		}
		nodes = nodes[len(p.Nodes):]
		for j, e := range p.Hops {
			mp.Hops[j] = hop(e)
		}
		out[i] = mp
	}
	return out, nil
}

func hop(e *peyvand.Edge) *model.Hop {
	ev := make([]*peyvand.Evidence, len(e.Evidence))
	for i := range e.Evidence {
		ev[i] = &e.Evidence[i]
	}
	return &model.Hop{ID: hopPrefix + e.ID, RelationshipID: e.ID, Type: e.Type, Source: e.From, Target: e.To, Label: explore.NewSubEdge(e).Label, Evidence: ev}
}

// The prefixes of the derived IDs of the drawing types, which must not
// reuse the IDs of the nodes and tenures they draw: a client cache such
// as Relay's stores every record by id.
const (
	graphNodePrefix = "gn_"
	graphEdgePrefix = "ge_"
	hopPrefix       = "hop_"
)

// neighborhoodKey identifies a neighbourhood by its arguments. A
// GraphNode's data (its depth, whether it is a seed) depends on them, so
// the IDs of its nodes do too: two neighbourhoods never share a GraphNode
// record whose fields differ.
func neighborhoodKey(ids []string, opt explore.NeighborhoodOptions) string {
	types := make([]string, len(opt.Types))
	for i, t := range opt.Types {
		types[i] = string(t)
	}
	h := sha256.Sum256([]byte(fmt.Sprintf("%q %d %d %q", ids, opt.Depth, opt.Limit, types)))
	return hex.EncodeToString(h[:6])
}

// neighborhood returns the subgraph around ids for drawing.
func (r *Resolver) neighborhood(ctx context.Context, ids []string, depth, limit *int, types []peyvand.EntityType) (*model.Subgraph, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	opt := explore.NeighborhoodOptions{Depth: explore.DefaultDepth, Limit: explore.DefaultLimit, Types: types}
	if depth != nil {
		if *depth < 1 || *depth > explore.MaxDepth {
			return nil, peyvand.Errorf(peyvand.EINVALID, "depth %d is out of range 1..%d", *depth, explore.MaxDepth)
		}
		opt.Depth = *depth
	}
	if limit != nil {
		if *limit < 1 || *limit > explore.MaxLimit {
			return nil, peyvand.Errorf(peyvand.EINVALID, "limit %d is out of range 1..%d", *limit, explore.MaxLimit)
		}
		opt.Limit = *limit
	}
	sg, err := explore.Neighborhood(ctx, r.Store, ids, opt)
	if err != nil {
		return nil, err
	}
	return subgraph(sg, neighborhoodKey(ids, opt)), nil
}

func subgraph(sg *explore.Subgraph, key string) *model.Subgraph {
	out := &model.Subgraph{Nodes: make([]*model.GraphNode, len(sg.Nodes)), Edges: make([]*model.GraphEdge, len(sg.Edges)), Truncated: sg.Truncated}
	for i, n := range sg.Nodes {
		out.Nodes[i] = &model.GraphNode{ID: graphNodePrefix + key + "_" + n.ID, EntityID: n.ID, Type: peyvand.EntityType(n.Type), Label: n.Label, Data: n.Data}
	}
	for i, e := range sg.Edges {
		out.Edges[i] = &model.GraphEdge{ID: graphEdgePrefix + e.ID, RelationshipID: e.ID, Source: e.Source, Target: e.Target, Type: peyvand.RelType(e.Type), Label: e.Label, Data: e.Data}
	}
	return out
}

// ties returns the ties of a node, with the nodes they share read in one
// batch.
func (r *Resolver) ties(ctx context.Context, find func(context.Context, peyvand.Store, string, int) ([]explore.Tie, error), id string, first *int) ([]explore.Tie, [][]*peyvand.Node, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	n, err := r.Limits.pageSize(first)
	if err != nil || n == 0 {
		return nil, nil, err
	}
	ties, err := find(ctx, r.Store, id, n)
	if err != nil {
		return nil, nil, err
	}
	l := loaders.For(ctx)
	var ids []string
	for _, t := range ties {
		l.PrimeNodes(t.Node)
		ids = append(ids, t.Via...)
	}
	nodes, err := l.Nodes(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	via := make([][]*peyvand.Node, len(ties))
	for i, t := range ties {
		via[i], nodes = nodes[:len(t.Via)], nodes[len(t.Via):]
	}
	return ties, via, nil
}

// coAttendees returns the people who shared events with a person.
func (r *Resolver) coAttendees(ctx context.Context, person string, first *int) ([]*model.CoAttendance, error) {
	ties, via, err := r.ties(ctx, explore.CoAttendees, person, first)
	if err != nil {
		return nil, err
	}
	out := make([]*model.CoAttendance, len(ties))
	for i, t := range ties {
		out[i] = &model.CoAttendance{Person: (*peyvand.Person)(t.Node), SharedEvents: t.Shared, Events: views[*peyvand.Event](via[i], peyvand.TypeEvent)}
	}
	return out, nil
}

// sharedMembers returns the bodies that share members with a body.
func (r *Resolver) sharedMembers(ctx context.Context, org string, first *int) ([]*model.SharedMembership, error) {
	ties, via, err := r.ties(ctx, explore.SharedMembers, org, first)
	if err != nil {
		return nil, err
	}
	out := make([]*model.SharedMembership, len(ties))
	for i, t := range ties {
		out[i] = &model.SharedMembership{Organization: (*peyvand.Organization)(t.Node), SharedMembers: t.Shared, Members: views[*peyvand.Person](via[i], peyvand.TypePerson)}
	}
	return out, nil
}

// sharedEvents returns the events two persons or bodies share.
func (r *Resolver) sharedEvents(ctx context.Context, a, b string) ([]*peyvand.Event, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	nodes, err := explore.SharedEvents(ctx, r.Store, a, b)
	if err != nil {
		return nil, err
	}
	loaders.For(ctx).PrimeNodes(nodes...)
	return views[*peyvand.Event](nodes, peyvand.TypeEvent), nil
}

// timeline returns the dated happenings of some nodes in order.
func (r *Resolver) timeline(ctx context.Context, ids []string, from, to *string) ([]*model.TimelineEntry, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Limits.TraversalBudget)
	defer cancel()
	fromDay, err := dayArg(ctx, "from", from)
	if err != nil {
		return nil, err
	}
	toDay, err := dayArg(ctx, "to", to)
	if err != nil {
		return nil, err
	}
	entries, err := explore.Timeline(ctx, r.Store, ids, isoOf(fromDay), isoOf(toDay))
	if err != nil {
		return nil, err
	}
	out := make([]*model.TimelineEntry, len(entries))
	for i, e := range entries {
		out[i] = &model.TimelineEntry{Date: &e.Date, Kind: e.Kind, Label: e.Label, Event: (*peyvand.Event)(e.Event), Tenure: e.Tenure}
		if e.Event != nil {
			loaders.For(ctx).PrimeNodes(e.Event)
		}
	}
	return out, nil
}

// nonNilSlice returns s, or an empty slice for nil, so a non-null list is
// never null.
func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// batched is the store as one request's loaders read it: a traversal's
// reads for one item join those the request's other items make at the same
// time, in one store call.
type batched struct {
	peyvand.Store
	l *loaders.Loaders
}

func (b batched) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	return b.l.Nodes(ctx, ids)
}

func (b batched) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	out := make(map[string][]*peyvand.Edge, len(ids))
	for _, id := range ids {
		es, err := b.l.EdgesOf(ctx, id, dir, types...)
		if err != nil {
			return nil, err
		}
		out[id] = es
	}
	return out, nil
}
