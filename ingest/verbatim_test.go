package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/peyvand/peyvand"
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
