package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
)

// listing is what a listing query's arguments say, before it is a
// peyvand.Query.
type listing struct {
	t        peyvand.EntityType
	name     *string
	kind     *string
	from, to *string
	// related are the filters that name a neighbour, by argument name;
	// the store filters by one neighbour at a time.
	related map[string]*string
	orderBy *model.OrderBy
}

// query validates a listing's arguments and turns them into a store query.
func (l listing) query(ctx context.Context) (peyvand.Query, error) {
	q := peyvand.Query{Types: []peyvand.EntityType{l.t}, Name: deref(l.name), Kind: deref(l.kind), Sort: peyvand.SortName}
	for _, id := range l.related {
		if deref(id) == "" {
			continue
		}
		if q.Related != "" {
			return q, peyvand.Errorf(peyvand.EINVALID, "filter: give at most one of %s", strings.Join(slices.Sorted(maps.Keys(l.related)), ", "))
		}
		q.Related = deref(id)
	}
	for _, d := range []struct {
		arg string
		val *string
		dst *string
	}{{"from", l.from, &q.From}, {"to", l.to, &q.To}} {
		day, err := dayArg(ctx, "filter."+d.arg, d.val)
		if err != nil {
			return q, err
		}
		*d.dst = isoOf(day)
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return q, peyvand.Errorf(peyvand.EINVALID, "filter: from %s is after to %s", q.From, q.To)
	}
	if l.orderBy != nil {
		q.Sort = peyvand.SortKey(l.orderBy.Field)
		q.Desc = l.orderBy.Direction == model.SortDirectionDesc
	}
	return q, nil
}

// find runs a store query for one page and primes the request's node
// loader with what it found, so fields asking for those nodes again cost
// nothing. A page of the last items of a list first asks the store how
// long the list is. The store reads a limit of 0 as "no limit", so an
// empty page (first: 0) asks for one item and drops it: the total stays
// right and no more is read.
func (r *Resolver) find(ctx context.Context, q peyvand.Query, a pageArgs) (*peyvand.Page, window, error) {
	b, err := r.bounds(a)
	if err != nil {
		return nil, window{}, err
	}
	total := -1
	if b.needsTotal() {
		q.Offset, q.Limit = 0, 1
		page, err := r.Store.Find(ctx, q)
		if err != nil {
			return nil, window{}, err
		}
		total = page.Total
	}
	w := b.window(total)
	q.Offset, q.Limit = w.offset, max(w.limit, 1)
	page, err := r.Store.Find(ctx, q)
	if err != nil {
		return nil, w, err
	}
	if len(page.Hits) > w.limit {
		page.Hits = page.Hits[:w.limit]
	}
	if l := primer(ctx); l != nil {
		for _, h := range page.Hits {
			l.PrimeNodes(h.Node)
		}
	}
	return page, w, nil
}

// list runs a listing and builds its connection's parts: the edges, made
// by edge from each node and its cursor, the page info and the total.
func list[T view, E any](ctx context.Context, r *Resolver, l listing, a pageArgs, edge func(T, string) E) ([]E, *model.PageInfo, int, error) {
	q, err := l.query(ctx)
	if err != nil {
		return nil, nil, 0, err
	}
	page, w, err := r.find(ctx, q, a)
	if err != nil {
		return nil, nil, 0, err
	}
	nodes := make([]*peyvand.Node, len(page.Hits))
	for i, h := range page.Hits {
		nodes[i] = h.Node
	}
	return edgesOf(views[T](nodes, l.t), w, edge), pageInfo(w, len(page.Hits), page.Total), page.Total, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

// search ranks the nodes matching text.
func (r *Resolver) search(ctx context.Context, text string, types []peyvand.EntityType, a pageArgs) (*model.SearchConnection, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "query must not be empty")
	}
	page, w, err := r.find(ctx, peyvand.Query{Text: text, Types: types}, a)
	if err != nil {
		return nil, err
	}
	edges := make([]*model.SearchEdge, 0, len(page.Hits))
	for i, h := range page.Hits {
		if n := asNode(h.Node); n != nil {
			edges = append(edges, &model.SearchEdge{Node: n, Score: h.Score, Cursor: encodeCursor(w.offset + i)})
		}
	}
	return &model.SearchConnection{Edges: edges, PageInfo: pageInfo(w, len(page.Hits), page.Total), TotalCount: page.Total}, nil
}

