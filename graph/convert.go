package graph

import (
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
)

// asNode returns n as the typed view the Node interface resolves to, or
// nil for no node.
func asNode(n *peyvand.Node) model.Node {
	if n == nil {
		return nil
	}
	switch n.Type {
	case peyvand.TypePerson:
		return (*peyvand.Person)(n)
	case peyvand.TypeOrganization:
		return (*peyvand.Organization)(n)
	case peyvand.TypeEvent:
		return (*peyvand.Event)(n)
	case peyvand.TypeProject:
		return (*peyvand.Project)(n)
	case peyvand.TypePlace:
		return (*peyvand.Place)(n)
	case peyvand.TypeSource:
		return (*peyvand.Source)(n)
	}
	return nil
}

// view is a pointer to a typed view of peyvand.Node.
type view interface {
	*peyvand.Person | *peyvand.Organization | *peyvand.Event | *peyvand.Project | *peyvand.Place | *peyvand.Source
}

// views converts nodes to one typed view, dropping missing ones and those
// of another type (an edge to a node that curation removed or retyped).
func views[T view](nodes []*peyvand.Node, t peyvand.EntityType) []T {
	out := make([]T, 0, len(nodes))
	for _, n := range nodes {
		if n != nil && n.Type == t {
			out = append(out, T(n))
		}
	}
	return out
}

// viewOf converts n to a typed view when it is of type t, else nil.
func viewOf[T view](n *peyvand.Node, t peyvand.EntityType) T {
	if n == nil || n.Type != t {
		return nil
	}
	return T(n)
}

// beganOf is how a tenure began, one of the documented values, or nil when
// no report says (an empty or unknown value is never shown).
func beganOf(t *peyvand.Tenure) *string {
	if !slices.Contains(peyvand.BeganValues, t.Began) {
		return nil
	}
	b := t.Began
	return &b
}
