package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph"
)

// fanOut is a query of n fragments, each spreading the one below twice.
func fanOut(n int) string {
	var b strings.Builder
	b.WriteString("query { ...F" + fmt.Sprint(n) + " }\nfragment F0 on Query { persons(first: 1) { totalCount } }\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// aliases is n aliases of field.
func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

func TestHostileQueriesAreRefusedBeforeWork(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store, func(c *graph.HandlerConfig) { c.Limits = graph.Limits{} })
	for _, tc := range []struct {
		name, query string
		message     string
	}{
		{"a million nested selections", strings.Repeat("{a", 1_000_000) + strings.Repeat("}", 1_000_000), "bytes"},
		{"many tokens under the size cap", "{" + strings.Repeat("a ", 20_000) + "}", "tokens"},
		{"nesting under the token cap", strings.Repeat("{a", 100) + strings.Repeat("}", 100), "nests"},
		{"deep list literal", `{ nodes(ids: ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `) { id } }`, "nests"},
		{"deep input object", `{ persons(filter: ` + strings.Repeat("{a:", 100) + strings.Repeat("}", 100) + `) { totalCount } }`, "nests"},
		{"fragment fan-out", fanOut(30), "fields once its fragments are expanded"},
		{"schema aliases", aliases(1000, "__schema { types { name } }"), "__schema"},
		{"five schema aliases", aliases(5, "__schema { queryType { name } }"), "__schema or __type 5 times"},
		{"search aliases", aliases(900, `search(query: "a", first: 0) { totalCount }`), "complexity"},
		{"expensive searches", aliases(100, `search(query: "a", first: 0) { totalCount }`), "complexity"},
		{"fields of one name", "{" + strings.Repeat(" persons(first: 1) { totalCount }", 1600) + "}", "too often to be validated"},
		{"nested fields of one name", "{" + strings.Repeat(" persons(first: 1) { edges { node { id } } }", 700) + "}", "too often to be validated"},
		{"skip directives", `{ persons(first: 1) { totalCount ` + strings.Repeat("@skip(if: true) ", 100_000) + `} }`, "bytes"},
		{"skip directives under the size cap", `{ persons(first: 1) { totalCount ` + strings.Repeat("@skip(if:true)", 9000) + `} }`, "tokens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			status, errs := post(t, h, tc.query, nil)
			took := time.Since(start)
			t.Logf("%d bytes: %d in %s", len(tc.query), status, took)
			if status != 400 || len(errs) == 0 {
				t.Fatalf("status %d, errors %v; want 400 and an error", status, errs)
			}
			if errs[0].Extensions["code"] != peyvand.EINVALID || !strings.Contains(errs[0].Message, tc.message) {
				t.Errorf("error = %q %v, want %s and %q", errs[0].Message, errs[0].Extensions, peyvand.EINVALID, tc.message)
			}
		})
	}
}

// introspectionQuery is the schema query GraphiQL sends.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`

func TestRealQueriesPassTheDefaultLimits(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store, func(c *graph.HandlerConfig) { c.Limits = graph.Limits{} })
	for name, q := range map[string]string{
		"introspection":     introspectionQuery,
		"fan-out of six":    fanOut(6),
		"a page of careers": `{ persons(first: 20) { edges { node { name career { role organization { name } } } } } }`,
		"a search":          `{ search(query: "رضایی", first: 10) { totalCount edges { node { id } } } }`,
	} {
		for range 2 { // the second time from the cache
			status, errs := post(t, h, q, nil)
			if status != 200 || len(errs) > 0 {
				t.Errorf("%s: status %d, errors %v", name, status, errs)
			}
		}
	}
}

func TestErrorsPerResponseAreCapped(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store, func(c *graph.HandlerConfig) { c.Limits = graph.Limits{MaxErrors: 10} })
	status, errs := post(t, h, aliases(50, `node(id: "per_0000000000000000") { id }`), nil)
	if status != 200 || len(errs) != 10 {
		t.Fatalf("status %d, %d errors; want 200 and 10", status, len(errs))
	}
	if last := errs[9]; !strings.Contains(last.Message, "41 more errors") || last.Extensions["code"] != peyvand.ENOTFOUND {
		t.Errorf("last error = %q %v", last.Message, last.Extensions)
	}
}
