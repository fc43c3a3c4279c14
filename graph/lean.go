package graph

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
	"github.com/peyvand/peyvand/loaders"
)

// The lean executor answers the common read (a node by ID, a listing of
// persons or bodies, their tenures, bodies and places) without gqlgen's
// executor, whose goroutine per list element and per resolver field,
// field contexts and deferred-fragment bookkeeping cost most of such a
// request. It runs after gqlgen has parsed, validated and measured the
// operation (every limit, the query cache, APQ), walks the selection on
// the request's goroutine, calls the same resolvers through the same
// field contexts (so arguments are coerced by gqlgen's code) and the same
// prefetch, and writes the JSON gqlgen would write, byte for byte
// (TestLeanMatchesGQLGen compares the two on many queries).
//
// It answers only what it knows: a query whose every selected field is in
// the tables below, with no @defer, whose resolvers all succeed and whose
// non-null fields all have values. Anything else (an unknown field, an
// error, a null where the schema forbids one, a panic) abandons the lean
// run before a byte is sent, and gqlgen executes the operation from the
// start, so errors, null propagation and every other GraphQL behaviour
// are gqlgen's. Queries only read, so running one twice changes nothing.

// errNotLean abandons a lean run: gqlgen's executor answers instead.
var errNotLean = errors.New("graph: not on the lean path")

// leanStats counts, for the process, the operations the lean path
// answered and the lean runs it abandoned to gqlgen after starting them.
var leanStats struct{ served, abandoned atomic.Uint64 }

// LeanStats returns how many operations the lean path answered, and how
// many it began but left to gqlgen's executor (a resolver error, a null
// where the schema forbids one), since the process started.
func LeanStats() (served, abandoned uint64) {
	return leanStats.served.Load(), leanStats.abandoned.Load()
}

// leanExec is the lean executor of one handler.
type leanExec struct {
	es       *executableSchema
	prefetch *prefetcher
	loaders  func() *loaders.Loaders
	present  graphql.ErrorPresenterFunc
	recover  graphql.RecoverFunc
	// cache remembers, with each cached document, whether the lean path
	// covers its operations.
	cache *queryCache
}

// leanFields are the fields the lean path writes, by GraphQL type; a
// selection naming any other field, or a fragment on any other type,
// goes to gqlgen. Each is handled in the type's function below.
var leanFields = map[string][]string{
	"Query":                  {"node", "nodes", "persons", "organizations"},
	"Node":                   {"id"},
	"Person":                 {"id", "name", "aliases", "titles", "updated", "tenures"},
	"Organization":           {"id", "name", "aliases", "kind", "updated", "parent", "place", "tenures"},
	"Place":                  {"id", "name", "aliases", "kind", "parent"},
	"Tenure":                 {"id", "role", "updated", "began", "person", "predecessor", "successor", "organization"},
	"PersonConnection":       {"edges", "pageInfo", "totalCount"},
	"OrganizationConnection": {"edges", "pageInfo", "totalCount"},
	"TenureConnection":       {"edges", "pageInfo", "totalCount"},
	"PersonEdge":             {"node", "cursor"},
	"OrganizationEdge":       {"node", "cursor"},
	"TenureEdge":             {"node", "cursor"},
	"PageInfo":               {"hasNextPage", "hasPreviousPage", "startCursor", "endCursor"},
}

// leanField reports whether the lean path writes field name of type typ.
func leanField(typ, name string) bool {
	for _, f := range leanFields[typ] {
		if f == name {
			return true
		}
	}
	return false
}

// leanCovers reports whether every field op selects, through any
// fragment, is one the lean path writes, and no directive but @skip and
// @include appears: only then is a lean run begun, so that an operation
// it cannot finish costs no store call twice.
func leanCovers(doc *ast.QueryDocument, op *ast.OperationDefinition) bool {
	return op.Operation == ast.Query && leanSelection(doc, "Query", op.SelectionSet, 0)
}

