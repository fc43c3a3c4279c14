package embedded

import (
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// mergeNode returns what stored becomes when upd is applied over it: lists
// unioned, non-empty scalars replaced, and a replaced name kept as an alias.
// stored is not modified.
func mergeNode(stored, upd *peyvand.Node) *peyvand.Node {
	n := *stored
	if upd.Name != "" && upd.Name != stored.Name {
		n.Name = upd.Name
		n.Aliases = unionNames(n.Name, n.Aliases, []string{stored.Name})
	}
	n.Aliases = unionNames(n.Name, n.Aliases, upd.Aliases)
	n.Titles = unionStrings(n.Titles, upd.Titles)
	n.Figures = unionStrings(n.Figures, upd.Figures)
	n.Evidence = unionEvidence(n.Evidence, upd.Evidence)
	if upd.Kind != "" {
		n.Kind = upd.Kind
	}
	if upd.Date != nil {
		d := *upd.Date
		n.Date = &d
	}
	if upd.URL != "" {
		n.URL = upd.URL
	}
	if upd.Text != "" {
		n.Text = upd.Text
	}
	if upd.File != "" {
		n.File = upd.File
	}
	if upd.MergedInto != "" {
		n.MergedInto = upd.MergedInto
	}
	return &n
}

// mergeEdge is mergeNode for edges. From, To, Type and Role make the edge's
// identity and never change.
func mergeEdge(stored, upd *peyvand.Edge) *peyvand.Edge {
	e := *stored
	if upd.Start != nil {
		d := *upd.Start
		e.Start = &d
	}
	if upd.End != nil {
		d := *upd.End
		e.End = &d
	}
	if upd.Began != "" {
		e.Began = upd.Began
	}
	if upd.PredecessorID != "" {
		e.PredecessorID = upd.PredecessorID
	}
	if upd.SuccessorID != "" {
		e.SuccessorID = upd.SuccessorID
	}
	if upd.OrganizationID != "" {
		e.OrganizationID = upd.OrganizationID
	}
	e.Evidence = unionEvidence(e.Evidence, upd.Evidence)
	return &e
}

// unionNames adds names to aliases, leaving out any whose key equals the
// name's or an alias's already there.
func unionNames(name string, aliases, add []string) []string {
	seen := map[string]bool{persian.NameKey(name): true}
	var out []string
	for _, a := range append(slices.Clip(aliases), add...) {
		k := persian.NameKey(a)
		if a == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func unionStrings(a, b []string) []string {
	out := slices.Clip(a)
	for _, s := range b {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func unionEvidence(a, b []peyvand.Evidence) []peyvand.Evidence {
	out := slices.Clip(a)
	if len(b) == 0 {
		return out
	}
	seen := make(map[peyvand.Evidence]bool, len(a)+len(b))
	for _, ev := range a {
		seen[ev] = true
	}
	for _, ev := range b {
		if !seen[ev] {
			seen[ev] = true
			out = append(out, ev)
		}
	}
	return out
}

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
