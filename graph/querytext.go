package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/peyvand/peyvand"
)

// QueryShape is what a lexer-level scan of a query text finds: its size,
// its tokens and how deeply its braces, brackets and parentheses nest.
// Strings, block strings and comments are skipped, so a brace inside them
// does not count.
type QueryShape struct {
	Bytes   int
	Tokens  int
	Nesting int
}

// ScanQuery measures query without parsing it, in one pass and constant
// space, so that a text too large or too deeply nested for the recursive
// parser and validator is refused before they see it. It stops early, as
// soon as the tokens pass maxTokens or the nesting passes maxNesting
// (either when positive), so a huge text costs no more than the limit.
func ScanQuery(query string, maxTokens, maxNesting int) QueryShape {
	s := QueryShape{Bytes: len(query)}
	depth := 0
	for i := 0; i < len(query); {
		if (maxTokens > 0 && s.Tokens > maxTokens) || (maxNesting > 0 && s.Nesting > maxNesting) {
			break
		}
		c := query[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',':
			i++
		case c == '#':
			for i < len(query) && query[i] != '\n' && query[i] != '\r' {
				i++
			}
		case c == '"':
			s.Tokens++
			i = skipString(query, i)
		case c == '{' || c == '[' || c == '(':
			s.Tokens++
			depth++
			s.Nesting = max(s.Nesting, depth)
			i++
		case c == '}' || c == ']' || c == ')':
			s.Tokens++
			depth = max(depth-1, 0)
			i++
		case isNameByte(c) || c == '-':
			s.Tokens++
			for i < len(query) && (isNameByte(query[i]) || query[i] == '.' || query[i] == '+' || query[i] == '-') {
				i++
			}
		case c == '.' && i+2 < len(query) && query[i+1] == '.' && query[i+2] == '.':
			s.Tokens++
			i += 3
		default:
			// Punctuators (! $ & : = @ |) and bytes the parser will refuse.
			s.Tokens++
			i++
		}
	}
	return s
}

