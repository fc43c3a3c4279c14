package neo4j

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// sourceLiterals returns the string literals of the package's non-test Go
// files, and those passed as a statement name to cypher or collect.
func sourceLiterals(t *testing.T) (all map[string]bool, named []string) {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	all = map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				if x.Kind == token.STRING {
					if s, err := strconv.Unquote(x.Value); err == nil {
						all[s] = true
					}
				}
			case *ast.CallExpr:
				id, ok := x.Fun.(*ast.Ident)
				if !ok {
					return true
				}
				arg := -1
				switch id.Name {
				case "cypher":
					arg = 0
				case "collect":
					arg = 2
				}
				if arg >= 0 && arg < len(x.Args) {
					if lit, ok := x.Args[arg].(*ast.BasicLit); ok {
						s, _ := strconv.Unquote(lit.Value)
						named = append(named, s)
					}
				}
			}
			return true
		})
	}
	return all, named
}

func TestEveryStatementIsUsed(t *testing.T) {
	all, _ := sourceLiterals(t)
	if len(statements) == 0 {
		t.Fatal("no statements embedded")
	}
	var unused []string
	for name := range statements {
		if !all[name] {
			unused = append(unused, name)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("statements no code runs: %v", unused)
	}
}

func TestEveryNamedStatementExists(t *testing.T) {
	_, named := sourceLiterals(t)
	if len(named) == 0 {
		t.Fatal("found no calls naming a statement")
	}
	for _, name := range named {
		if _, ok := statements[name]; !ok {
			t.Errorf("code runs statement %q, which has no file in cypher/", name)
		}
	}
	// Migrate names its statements in a list, not in calls.
	all, _ := sourceLiterals(t)
	for lit := range all {
		if strings.HasPrefix(lit, "migrate_") {
			if _, ok := statements[lit]; !ok {
				t.Errorf("migrate names %q, which has no file in cypher/", lit)
			}
		}
	}
}

// TestStatementsAreStatic checks that no statement could be a format
// string or hold an unbounded variable-length pattern.
func TestStatementsAreStatic(t *testing.T) {
	varLength := regexp.MustCompile(`-\[[^\]]*\*([^\]]*)\]`)
	bounded := regexp.MustCompile(`^\s*(\d+\s*)?\.\.\s*\d+\s*$`)
	for name, text := range statements {
		if strings.TrimSpace(text) == "" {
			t.Errorf("%s is empty", name)
		}
		if strings.Contains(text, "%") {
			t.Errorf("%s contains %%, as a format string would", name)
		}
		for _, m := range varLength.FindAllStringSubmatch(text, -1) {
			if !bounded.MatchString(m[1]) {
				t.Errorf("%s: unbounded pattern %s", name, m[0])
			}
			if !strings.Contains(text, "LIMIT") {
				t.Errorf("%s: variable-length pattern without LIMIT", name)
			}
		}
	}
}

// TestStatementFilesMatchLintParams keeps the lint's parameter
// declarations in step with the statements.
func TestStatementFilesMatchLintParams(t *testing.T) {
	b, err := os.ReadFile("../../tools/cypherlint/params.json")
	if err != nil {
		t.Fatalf("the lint parameters: %v", err)
	}
	for name := range statements {
		if !strings.Contains(string(b), strconv.Quote(name)+":") {
			t.Errorf("tools/cypherlint/params.json declares no parameters for %s", name)
		}
	}
}
