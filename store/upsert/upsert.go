// Package upsert holds the write rules every store applies, so that the
// embedded store and the Neo4j store validate and merge alike: what makes a
// node or an edge valid, how a write merges into what is stored, when two
// versions are the same, and how curation's merge moves edges.
package upsert

import (
	"fmt"
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// ValidNode reports what is wrong with n, or nil.
func ValidNode(n *peyvand.Node) error {
	switch {
	case n == nil:
		return fmt.Errorf("missing")
	case n.ID == "":
		return fmt.Errorf("no ID")
	case !slices.Contains(peyvand.EntityTypes, n.Type):
		return fmt.Errorf("%s: unknown type %q", n.ID, n.Type)
	case peyvand.TypeOfID(n.ID) != n.Type:
		return fmt.Errorf("%s: the ID is not a %s ID", n.ID, n.Type)
	case n.Name == "":
		return fmt.Errorf("%s: no name", n.ID)
	}
	return nil
}

// ValidEdge reports what is wrong with e, or nil.
func ValidEdge(e *peyvand.Edge) error {
	switch {
	case e == nil:
		return fmt.Errorf("missing")
	case e.ID == "" || !peyvand.IsEdgeID(e.ID):
		return fmt.Errorf("%q is not an edge ID", e.ID)
	case !slices.Contains(peyvand.RelTypes, e.Type):
		return fmt.Errorf("%s: unknown type %q", e.ID, e.Type)
	case (e.Type == peyvand.RelHolds) != peyvand.IsTenureID(e.ID):
		// A store finds an edge by ID through its type's index, so the
		// ID's prefix must say the type as peyvand.EdgeID writes it.
		return fmt.Errorf("%s: the ID's prefix does not fit a %s edge", e.ID, e.Type)
	case e.From == "" || e.To == "":
		return fmt.Errorf("%s: an end is missing", e.ID)
	case e.From == e.To:
		return fmt.Errorf("%s: an edge from a node to itself", e.ID)
	}
	return nil
}

// NewNode returns n as a store keeps a node written whole (created, or
// replaced by curation): a copy, with aliases that repeat the name or each
// other left out.
func NewNode(n *peyvand.Node) *peyvand.Node {
	v := CloneNode(n)
	v.Aliases = unionNames(v.Name, nil, v.Aliases)
	return v
}

// MergeNode returns what stored becomes when upd is applied over it, the
// one rule by which a write merges into a node (a store's Apply, and the
// ingester joining two mentions of one node in a document): lists
// unioned; a node's name and kind, once known, stay, another name joining
// the aliases, so that only curation (a Replace) renames a node and a
// later report cannot undo it; other non-empty scalars replaced. Neither
// argument is modified.
func MergeNode(stored, upd *peyvand.Node) *peyvand.Node {
	n := CloneNode(stored)
	if n.Name == "" {
		n.Name = upd.Name
	}
	n.Aliases = unionNames(n.Name, n.Aliases, append([]string{upd.Name}, upd.Aliases...))
	n.Titles = unionStrings(n.Titles, upd.Titles)
	n.Figures = unionStrings(n.Figures, upd.Figures)
	n.Evidence = unionEvidence(n.Evidence, upd.Evidence)
	if n.Kind == "" {
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

// MergeEdge is MergeNode for edges. From, To, Type and Role make an edge's
// identity and never change.
func MergeEdge(stored, upd *peyvand.Edge) *peyvand.Edge {
	e := CloneEdge(stored)
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

// Absorb returns into as it is after curation merges from into it: from's
// name and aliases become aliases, and its titles, figures and evidence
// join into's.
func Absorb(into, from *peyvand.Node) *peyvand.Node {
	return MergeNode(into, &peyvand.Node{
		Aliases:  append([]string{from.Name}, from.Aliases...),
		Titles:   from.Titles,
		Figures:  from.Figures,
		Evidence: from.Evidence,
	})
}

// Retarget returns a copy of e with every end at node from moved to node
// into, under the ID such an edge has; ok is false when the move would
// make an edge from a node to itself, which is then dropped.
func Retarget(e *peyvand.Edge, from, into string) (moved *peyvand.Edge, ok bool) {
	ne := CloneEdge(e)
	if ne.From == from {
		ne.From = into
	}
	if ne.To == from {
		ne.To = into
	}
	if ne.From == ne.To {
		return nil, false
	}
	ne.ID = EdgeID(ne)
	return ne, true
}

// EdgeID is the ID of edge e: its type, its ends and its role, the role's
// letters folded (persian.Normalize) so that a post written with Arabic
// letter forms is the same tenure as the one written with Persian ones.
// Every writer of an edge (the ingester, curation, a merge moving edges)
// gives it this ID.
func EdgeID(e *peyvand.Edge) string {
	return peyvand.EdgeID(e.Type, e.From, e.To, persian.Normalize(e.Role))
}

// SameNode reports whether two versions of a node differ only in their
// time stamps. It compares field by field: it runs for every node of every
// write, and busy bodies carry long evidence lists.
func SameNode(a, b *peyvand.Node) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Name == b.Name && a.Kind == b.Kind &&
		a.URL == b.URL && a.Text == b.Text && a.File == b.File && a.MergedInto == b.MergedInto &&
		sameDate(a.Date, b.Date) && slices.Equal(a.Aliases, b.Aliases) && slices.Equal(a.Titles, b.Titles) &&
		slices.Equal(a.Figures, b.Figures) && slices.Equal(a.Evidence, b.Evidence)
}

// SameEdge is SameNode for edges.
func SameEdge(a, b *peyvand.Edge) bool {
	return a.ID == b.ID && a.Type == b.Type && a.From == b.From && a.To == b.To && a.Role == b.Role &&
		a.Began == b.Began && a.PredecessorID == b.PredecessorID && a.SuccessorID == b.SuccessorID &&
		a.OrganizationID == b.OrganizationID && sameDate(a.Start, b.Start) && sameDate(a.End, b.End) &&
		slices.Equal(a.Evidence, b.Evidence)
}

func sameDate(a, b *peyvand.Date) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// CloneNode returns a deep copy of n.
func CloneNode(n *peyvand.Node) *peyvand.Node {
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

// CloneEdge returns a deep copy of e.
func CloneEdge(e *peyvand.Edge) *peyvand.Edge {
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
