package graph

import (
	"context"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/loaders"
)

// The prefetcher reads a query level's store data before the executor
// asks for it. When a resolver the table below does not know (a root
// field such as persons or node, a traversal, career) returns, the
// prefetcher walks the field's selection over the result: for every
// relation field selected under it (tenures, organization, place...) it
// reads the whole level's keys in one store call through the request's
// loaders, works out the children exactly as the resolvers will (same
// helpers, same paging), and goes on one level down. The resolvers then
// find everything cached and never wait for a batch timer; a store that
// pays per round trip (Neo4j) gets one statement per level however far
// apart the executor's goroutines start. The prefetch only warms caches:
// a field it does not cover still loads through the loaders, correctly.

// relKind is how a relation field reads its data.
type relKind int

const (
	// relLinks is a connection of the nodes over edges (see links).
	relLinks relKind = iota
	// relFirst is the first node over edges (see first).
	relFirst
	// relTenures is a connection of a node's tenures (see tenures).
	relTenures
	// relPositions is an organization's posts (see positions).
	relPositions
	// relHolders is a post's tenures.
	relHolders
	// relNode is one node named by an ID of the parent.
	relNode
	// relPosition is a tenure's post, made from the tenure.
	relPosition
	// relEvidence is an entity's evidence, a plain list.
	relEvidence
	// relSources is the distinct sources of a person's evidence.
	relSources
	// relCareer is a person's tenures in time order (see career), read
	// through the loaders like relTenures.
	relCareer
)

// relation says how a field of an entity type reads what it returns.
type relation struct {
	kind relKind
	dir  peyvand.Direction
	rt   peyvand.RelType
	t    peyvand.EntityType
	// id is the ID relNode reads.
	id func(any) string
}

func linksRel(dir peyvand.Direction, rt peyvand.RelType, t peyvand.EntityType) relation {
	return relation{kind: relLinks, dir: dir, rt: rt, t: t}
}

func firstRel(dir peyvand.Direction, rt peyvand.RelType, t peyvand.EntityType) relation {
	return relation{kind: relFirst, dir: dir, rt: rt, t: t}
}

func nodeRel(t peyvand.EntityType, id func(any) string) relation {
	return relation{kind: relNode, t: t, id: id}
}

var evidenceRel = relation{kind: relEvidence}

// relations are the relation fields of the schema by type and field, read
// as their resolvers read them (see *.resolvers.go).
var relations = map[string]map[string]relation{
	"Person": {
		"tenures":  {kind: relTenures, dir: peyvand.Out},
		"events":   linksRel(peyvand.Out, peyvand.RelParticipated, peyvand.TypeEvent),
		"sources":  {kind: relSources},
		"career":   {kind: relCareer, dir: peyvand.Out},
		"evidence": evidenceRel,
	},
	"Organization": {
		"parent":    firstRel(peyvand.Out, peyvand.RelPartOf, peyvand.TypeOrganization),
		"branches":  linksRel(peyvand.In, peyvand.RelPartOf, peyvand.TypeOrganization),
		"positions": {kind: relPositions},
		"tenures":   {kind: relTenures, dir: peyvand.In},
		"events":    linksRel(peyvand.Out, peyvand.RelInvolved, peyvand.TypeEvent),
		"projects":  linksRel(peyvand.Out, peyvand.RelRuns, peyvand.TypeProject),
		"place":     firstRel(peyvand.Out, peyvand.RelLocatedIn, peyvand.TypePlace),
		"evidence":  evidenceRel,
	},
	"Event": {
		"participants":  linksRel(peyvand.In, peyvand.RelParticipated, peyvand.TypePerson),
		"organizations": linksRel(peyvand.In, peyvand.RelInvolved, peyvand.TypeOrganization),
		"place":         firstRel(peyvand.Out, peyvand.RelLocatedIn, peyvand.TypePlace),
		"evidence":      evidenceRel,
	},
	"Project": {
		"organization": firstRel(peyvand.In, peyvand.RelRuns, peyvand.TypeOrganization),
		"place":        firstRel(peyvand.Out, peyvand.RelLocatedIn, peyvand.TypePlace),
		"evidence":     evidenceRel,
	},
	"Place": {
		"parent":        firstRel(peyvand.Out, peyvand.RelLocatedIn, peyvand.TypePlace),
		"organizations": linksRel(peyvand.In, peyvand.RelLocatedIn, peyvand.TypeOrganization),
		"events":        linksRel(peyvand.In, peyvand.RelLocatedIn, peyvand.TypeEvent),
		"projects":      linksRel(peyvand.In, peyvand.RelLocatedIn, peyvand.TypeProject),
		"evidence":      evidenceRel,
	},
	"Source": {"evidence": evidenceRel},
	"Tenure": {
		"person":       nodeRel(peyvand.TypePerson, func(v any) string { return v.(*peyvand.Tenure).From }),
		"organization": nodeRel(peyvand.TypeOrganization, func(v any) string { return v.(*peyvand.Tenure).To }),
		"predecessor":  nodeRel(peyvand.TypePerson, func(v any) string { return v.(*peyvand.Tenure).PredecessorID }),
		"successor":    nodeRel(peyvand.TypePerson, func(v any) string { return v.(*peyvand.Tenure).SuccessorID }),
		"position":     {kind: relPosition},
		"evidence":     evidenceRel,
	},
	"Position": {
		"organization": nodeRel(peyvand.TypeOrganization, func(v any) string { return v.(*peyvand.Position).OrganizationID }),
		"holders":      {kind: relHolders},
	},
	"Evidence": {
		"source": nodeRel(peyvand.TypeSource, func(v any) string { return v.(*peyvand.Evidence).SourceID }),
	},
}

