package graph

import (
	"context"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
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

	// MaxQueryBytes, MaxQueryTokens and MaxQueryNesting bound a query's
	// text before it is parsed: its length, its tokens (names, values,
	// punctuation; every @skip is two) and how deeply braces, brackets
	// (list literals) and parentheses (arguments, input objects) nest.
	MaxQueryBytes   int
	MaxQueryTokens  int
	MaxQueryNesting int
	// MaxSelections bounds the fields of an operation once its fragments
	// are expanded, so fragments spreading fragments cannot multiply it.
	MaxSelections int
	// MaxValidationCost bounds the work of validating a query: fields of
	// one response name in one selection set are compared in pairs, so k
	// of them cost k² (see checkValidationCost).
	MaxValidationCost int
	// MaxIntrospection bounds the __schema and __type fields of an
	// operation (GraphiQL's schema query has one).
	MaxIntrospection int
	// MaxErrors bounds the errors of one response; the rest are counted
	// in a last error.
	MaxErrors int
	// QueryCacheBytes bounds the estimated memory of the parsed-query
	// cache.
	QueryCacheBytes int64
}

// DefaultLimits are the limits used where none are configured. The
// explorer's largest query and GraphiQL's schema query are far within
// them: a few kilobytes, hundreds of tokens, nesting under 20.
var DefaultLimits = Limits{
	MaxDepth: 12, MaxComplexity: 20000, MaxPageSize: 100, DefaultPageSize: 20, TraversalBudget: 10 * time.Second,
	MaxQueryBytes: 128 << 10, MaxQueryTokens: 15000, MaxQueryNesting: 64, MaxSelections: 5000, MaxValidationCost: 100000,
	MaxIntrospection: 4, MaxErrors: 100, QueryCacheBytes: 64 << 20,
}

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
	if l.MaxQueryBytes <= 0 {
		l.MaxQueryBytes = DefaultLimits.MaxQueryBytes
	}
	if l.MaxQueryTokens <= 0 {
		l.MaxQueryTokens = DefaultLimits.MaxQueryTokens
	}
	if l.MaxQueryNesting <= 0 {
		l.MaxQueryNesting = DefaultLimits.MaxQueryNesting
	}
	if l.MaxSelections <= 0 {
		l.MaxSelections = DefaultLimits.MaxSelections
	}
	if l.MaxValidationCost <= 0 {
		l.MaxValidationCost = DefaultLimits.MaxValidationCost
	}
	if l.MaxIntrospection <= 0 {
		l.MaxIntrospection = DefaultLimits.MaxIntrospection
	}
	if l.MaxErrors <= 0 {
		l.MaxErrors = DefaultLimits.MaxErrors
	}
	if l.QueryCacheBytes <= 0 {
		l.QueryCacheBytes = DefaultLimits.QueryCacheBytes
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
	return safeAdd(1, safeMul(child, max(n, 1)))
}