// leanSelection is leanCovers for set on type typ, depth fragments and
// fields down.
func leanSelection(doc *ast.QueryDocument, typ string, set ast.SelectionSet, depth int) bool {
	if depth > 200 {
		return false
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !leanDirectives(s.Directives) {
				return false
			}
			if s.Name == "__typename" {
				continue
			}
			if !leanField(typ, s.Name) || s.Definition == nil {
				return false
			}
			if len(s.SelectionSet) > 0 && !leanSelection(doc, s.Definition.Type.Name(), s.SelectionSet, depth+1) {
				return false
			}
		case *ast.InlineFragment:
			on := s.TypeCondition
			if on == "" {
				on = typ
			}
			if !leanDirectives(s.Directives) || leanFields[on] == nil || !leanSelection(doc, on, s.SelectionSet, depth+1) {
				return false
			}
		case *ast.FragmentSpread:
			f := doc.Fragments.ForName(s.Name)
			if f == nil || !leanDirectives(s.Directives) || leanFields[f.TypeCondition] == nil ||
				!leanSelection(doc, f.TypeCondition, f.SelectionSet, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// leanDirectives reports whether ds holds only @skip and @include, which
// graphql.CollectFields applies.
func leanDirectives(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "skip" && d.Name != "include" {
			return false
		}
	}
	return true
}

// covers reports, remembered per cached document, whether the lean path
// can run operation oc.
func (l *leanExec) covers(oc *graphql.OperationContext) bool {
	name := oc.Operation.Name
	if v, ok := l.cache.lean(oc.Doc, name); ok {
		return v
	}
	v := leanCovers(oc.Doc, oc.Operation)
	l.cache.rememberLean(oc.Doc, name, v)
	return v
}

// serve runs query operation oc on the lean path and appends its data to
// data; it reports false when gqlgen must run it, leaving in data what it
// had written by then, which the caller discards.
func (l *leanExec) serve(ctx context.Context, oc *graphql.OperationContext, data *bytes.Buffer) (ok bool) {
	if oc.Operation == nil || oc.Doc == nil || !l.covers(oc) {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
		if ok {
			leanStats.served.Add(1)
		} else {
			leanStats.abandoned.Add(1)
		}
	}()
	ctx = graphql.WithOperationContext(ctx, oc)
	ctx = loaders.With(ctx, l.loaders())
	ctx = graphql.WithResponseContext(ctx, l.present, l.recover)
	r := &leanRun{ec: newExecutionContext(oc, l.es, nil), p: l.prefetch, w: data}
	if err := r.query(ctx, oc.Operation.SelectionSet); err != nil {
		return false
	}
	return len(graphql.GetErrors(ctx)) == 0
}

// leanRun is one lean execution: where it writes and what it calls.
type leanRun struct {
	ec *executionContext
	p  *prefetcher
	w  *bytes.Buffer
}

// fields collects the fields of sel on an object of the types satisfies
// names, as gqlgen does, refusing deferred ones.
func (r *leanRun) fields(sel ast.SelectionSet, satisfies []string) ([]graphql.CollectedField, error) {
	fields := graphql.CollectFields(r.ec.OperationContext, sel, satisfies)
	for i := range fields {
		if len(fields[i].Deferrables) > 0 {
			return nil, errNotLean
		}
	}
	return fields, nil
}

// object writes an object of GraphQL type satisfies[0] (satisfies names
// it and its interfaces) selected with sel: the braces, each field's key,
// and its value from field, which writes it or fails. __typename is
// answered here.
func (r *leanRun) object(sel ast.SelectionSet, satisfies []string, field func(graphql.CollectedField) error) error {
	fields, err := r.fields(sel, satisfies)
	if err != nil {
		return err
	}
	r.w.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			r.w.WriteByte(',')
		}
		writeQuoted(r.w, f.Alias)
		r.w.WriteByte(':')
		if f.Name == "__typename" {
			writeQuoted(r.w, satisfies[0])
			continue
		}
		if err := field(f); err != nil {
			return err
		}
	}
	r.w.WriteByte('}')
	return nil
}

// resolve builds field f's context with newFC (which coerces its
// arguments as gqlgen does), calls resolve with it, and prefetches below
// the result as the field middleware would.
func resolve[T any](r *leanRun, ctx context.Context, f graphql.CollectedField,
	newFC func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	resolve func(context.Context, *graphql.FieldContext) (T, error)) (context.Context, T, error) {
	var zero T
	fc, err := newFC(ctx, f)
	if err != nil {
		return ctx, zero, errNotLean
	}
	ctx = graphql.WithFieldContext(ctx, fc)
	res, err := resolve(ctx, fc)
	if err != nil {
		return ctx, zero, errNotLean
	}
	r.p.below(ctx, fc, res)
	return ctx, res, nil
}

