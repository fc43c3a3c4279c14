package graph

import (
	"context"
	"strings"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/graph/model"
)

// Limits bound what one request may ask for.
type Limits struct {
	// MaxDepth is the deepest nesting of fields a query may have.
	MaxDepth int
	// MaxComplexity bounds the estimated cost of a query: every field costs
	// one, and the fields under a list cost as many times as the list's
	// page size.
	MaxComplexity int
	// MaxPageSize is the largest `first` a list accepts.
	MaxPageSize int
	// DefaultPageSize is the page size when `first` is not given.
	DefaultPageSize int
	// TraversalBudget bounds the traversals that have no time budget of
	// their own (path searches have explore's), so that a huge
	// neighbourhood or a slow store cannot hold a request for ever;
	// running out is UNAVAILABLE.
	TraversalBudget time.Duration
}

// DefaultLimits are the limits used where none are configured.
var DefaultLimits = Limits{MaxDepth: 12, MaxComplexity: 20000, MaxPageSize: 100, DefaultPageSize: 20, TraversalBudget: 10 * time.Second}

func (l Limits) withDefaults() Limits {
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	if l.MaxComplexity <= 0 {
		l.MaxComplexity = DefaultLimits.MaxComplexity
	}
	if l.MaxPageSize <= 0 {
		l.MaxPageSize = DefaultLimits.MaxPageSize
	}
	if l.TraversalBudget <= 0 {
		l.TraversalBudget = DefaultLimits.TraversalBudget
	}
	if l.DefaultPageSize <= 0 || l.DefaultPageSize > l.MaxPageSize {
		l.DefaultPageSize = min(DefaultLimits.DefaultPageSize, l.MaxPageSize)
	}
	return l
}

// pageSize returns the number of items a list with the given `first`
// returns, or an INVALID_ARGUMENT error when first is out of range.
func (l Limits) pageSize(first *int) (int, error) {
	if first == nil {
		return l.DefaultPageSize, nil
	}
	if *first < 0 {
		return 0, peyvand.Errorf(peyvand.EINVALID, "first must not be negative")
	}
	if *first > l.MaxPageSize {
		return 0, peyvand.Errorf(peyvand.EINVALID, "first must be at most %d", l.MaxPageSize)
	}
	return *first, nil
}

// complexityOfPage is the cost of a list field: its children once per item
// it may return. An out-of-range first costs the largest page; the
// resolver rejects it.
func (l Limits) complexityOfPage(child int, first *int) int {
	n := l.DefaultPageSize
	if first != nil && *first >= 0 && *first <= l.MaxPageSize {
		n = *first
	} else if first != nil {
		n = l.MaxPageSize
	}
	return 1 + child*max(n, 1)
}

// complexity returns the cost functions of the list fields; the other
// fields cost one each.
func (l Limits) complexity() ComplexityRoot {
	var c ComplexityRoot
	page := func(child int, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}

	c.Query.Node = func(child int, _ string) int { return 1 + child }
	c.Query.Nodes = func(child int, ids []string) int { return 1 + child*max(len(ids), 1) }
	c.Query.Search = func(child int, _ string, _ []peyvand.EntityType, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}
	c.Query.Persons = func(child int, _ *model.PersonFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}
	c.Query.Organizations = func(child int, _ *model.OrganizationFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}
	c.Query.Events = func(child int, _ *model.EventFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}
	c.Query.Projects = func(child int, _ *model.ProjectFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}
	c.Query.AuditLog = func(child int, first *int) int { return l.complexityOfPage(child, first) }

	l.exploreComplexity(&c)

	c.Person.Tenures = page
	c.Person.Events = page
	c.Organization.Branches = page
	c.Organization.Positions = page
	c.Organization.Tenures = page
	c.Organization.Events = page
	c.Organization.Projects = page
	c.Event.Participants = page
	c.Event.Organizations = page
	c.Place.Organizations = page
	c.Place.Events = page
	c.Place.Projects = page
	c.Position.Holders = page
	return c
}