// complexity returns the cost functions of the list fields; the other
// fields cost one each.
func (l Limits) complexity() ComplexityRoot {
	var c ComplexityRoot
	page := func(child int, first *int, _ *string, last *int, _ *string) int {
		return l.complexityOfPage(child, larger(first, last))
	}

	listing := func(child int, first, last *int) int {
		return safeAdd(listingCost, l.complexityOfPage(child, larger(first, last)))
	}
	c.Query.Node = func(child int, _ string) int { return safeAdd(1, child) }
	c.Query.Nodes = func(child int, ids []string) int { return safeAdd(1, safeMul(child, max(len(ids), 1))) }
	c.Query.Search = func(child int, _ string, _ []peyvand.EntityType, first *int, _ *string, last *int, _ *string) int {
		return safeAdd(searchCost, l.complexityOfPage(child, larger(first, last)))
	}
	c.Query.Persons = func(child int, _ *model.PersonFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return listing(child, first, last)
	}
	c.Query.Organizations = func(child int, _ *model.OrganizationFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return listing(child, first, last)
	}
	c.Query.Events = func(child int, _ *model.EventFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return listing(child, first, last)
	}
	c.Query.Projects = func(child int, _ *model.ProjectFilter, _ *model.OrderBy, first *int, _ *string, last *int, _ *string) int {
		return listing(child, first, last)
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

	count := func(int) int { return totalCountCost }
	c.EventConnection.TotalCount = count
	c.OrganizationConnection.TotalCount = count
	c.ParticipantConnection.TotalCount = count
	c.PersonConnection.TotalCount = count
	c.PersonEventConnection.TotalCount = count
	c.PositionConnection.TotalCount = count
	c.ProjectConnection.TotalCount = count
	c.SearchConnection.TotalCount = count
	c.TenureConnection.TotalCount = count
	return c
}

// use adds the limits' extensions to srv: the check of the query text
// before parsing, the parsed-query cache bounded in bytes, the operation
// limits after validation and the cap on errors per response.
func (l Limits) use(srv *handler.Server) *queryCache {
	cache := newQueryCache(l.QueryCacheBytes)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(l.MaxQueryTokens)
	srv.Use(queryTextLimit{limits: l, cache: cache})
	srv.Use(&operationLimit{limits: l, cache: cache})
	srv.AroundResponses(capErrors(l.MaxErrors))
	return cache
}

// operationLimit refuses, before they run, operations over the limits on
// depth, complexity, selections or introspection, with the same code as
// every other argument a client can fix: INVALID_ARGUMENT. It measures an
// operation in time linear in its document (see costWalker) and, for a
// cached document whose variables cannot change its cost, only once.
type operationLimit struct {
	limits Limits
	cache  *queryCache
	es     graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*operationLimit)(nil)

func (*operationLimit) ExtensionName() string { return "OperationLimit" }

func (o *operationLimit) Validate(es graphql.ExecutableSchema) error {
	o.es = es
	return nil
}

func (o *operationLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Doc == nil {
		return nil
	}
	memo := o.cache != nil && !costDependsOnVariables(oc.Operation, o.es.Schema())
	c, ok := opCost{}, false
	if memo {
		c, ok = o.cache.cost(oc.Doc, oc.Operation.Name)
	}
	if !ok {
		c = measure(ctx, o.es, oc.Doc, oc.Operation, oc.Variables)
		if memo {
			o.cache.remember(oc.Doc, oc.Operation.Name, c)
		}
	}
	l := o.limits
	switch {
	case c.Selections > l.MaxSelections:
		return invalid("query has %s fields once its fragments are expanded; at most %d are allowed", countText(c.Selections), l.MaxSelections)
	case c.Introspection > l.MaxIntrospection:
		return invalid("query asks for __schema or __type %d times; at most %d are allowed", c.Introspection, l.MaxIntrospection)
	case c.Depth > l.MaxDepth:
		return invalid("query is nested %d levels deep; at most %d are allowed", c.Depth, l.MaxDepth)
	case c.Complexity > l.MaxComplexity:
		return invalid("query has complexity %s; at most %d is allowed (ask for smaller pages, fewer nested lists or fewer searches)", countText(c.Complexity), l.MaxComplexity)
	}
	return nil
}

// countText writes n, or "more than a billion" for a saturated count.
func countText(n int) string {
	if n > 1e9 {
		return "more than a billion"
	}
	return strconv.Itoa(n)
}

// capErrors keeps at most max errors in a response; the last one says how
// many were left out, so a query of a hundred thousand failing fields
// cannot answer megabytes of errors.
func capErrors(max int) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil && len(resp.Errors) > max {
			more := len(resp.Errors) - max + 1
			code := peyvand.EINVALID
			if c, ok := resp.Errors[0].Extensions["code"].(string); ok {
				code = c
			}
			last := gqlerror.Errorf("%d more errors left out; at most %d are answered", more, max)
			last.Extensions = map[string]any{"code": code}
			resp.Errors = append(resp.Errors[:max-1:max-1], last)
		}
		return resp
	}
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
