package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Costs of the fields whose work is far more than resolving a value.
const (
	// schemaIntrospectionCost is the cost of __schema: its answer
	// describes every type of the schema.
	schemaIntrospectionCost = 1000
	// typeIntrospectionCost is the cost of __type: one type's description.
	typeIntrospectionCost = 50
	// searchCost is the cost of a search, before its page: it matches the
	// text against every name and alias of the graph and counts the hits.
	searchCost = 200
	// listingCost is the cost of a top-level listing (persons, events,
	// ...), before its page: a filtered scan and count of a node type.
	listingCost = 50
	// totalCountCost is the cost of a connection's totalCount: counting
	// may read every item of a large list, not only a page.
	totalCountCost = 10
)

// opCost is what an operation asks for, measured on its selections with
// every fragment spread expanded.
type opCost struct {
	// Complexity is the estimated work (see Limits.complexity).
	Complexity int
	// Depth is the deepest nesting of fields, introspection not counted.
	Depth int
	// Selections counts the fields once fragments are expanded.
	Selections int
	// Introspection counts the __schema and __type fields.
	Introspection int
}

func (c *opCost) add(o opCost) {
	c.Complexity = safeAdd(c.Complexity, o.Complexity)
	c.Selections = safeAdd(c.Selections, o.Selections)
	c.Introspection = safeAdd(c.Introspection, o.Introspection)
	c.Depth = max(c.Depth, o.Depth)
}

// costWalker measures an operation. Each fragment is measured once and
// its cost reused at every spread, so a fan-out of fragments spreading
// the one below twice costs time linear in the document (its cost grows
// exponentially, saturating, and is refused) instead of exponential time.
type costWalker struct {
	ctx    context.Context
	es     graphql.ExecutableSchema
	schema *ast.Schema
	vars   map[string]any
	frags  ast.FragmentDefinitionList
	memo   map[string]*opCost // nil value: being measured (a cycle)
}

// measure returns the cost of op in doc with the variables vars.
func measure(ctx context.Context, es graphql.ExecutableSchema, doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any) opCost {
	w := &costWalker{ctx: ctx, es: es, schema: es.Schema(), vars: vars, frags: doc.Fragments, memo: map[string]*opCost{}}
	return w.set(op.SelectionSet)
}

func (w *costWalker) set(set ast.SelectionSet) opCost {
	var c opCost
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			c.add(w.field(s))
		case *ast.InlineFragment:
			c.add(w.set(s.SelectionSet))
		case *ast.FragmentSpread:
			c.add(w.fragment(s.Name))
		}
	}
	return c
}

func (w *costWalker) fragment(name string) opCost {
	if m, ok := w.memo[name]; ok {
		if m == nil {
			return opCost{} // a cycle, which validation has refused
		}
		return *m
	}
	f := w.frags.ForName(name)
	if f == nil {
		return opCost{}
	}
	w.memo[name] = nil
	c := w.set(f.SelectionSet)
	w.memo[name] = &c
	return c
}

func (w *costWalker) field(f *ast.Field) opCost {
	child := w.set(f.SelectionSet)
	if strings.HasPrefix(f.Name, "__") {
		c := opCost{Complexity: safeAdd(1, child.Complexity), Selections: safeAdd(1, child.Selections), Introspection: child.Introspection}
		switch f.Name {
		case "__schema":
			c.Complexity = safeAdd(schemaIntrospectionCost, child.Complexity)
			c.Introspection = safeAdd(c.Introspection, 1)
		case "__type":
			c.Complexity = safeAdd(typeIntrospectionCost, child.Complexity)
			c.Introspection = safeAdd(c.Introspection, 1)
		}
		return c
	}
	c := opCost{Depth: 1 + child.Depth, Selections: safeAdd(1, child.Selections), Introspection: child.Introspection}
	if f.Definition == nil || f.ObjectDefinition == nil {
		c.Complexity = safeAdd(1, child.Complexity)
		return c
	}
	kind := ast.Scalar
	if def := w.schema.Types[f.Definition.Type.Name()]; def != nil {
		kind = def.Kind
	}
	args := f.ArgumentMap(w.vars)
	if f.ObjectDefinition.Kind == ast.Interface {
		// An interface's field costs as much as its costliest implementation.
		for _, t := range w.schema.GetPossibleTypes(f.ObjectDefinition) {
			c.Complexity = max(c.Complexity, w.fieldComplexity(t, kind, f.Name, child.Complexity, args))
		}
		return c
	}
	c.Complexity = w.fieldComplexity(f.ObjectDefinition, kind, f.Name, child.Complexity, args)
	return c
}

// fieldComplexity is the field's cost from Limits.complexity, or one plus
// its children's.
func (w *costWalker) fieldComplexity(def *ast.Definition, kind ast.DefinitionKind, field string, child int, args map[string]any) int {
	if n, ok := w.es.Complexity(w.ctx, def.Name, field, child, args); ok && n >= 1 {
		return n
	}
	if kind == ast.Scalar || kind == ast.Enum {
		return 1
	}
	return safeAdd(1, child)
}

// safeAdd adds without overflowing: a sum past the largest int is the
// largest int, so a huge query cannot wrap round to a small cost.
func safeAdd(a, b int) int {
	a, b = max(a, 0), max(b, 0)
	if c := a + b; c >= a {
		return c
	}
	return int(^uint(0) >> 1)
}

// safeMul multiplies non-negative numbers, saturating like safeAdd.
func safeMul(a, b int) int {
	a, b = max(a, 0), max(b, 0)
	if a == 0 || b == 0 {
		return 0
	}
	if c := a * b; c/b == a {
		return c
	}
	return int(^uint(0) >> 1)
}

// costDependsOnVariables reports whether op's cost may change with its
// variables: a variable of type Int (a page size, a depth, a limit) or of
// a list or input type (a list of IDs) may; strings, IDs, booleans and
// enums do not, since no cost function reads them and the walk counts
// @skip and @include fields whatever their condition.
func costDependsOnVariables(op *ast.OperationDefinition, schema *ast.Schema) bool {
	for _, v := range op.VariableDefinitions {
		if v.Type.Elem != nil || v.Type.NamedType == "Int" || v.Type.NamedType == "Float" {
			return true
		}
		if def := schema.Types[v.Type.NamedType]; def == nil || def.Kind == ast.InputObject {
			return true
		}
	}
	return false
}