// complexityLimit rejects, before they run, operations whose estimated
// cost (see Limits.complexity) is over max, with the same code as every
// other argument a client can fix: INVALID_ARGUMENT.
type complexityLimit struct {
	max int
	es  graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*complexityLimit)(nil)

func (*complexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if n := complexity.Calculate(ctx, c.es, oc.Operation, oc.Variables); n > c.max {
		err := gqlerror.Errorf("query has complexity %d; at most %d is allowed (ask for smaller pages or fewer nested lists)", n, c.max)
		err.Extensions = map[string]any{"code": peyvand.EINVALID}
		return err
	}
	return nil
}

// depthLimit rejects, before they run, operations nested deeper than max
// fields. Introspection fields are not counted, so GraphiQL's schema
// query passes.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, map[string]bool{})
	if depth > d.max {
		err := gqlerror.Errorf("query is nested %d levels deep; at most %d are allowed", depth, d.max)
		err.Extensions = map[string]any{"code": peyvand.EINVALID}
		return err
	}
	return nil
}

// selectionDepth returns the depth of the deepest field under set,
// following fragments; seen guards against fragment cycles, which
// validation reports on its own.
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, frags, seen)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, seen)
		case *ast.FragmentSpread:
			if seen[s.Name] {
				continue
			}
			f := frags.ForName(s.Name)
			if f == nil {
				continue
			}
			seen[s.Name] = true
			d = selectionDepth(f.SelectionSet, frags, seen)
			delete(seen, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// searchCostPerHop is the cost of one level of a path search: it reads the
// edges of a whole frontier, far more than resolving a field.
const searchCostPerHop = 10

// exploreComplexity sets the costs of the traversal queries. Their answers
// are lists without a page size, so what a field under them costs is
// counted as many times as such a list holds on a typical graph; the
// traversals themselves cost by how far they reach. Out-of-range arguments
// cost as their maximum; the resolvers reject them.
func (l Limits) exploreComplexity(c *ComplexityRoot) {
	list := func(child int) int { return 1 + child*l.DefaultPageSize }
	hops := func(maxHops *int) int { return clamp(maxHops, explore.DefaultMaxHops, explore.MaxHops) }

	c.Query.AppointmentHistory = func(child int, _ string, _ *string) int { return list(child) }
	c.Query.Holders = func(child int, _ string, _ *string, _ string) int { return list(child) }
	c.Query.Path = func(child int, _, _ string, maxHops *int, _ []peyvand.RelType) int {
		h := hops(maxHops)
		return 1 + h*searchCostPerHop + child*(h+1)
	}
	c.Query.Paths = func(child int, _, _ string, maxHops *int, _ []peyvand.RelType, k *int) int {
		h, n := hops(maxHops), clamp(k, 3, explore.MaxPaths)
		return 1 + n*(h*searchCostPerHop+child*(h+1))
	}
	c.Query.Neighborhood = func(child int, _ []string, depth, limit *int, _ []peyvand.EntityType) int {
		d, n := clamp(depth, explore.DefaultDepth, explore.MaxDepth), clamp(limit, explore.DefaultLimit, explore.MaxLimit)
		// A node or an edge of a subgraph is a plain value, cheap to write
		// out; the walk that finds them is what costs.
		return 1 + d*n/2 + child*max(n/20, 1)
	}
	c.Query.CoAttendees = func(child int, _ string, first *int) int { return l.complexityOfPage(child, first) }
	c.Query.SharedMembers = func(child int, _ string, first *int) int { return l.complexityOfPage(child, first) }
	c.Query.SharedEvents = func(child int, _, _ string) int { return list(child) }
	c.Query.Timeline = func(child int, ids []string, _, _ *string) int { return 1 + len(ids)*list(child) }
	c.Person.Career = list
}

// clamp returns *v, or def when v is nil, within 1..hi.
func clamp(v *int, def, hi int) int {
	if v == nil {
		return def
	}
	return min(max(*v, 1), hi)
}