// relationNames are the field names of relations, for a quick look at
// whether a selection has anything to prefetch.
var relationNames = func() map[string]bool {
	m := map[string]bool{}
	for _, fields := range relations {
		for name, rel := range fields {
			if rel.kind != relEvidence {
				m[name] = true
			}
		}
	}
	return m
}()

// typeNames are the GraphQL types of the entity types.
var typeNames = map[peyvand.EntityType]string{
	peyvand.TypePerson: "Person", peyvand.TypeOrganization: "Organization", peyvand.TypeEvent: "Event",
	peyvand.TypeProject: "Project", peyvand.TypePlace: "Place", peyvand.TypeSource: "Source",
}

// prefetcher is the field middleware that starts prefetches.
type prefetcher struct {
	r      *Resolver
	schema *ast.Schema
	// satisfies are, for each object type, the names a fragment on it may
	// use: the type and its interfaces and unions.
	satisfies map[string][]string
	// fields maps a Go struct type to its fields by JSON name.
	fields sync.Map
}

func newPrefetcher(r *Resolver, schema *ast.Schema) *prefetcher {
	p := &prefetcher{r: r, schema: schema, satisfies: map[string][]string{}}
	for name, def := range schema.Types {
		if def.Kind != ast.Object {
			continue
		}
		names := []string{name}
		for _, in := range schema.GetImplements(def) {
			names = append(names, in.Name)
		}
		p.satisfies[name] = names
	}
	return p
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*prefetcher)(nil)

func (*prefetcher) ExtensionName() string { return "Prefetch" }

func (*prefetcher) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext makes the prefetch the operation's field
// middleware, around whatever field middleware the executor composed; it
// also grows the stack of list elements that go deep (see growStackFor).
// Installed with AroundFields instead, it would cost every field of a
// response a closure the executor allocates to chain it; this way the
// operation allocates one, and a field calls the chain it wraps directly.
func (p *prefetcher) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	inner := oc.ResolverMiddleware
	if inner == nil {
		return nil
	}
	oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		growStackFor(fc, oc)
		return p.aroundField(ctx, fc, inner, next)
	}
	return nil
}

// aroundField runs a field's resolver through inner and, when the field
// is one the relation table does not know and selects relation fields
// below it, prefetches their data level by level before the executor goes
// on.
func (p *prefetcher) aroundField(ctx context.Context, fc *graphql.FieldContext, inner graphql.FieldMiddleware, next graphql.Resolver) (any, error) {
	res, err := inner(ctx, next)
	if err != nil || res == nil {
		return res, err
	}
	p.below(ctx, fc, res)
	return res, err
}

// below prefetches, level by level, the relation fields selected under
// field fc, whose resolver returned res, when fc is a resolver the
// relation table does not know. The lean executor (see lean.go) calls it
// after each resolver as the field middleware does for gqlgen's.
func (p *prefetcher) below(ctx context.Context, fc *graphql.FieldContext, res any) {
	if fc == nil || !fc.IsResolver || fc.Field.Field == nil || len(fc.Field.Selections) == 0 {
		return
	}
	if _, known := relations[fc.Object][fc.Field.Name]; known {
		return
	}
	oc := graphql.GetOperationContext(ctx)
	if !mentionsRelation(fc.Field.Selections, oc.Doc.Fragments, 0) {
		return
	}
	l := loaders.For(ctx)
	if l == nil || fc.Field.Definition == nil {
		return
	}
	w := &walk{p: p, ctx: ctx, oc: oc, l: l}
	w.value(reflect.ValueOf(res), fc.Field.Definition.Type.Name(), fc.Field.Selections)
	w.run()
}

