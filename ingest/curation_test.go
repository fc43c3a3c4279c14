package ingest

import (
	"context"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/extract"
)

// personDoc is a made-up report naming one person.
func personDoc(file, name string) *extract.Document {
	text := "در این مراسم " + name + " سخنرانی کرد."
	return &extract.Document{File: file, Articles: []extract.SourceInfo{{Title: file, URL: "https://example.org/" + file, Text: text}},
		Persons: []extract.Person{{Name: name}}}
}

// personOf ingests doc and returns the ID of its one person.
func personOf(t *testing.T, s peyvand.Store, in *Ingester, doc *extract.Document) string {
	t.Helper()
	ctx := context.Background()
	res, err := in.Document(ctx, doc)
	if err != nil {
		t.Fatalf("%s: %v", doc.File, err)
	}
	nodes, err := s.Nodes(ctx, res.NodeIDs)
	if err != nil {
		t.Fatal(err)
	}
	var persons []string
	for _, n := range nodes {
		if n.Type == peyvand.TypePerson {
			persons = append(persons, n.ID)
		}
	}
	if len(persons) != 1 {
		t.Fatalf("%s: persons %v, want one", doc.File, persons)
	}
	return persons[0]
}

func TestRenamedNameResolvesInTheSameProcess(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	cur := curation.New(s, in)
	p := personOf(t, s, in, personDoc("a.txt", "کاوه نیک‌اندیش"))
	if _, err := cur.Rename(ctx, "editor", p, "کاوه نیک‌اندیش‌فر"); err != nil {
		t.Fatal(err)
	}
	if got := personOf(t, s, in, personDoc("b.txt", "کاوه نیک‌اندیش‌فر")); got != p {
		t.Errorf("a report naming the new name made person %s, want the renamed %s", got, p)
	}
	if _, err := cur.AddAlias(ctx, "editor", p, "کاوه روشن‌دل"); err != nil {
		t.Fatal(err)
	}
	if got := personOf(t, s, in, personDoc("c.txt", "کاوه روشن‌دل")); got != p {
		t.Errorf("a report naming the new alias made person %s, want %s", got, p)
	}
}

func TestMergedNameResolvesToTheSurvivor(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	cur := curation.New(s, in)
	a := personOf(t, s, in, personDoc("a.txt", "بهرام پاک‌نهاد"))
	b := personOf(t, s, in, personDoc("b.txt", "بهرام پاک‌نهادزاده"))
	if _, err := cur.AddAlias(ctx, "editor", a, "بهرام آزادمنش"); err != nil {
		t.Fatal(err)
	}
	if _, err := cur.Merge(ctx, "editor", a, b); err != nil {
		t.Fatal(err)
	}
	// a's alias is now the survivor's too: the index must not hold it for
	// both, or the name would be ambiguous and make a third person.
	if got := personOf(t, s, in, personDoc("c.txt", "بهرام آزادمنش")); got != b {
		t.Errorf("a report naming the merged person's alias made person %s, want the survivor %s", got, b)
	}
}

func TestDocumentAuditedCommitsTheRecordWithTheDocument(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	rec := curation.Record("editor", "ingestDocument", "a.txt", "")
	if _, err := in.DocumentAudited(ctx, personDoc("a.txt", "سیاوش نیک‌گهر"), rec); err != nil {
		t.Fatal(err)
	}
	got, err := s.Audit(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != rec.ID || got[0].Detail != "1 sources, 2 nodes and 0 edges written" {
		t.Errorf("audit = %+v, want the one record with what the document wrote", got)
	}
	// A document that fails validation writes neither.
	bad := personDoc("b.txt", "")
	if _, err := in.DocumentAudited(ctx, bad, curation.Record("editor", "ingestDocument", "b.txt", "")); err == nil {
		t.Fatal("a person without a name was ingested")
	}
	if got, _ := s.Audit(ctx, 10); len(got) != 1 {
		t.Errorf("audit after a refused document = %+v", got)
	}
}

func TestIngestKeepsAStoredEndOverASuccessorsStart(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	date := func(s string) *string { return &s }
	text := "با حکم وزیر، فرهاد راست‌گفتار به عنوان مدیر شرکت نمونه منصوب شد و از خدمات کامران خوش‌کردار قدردانی شد."
	doc := func(file string, start string) *extract.Document {
		return &extract.Document{File: file, Articles: []extract.SourceInfo{{Title: file, URL: "https://example.org/" + file, Text: text}},
			Persons:       []extract.Person{{Name: "فرهاد راست‌گفتار"}, {Name: "کامران خوش‌کردار"}},
			Organizations: []extract.Organization{{Name: "شرکت نمونه"}},
			Appointments: []extract.Appointment{{Person: "فرهاد راست‌گفتار", Organization: "شرکت نمونه", Role: "مدير",
				Predecessor: "کامران خوش‌کردار", Date: date(start)}}}
	}
	if _, err := in.Document(ctx, doc("a.txt", "2024-05-01")); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Document(ctx, doc("b.txt", "2024-06-01")); err != nil {
		t.Fatal(err)
	}
	out := nodeNamed(t, s, peyvand.TypePerson, "کامران خوش‌کردار")
	ended := edgesOf(t, s, out.ID, peyvand.Out, peyvand.RelHolds)
	if len(ended) != 1 || ended[0].End == nil || ended[0].End.ISO != "2024-05-01" || len(ended[0].Evidence) != 2 {
		t.Fatalf("the predecessor's tenures = %+v, want one ending on the first report's day with both reports' evidence", ended)
	}
	// The role written with an Arabic letter form is the same tenure an
	// editor records with the Persian one.
	if want := peyvand.EdgeID(peyvand.RelHolds, out.ID, ended[0].To, "مدیر"); ended[0].ID != want || ended[0].Role != "مدير" {
		t.Errorf("tenure %s %q, want ID %s keeping the role as written", ended[0].ID, ended[0].Role, want)
	}
}

func TestReingestKeepsACuratedName(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	cur := curation.New(s, in)
	doc := personDoc("a.txt", "شهرام نیک‌فرجام")
	doc.Organizations = []extract.Organization{{Name: "شرکت نمونه شهرستان آبادان", Place: "آبادان"}}
	if _, err := in.Document(ctx, doc); err != nil {
		t.Fatal(err)
	}
	place := nodeNamed(t, s, peyvand.TypePlace, "آبادان")
	if _, err := cur.Rename(ctx, "editor", place.ID, "شهرستان آبادان"); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Document(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if got := nodeByID(t, s, place.ID); got.Name != "شهرستان آبادان" || got.Kind != place.Kind {
		t.Errorf("after the report was ingested again the place is %q (%s), want the curated name", got.Name, got.Kind)
	}
}