// query writes the root selection.
func (r *leanRun) query(ctx context.Context, sel ast.SelectionSet) error {
	q := r.ec.Resolvers.Query()
	return r.object(sel, queryImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "node":
			ctx, n, err := resolve(r, ctx, f, r.ec.fieldContext_Query_node, func(ctx context.Context, fc *graphql.FieldContext) (model.Node, error) {
				return q.Node(ctx, fc.Args["id"].(string))
			})
			if err != nil {
				return err
			}
			return r.node(ctx, f.Selections, n)
		case "nodes":
			ctx, ns, err := resolve(r, ctx, f, r.ec.fieldContext_Query_nodes, func(ctx context.Context, fc *graphql.FieldContext) ([]model.Node, error) {
				return q.Nodes(ctx, fc.Args["ids"].([]string))
			})
			if err != nil {
				return err
			}
			if ns == nil {
				r.w.WriteString("null")
				return nil
			}
			return leanList(r, ns, func(n model.Node) error { return r.node(ctx, f.Selections, n) })
		case "persons":
			return related(r, ctx, f, r.ec.fieldContext_Query_persons, func(ctx context.Context, fc *graphql.FieldContext) (*model.PersonConnection, error) {
				pg := leanPage(fc)
				return q.Persons(ctx, fc.Args["filter"].(*model.PersonFilter), fc.Args["orderBy"].(*model.OrderBy), pg.first, pg.after, pg.last, pg.before)
			}, r.personConnection)
		case "organizations":
			return related(r, ctx, f, r.ec.fieldContext_Query_organizations, func(ctx context.Context, fc *graphql.FieldContext) (*model.OrganizationConnection, error) {
				pg := leanPage(fc)
				return q.Organizations(ctx, fc.Args["filter"].(*model.OrganizationFilter), fc.Args["orderBy"].(*model.OrderBy), pg.first, pg.after, pg.last, pg.before)
			}, r.organizationConnection)
		}
		return errNotLean
	})
}

// leanPaging is the four paging arguments of a connection field.
type leanPaging struct {
	first, last   *int
	after, before *string
}

// leanPage reads the paging arguments gqlgen coerced into fc.
func leanPage(fc *graphql.FieldContext) leanPaging {
	return leanPaging{first: fc.Args["first"].(*int), after: fc.Args["after"].(*string),
		last: fc.Args["last"].(*int), before: fc.Args["before"].(*string)}
}

// node writes a Node of a type the lean path knows, or null.
func (r *leanRun) node(ctx context.Context, sel ast.SelectionSet, n model.Node) error {
	switch n := n.(type) {
	case nil:
		r.w.WriteString("null")
		return nil
	case *peyvand.Person:
		return r.person(ctx, sel, n)
	case *peyvand.Organization:
		return r.organization(ctx, sel, n)
	case *peyvand.Place:
		return r.place(ctx, sel, n)
	case *peyvand.Tenure:
		return r.tenure(ctx, sel, n)
	}
	return errNotLean
}

// leaf writes field f of entity n when it is one of the plain fields
// entities keep on their node (id, name, aliases, titles, kind,
// updated), and reports false for any other; validation has made sure
// the field belongs to n's type.
func (r *leanRun) leaf(f graphql.CollectedField, n *peyvand.Node) (bool, error) {
	switch f.Name {
	case "id":
		writeQuoted(r.w, n.ID)
	case "name":
		writeQuoted(r.w, n.Name)
	case "aliases":
		writeStrings(r.w, n.Aliases)
	case "titles":
		writeStrings(r.w, n.Titles)
	case "kind":
		writeQuoted(r.w, n.Kind)
	case "updated":
		return true, writeTime(r.w, n.Updated)
	default:
		return false, nil
	}
	return true, nil
}

// related resolves object field f with get and writes the object with
// write; a nil object is null where the schema allows it, and leaves
// the lean path where it does not.
func related[T any](r *leanRun, ctx context.Context, f graphql.CollectedField,
	newFC func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	get func(context.Context, *graphql.FieldContext) (*T, error),
	write func(context.Context, ast.SelectionSet, *T) error) error {
	ctx, v, err := resolve(r, ctx, f, newFC, get)
	if err != nil {
		return err
	}
	if v == nil {
		if f.Definition == nil || f.Definition.Type.NonNull {
			return errNotLean
		}
		r.w.WriteString("null")
		return nil
	}
	return write(ctx, f.Selections, v)
}