// mentionsRelation reports whether set or the fragments it spreads select
// a relation field anywhere below.
func mentionsRelation(set ast.SelectionSet, frags ast.FragmentDefinitionList, depth int) bool {
	if depth > 64 {
		return false
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if relationNames[s.Name] || mentionsRelation(s.SelectionSet, frags, depth+1) {
				return true
			}
		case *ast.InlineFragment:
			if mentionsRelation(s.SelectionSet, frags, depth+1) {
				return true
			}
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil && mentionsRelation(f.SelectionSet, frags, depth+1) {
				return true
			}
		}
	}
	return false
}

// group is the objects of one level of one GraphQL type under one
// selection.
type group struct {
	typ  string
	sel  ast.SelectionSet
	objs []any
}

// walk is one prefetch: the groups of the level being read.
type walk struct {
	p     *prefetcher
	ctx   context.Context
	oc    *graphql.OperationContext
	l     *loaders.Loaders
	level []*group
}

// add puts obj of GraphQL type typ, selected with sel, in the level.
func (w *walk) add(typ string, sel ast.SelectionSet, obj any) {
	for _, g := range w.level {
		if g.typ == typ && sameSelection(g.sel, sel) {
			g.objs = append(g.objs, obj)
			return
		}
	}
	w.level = append(w.level, &group{typ: typ, sel: sel, objs: []any{obj}})
}

// sameSelection reports whether a and b are the same selection set.
func sameSelection(a, b ast.SelectionSet) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// entityType returns the GraphQL type of an entity value, or "".
func entityType(v any) string {
	switch v.(type) {
	case *peyvand.Person:
		return "Person"
	case *peyvand.Organization:
		return "Organization"
	case *peyvand.Event:
		return "Event"
	case *peyvand.Project:
		return "Project"
	case *peyvand.Place:
		return "Place"
	case *peyvand.Source:
		return "Source"
	case *peyvand.Tenure:
		return "Tenure"
	case *peyvand.Position:
		return "Position"
	case *peyvand.Evidence:
		return "Evidence"
	}
	return ""
}

// value finds the entities in v, a result of GraphQL type typ selected
// with sel, and adds them to the level: it follows lists, pointers and
// the selected fields of plain objects (connections, edges, subgraphs).
func (w *walk) value(v reflect.Value, typ string, sel ast.SelectionSet) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		w.value(v.Elem(), typ, sel)
		return
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			w.value(v.Index(i), typ, sel)
		}
		return
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
	case reflect.Struct:
		if !v.CanAddr() {
			return
		}
		v = v.Addr()
	default:
		return
	}
	obj := v.Interface()
	if et := entityType(obj); et != "" {
		w.add(et, sel, obj)
		return
	}
	s := v.Elem()
	if s.Kind() != reflect.Struct {
		return
	}
	def := w.p.schema.Types[typ]
	if def == nil || def.Kind != ast.Object {
		return
	}
	byName := w.p.structFields(s.Type())
	for _, f := range graphql.CollectFields(w.oc, sel, w.p.satisfies[typ]) {
		idx, ok := byName[f.Name]
		if !ok || f.Definition == nil || len(f.Selections) == 0 {
			continue
		}
		w.value(s.FieldByIndex(idx), f.Definition.Type.Name(), f.Selections)
	}
}

// structFields returns the fields of struct type t by JSON name.
func (p *prefetcher) structFields(t reflect.Type) map[string][]int {
	if m, ok := p.fields.Load(t); ok {
		return m.(map[string][]int)
	}
	m := map[string][]int{}
	for _, f := range reflect.VisibleFields(t) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		m[name] = f.Index
	}
	p.fields.Store(t, m)
	return m
}

// need is one relation field of one group, to read for the level.
type need struct {
	g   *group
	f   graphql.CollectedField
	rel relation
}

// run reads the level's data and goes down until no level is left.
func (w *walk) run() {
	for depth := 0; len(w.level) > 0 && depth < 64; depth++ {
		var needs []need
		for _, g := range w.level {
			for _, f := range graphql.CollectFields(w.oc, g.sel, w.p.satisfies[g.typ]) {
				if rel, ok := relations[g.typ][f.Name]; ok && len(f.Selections) > 0 {
					needs = append(needs, need{g: g, f: f, rel: rel})
				}
			}
		}
		w.level = nil
		if len(needs) == 0 || w.ctx.Err() != nil {
			return
		}
		w.fetch(needs)
		for _, n := range needs {
			w.children(n)
		}
	}
}

