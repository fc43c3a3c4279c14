package embedded

import (
	"slices"

	"github.com/peyvand/peyvand"
)

// cloneNode returns a copy a caller may keep: slices are clipped so an
// append never writes into the store's arrays.
func cloneNode(n *peyvand.Node) *peyvand.Node {
	if n == nil {
		return nil
	}
	c := *n
	c.Aliases = slices.Clip(c.Aliases)
	c.Titles = slices.Clip(c.Titles)
	c.Figures = slices.Clip(c.Figures)
	c.Evidence = slices.Clip(c.Evidence)
	if n.Date != nil {
		d := *n.Date
		c.Date = &d
	}
	return &c
}

func cloneEdge(e *peyvand.Edge) *peyvand.Edge {
	if e == nil {
		return nil
	}
	c := *e
	c.Evidence = slices.Clip(c.Evidence)
	return &c
}
