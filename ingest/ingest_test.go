package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
	"github.com/peyvand/peyvand/store/embedded"
)

// openStore opens an empty embedded store for one test.
func openStore(tb testing.TB) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(tb.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// goldPaths are the gold contract documents in testdata: the five corpus
// files and ten dev files.
func goldPaths(tb testing.TB) []string {
	tb.Helper()
	a, _ := filepath.Glob("testdata/*.txt.json")
	b, _ := filepath.Glob("testdata/dev/*.txt.json")
	paths := append(a, b...)
	if len(paths) != 15 {
		tb.Fatalf("found %d gold files in testdata, want 15", len(paths))
	}
	return paths
}

func readDoc(tb testing.TB, path string) *extract.Document {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	doc := &extract.Document{}
	if err := json.Unmarshal(b, doc); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return doc
}

// nodeNamed returns the one stored node of type t one of whose names has
// the key of name, failing the test when there is none or more than one.
func nodeNamed(t *testing.T, s peyvand.Store, typ peyvand.EntityType, name string) *peyvand.Node {
	t.Helper()
	key := func(n string) string {
		if typ == peyvand.TypeOrganization {
			return orgKey(n)
		}
		return persian.NameKey(n)
	}
	p, err := s.Find(context.Background(), peyvand.Query{Types: []peyvand.EntityType{typ}, Sort: peyvand.SortName})
	if err != nil {
		t.Fatal(err)
	}
	var found []*peyvand.Node
	for _, h := range p.Hits {
		for _, n := range append([]string{h.Node.Name}, h.Node.Aliases...) {
			if key(n) == key(name) {
				found = append(found, h.Node)
				break
			}
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d %s nodes named %q, want 1", len(found), typ, name)
	}
	return found[0]
}

// edgesOf returns the edges of type rt from node id.
func edgesOf(t *testing.T, s peyvand.Store, id string, dir peyvand.Direction, rt peyvand.RelType) []*peyvand.Edge {
	t.Helper()
	m, err := s.EdgesOf(context.Background(), []string{id}, dir, rt)
	if err != nil {
		t.Fatal(err)
	}
	return m[id]
}

func ingestGold(t *testing.T, in *Ingester) *Summary {
	t.Helper()
	sum, err := in.Paths(context.Background(), goldPaths(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Documents != 15 {
		t.Fatalf("ingested %d documents, %d failed: %v", sum.Documents, sum.Failed, sum.Errors)
	}
	return sum
}

func TestGoldDocumentsMakeTheExpectedGraph(t *testing.T) {
	s := openStore(t)
	ingestGold(t, New(s, nil))

	// The handover at a city kanoon of the gold file: the new director follows the old.
	successor := nodeNamed(t, s, peyvand.TypePerson, "عیسی عبادی")
	predecessor := nodeNamed(t, s, peyvand.TypePerson, "حامد حامدی‌زاده")
	kanoon := nodeNamed(t, s, peyvand.TypeOrganization, "کانون بسیج مهندسین صنعت و معدن آبادان")
	var in, out *peyvand.Edge
	for _, e := range edgesOf(t, s, successor.ID, peyvand.Out, peyvand.RelHolds) {
		if e.To == kanoon.ID && e.Role == "مدیر" {
			in = e
		}
	}
	for _, e := range edgesOf(t, s, predecessor.ID, peyvand.Out, peyvand.RelHolds) {
		if e.To == kanoon.ID && e.Role == "مدیر" {
			out = e
		}
	}
	if in == nil || in.PredecessorID != predecessor.ID || in.Began != peyvand.BeganAppointment {
		t.Errorf("the successor's tenure = %+v, want مدیر of %s, began by appointment, predecessor %s", in, kanoon.ID, predecessor.ID)
	}
	if out == nil || out.SuccessorID != successor.ID {
		t.Errorf("the predecessor's tenure = %+v, want successor %s", out, successor.ID)
	}
	succ := edgesOf(t, s, successor.ID, peyvand.Out, peyvand.RelSucceeded)
	if len(succ) != 1 || succ[0].To != predecessor.ID || succ[0].OrganizationID != kanoon.ID || succ[0].Role != "مدیر" {
		t.Errorf("SUCCEEDED edges of the successor = %+v", succ)
	}

	// Every affiliation of every gold file is a tenure in the graph.
	for _, path := range goldPaths(t) {
		doc := readDoc(t, path)
		for _, a := range doc.Affiliations {
			p := nodeNamed(t, s, peyvand.TypePerson, a.Person)
			o := nodeNamed(t, s, peyvand.TypeOrganization, a.Organization)
			found := false
			for _, e := range edgesOf(t, s, p.ID, peyvand.Out, peyvand.RelHolds) {
				found = found || e.To == o.ID && e.Role == a.Role
			}
			if !found {
				t.Errorf("%s: no tenure %s %s of %s", doc.File, a.Person, a.Role, a.Organization)
			}
		}
		for _, ev := range doc.Events {
			for _, name := range ev.Participants {
				p := nodeNamed(t, s, peyvand.TypePerson, name)
				found := false
				for _, e := range edgesOf(t, s, p.ID, peyvand.Out, peyvand.RelParticipated) {
					n, err := s.Nodes(context.Background(), []string{e.To})
					if err != nil {
						t.Fatal(err)
					}
					found = found || n[0] != nil && n[0].Name == ev.Title && n[0].Kind == ev.Type
				}
				if !found {
					t.Errorf("%s: %s does not take part in %q", doc.File, name, ev.Title)
				}
			}
		}
	}

	// A person's honorifics are titles, not names.
	z := nodeNamed(t, s, peyvand.TypePerson, "نادر زاهدی‌نیا")
	if z.Name != "نادر زاهدی‌نیا" || !slices.Contains(z.Titles, "دکتر") || !slices.Contains(z.Aliases, "زاهدی‌نیا") {
		t.Errorf("the titled person = name %q, titles %q, aliases %q", z.Name, z.Titles, z.Aliases)
	}
	// A dated event carries its date in both calendars.
	council := nodeNamed(t, s, peyvand.TypeOrganization, "شورای کانون بسیج مهندسین صنعت و معدن آبادان")
	var dated *peyvand.Node
	for _, e := range edgesOf(t, s, council.ID, peyvand.Out, peyvand.RelInvolved) {
		n, _ := s.Nodes(context.Background(), []string{e.To})
		dated = n[0]
	}
	if dated == nil || dated.Date == nil || dated.Date.ISO != "2025-03-02" || dated.Date.SolarHijri != "1403-12-12" {
		t.Errorf("the council meeting = %+v, want dated 2025-03-02 (1403-12-12)", dated)
	}
	// A project without a body stands alone; one with a body is run by it.
	projectKanoon := nodeNamed(t, s, peyvand.TypeOrganization, "کانون بسیج مهندسین صنعت و معدن شهرستان خرمشهر")
	if runs := edgesOf(t, s, projectKanoon.ID, peyvand.Out, peyvand.RelRuns); len(runs) != 1 {
		t.Errorf("the project's kanoon runs %d projects, want 1", len(runs))
	}
}

func TestEveryFactHasEvidenceFromAStoredSource(t *testing.T) {
	s := openStore(t)
	ingestGold(t, New(s, nil))
	ctx := context.Background()
	p, err := s.Find(ctx, peyvand.Query{Sort: peyvand.SortName})
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]bool{}
	for _, h := range p.Hits {
		if h.Node.Type == peyvand.TypeSource {
			sources[h.Node.ID] = true
		}
	}
	if len(sources) != 15 {
		t.Errorf("%d sources, want one a gold file", len(sources))
	}
	var ids []string
	for _, h := range p.Hits {
		ids = append(ids, h.Node.ID)
		if h.Node.Type != peyvand.TypeSource && !citesSources(h.Node.Evidence, sources) {
			t.Errorf("node %s %q has evidence %+v", h.Node.ID, h.Node.Name, h.Node.Evidence)
		}
	}
	edges, err := s.EdgesOf(ctx, ids, peyvand.Out)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, es := range edges {
		for _, e := range es {
			n++
			if !citesSources(e.Evidence, sources) {
				t.Errorf("edge %s %s has evidence %+v", e.ID, e.Type, e.Evidence)
			}
		}
	}
	if n == 0 {
		t.Error("no edges")
	}
}

func citesSources(evs []peyvand.Evidence, sources map[string]bool) bool {
	if len(evs) == 0 {
		return false
	}
	for _, e := range evs {
		if !sources[e.SourceID] {
			return false
		}
	}
	return true
}

func TestIngestingTwiceChangesNothing(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	first := ingestGold(t, New(s, nil))
	if first.NodesCreated == 0 || first.EdgesCreated == 0 {
		t.Fatalf("first ingest created nothing: %+v", first)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A new Ingester reads the names back from the store, as after a restart.
	for _, in := range []*Ingester{New(s, nil), New(s, nil)} {
		var results []*Result
		if _, err := in.Paths(ctx, goldPaths(t), func(done, total int, r *Result) { results = append(results, r) }); err != nil {
			t.Fatal(err)
		}
		for _, r := range results {
			if r.NodesCreated+r.NodesMerged+r.EdgesCreated+r.EdgesUpdated != 0 || r.Unchanged == 0 || len(r.Errors) != 0 {
				t.Errorf("again %s: %+v", r.File, r)
			}
		}
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("stats changed: %+v, then %+v", before, after)
	}
}

func TestNamesResolveAcrossDocuments(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	paths := []string{"testdata/000_bc88bfb613c53b53.txt.json", "testdata/resolve/b_spelling.json",
		"testdata/resolve/c_surname.json", "testdata/resolve/d_namesakes.json", "testdata/resolve/e_ambiguous.json"}
	var results []*Result
	sum, err := in.Paths(ctx, paths, func(done, total int, r *Result) { results = append(results, r) })
	if err != nil || sum.Failed != 0 {
		t.Fatalf("%v %+v", err, sum)
	}

	z := nodeNamed(t, s, peyvand.TypePerson, "نادر زاهدی‌نیا")
	province := nodeNamed(t, s, peyvand.TypeOrganization, "سازمان بسیج مهندسین صنعت و معدن استان خوزستان")
	for _, r := range results[1:3] {
		if !slices.Contains(r.NodeIDs, province.ID) {
			t.Errorf("%s does not name the province body %s: %q", r.File, province.ID, r.NodeIDs)
		}
		if r.NodesMerged == 0 {
			t.Errorf("%s merged nothing: %+v", r.File, r)
		}
	}
	if !slices.Contains(results[1].NodeIDs, z.ID) {
		t.Errorf("the other spelling does not name the full name %s: %q", z.ID, results[1].NodeIDs)
	}
	if !slices.Contains(z.Titles, "مهندس") || len(z.Evidence) != 2 {
		t.Errorf("the full name did not gain the other spelling's title and evidence: %+v", z)
	}
	// The surname-only file names no full name, so its person is its own,
	// with its own tenure, and a candidate beside the full name.
	surname := nodeByID(t, s, peyvand.NewID(peyvand.TypePerson, personKey("زاهدی‌نیا")))
	if surname == nil || surname.ID == z.ID || !slices.Contains(results[2].NodeIDs, surname.ID) || slices.Contains(results[2].NodeIDs, z.ID) {
		t.Errorf("the surname-only file resolved to %s (the full name %s): %q", surname.ID, z.ID, results[2].NodeIDs)
	}
	for _, p := range []struct {
		id       string
		evidence int
	}{{z.ID, 1}, {surname.ID, 1}} {
		var commands []*peyvand.Edge
		for _, e := range edgesOf(t, s, p.id, peyvand.Out, peyvand.RelHolds) {
			if e.Role == "فرمانده" {
				commands = append(commands, e)
			}
		}
		if len(commands) != 1 || commands[0].To != province.ID || len(commands[0].Evidence) != p.evidence {
			t.Errorf("%s's command tenures = %+v", p.id, commands)
		}
	}
	// «شهرستان» before a city name is the same kanoon; the province body stays apart
	// from its city branches.
	kanoon := nodeNamed(t, s, peyvand.TypeOrganization, "کانون بسیج مهندسین صنعت و معدن آبادان")
	if !slices.Contains(results[2].NodeIDs, kanoon.ID) || kanoon.ID == province.ID {
		t.Errorf("the city kanoon %s was not found again", kanoon.ID)
	}
	// A surname shared by two persons stays a person of its own.
	shared := nodeNamed(t, s, peyvand.TypePerson, "عربی")
	if shared.Name != "عربی" || results[4].NodesCreated == 0 {
		t.Errorf("the ambiguous surname resolved to %+v", shared)
	}
}

func TestInvalidDocumentsWriteNothing(t *testing.T) {
	date := func(s string) *string { return &s }
	base := func() *extract.Document {
		return &extract.Document{File: "bad.txt",
			Articles:      []extract.SourceInfo{{Text: "شاهین ملکوتی مدیر کانون شد."}},
			Persons:       []extract.Person{{Name: "شاهین ملکوتی"}},
			Organizations: []extract.Organization{{Name: "کانون بسیج مهندسین میناب"}},
		}
	}
	tests := []struct {
		name   string
		change func(d *extract.Document)
		want   string
	}{
		{"no file", func(d *extract.Document) { d.File = "" }, "file is missing"},
		{"no role", func(d *extract.Document) {
			d.Affiliations = []extract.Affiliation{{Person: "شاهین ملکوتی", Organization: "کانون بسیج مهندسین میناب"}}
		}, "affiliation 0: no role"},
		{"bad date", func(d *extract.Document) {
			d.Appointments = []extract.Appointment{{Person: "شاهین ملکوتی", Role: "مدیر", Organization: "کانون بسیج مهندسین میناب", Date: date("1403-12-12x")}}
		}, `appointment 0: date "1403-12-12x" is not YYYY-MM-DD`},
		{"evidence outside the articles", func(d *extract.Document) {
			d.Persons[0].Evidence = []extract.Evidence{{Article: 3, Quote: "x", Start: 0, End: 1}}
		}, "evidence names article 3 of 1"},
		{"evidence past the text", func(d *extract.Document) {
			d.Persons[0].Evidence = []extract.Evidence{{Article: 0, Quote: "x", Start: 5, End: 500}}
		}, "evidence ends at 500"},
		{"unknown part", func(d *extract.Document) {
			d.Events = []extract.Event{{Type: "meeting", Title: "جلسه", Participants: []string{"شاهین ملکوتی"}, Parts: map[string]string{"شاهین ملکوتی": "HOST"}}}
		}, `part "HOST"`},
		{"unknown way of beginning", func(d *extract.Document) {
			d.Appointments = []extract.Appointment{{Person: "شاهین ملکوتی", Role: "مدیر", Organization: "کانون بسیج مهندسین میناب", How: "ELECTION"}}
		}, `how "ELECTION"`},
		{"own predecessor", func(d *extract.Document) {
			d.Appointments = []extract.Appointment{{Person: "شاهین ملکوتی", Role: "مدیر", Organization: "کانون بسیج مهندسین میناب", Predecessor: "شاهین ملکوتی"}}
		}, "succeeds themself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			d := base()
			tt.change(d)
			r, err := New(s, nil).Document(context.Background(), d)
			if peyvand.ErrorCode(err) != peyvand.EINVALID || !strings.Contains(peyvand.ErrorMessage(err), tt.want) {
				t.Fatalf("err = %v, want EINVALID with %q", err, tt.want)
			}
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0], tt.want) {
				t.Errorf("result errors = %q", r.Errors)
			}
			st, _ := s.Stats(context.Background())
			if total(st) != 0 {
				t.Errorf("store holds %+v after a rejected document", st)
			}
		})
	}
}

func total(st *peyvand.Stats) int {
	n := 0
	for _, c := range st.Nodes {
		n += c
	}
	for _, c := range st.Edges {
		n += c
	}
	return n
}

func TestUnlistedNamesAreAddedWithAWarning(t *testing.T) {
	s := openStore(t)
	doc := &extract.Document{File: "unlisted.txt",
		Persons:       []extract.Person{{Name: "شاهین ملکوتی"}},
		Organizations: []extract.Organization{{Name: "کانون بسیج مهندسین میناب"}},
		Affiliations:  []extract.Affiliation{{Person: "شاهین ملکوتی", Role: "مدیر", Organization: "کانون بسیج مهندسین میناب"}},
		Appointments: []extract.Appointment{{Person: "شاهین ملکوتی", Role: "مدیر", Organization: "کانون بسیج مهندسین میناب",
			Predecessor: "مهندس ساسان ساسانی‌زاده", How: peyvand.BeganHandover}},
		Events: []extract.Event{{Type: "gathering", Title: "مراسم تودیع", Participants: []string{"شاهین ملکوتی"}}},
	}
	r, err := New(s, nil).Document(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) != 2 || !strings.Contains(r.Warnings[0], "ساسان ساسانی‌زاده") || !strings.Contains(r.Warnings[1], "gathering") {
		t.Errorf("warnings = %q", r.Warnings)
	}
	h := nodeNamed(t, s, peyvand.TypePerson, "ساسان ساسانی‌زاده")
	if h.Name != "ساسان ساسانی‌زاده" || !slices.Contains(h.Titles, "مهندس") {
		t.Errorf("the unlisted predecessor = %+v", h)
	}
	// The appointment's HANDOVER wins over the affiliation's STATED.
	e := nodeNamed(t, s, peyvand.TypePerson, "شاهین ملکوتی")
	holds := edgesOf(t, s, e.ID, peyvand.Out, peyvand.RelHolds)
	if len(holds) != 1 || holds[0].Began != peyvand.BeganHandover || holds[0].PredecessorID != h.ID {
		t.Errorf("tenures = %+v", holds)
	}
	// A later report that only states the post keeps how it began.
	stated := &extract.Document{File: "stated.txt", Persons: doc.Persons, Organizations: doc.Organizations, Affiliations: doc.Affiliations}
	if _, err := New(s, nil).Document(context.Background(), stated); err != nil {
		t.Fatal(err)
	}
	holds = edgesOf(t, s, e.ID, peyvand.Out, peyvand.RelHolds)
	if len(holds) != 1 || holds[0].Began != peyvand.BeganHandover {
		t.Errorf("after a stated report, tenures = %+v", holds)
	}
}

func TestEvidenceComesFromTheArticles(t *testing.T) {
	s := openStore(t)
	text := "گزارش کوتاه است. در این مراسم دکتر مازیار سپهرینیا مسئول سازمان بسیج مهندسین هرمزگان سخن گفت. پایان."
	quote := "در این مراسم دکتر مازیار سپهرینیا مسئول سازمان بسیج مهندسین هرمزگان سخن گفت."
	start := strings.Index(text, quote)
	runeStart := len([]rune(text[:start]))
	doc := &extract.Document{File: "evidence.txt",
		Articles: []extract.SourceInfo{{Title: "خبر", URL: "https://example.ir/1", Published: "2025-03-02", Text: text}},
		Persons:  []extract.Person{{Name: "مازیار سپهری‌نیا", Titles: []string{"دکتر"}}},
		Organizations: []extract.Organization{{Name: "سازمان بسیج مهندسین هرمزگان", Evidence: []extract.Evidence{
			{Article: 0, Quote: quote, Start: runeStart, End: runeStart + len([]rune(quote))}}}},
		Affiliations: []extract.Affiliation{{Person: "مازیار سپهری‌نیا", Role: "مسئول", Organization: "سازمان بسیج مهندسین هرمزگان"}},
		Projects:     []extract.Project{{Name: "طرحی که متن نامی از آن نمی‌برد"}},
	}
	r, err := New(s, nil).Document(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	src := nodeByID(t, s, r.NodeIDs[0])
	if src.Type != peyvand.TypeSource || src.Text != text || src.URL != "https://example.ir/1" || src.Date == nil || src.Date.SolarHijri != "1403-12-12" {
		t.Fatalf("source = %+v", src)
	}
	for _, n := range []*peyvand.Node{
		nodeNamed(t, s, peyvand.TypePerson, "مازیار سپهری‌نیا"),                  // found in the text
		nodeNamed(t, s, peyvand.TypeOrganization, "سازمان بسیج مهندسین هرمزگان"), // given
	} {
		if len(n.Evidence) != 1 {
			t.Fatalf("%s evidence = %+v", n.Name, n.Evidence)
		}
		e := n.Evidence[0]
		if e.SourceID != src.ID || e.Quote != quote || string([]rune(text)[e.Start:e.End]) != quote {
			t.Errorf("%s evidence = %+v, want %q at %d", n.Name, e, quote, runeStart)
		}
	}
	p := nodeByID(t, s, r.NodeIDs[len(r.NodeIDs)-1])
	if p.Type != peyvand.TypeProject || len(p.Evidence) != 1 || p.Evidence[0] != (peyvand.Evidence{SourceID: src.ID}) {
		t.Errorf("a project the text does not name has evidence %+v", p.Evidence)
	}
}

func nodeByID(t *testing.T, s peyvand.Store, id string) *peyvand.Node {
	t.Helper()
	ns, err := s.Nodes(context.Background(), []string{id})
	if err != nil || ns[0] == nil {
		t.Fatalf("node %s: %v", id, err)
	}
	return ns[0]
}

func TestReadJSONL(t *testing.T) {
	good := `{"file":"a.txt","persons":[{"name":"شاهین ملکوتی"}]}` + "\n\n" + `{"file":"b.txt"}` + "\n"
	docs, err := ReadJSONL(strings.NewReader(good))
	if err != nil || len(docs) != 2 || docs[0].File != "a.txt" || docs[0].Persons[0].Name != "شاهین ملکوتی" || docs[1].File != "b.txt" {
		t.Fatalf("ReadJSONL = %+v, %v", docs, err)
	}
	tests := []struct{ in, want string }{
		{`{"file":"a.txt"}` + "\n" + `{"file":"b.txt"}` + "\n" + `{"file": "c.txt", "persons": [}` + "\n", "line 3"},
		{`{"file":"a.txt"}` + "\n" + `{"persons":[]}`, "line 2: no file name"},
		{`{"file":"a.txt","persons":"x"}`, "line 1"},
	}
	for _, tt := range tests {
		docs, err := ReadJSONL(strings.NewReader(tt.in))
		if peyvand.ErrorCode(err) != peyvand.EINVALID || !strings.Contains(err.Error(), tt.want) || docs != nil {
			t.Errorf("ReadJSONL(%q) = %d docs, %v; want an error naming %q", tt.in, len(docs), err, tt.want)
		}
	}
}

func TestPathsReportsBadFilesAndGoesOn(t *testing.T) {
	s := openStore(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	malformed := write("malformed.jsonl", `{"file":"a.txt","persons":[{"name":"شاهین ملکوتی"}]}`+"\n"+`{"file":`+"\n")
	good := write("good.jsonl", `{"file":"g1.txt","persons":[{"name":"شاهین ملکوتی"}]}`+"\n"+`{"file":"g2.txt","persons":[{"name":"ساسان ساسانی‌زاده"}]}`+"\n")
	invalid := write("invalid.json", `{"file":"i.txt","affiliations":[{"person":"شاهین ملکوتی","organization":"کانون"}]}`)
	var seen []string
	sum, err := New(s, nil).Paths(context.Background(), []string{malformed, good, filepath.Join(dir, "missing.txt"), invalid},
		func(done, total int, r *Result) {
			if total != 5 || done != len(seen)+1 {
				t.Errorf("progress(%d, %d)", done, total)
			}
			seen = append(seen, r.File)
		})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 2 || sum.Failed != 3 || len(sum.Errors) != 3 {
		t.Fatalf("summary = %+v", sum)
	}
	if !strings.Contains(sum.Errors[0], "line 2") || !strings.Contains(sum.Errors[1], "missing.txt") || !strings.Contains(sum.Errors[2], "no role") {
		t.Errorf("errors = %q", sum.Errors)
	}
	if want := []string{malformed, "g1.txt", "g2.txt", filepath.Join(dir, "missing.txt"), "i.txt"}; !reflect.DeepEqual(seen, want) {
		t.Errorf("progress reported %q, want %q", seen, want)
	}
	st, _ := s.Stats(context.Background())
	if st.Nodes[peyvand.TypeSource] != 2 || st.Nodes[peyvand.TypePerson] != 2 {
		t.Errorf("stats = %+v: the malformed file's good line must not be written", st)
	}
}

// goldExtractor stands in for extract.File: it returns the gold document of
// the named corpus file.
func goldExtractor(t *testing.T) func(string, []byte) (*extract.Document, error) {
	return func(name string, data []byte) (*extract.Document, error) {
		if len(data) == 0 {
			t.Errorf("%s: no data", name)
		}
		return readDoc(t, filepath.Join("testdata", name+".json")), nil
	}
}

func TestBundledFillsAnEmptyStoreOnce(t *testing.T) {
	old := extractFile
	extractFile = goldExtractor(t)
	t.Cleanup(func() { extractFile = old })
	s := openStore(t)
	in := New(s, nil)
	sum, err := in.Bundled(context.Background())
	if err != nil || sum.Documents != 5 || sum.Failed != 0 || sum.NodesCreated == 0 {
		t.Fatalf("Bundled = %+v, %v", sum, err)
	}
	st, _ := s.Stats(context.Background())
	var files []string
	p, _ := s.Find(context.Background(), peyvand.Query{Types: []peyvand.EntityType{peyvand.TypeSource}})
	for _, h := range p.Hits {
		files = append(files, h.Node.File)
	}
	sort.Strings(files)
	if st.Nodes[peyvand.TypeSource] != 5 || files[0] != "000_bc88bfb613c53b53.txt" {
		t.Errorf("sources = %q", files)
	}
	again, err := in.Bundled(context.Background())
	if err != nil || again.Documents != 0 || again.NodesCreated != 0 {
		t.Errorf("second Bundled = %+v, %v", again, err)
	}
}

func TestBundledCorpusThroughTheExtractor(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := New(s, nil).Bundled(ctx)
	if err != nil || sum.Documents != 5 || sum.Failed != 0 {
		t.Fatalf("Bundled = %+v, %v", sum, err)
	}
	p, err := s.Find(ctx, peyvand.Query{Sort: peyvand.SortName})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	var ids []string
	for _, h := range p.Hits {
		ids = append(ids, h.Node.ID)
		if h.Node.Type == peyvand.TypeSource {
			texts[h.Node.ID] = []rune(h.Node.Text)
		}
	}
	if len(texts) <= 5 {
		t.Errorf("%d sources from 5 files: articles were not split", len(texts))
	}
	check := func(what string, evs []peyvand.Evidence) {
		for _, e := range evs {
			text, ok := texts[e.SourceID]
			if !ok || e.End > len(text) || e.Quote != "" && strings.TrimSpace(string(text[e.Start:e.End])) != strings.TrimSpace(e.Quote) {
				t.Errorf("%s: evidence %+v does not quote its source", what, e)
			}
		}
	}
	for _, h := range p.Hits {
		check(h.Node.Name, h.Node.Evidence)
	}
	edges, err := s.EdgesOf(ctx, ids, peyvand.Out)
	if err != nil {
		t.Fatal(err)
	}
	for _, es := range edges {
		for _, e := range es {
			check(string(e.Type)+" "+e.ID, e.Evidence)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Nodes[peyvand.TypePerson] == 0 || st.Edges[peyvand.RelHolds] == 0 {
		t.Errorf("stats = %+v", st)
	}
}

func TestPathsWalksDirectoriesForNewsFiles(t *testing.T) {
	s := openStore(t)
	var files []string
	sum, err := New(s, nil).Paths(context.Background(), []string{"testdata/dev"}, func(done, total int, r *Result) {
		files = append(files, r.File)
	})
	if err != nil || sum.Failed != 0 || sum.Documents != 10 {
		t.Fatalf("Paths = %+v, %v", sum, err)
	}
	// Only the *.txt files, in name order; the gold *.txt.json beside them
	// are not read.
	if files[0] != "d01.txt" || files[9] != "d10.txt" {
		t.Errorf("ingested %q", files)
	}
}

func TestPlacesParentsPartsAndProjects(t *testing.T) {
	s := openStore(t)
	date := "2025-03-02"
	doc := &extract.Document{File: "relations.txt",
		Persons: []extract.Person{{Name: "مازیار سپهری‌نیا"}, {Name: "کامیار دماوندی"}},
		Organizations: []extract.Organization{
			{Name: "سازمان بسیج مهندسین صنعت و معدن استان هرمزگان", Kind: "سازمان", Place: "هرمزگان"},
			{Name: "کانون بسیج مهندسین صنعت و معدن شهرستان بستک", Parent: "سازمان بسیج مهندسین صنعت و معدن هرمزگان", Place: "بستک"},
		},
		Events: []extract.Event{{Type: "opening", Title: "افتتاح کارگروه انرژی", Date: &date, DateText: "۱۲ اسفند ۱۴۰۳",
			Participants: []string{"مازیار سپهری‌نیا", "کامیار دماوندی"}, Parts: map[string]string{"سپهری‌نیا": peyvand.PartChair},
			Organizations: []string{"کانون بسیج مهندسین صنعت و معدن بستک"}, Place: "بستک"}},
		Projects: []extract.Project{{Name: "دستگاه تصفیه آب فوق خالص", Organization: "کانون بسیج مهندسین صنعت و معدن بستک",
			Figures: []string{"۲۰ میلیارد ریال"}}},
	}
	if _, err := New(s, nil).Document(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	province := nodeNamed(t, s, peyvand.TypeOrganization, "سازمان بسیج مهندسین صنعت و معدن استان هرمزگان")
	bastak := nodeNamed(t, s, peyvand.TypeOrganization, "کانون بسیج مهندسین صنعت و معدن بستک")
	if province.ID == bastak.ID || province.Kind != "سازمان" || bastak.Kind != "کانون" {
		t.Errorf("bodies: %+v, %+v", province, bastak)
	}
	if up := edgesOf(t, s, bastak.ID, peyvand.Out, peyvand.RelPartOf); len(up) != 1 || up[0].To != province.ID {
		t.Errorf("PART_OF of the Bastak kanoon = %+v", up)
	}
	kinds := map[string]string{}
	for _, org := range []*peyvand.Node{province, bastak} {
		for _, e := range edgesOf(t, s, org.ID, peyvand.Out, peyvand.RelLocatedIn) {
			p := nodeByID(t, s, e.To)
			kinds[p.Name] = p.Kind
		}
	}
	if !reflect.DeepEqual(kinds, map[string]string{"هرمزگان": peyvand.PlaceProvince, "بستک": peyvand.PlaceCity}) {
		t.Errorf("places = %v", kinds)
	}
	parts := map[string]string{}
	var event *peyvand.Node
	for _, name := range []string{"مازیار سپهری‌نیا", "کامیار دماوندی"} {
		for _, e := range edgesOf(t, s, nodeNamed(t, s, peyvand.TypePerson, name).ID, peyvand.Out, peyvand.RelParticipated) {
			parts[name] = e.Role
			event = nodeByID(t, s, e.To)
		}
	}
	if parts["مازیار سپهری‌نیا"] != peyvand.PartChair || parts["کامیار دماوندی"] != peyvand.PartAttendee {
		t.Errorf("parts = %v", parts)
	}
	if event == nil || event.Kind != peyvand.EventOpening || event.Date.Original != "۱۲ اسفند ۱۴۰۳" || event.Date.Precision != peyvand.PrecisionDay {
		t.Errorf("event = %+v", event)
	}
	if at := edgesOf(t, s, event.ID, peyvand.Out, peyvand.RelLocatedIn); len(at) != 1 || nodeByID(t, s, at[0].To).Name != "بستک" {
		t.Errorf("the event is located by %+v", at)
	}
	runs := edgesOf(t, s, bastak.ID, peyvand.Out, peyvand.RelRuns)
	if len(runs) != 1 {
		t.Fatalf("RUNS = %+v", runs)
	}
	if p := nodeByID(t, s, runs[0].To); p.Kind != "دستگاه" || !reflect.DeepEqual(p.Figures, []string{"۲۰ میلیارد ریال"}) {
		t.Errorf("project = %+v", p)
	}
}

func TestConcurrentDocumentsMakeTheSameGraph(t *testing.T) {
	var docs []*extract.Document
	for _, p := range goldPaths(t) {
		docs = append(docs, readDoc(t, p))
	}
	sequential := openStore(t)
	if _, err := New(sequential, nil).Documents(context.Background(), docs, nil); err != nil {
		t.Fatal(err)
	}
	concurrent := openStore(t)
	in := New(concurrent, nil)
	errs := make(chan error, len(docs))
	for _, d := range docs {
		go func() {
			_, err := in.Document(context.Background(), d)
			errs <- err
		}()
	}
	for range docs {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	a, _ := sequential.Stats(context.Background())
	b, _ := concurrent.Stats(context.Background())
	if !reflect.DeepEqual(a, b) {
		t.Errorf("sequential %+v, concurrent %+v", a, b)
	}
}