// edgeKey names one EdgesOf call.
type edgeKey struct {
	dir peyvand.Direction
	rt  peyvand.RelType
}

// fetch reads what the needs of a level ask for: one EdgesOf call for
// each direction and relationship type, then one Nodes call for every
// node the level reaches.
func (w *walk) fetch(needs []need) {
	edgeIDs := map[edgeKey][]string{}
	var order []edgeKey
	var nodeIDs []string
	for _, n := range needs {
		var k edgeKey
		switch n.rel.kind {
		case relLinks, relFirst:
			k = edgeKey{n.rel.dir, n.rel.rt}
		case relTenures:
			k = edgeKey{n.rel.dir, peyvand.RelHolds}
		case relCareer:
			// A career also looks its person up; a person reached here is
			// cached already, so this costs a call only when it is not.
			for _, o := range n.g.objs {
				nodeIDs = append(nodeIDs, w.parentID(n.rel.kind, o))
			}
			k = edgeKey{peyvand.Out, peyvand.RelHolds}
		case relPositions, relHolders:
			k = edgeKey{peyvand.In, peyvand.RelHolds}
		case relNode:
			for _, o := range n.g.objs {
				if id := n.rel.id(o); id != "" {
					nodeIDs = append(nodeIDs, id)
				}
			}
			continue
		case relSources:
			for _, o := range n.g.objs {
				for _, e := range o.(*peyvand.Person).Evidence {
					nodeIDs = append(nodeIDs, e.SourceID)
				}
			}
			continue
		default:
			continue
		}
		if _, ok := edgeIDs[k]; !ok {
			order = append(order, k)
		}
		for _, o := range n.g.objs {
			edgeIDs[k] = append(edgeIDs[k], w.parentID(n.rel.kind, o))
		}
	}
	for _, k := range order {
		// An error stays in the loader's cache; the resolvers report it.
		_ = w.l.PrefetchEdgesOf(w.ctx, edgeIDs[k], k.dir, k.rt)
	}
	// The nodes at the other end of the links just read.
	for _, n := range needs {
		if n.rel.kind != relLinks && n.rel.kind != relFirst {
			continue
		}
		for _, o := range n.g.objs {
			id := w.parentID(n.rel.kind, o)
			edges, err := w.l.EdgesOf(w.ctx, id, n.rel.dir, n.rel.rt)
			if err != nil {
				break
			}
			for _, e := range edges {
				nodeIDs = append(nodeIDs, otherEnd(e, id, n.rel.dir))
			}
		}
	}
	if len(nodeIDs) > 0 {
		_ = w.l.PrefetchNodes(w.ctx, nodeIDs)
	}
}

// parentID is the node whose edges a relation of kind k reads.
func (w *walk) parentID(k relKind, o any) string {
	switch v := o.(type) {
	case *peyvand.Position:
		return v.OrganizationID
	case *peyvand.Tenure:
		return v.ID
	}
	return (*peyvand.Node)(asPeyvandNode(o)).ID
}

// asPeyvandNode returns the node a typed view is.
func asPeyvandNode(o any) *peyvand.Node {
	switch v := o.(type) {
	case *peyvand.Person:
		return (*peyvand.Node)(v)
	case *peyvand.Organization:
		return (*peyvand.Node)(v)
	case *peyvand.Event:
		return (*peyvand.Node)(v)
	case *peyvand.Project:
		return (*peyvand.Node)(v)
	case *peyvand.Place:
		return (*peyvand.Node)(v)
	case *peyvand.Source:
		return (*peyvand.Node)(v)
	}
	return &peyvand.Node{}
}

// otherEnd is the node edge e of node id leads to, read in direction dir.
func otherEnd(e *peyvand.Edge, id string, dir peyvand.Direction) string {
	if dir == peyvand.In || (dir == peyvand.Both && e.To == id) {
		return e.From
	}
	return e.To
}

