package neo4j

import (
	"encoding/json"
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// The rules below are the embedded store's (store/embedded/merge.go), so
// that both stores merge alike; store/storetest holds them to it.

// mergeNode returns what stored becomes when upd is applied over it: lists
// unioned, non-empty scalars replaced, and a replaced name kept as an
// alias. stored is not modified.
func mergeNode(stored, upd *peyvand.Node) *peyvand.Node {
	n := cloneNode(stored)
	if upd.Name != "" && upd.Name != stored.Name {
		n.Aliases = unionNames(n.Name, n.Aliases, []string{stored.Name})
		n.Name = upd.Name
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
	return n
}

// mergeEdge is mergeNode for edges. From, To, Type and Role make the edge's
// identity and never change.
func mergeEdge(stored, upd *peyvand.Edge) *peyvand.Edge {
	e := cloneEdge(stored)
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
	return e
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
	for _, ev := range b {
		if !slices.Contains(out, ev) {
			out = append(out, ev)
		}
	}
	return out
}

func cloneNode(n *peyvand.Node) *peyvand.Node {
	c := *n
	c.Aliases = slices.Clone(n.Aliases)
	c.Titles = slices.Clone(n.Titles)
	c.Figures = slices.Clone(n.Figures)
	c.Evidence = slices.Clone(n.Evidence)
	if n.Date != nil {
		d := *n.Date
		c.Date = &d
	}
	return &c
}

func cloneEdge(e *peyvand.Edge) *peyvand.Edge {
	c := *e
	c.Evidence = slices.Clone(e.Evidence)
	if e.Start != nil {
		d := *e.Start
		c.Start = &d
	}
	if e.End != nil {
		d := *e.End
		c.End = &d
	}
	return &c
}

// sameNode reports whether two versions of a node differ only in their
// time stamps.
func sameNode(a, b *peyvand.Node) bool {
	x, y := *a, *b
	x.Updated = y.Updated
	return jsonEqual(&x, &y)
}

func sameEdge(a, b *peyvand.Edge) bool {
	x, y := *a, *b
	x.Updated = y.Updated
	return jsonEqual(&x, &y)
}

func jsonEqual(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
