package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
)

// allNodes lists every node of s.
func allNodes(t *testing.T, s peyvand.Store) []*peyvand.Node {
	t.Helper()
	var out []*peyvand.Node
	for off := 0; ; off += 200 {
		p, err := s.Find(context.Background(), peyvand.Query{Offset: off, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range p.Hits {
			out = append(out, h.Node)
		}
		if len(p.Hits) < 200 {
			return out
		}
	}
}

// TestDefaultGraphIsVerbatim builds the default graph from the bundled
// corpus: every evidence quote of every node and edge is its slice of the
// source's text, and every shown string (names, aliases, titles, roles,
// event titles, dates as written) keeps the source's spelling of its words.
func TestDefaultGraphIsVerbatim(t *testing.T) {
	s := openStore(t)
	if _, err := New(s, nil).Bundled(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkVerbatimGraph(t, s)
}

// checkVerbatimGraph checks the quotes and spellings of every node and edge.
func checkVerbatimGraph(t *testing.T, s peyvand.Store) {
	t.Helper()
	nodes := allNodes(t, s)
	texts := map[string][]rune{}
	var all strings.Builder
	var ids []string
	for _, n := range nodes {
		ids = append(ids, n.ID)
		if n.Type == peyvand.TypeSource {
			texts[n.ID] = []rune(n.Text)
			all.WriteString(n.Text + "\n" + n.Name + "\n")
		}
	}
	if len(texts) == 0 {
		t.Fatal("the bundled corpus made no source")
	}
	verb := all.String()
	folded := persian.Normalize(verb)
	quotes := 0
	checkEv := func(what string, ev []peyvand.Evidence) {
		for _, e := range ev {
			if e.Quote == "" {
				continue
			}
			quotes++
			text, ok := texts[e.SourceID]
			if !ok || e.Start < 0 || e.End > len(text) || e.Start > e.End || string(text[e.Start:e.End]) != e.Quote {
				t.Errorf("%s: quote %q is not its source's text at [%d,%d)", what, e.Quote, e.Start, e.End)
			}
		}
	}
	shown := func(what, s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '…' }) {
			if !strings.Contains(verb, w) && strings.Contains(folded, persian.Normalize(w)) {
				t.Errorf("%s %q: word %q is spelled otherwise in the sources", what, s, w)
			}
		}
	}
	for _, n := range nodes {
		checkEv(n.Name, n.Evidence)
		if n.Type == peyvand.TypeSource {
			continue
		}
		shown("name", n.Name)
		for _, a := range append(append([]string{}, n.Aliases...), n.Titles...) {
			shown("alias or title of "+n.Name, a)
		}
		if n.Date != nil {
			shown("date of "+n.Name, n.Date.Original)
		}
	}
	edges, err := s.EdgesOf(context.Background(), ids, peyvand.Out)
	if err != nil {
		t.Fatal(err)
	}
	nEdges := 0
	for _, es := range edges {
		for _, e := range es {
			nEdges++
			checkEv(string(e.Type)+" "+e.ID, e.Evidence)
			if e.Type == peyvand.RelHolds {
				shown("role", e.Role)
			}
			for _, d := range []*peyvand.Date{e.Start, e.End} {
				if d != nil {
					shown("tenure date", d.Original)
				}
			}
		}
	}
	if quotes < 100 || nEdges == 0 {
		t.Errorf("checked %d quotes on %d nodes and %d edges; the default graph is too small", quotes, len(nodes), nEdges)
	}
	for _, want := range []string{"مسئول", "رئیس"} {
		if !strings.Contains(verb, want) {
			t.Errorf("no source text has %q", want)
		}
	}
}

// foldDoc is doc as ingestion stored it before shown strings kept the
// source's characters: every string and text folded, offsets into the
// folded text.
func foldDoc(doc *extract.Document) *extract.Document {
	n := persian.Normalize
	ns := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = n(s)
		}
		return out
	}
	back := make([][]int, len(doc.Articles))
	for i := range doc.Articles {
		a := &doc.Articles[i]
		folded, at := foldText(a.Text)
		inv := make([]int, len([]rune(a.Text))+1)
		for k := len(at) - 1; k >= 0; k-- {
			inv[at[k]] = k
		}
		back[i] = inv
		a.Text, a.Title = folded, n(a.Title)
	}
	ev := func(es []extract.Evidence) {
		for i := range es {
			e := &es[i]
			e.Start, e.End = back[e.Article][e.Start], back[e.Article][e.End]
			e.Quote = string([]rune(doc.Articles[e.Article].Text)[e.Start:e.End])
		}
	}
	for i := range doc.Persons {
		p := &doc.Persons[i]
		p.Name, p.Aliases, p.Titles = n(p.Name), ns(p.Aliases), ns(p.Titles)
		ev(p.Evidence)
	}
	for i := range doc.Organizations {
		o := &doc.Organizations[i]
		o.Name, o.Aliases, o.Kind, o.Parent, o.Place = n(o.Name), ns(o.Aliases), n(o.Kind), n(o.Parent), n(o.Place)
		ev(o.Evidence)
	}
	for i := range doc.Affiliations {
		a := &doc.Affiliations[i]
		a.Person, a.Role, a.Organization = n(a.Person), n(a.Role), n(a.Organization)
		ev(a.Evidence)
	}
	for i := range doc.Appointments {
		a := &doc.Appointments[i]
		a.Person, a.Role, a.Organization, a.Predecessor, a.DateText = n(a.Person), n(a.Role), n(a.Organization), n(a.Predecessor), n(a.DateText)
		ev(a.Evidence)
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		e.Title, e.DateText, e.Place, e.Participants, e.Organizations = n(e.Title), n(e.DateText), n(e.Place), ns(e.Participants), ns(e.Organizations)
		parts := map[string]string{}
		for k, v := range e.Parts {
			parts[n(k)] = v
		}
		e.Parts = parts
		ev(e.Evidence)
	}
	for i := range doc.Projects {
		p := &doc.Projects[i]
		p.Name, p.Kind, p.Organization, p.Place, p.Figures = n(p.Name), n(p.Kind), n(p.Organization), n(p.Place), ns(p.Figures)
		ev(p.Evidence)
	}
	return doc
}

// TestUpgradeRewritesAFoldedStore writes the bundled corpus as the folded
// graph older versions stored, upgrades it, and finds the verbatim graph
// with the same nodes and edges; a second upgrade changes nothing.
func TestUpgradeRewritesAFoldedStore(t *testing.T) {
	ctx := context.Background()
	files, err := data.Files()
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	in := New(s, nil)
	for _, f := range files {
		doc, err := extract.File(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := in.Document(ctx, foldDoc(doc)); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	up, err := in.Upgrade(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if up.Sources == 0 || up.Nodes == 0 || up.Edges == 0 {
		t.Fatalf("Upgrade = %+v, want sources, nodes and edges rewritten", up)
	}
	checkVerbatimGraph(t, s)
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("stats before %+v, after %+v: the upgrade lost or added something", before, after)
	}
	if again, err := in.Upgrade(ctx); err != nil || again.Sources != 0 {
		t.Errorf("second Upgrade = %+v, %v; want nothing to do", again, err)
	}
}