// children adds to the next level what the field of n returns for each
// object of its group, computed by the resolvers' own helpers from the
// data fetch cached, and paged as the resolvers page.
func (w *walk) children(n need) {
	ctx, rel := w.ctx, n.rel
	def := n.f.Definition
	if def == nil {
		return
	}
	switch rel.kind {
	case relLinks, relTenures, relPositions, relHolders:
		b, ok := w.bounds(n.f)
		if !ok {
			return
		}
		sel, typ := w.connectionNodes(def.Type.Name(), n.f.Selections)
		if len(sel) == 0 {
			return
		}
		for _, o := range n.g.objs {
			id := w.parentID(rel.kind, o)
			switch rel.kind {
			case relLinks:
				ls, err := links(ctx, id, rel.dir, rel.rt, rel.t)
				if err != nil {
					return
				}
				for _, lk := range slice(ls, b.window(len(ls))) {
					w.add(typeNames[rel.t], sel, asNode(lk.node))
				}
			case relTenures, relHolders:
				role := ""
				if p, ok := o.(*peyvand.Position); ok {
					role = p.Role
				}
				dir := rel.dir
				if rel.kind == relHolders {
					dir = peyvand.In
				}
				ts, err := tenures(ctx, id, dir, role)
				if err != nil {
					return
				}
				for _, t := range slice(ts, b.window(len(ts))) {
					w.add(typ, sel, t)
				}
			case relPositions:
				ps, err := positions(ctx, id)
				if err != nil {
					return
				}
				for _, p := range slice(ps, b.window(len(ps))) {
					w.add(typ, sel, p)
				}
			}
		}
	case relCareer:
		for _, o := range n.g.objs {
			ts, err := tenures(ctx, w.parentID(rel.kind, o), peyvand.Out, "")
			if err != nil {
				return
			}
			for _, t := range ts {
				w.add("Tenure", n.f.Selections, t)
			}
		}
	case relFirst:
		for _, o := range n.g.objs {
			nd, err := first(ctx, w.parentID(rel.kind, o), rel.dir, rel.rt, rel.t)
			if err != nil {
				return
			}
			if nd != nil {
				w.add(typeNames[rel.t], n.f.Selections, asNode(nd))
			}
		}
	case relNode:
		for _, o := range n.g.objs {
			nd, err := nodeOfType(ctx, rel.id(o), rel.t)
			if err != nil {
				return
			}
			if nd != nil {
				w.add(typeNames[rel.t], n.f.Selections, asNode(nd))
			}
		}
	case relPosition:
		for _, o := range n.g.objs {
			t := o.(*peyvand.Tenure)
			w.add("Position", n.f.Selections, curation.PositionOf(t.To, t.Role))
		}
	case relEvidence:
		for _, o := range n.g.objs {
			ev := asPeyvandNode(o).Evidence
			if t, ok := o.(*peyvand.Tenure); ok {
				ev = t.Evidence
			}
			for i := range ev {
				w.add("Evidence", n.f.Selections, &ev[i])
			}
		}
	case relSources:
		for _, o := range n.g.objs {
			srcs, err := sourcesOf(ctx, o.(*peyvand.Person).Evidence)
			if err != nil {
				return
			}
			for _, s := range srcs {
				w.add("Source", n.f.Selections, s)
			}
		}
	}
}

// connectionNodes returns the selection of the nodes of a connection of
// type conn selected with sel, and their type.
func (w *walk) connectionNodes(conn string, sel ast.SelectionSet) (ast.SelectionSet, string) {
	var out ast.SelectionSet
	var typ string
	for _, edges := range graphql.CollectFields(w.oc, sel, w.p.satisfies[conn]) {
		if edges.Name != "edges" || edges.Definition == nil {
			continue
		}
		edgeType := edges.Definition.Type.Name()
		for _, node := range graphql.CollectFields(w.oc, edges.Selections, w.p.satisfies[edgeType]) {
			if node.Name == "node" && node.Definition != nil {
				out = append(out, node.Selections...)
				typ = node.Definition.Type.Name()
			}
		}
	}
	return out, typ
}

// bounds reads a paged field's first, after, last and before as its
// resolver will.
func (w *walk) bounds(f graphql.CollectedField) (bounds, bool) {
	args := f.ArgumentMap(w.oc.Variables)
	var a pageArgs
	for name, dst := range map[string]**int{"first": &a.first, "last": &a.last} {
		if v, ok := args[name]; ok && v != nil {
			n, ok := toInt(v)
			if !ok {
				return bounds{}, false
			}
			*dst = &n
		}
	}
	for name, dst := range map[string]**string{"after": &a.after, "before": &a.before} {
		if v, ok := args[name]; ok && v != nil {
			c, ok := v.(string)
			if !ok {
				return bounds{}, false
			}
			*dst = &c
		}
	}
	b, err := w.p.r.bounds(a)
	return b, err == nil
}

// toInt reads an Int argument as parsed from a query or its variables.
func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case int32:
		return int(n), true
	case float64:
		return int(n), float64(int(n)) == n
	case json.Number:
		i, err := strconv.Atoi(string(n))
		return i, err == nil
	case string:
		i, err := strconv.Atoi(n)
		return i, err == nil
	}
	return 0, false
}