// of adapts get, a resolver of obj alone, to related.
func of[O, T any](get func(context.Context, *O) (*T, error), obj *O) func(context.Context, *graphql.FieldContext) (*T, error) {
	return func(ctx context.Context, _ *graphql.FieldContext) (*T, error) { return get(ctx, obj) }
}

// person writes a non-null Person.
func (r *leanRun) person(ctx context.Context, sel ast.SelectionSet, obj *peyvand.Person) error {
	pr := r.ec.Resolvers.Person()
	return r.object(sel, personImplementors, func(f graphql.CollectedField) error {
		if ok, err := r.leaf(f, (*peyvand.Node)(obj)); ok {
			return err
		}
		if f.Name != "tenures" {
			return errNotLean
		}
		return related(r, ctx, f, r.ec.fieldContext_Person_tenures, func(ctx context.Context, fc *graphql.FieldContext) (*model.TenureConnection, error) {
			pg := leanPage(fc)
			return pr.Tenures(ctx, obj, pg.first, pg.after, pg.last, pg.before)
		}, r.tenureConnection)
	})
}

// organization writes a non-null Organization.
func (r *leanRun) organization(ctx context.Context, sel ast.SelectionSet, obj *peyvand.Organization) error {
	or := r.ec.Resolvers.Organization()
	return r.object(sel, organizationImplementors, func(f graphql.CollectedField) error {
		if ok, err := r.leaf(f, (*peyvand.Node)(obj)); ok {
			return err
		}
		switch f.Name {
		case "parent":
			return related(r, ctx, f, r.ec.fieldContext_Organization_parent, of(or.Parent, obj), r.organization)
		case "place":
			return related(r, ctx, f, r.ec.fieldContext_Organization_place, of(or.Place, obj), r.place)
		case "tenures":
			return related(r, ctx, f, r.ec.fieldContext_Organization_tenures, func(ctx context.Context, fc *graphql.FieldContext) (*model.TenureConnection, error) {
				pg := leanPage(fc)
				return or.Tenures(ctx, obj, pg.first, pg.after, pg.last, pg.before)
			}, r.tenureConnection)
		}
		return errNotLean
	})
}

// place writes a non-null Place.
func (r *leanRun) place(ctx context.Context, sel ast.SelectionSet, obj *peyvand.Place) error {
	return r.object(sel, placeImplementors, func(f graphql.CollectedField) error {
		if ok, err := r.leaf(f, (*peyvand.Node)(obj)); ok {
			return err
		}
		if f.Name != "parent" {
			return errNotLean
		}
		return related(r, ctx, f, r.ec.fieldContext_Place_parent, of(r.ec.Resolvers.Place().Parent, obj), r.place)
	})
}

// tenure writes a non-null Tenure.
func (r *leanRun) tenure(ctx context.Context, sel ast.SelectionSet, obj *peyvand.Tenure) error {
	tr := r.ec.Resolvers.Tenure()
	return r.object(sel, tenureImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "id":
			writeQuoted(r.w, obj.ID)
		case "role":
			writeQuoted(r.w, obj.Role)
		case "updated":
			return writeTime(r.w, obj.Updated)
		case "began":
			return related(r, ctx, f, r.ec.fieldContext_Tenure_began, of(tr.Began, obj), func(_ context.Context, _ ast.SelectionSet, b *string) error {
				writeQuoted(r.w, *b)
				return nil
			})
		case "person":
			return related(r, ctx, f, r.ec.fieldContext_Tenure_person, of(tr.Person, obj), r.person)
		case "predecessor":
			return related(r, ctx, f, r.ec.fieldContext_Tenure_predecessor, of(tr.Predecessor, obj), r.person)
		case "successor":
			return related(r, ctx, f, r.ec.fieldContext_Tenure_successor, of(tr.Successor, obj), r.person)
		case "organization":
			return related(r, ctx, f, r.ec.fieldContext_Tenure_organization, of(tr.Organization, obj), r.organization)
		default:
			return errNotLean
		}
		return nil
	})
}

// personConnection writes a non-null PersonConnection.
func (r *leanRun) personConnection(ctx context.Context, sel ast.SelectionSet, c *model.PersonConnection) error {
	return connection(r, ctx, sel, personConnectionImplementors, personEdgeImplementors, c.Edges, c.PageInfo, c.TotalCount,
		func(e *model.PersonEdge) (string, *peyvand.Person) { return e.Cursor, e.Node }, r.person)
}