func isNameByte(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// skipString returns the index just past the string or block string that
// starts at query[i]; an unterminated one runs to the end (of the line,
// for a plain string), which the parser then reports.
func skipString(query string, i int) int {
	if len(query)-i >= 3 && query[i+1] == '"' && query[i+2] == '"' {
		for j := i + 3; j < len(query); j++ {
			switch {
			case query[j] == '\\' && len(query)-j >= 4 && query[j+1:j+4] == `"""`:
				j += 3
			case query[j] == '"' && len(query)-j >= 3 && query[j:j+3] == `"""`:
				return j + 3
			}
		}
		return len(query)
	}
	for j := i + 1; j < len(query); j++ {
		switch query[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		case '\n', '\r':
			return j
		}
	}
	return len(query)
}

// checkQuery refuses a query text over the limits on size, tokens or
// nesting, with INVALID_ARGUMENT.
func (l Limits) checkQuery(query string) *gqlerror.Error {
	if len(query) > l.MaxQueryBytes {
		return invalid("the query is %d bytes; at most %d are allowed", len(query), l.MaxQueryBytes)
	}
	s := ScanQuery(query, l.MaxQueryTokens, l.MaxQueryNesting)
	if s.Tokens > l.MaxQueryTokens {
		return invalid("the query has more than %d tokens (names, values and punctuation); send a smaller query", l.MaxQueryTokens)
	}
	if s.Nesting > l.MaxQueryNesting {
		return invalid("the query nests braces, brackets or parentheses more than %d levels deep", l.MaxQueryNesting)
	}
	return nil
}

// CheckQueryText reports, as a domain error, whether query is within the
// size, token and nesting limits of l (the defaults for unset fields), for
// the HTTP layer's own look at a query before the GraphQL handler.
func CheckQueryText(l Limits, query string) error {
	if err := l.withDefaults().checkQuery(query); err != nil {
		return peyvand.Errorf(peyvand.EINVALID, "%s", err.Message)
	}
	return nil
}

// invalid is a refusal of the query as a whole: INVALID_ARGUMENT, which
// the transport answers with HTTP 400 (see init in handler.go).
func invalid(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": peyvand.EINVALID}
	return err
}

// queryTextLimit checks a query's text before gqlgen parses it: the parser
// and the validator recurse once per level of nesting, and a Go stack
// overflow cannot be recovered, so a million nested braces must never
// reach them. A text within those bounds and not yet cached is then parsed
// and its validation priced (see checkValidationCost): the rule that fields of
// one name can be merged compares them in pairs, so a thousand fields of
// one name, or fragments expanding to millions of fields, would take
// seconds to minutes to validate. It runs after automatic persisted
// queries fill the text in.
type queryTextLimit struct {
	limits Limits
	cache  *queryCache
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = queryTextLimit{}

func (queryTextLimit) ExtensionName() string { return "QueryTextLimit" }

func (queryTextLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (q queryTextLimit) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	// A cached text passed these checks when it was first sent: the cache
	// takes only documents parsed after this extension let them through,
	// and the limits are the handler's for its lifetime.
	if q.cache != nil {
		if _, ok := q.cache.Get(ctx, params.Query); ok {
			return nil
		}
	}
	if err := q.limits.checkQuery(params.Query); err != nil {
		return err
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: params.Query})
	if err != nil {
		return nil // gqlgen's own parse reports it
	}
	return q.limits.checkValidationCost(doc)
}

// checkValidationCost refuses a parsed document whose fragments expand to
// more than MaxSelections fields in an operation, or whose validation
// would cost more than MaxValidationCost.
func (l Limits) checkValidationCost(doc *ast.QueryDocument) *gqlerror.Error {
	counts := map[string]int{}
	for _, op := range doc.Operations {
		if n := expandedCount(op.SelectionSet, doc.Fragments, counts); n > l.MaxSelections {
			return invalid("query has %s fields once its fragments are expanded; at most %d are allowed", countText(n), l.MaxSelections)
		}
	}
	v := &validationWalk{frags: doc.Fragments, budget: 4 * l.MaxSelections, onStack: map[string]bool{}}
	for _, op := range doc.Operations {
		v.set([]ast.SelectionSet{op.SelectionSet})
	}
	for _, f := range doc.Fragments {
		v.set([]ast.SelectionSet{f.SelectionSet})
	}
	if v.budget < 0 {
		return invalid("query has more than %d fields once its fragments are expanded", 4*l.MaxSelections)
	}
	if v.cost > l.MaxValidationCost {
		return invalid("query repeats fields of one name too often to be validated (cost %s; at most %d); give them different aliases or fewer copies", countText(v.cost), l.MaxValidationCost)
	}
	return nil
}

// expandedCount counts the fields of set with fragments expanded; counts
// memoizes each fragment's count (-1 while it is being counted, so a
// cycle, which validation refuses, counts nothing).
func expandedCount(set ast.SelectionSet, frags ast.FragmentDefinitionList, counts map[string]int) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = safeAdd(n, safeAdd(1, expandedCount(s.SelectionSet, frags, counts)))
		case *ast.InlineFragment:
			n = safeAdd(n, expandedCount(s.SelectionSet, frags, counts))
		case *ast.FragmentSpread:
			c, ok := counts[s.Name]
			if !ok {
				counts[s.Name] = -1
				if f := frags.ForName(s.Name); f != nil {
					c = expandedCount(f.SelectionSet, frags, counts)
				}
				counts[s.Name] = c
			}
			n = safeAdd(n, max(c, 0))
		}
	}
	return n
}

// validationWalk prices the pairwise comparison of fields that share a
// response name: in each selection set, with fragments expanded and the
// children of same-named fields merged, k fields of one name cost k².
// budget bounds the fields it visits.
type validationWalk struct {
	frags   ast.FragmentDefinitionList
	budget  int
	cost    int
	onStack map[string]bool
}

func (v *validationWalk) set(sets []ast.SelectionSet) {
	var fields []*ast.Field
	for _, s := range sets {
		fields = v.expand(s, fields)
	}
	if v.budget < 0 {
		return
	}
	groups := map[string][]ast.SelectionSet{}
	var names []string
	for _, f := range fields {
		key := f.Alias
		if key == "" {
			key = f.Name
		}
		if _, ok := groups[key]; !ok {
			names = append(names, key)
		}
		groups[key] = append(groups[key], f.SelectionSet)
	}
	for _, name := range names {
		k := len(groups[name])
		v.cost = safeAdd(v.cost, safeMul(k, k))
		if v.budget >= 0 {
			v.set(groups[name])
		}
	}
}

func (v *validationWalk) expand(set ast.SelectionSet, out []*ast.Field) []*ast.Field {
	for _, sel := range set {
		if v.budget < 0 {
			return out
		}
		switch s := sel.(type) {
		case *ast.Field:
			v.budget--
			out = append(out, s)
		case *ast.InlineFragment:
			out = v.expand(s.SelectionSet, out)
		case *ast.FragmentSpread:
			f := v.frags.ForName(s.Name)
			if f == nil || v.onStack[s.Name] {
				continue
			}
			v.onStack[s.Name] = true
			out = v.expand(f.SelectionSet, out)
			delete(v.onStack, s.Name)
		}
	}
	return out
}
