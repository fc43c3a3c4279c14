package graph

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
)

// TestTheExplorersQueriesAreWithinTheDefaultLimits measures every query
// the explorer page sends (web/src/api.js), with large pages for its Int
// variables, against the default limits: they must never be refused.
func TestTheExplorersQueriesAreWithinTheDefaultLimits(t *testing.T) {
	js, err := os.ReadFile(filepath.Join("..", "web", "src", "api.js"))
	if err != nil {
		t.Fatal(err)
	}
	constants := regexp.MustCompile("(?s)(export )?const (\\w+) = `([^`]*)`;")
	interpolation := regexp.MustCompile(`\$\{(\w+)\}`)
	values := map[string]string{}
	var exported []string
	for _, m := range constants.FindAllStringSubmatch(string(js), -1) {
		values[m[2]] = m[3]
		if m[1] != "" {
			exported = append(exported, m[2])
		}
	}
	if len(exported) < 7 {
		t.Fatalf("found %d exported queries in web/src/api.js", len(exported))
	}
	l := DefaultLimits.withDefaults()
	es := NewExecutableSchema(Config{Resolvers: &Resolver{}, Directives: DirectiveRoot{HasRole: hasRole}, Complexity: l.complexity()})
	for _, name := range exported {
		query := interpolation.ReplaceAllStringFunc(values[name], func(s string) string { return values[strings.Trim(s, "${}")] })
		if err := l.checkQuery(query); err != nil {
			t.Errorf("%s: %s", name, err.Message)
			continue
		}
		doc, errs := gqlparser.LoadQuery(es.Schema(), query)
		if errs != nil {
			t.Errorf("%s: %v", name, errs)
			continue
		}
		if err := l.checkValidationCost(doc); err != nil {
			t.Errorf("%s: %s", name, err.Message)
		}
		for _, op := range doc.Operations {
			vars := map[string]any{}
			for _, v := range op.VariableDefinitions {
				switch {
				case v.Type.Elem != nil:
					vars[v.Variable] = []any{"a", "b", "c", "d", "e"}
				case v.Type.NamedType == "Int":
					vars[v.Variable] = int64(l.MaxPageSize / 2)
				}
			}
			c := measure(context.Background(), es, doc, op, vars)
			t.Logf("%s: complexity %d, depth %d, %d fields", name, c.Complexity, c.Depth, c.Selections)
			if c.Complexity > l.MaxComplexity || c.Depth > l.MaxDepth || c.Selections > l.MaxSelections || c.Introspection > l.MaxIntrospection {
				t.Errorf("%s is over the default limits: %+v", name, c)
			}
		}
	}
}
