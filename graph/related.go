package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/graph/model"
	"github.com/peyvand/peyvand/loaders"
)

// link is a node reached over an edge.
type link struct {
	edge *peyvand.Edge
	node *peyvand.Node
}

// links returns the nodes of type t at the other end of node id's edges of
// type rt in direction dir, each once, in the order that reads best: events
// by date, everything else by name. The edges and the nodes are fetched
// through the request's loaders, so all the items of one query level share
// one round trip for each.
func links(ctx context.Context, id string, dir peyvand.Direction, rt peyvand.RelType, t peyvand.EntityType) ([]link, error) {
	l := loaders.For(ctx)
	edges, err := l.EdgesOf(ctx, id, dir, rt)
	if err != nil {
		return nil, err
	}
	if len(edges) == 0 {
		return nil, nil
	}
	ids := make([]string, len(edges))
	for i, e := range edges {
		ids[i] = e.To
		if dir == peyvand.In || (dir == peyvand.Both && e.To == id) {
			ids[i] = e.From
		}
	}
	nodes, err := l.Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]link, 0, len(nodes))
	seen := make(map[string]bool, len(nodes))
	for i, n := range nodes {
		if n == nil || n.Type != t || seen[n.ID] {
			continue
		}
		seen[n.ID] = true
		out = append(out, link{edge: edges[i], node: n})
	}
	slices.SortStableFunc(out, func(a, b link) int { return compareNodes(a.node, b.node) })
	return out, nil
}

// compareNodes orders dated nodes by date, undated ones after them, and
// then by name and ID so the order is stable.
func compareNodes(a, b *peyvand.Node) int {
	if c := cmp.Compare(dateKey(a.Date), dateKey(b.Date)); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
}

// dateKey sorts a date; no date sorts last.
func dateKey(d *peyvand.Date) string {
	if d == nil || d.ISO == "" {
		return "\uffff"
	}
	return d.ISO
}

// first returns the first node linked, or nil.
func first(ctx context.Context, id string, dir peyvand.Direction, rt peyvand.RelType, t peyvand.EntityType) (*peyvand.Node, error) {
	ls, err := links(ctx, id, dir, rt, t)
	if err != nil || len(ls) == 0 {
		return nil, err
	}
	return ls[0].node, nil
}

// nodeOfType loads a node through the request's loaders and returns it
// when it has type t; a missing ID gives nil.
func nodeOfType(ctx context.Context, id string, t peyvand.EntityType) (*peyvand.Node, error) {
	if id == "" {
		return nil, nil
	}
	n, err := loaders.For(ctx).Node(ctx, id)
	if err != nil || n == nil || n.Type != t {
		return nil, err
	}
	return n, nil
}

// tenures returns the HOLDS edges of node id in direction dir of post role
// (curation.RoleKey; any post when empty), in time order
// (peyvand.CompareTenures).
func tenures(ctx context.Context, id string, dir peyvand.Direction, role string) ([]*peyvand.Tenure, error) {
	edges, err := loaders.For(ctx).EdgesOf(ctx, id, dir, peyvand.RelHolds)
	if err != nil {
		return nil, err
	}
	key := curation.RoleKey(role)
	out := make([]*peyvand.Tenure, 0, len(edges))
	for _, e := range edges {
		if role == "" || curation.RoleKey(e.Role) == key {
			out = append(out, (*peyvand.Tenure)(e))
		}
	}
	slices.SortStableFunc(out, peyvand.CompareTenures)
	return out, nil
}

// positions returns the distinct posts of organization org's tenures.
func positions(ctx context.Context, org string) ([]*peyvand.Position, error) {
	ts, err := tenures(ctx, org, peyvand.In, "")
	if err != nil {
		return nil, err
	}
	var out []*peyvand.Position
	seen := make(map[string]bool)
	for _, t := range ts {
		k := curation.RoleKey(t.Role)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, curation.PositionOf(org, t.Role))
	}
	slices.SortFunc(out, func(a, b *peyvand.Position) int { return cmp.Compare(a.Role, b.Role) })
	return out, nil
}

// The connection builders below page a list the resolver has in full.

func (r *Resolver) tenureConnection(all []*peyvand.Tenure, a pageArgs) (*model.TenureConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.TenureConnection{
		Edges: edgesOf(page, w, func(t *peyvand.Tenure, c string) *model.TenureEdge {
			return &model.TenureEdge{Node: t, Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) positionConnection(all []*peyvand.Position, a pageArgs) (*model.PositionConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.PositionConnection{
		Edges: edgesOf(page, w, func(p *peyvand.Position, c string) *model.PositionEdge {
			return &model.PositionEdge{Node: p, Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) organizationLinks(all []link, a pageArgs) (*model.OrganizationConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.OrganizationConnection{
		Edges: edgesOf(page, w, func(l link, c string) *model.OrganizationEdge {
			return &model.OrganizationEdge{Node: (*peyvand.Organization)(l.node), Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) eventLinks(all []link, a pageArgs) (*model.EventConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.EventConnection{
		Edges: edgesOf(page, w, func(l link, c string) *model.EventEdge {
			return &model.EventEdge{Node: (*peyvand.Event)(l.node), Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) projectLinks(all []link, a pageArgs) (*model.ProjectConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.ProjectConnection{
		Edges: edgesOf(page, w, func(l link, c string) *model.ProjectEdge {
			return &model.ProjectEdge{Node: (*peyvand.Project)(l.node), Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) personEventLinks(all []link, a pageArgs) (*model.PersonEventConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.PersonEventConnection{
		Edges: edgesOf(page, w, func(l link, c string) *model.PersonEventEdge {
			return &model.PersonEventEdge{Node: (*peyvand.Event)(l.node), Part: partOf(l.edge), Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

func (r *Resolver) participantLinks(all []link, a pageArgs) (*model.ParticipantConnection, error) {
	w, err := r.window(a, len(all))
	if err != nil {
		return nil, err
	}
	page := slice(all, w)
	return &model.ParticipantConnection{
		Edges: edgesOf(page, w, func(l link, c string) *model.ParticipantEdge {
			return &model.ParticipantEdge{Node: (*peyvand.Person)(l.node), Part: partOf(l.edge), Cursor: c}
		}),
		PageInfo:   pageInfo(w, len(page), len(all)),
		TotalCount: len(all),
	}, nil
}

// partOf is a participant's part; a report that names no part makes the
// person an attendee.
func partOf(e *peyvand.Edge) string {
	if e.Role == "" {
		return peyvand.PartAttendee
	}
	return e.Role
}