// organizationConnection writes a non-null OrganizationConnection.
func (r *leanRun) organizationConnection(ctx context.Context, sel ast.SelectionSet, c *model.OrganizationConnection) error {
	return connection(r, ctx, sel, organizationConnectionImplementors, organizationEdgeImplementors, c.Edges, c.PageInfo, c.TotalCount,
		func(e *model.OrganizationEdge) (string, *peyvand.Organization) { return e.Cursor, e.Node }, r.organization)
}

// tenureConnection writes a non-null TenureConnection.
func (r *leanRun) tenureConnection(ctx context.Context, sel ast.SelectionSet, c *model.TenureConnection) error {
	return connection(r, ctx, sel, tenureConnectionImplementors, tenureEdgeImplementors, c.Edges, c.PageInfo, c.TotalCount,
		func(e *model.TenureEdge) (string, *peyvand.Tenure) { return e.Cursor, e.Node }, r.tenure)
}

// connection writes a connection: its edges (each a cursor and a node of
// type N, which node writes), its page info and its total count.
func connection[E, N any](r *leanRun, ctx context.Context, sel ast.SelectionSet, satisfies, edgeSatisfies []string,
	edges []*E, info *model.PageInfo, total int, parts func(*E) (string, *N),
	node func(context.Context, ast.SelectionSet, *N) error) error {
	return r.object(sel, satisfies, func(f graphql.CollectedField) error {
		switch f.Name {
		case "edges":
			return leanList(r, edges, func(e *E) error {
				if e == nil {
					return errNotLean
				}
				cursor, n := parts(e)
				return r.object(f.Selections, edgeSatisfies, func(ef graphql.CollectedField) error {
					switch ef.Name {
					case "node":
						if n == nil {
							return errNotLean
						}
						return node(ctx, ef.Selections, n)
					case "cursor":
						writeQuoted(r.w, cursor)
						return nil
					}
					return errNotLean
				})
			})
		case "pageInfo":
			return r.pageInfo(f.Selections, info)
		case "totalCount":
			r.w.WriteString(strconv.Itoa(total))
			return nil
		}
		return errNotLean
	})
}

// pageInfo writes a non-null PageInfo.
func (r *leanRun) pageInfo(sel ast.SelectionSet, p *model.PageInfo) error {
	if p == nil {
		return errNotLean
	}
	return r.object(sel, pageInfoImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "hasNextPage":
			r.w.WriteString(strconv.FormatBool(p.HasNextPage))
		case "hasPreviousPage":
			r.w.WriteString(strconv.FormatBool(p.HasPreviousPage))
		case "startCursor":
			return nullable(r, p.StartCursor, func() error { writeQuoted(r.w, *p.StartCursor); return nil })
		case "endCursor":
			return nullable(r, p.EndCursor, func() error { writeQuoted(r.w, *p.EndCursor); return nil })
		default:
			return errNotLean
		}
		return nil
	})
}

// leanList writes items as a JSON array, each with item.
func leanList[E any](r *leanRun, items []E, item func(E) error) error {
	r.w.WriteByte('[')
	for i, e := range items {
		if i > 0 {
			r.w.WriteByte(',')
		}
		if err := item(e); err != nil {
			return err
		}
	}
	r.w.WriteByte(']')
	return nil
}

// nullable writes null for a nil v, else what write writes.
func nullable[T any](r *leanRun, v *T, write func() error) error {
	if v == nil {
		r.w.WriteString("null")
		return nil
	}
	return write()
}

// writeStrings writes a non-null list of strings; nil is the empty list,
// as gqlgen writes it.
func writeStrings(w *bytes.Buffer, ss []string) {
	w.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			w.WriteByte(',')
		}
		writeQuoted(w, s)
	}
	w.WriteByte(']')
}

// writeTime writes a non-null Time as graphql.MarshalTime does; the zero
// time, which gqlgen answers as a null error, leaves the lean path.
func writeTime(w *bytes.Buffer, t time.Time) error {
	if t.IsZero() {
		return errNotLean
	}
	w.WriteString(strconv.Quote(t.Format(time.RFC3339Nano)))
	return nil
}

// hexDigits are the digits of a \u00XX escape, upper case as gqlgen's.
const hexDigits = "0123456789ABCDEF"

// writeQuoted writes s as a JSON string exactly as graphql.MarshalString
// does: only control characters, the backslash and the quote escaped.
func writeQuoted(b *bytes.Buffer, s string) {
	start := 0
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xf])
		}
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
