package graph

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestSelectionDepth checks the depth growStackFor reads off a selection,
// through inline fragments and fragment spreads, counted up to
// minDepthReserve.
func TestSelectionDepth(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  int
	}{
		{`{ a }`, 1},
		{`{ a { b } }`, 2},
		{`{ a b { c } d }`, 2},
		{`{ a { b { c } } }`, 3},
		{`{ a { b { c { d { e } } } } }`, 3},
		{`{ ... on T { a { b } } }`, 2},
		{`{ ...F } fragment F on T { a { b { c } } }`, 3},
		{`{ ...Missing }`, 1},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if got := selectionDepth(doc.Operations[0].SelectionSet, doc.Fragments, 0); got != tc.want {
			t.Errorf("%s: depth %d, want %d", tc.query, got, tc.want)
		}
	}
}