func (r *Resolver) listPersons(ctx context.Context, f *model.PersonFilter, orderBy *model.OrderBy, a pageArgs) (*model.PersonConnection, error) {
	if f == nil {
		f = &model.PersonFilter{}
	}
	edges, info, total, err := list(ctx, r, listing{t: peyvand.TypePerson, name: f.Name, orderBy: orderBy,
		related: map[string]*string{"organization": f.Organization, "event": f.Event}}, a,
		func(n *peyvand.Person, c string) *model.PersonEdge { return &model.PersonEdge{Node: n, Cursor: c} })
	if err != nil {
		return nil, err
	}
	return &model.PersonConnection{Edges: edges, PageInfo: info, TotalCount: total}, nil
}

func (r *Resolver) listOrganizations(ctx context.Context, f *model.OrganizationFilter, orderBy *model.OrderBy, a pageArgs) (*model.OrganizationConnection, error) {
	if f == nil {
		f = &model.OrganizationFilter{}
	}
	edges, info, total, err := list(ctx, r, listing{t: peyvand.TypeOrganization, name: f.Name, kind: f.Kind, orderBy: orderBy,
		related: map[string]*string{"organization": f.Organization, "place": f.Place}}, a,
		func(n *peyvand.Organization, c string) *model.OrganizationEdge {
			return &model.OrganizationEdge{Node: n, Cursor: c}
		})
	if err != nil {
		return nil, err
	}
	return &model.OrganizationConnection{Edges: edges, PageInfo: info, TotalCount: total}, nil
}

func (r *Resolver) listEvents(ctx context.Context, f *model.EventFilter, orderBy *model.OrderBy, a pageArgs) (*model.EventConnection, error) {
	if f == nil {
		f = &model.EventFilter{}
	}
	edges, info, total, err := list(ctx, r, listing{t: peyvand.TypeEvent, name: f.Name, kind: f.Type, from: f.From, to: f.To, orderBy: orderBy,
		related: map[string]*string{"organization": f.Organization, "person": f.Person, "place": f.Place}}, a,
		func(n *peyvand.Event, c string) *model.EventEdge { return &model.EventEdge{Node: n, Cursor: c} })
	if err != nil {
		return nil, err
	}
	return &model.EventConnection{Edges: edges, PageInfo: info, TotalCount: total}, nil
}

func (r *Resolver) listProjects(ctx context.Context, f *model.ProjectFilter, orderBy *model.OrderBy, a pageArgs) (*model.ProjectConnection, error) {
	if f == nil {
		f = &model.ProjectFilter{}
	}
	edges, info, total, err := list(ctx, r, listing{t: peyvand.TypeProject, name: f.Name, kind: f.Kind, orderBy: orderBy,
		related: map[string]*string{"organization": f.Organization, "place": f.Place}}, a,
		func(n *peyvand.Project, c string) *model.ProjectEdge { return &model.ProjectEdge{Node: n, Cursor: c} })
	if err != nil {
		return nil, err
	}
	return &model.ProjectConnection{Edges: edges, PageInfo: info, TotalCount: total}, nil
}

// auditLog returns the most recent curation records.
func (r *Resolver) auditLog(ctx context.Context, first *int) ([]*peyvand.AuditRecord, error) {
	n, err := r.Limits.pageSize(first)
	if err != nil || n == 0 {
		// The store reads a limit of 0 as "no limit"; first: 0 is none.
		return []*peyvand.AuditRecord{}, err
	}
	recs, err := r.Store.Audit(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	out := make([]*peyvand.AuditRecord, len(recs))
	for i := range recs {
		out[i] = &recs[i]
	}
	return out, nil
}
