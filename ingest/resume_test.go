package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/extract"
)

func TestChangedTextReDerivesItsEvidence(t *testing.T) {
	s := openStore(t)
	in := New(s, nil)
	ctx := context.Background()
	quote := "در این مراسم دکتر مازیار سپهرینیا مسئول سازمان بسیج مهندسین هرمزگان سخن گفت."
	doc := func(text string) *extract.Document {
		start := len([]rune(text[:strings.Index(text, quote)]))
		return &extract.Document{File: "evidence.txt",
			Articles: []extract.SourceInfo{{Title: "خبر", URL: "https://example.ir/1", Published: "2025-03-02", Text: text}},
			Persons:  []extract.Person{{Name: "مازیار سپهری‌نیا", Titles: []string{"دکتر"}}},
			Organizations: []extract.Organization{{Name: "سازمان بسیج مهندسین هرمزگان", Evidence: []extract.Evidence{
				{Article: 0, Quote: quote, Start: start, End: start + len([]rune(quote))}}}},
			Affiliations: []extract.Affiliation{{Person: "مازیار سپهری‌نیا", Role: "مسئول", Organization: "سازمان بسیج مهندسین هرمزگان"}},
		}
	}
	if _, err := in.Document(ctx, doc("گزارش کوتاه است. "+quote+" پایان.")); err != nil {
		t.Fatal(err)
	}
	text := "گزارشی بلندتر با مقدمه‌ای تازه که جای جمله‌ها را جابه‌جا می‌کند. " + quote + " پایان."
	r, err := in.Document(ctx, doc(text))
	if err != nil {
		t.Fatal(err)
	}
	src := nodeByID(t, s, r.NodeIDs[0])
	if src.Text != text {
		t.Fatalf("source text = %q", src.Text)
	}
	runes := []rune(text)
	check := func(what string, evs []peyvand.Evidence) {
		t.Helper()
		if len(evs) == 0 {
			t.Errorf("%s has no evidence", what)
		}
		for _, e := range evs {
			if e.SourceID == src.ID && e.Quote != "" && (e.End > len(runes) || string(runes[e.Start:e.End]) != e.Quote) {
				t.Errorf("%s: evidence %+v does not quote the new text", what, e)
			}
		}
	}
	person := nodeNamed(t, s, peyvand.TypePerson, "مازیار سپهری‌نیا")
	check("person", person.Evidence)
	check("organization", nodeNamed(t, s, peyvand.TypeOrganization, "سازمان بسیج مهندسین هرمزگان").Evidence)
	edges, err := s.EdgesOf(ctx, []string{person.ID}, peyvand.Out)
	if err != nil || len(edges[person.ID]) == 0 {
		t.Fatalf("edges of the person: %v %v", edges, err)
	}
	for _, e := range edges[person.ID] {
		check(string(e.Type), e.Evidence)
	}
}

func TestBinaryTextIsInvalidArgument(t *testing.T) {
	in := New(openStore(t), nil)
	for name, text := range map[string][]byte{"binary": {'a', 0, 'b'}, "not UTF-8": {0xff, 0xfe, 'a'}} {
		_, err := in.File(context.Background(), name+".txt", text)
		if code := peyvand.ErrorCode(err); code != peyvand.EINVALID {
			t.Errorf("%s: error %v has code %s, want %s", name, err, code, peyvand.EINVALID)
		}
	}
}

func TestBundledResumesAnInterruptedLoad(t *testing.T) {
	old := extractFile
	extractFile = goldExtractor(t)
	t.Cleanup(func() { extractFile = old })
	ctx := context.Background()

	full := openStore(t)
	if _, err := New(full, nil).Bundled(ctx); err != nil {
		t.Fatal(err)
	}
	want, _ := full.Stats(ctx)

	// An interrupted first start: two of the five files were written.
	s := openStore(t)
	files, _ := data.Files()
	in := New(s, nil)
	for _, f := range files[:2] {
		if _, err := in.File(ctx, f.Name, f.Data); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := New(s, nil).Bundled(ctx)
	if err != nil || sum.Documents != 3 || sum.Failed != 0 {
		t.Fatalf("resumed Bundled = %+v, %v; want the 3 files left", sum, err)
	}
	got, _ := s.Stats(ctx)
	for _, typ := range peyvand.EntityTypes {
		if got.Nodes[typ] != want.Nodes[typ] {
			t.Errorf("%s: %d after resuming, %d after one load", typ, got.Nodes[typ], want.Nodes[typ])
		}
	}
	if again, err := New(s, nil).Bundled(ctx); err != nil || again.Documents != 0 {
		t.Errorf("Bundled on a full store = %+v, %v", again, err)
	}

	// A store holding documents of its own is not filled.
	own := openStore(t)
	if _, err := New(own, nil).Document(ctx, readDoc(t, goldPaths(t)[len(goldPaths(t))-1])); err != nil {
		t.Fatal(err)
	}
	if st, _ := own.Stats(ctx); st.Nodes[peyvand.TypeSource] == 0 {
		t.Fatal("no source")
	}
	if sum, err := New(own, nil).Bundled(ctx); err != nil || sum.Documents != 0 {
		t.Errorf("Bundled on a store of other documents = %+v, %v", sum, err)
	}
}
