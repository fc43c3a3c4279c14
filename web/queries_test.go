package web

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// constants finds the template-literal constants of a JavaScript file.
var constants = regexp.MustCompile("(?s)(export )?const (\\w+) = `([^`]*)`;")

// interpolation finds ${name} inside a template literal.
var interpolation = regexp.MustCompile(`\$\{(\w+)\}`)

// TestQueriesMatchSchema validates every query the page sends against the
// server's SDL, so a schema change that breaks the page fails here rather
// than in a browser.
func TestQueriesMatchSchema(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "schema", "*.graphqls"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	schema, gqlErr := gqlparser.LoadSchema(sources...)
	if gqlErr != nil {
		t.Fatalf("load schema: %v", gqlErr)
	}

	js, err := os.ReadFile(filepath.Join("src", "api.js"))
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]string{}
	var exported []string
	for _, m := range constants.FindAllStringSubmatch(string(js), -1) {
		values[m[2]] = m[3]
		if m[1] != "" {
			exported = append(exported, m[2])
		}
	}
	sort.Strings(exported)
	if len(exported) < 7 {
		t.Fatalf("found %d exported queries in src/api.js, want at least 7", len(exported))
	}
	for _, name := range exported {
		t.Run(name, func(t *testing.T) {
			query := interpolation.ReplaceAllStringFunc(values[name], func(s string) string {
				v, ok := values[strings.Trim(s, "${}")]
				if !ok {
					t.Fatalf("%s interpolates unknown %s", name, s)
				}
				return v
			})
			if _, errs := gqlparser.LoadQuery(schema, query); errs != nil {
				t.Errorf("%s does not validate: %v", name, errs)
			}
		})
	}
}
