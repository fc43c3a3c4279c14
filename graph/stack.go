package graph

import (
	"reflect"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// The executor resolves each element of a list of objects in a goroutine
// of its own, which starts with the runtime's smallest stack. Resolving a
// nested selection goes a couple of kilobytes deeper per level (the
// generated marshalers have large frames), so the stack is outgrown again
// and again, and each time the runtime copies the whole stack, deepest
// last: in the nested query of the benchmarks a quarter of all CPU time
// was spent so. growStackFor grows the stack once, at the top of the
// element, where the copy is small: a frame of stackReserve bytes makes
// the runtime move to a stack that holds it, and the levels below then fit.

// stackReserve is the frame growStackFor calls into: about what a
// selection of a handful of levels needs beyond the small stack it starts
// with. The runtime doubles past it, to 32 KB, which holds a dozen levels.
const stackReserve = 16 << 10

// minDepthReserve is the depth of object levels below a field from which
// growing the stack in advance pays: about 2 KB a level, so fewer levels
// fit the stack a goroutine has grown to by then.
const minDepthReserve = 3

// growStackFor grows the stack of the goroutine resolving field fc when
// the field is of an element of a list resolved concurrently and selects
// minDepthReserve levels or more below it.
func growStackFor(fc *graphql.FieldContext, oc *graphql.OperationContext) {
	if fc == nil || fc.Parent == nil || fc.Parent.Index == nil || len(fc.Field.Selections) == 0 {
		return
	}
	// A list of one is resolved in the caller's goroutine.
	if list := fc.Parent.Parent; list == nil || !longerThanOne(list.Result) {
		return
	}
	if selectionDepth(fc.Field.Selections, oc.Doc.Fragments, 0) < minDepthReserve {
		return
	}
	reserveStack()
}

// longerThanOne reports whether v is a slice of more than one element.
func longerThanOne(v any) bool {
	r := reflect.ValueOf(v)
	return r.Kind() == reflect.Slice && r.Len() > 1
}

// selectionDepth is how many levels of selection sets set has, through
// its fragments, counted up to minDepthReserve.
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, depth int) int {
	if len(set) == 0 || depth >= minDepthReserve {
		return depth
	}
	deepest := depth + 1
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = selectionDepth(s.SelectionSet, frags, depth+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, depth)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, depth)
			}
		}
		deepest = max(deepest, d)
		if deepest >= minDepthReserve {
			break
		}
	}
	return deepest
}

// reserveStack has a frame of stackReserve bytes. It is not inlined, and
// it hands its array to stackSink, so that the compiler keeps the frame.
//
//go:noinline
func reserveStack() byte {
	var frame [stackReserve]byte
	return stackSink(frame[:])
}

//go:noinline
func stackSink(b []byte) byte { return b[len(b)-1] }
