// Package storetest is the conformance suite every peyvand.Store must pass.
// A store's own tests call Run with a function that opens an empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/peyvand/peyvand"
)

// Opener returns an empty store, closed by the caller's cleanup.
type Opener func(t *testing.T) peyvand.Store

// Run runs the whole suite, each case on a fresh store.
func Run(t *testing.T, open Opener) {
	cases := []struct {
		name string
		f    func(*testing.T, peyvand.Store)
	}{
		{"ApplyAndRead", testApplyAndRead},
		{"ApplyIsIdempotent", testIdempotent},
		{"ApplyMergesLists", testMergeLists},
		{"ApplyReplace", testReplace},
		{"ApplyIsAtomic", testAtomic},
		{"ApplyChangedTextReDerivesEvidence", testChangedText},
		{"ApplyRejectsBadInput", testBadInput},
		{"EdgesOf", testEdgesOf},
		{"DeleteEdges", testDeleteEdges},
		{"SearchPersian", testSearchPersian},
		{"SearchRanking", testSearchRanking},
		{"SearchTypesAndPaging", testSearchPaging},
		{"ListFilters", testListFilters},
		{"ListSort", testListSort},
		{"Merge", testMerge},
		{"MergeErrors", testMergeErrors},
		{"Unmerge", testUnmerge},
		{"UnmergeErrors", testUnmergeErrors},
		{"UnmergeConcurrent", testUnmergeConcurrent},
		{"Audit", testAudit},
		{"AuditCommitsWithItsBatch", testAuditWithBatch},
		{"Stats", testStats},
		{"ConcurrentReaders", testConcurrent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.f(t, open(t))
		})
	}
}

// Fixture builds nodes and edges with the IDs ingestion would give them.
type Fixture struct{}

// Person returns a person node known by name.
func Person(name string, aliases ...string) *peyvand.Node {
	return &peyvand.Node{ID: peyvand.NewID(peyvand.TypePerson, name), Type: peyvand.TypePerson, Name: name, Aliases: aliases}
}

// Org returns an organization node.
func Org(name, kind string) *peyvand.Node {
	return &peyvand.Node{ID: peyvand.NewID(peyvand.TypeOrganization, name), Type: peyvand.TypeOrganization, Name: name, Kind: kind}
}

// EventOn returns an event of type kind dated iso ("" for none).
func EventOn(title, kind, iso string) *peyvand.Node {
	n := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeEvent, title), Type: peyvand.TypeEvent, Name: title, Kind: kind}
	if iso != "" {
		n.Date = &peyvand.Date{ISO: iso, Precision: peyvand.PrecisionDay}
	}
	return n
}

// Source returns a source node.
func Source(name, text string) *peyvand.Node {
	return &peyvand.Node{ID: peyvand.NewID(peyvand.TypeSource, name), Type: peyvand.TypeSource, Name: name, Text: text}
}

// Rel returns an edge of type rt between two nodes.
func Rel(rt peyvand.RelType, from, to *peyvand.Node, role string) *peyvand.Edge {
	return &peyvand.Edge{ID: peyvand.EdgeID(rt, from.ID, to.ID, role), Type: rt, From: from.ID, To: to.ID, Role: role}
}

func apply(t *testing.T, st peyvand.Store, b *peyvand.Batch) *peyvand.ApplyResult {
	t.Helper()
	res, err := st.Apply(context.Background(), b)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	return res
}

func node(t *testing.T, st peyvand.Store, id string) *peyvand.Node {
	t.Helper()
	ns, err := st.Nodes(context.Background(), []string{id})
	if err != nil {
		t.Fatalf("Nodes(%s): %v", id, err)
	}
	if len(ns) != 1 {
		t.Fatalf("Nodes(%s) returned %d nodes", id, len(ns))
	}
	return ns[0]
}

func code(err error) string { return peyvand.ErrorCode(err) }

// world is a small graph used by several cases.
type world struct {
	sepehri, malakouti, sasani, src                    *peyvand.Node
	hormozgan, minab, meeting, ceremony, oldEvent      *peyvand.Node
	holds, holdsPrev, partOf, attended, chaired, invol *peyvand.Edge
}

func seed(t *testing.T, st peyvand.Store) *world {
	w := &world{
		sepehri:   Person("مازیار سپهری‌نیا", "سپهری‌نیا"),
		malakouti: Person("شاهین ملکوتی", "ملکوتی"),
		sasani:    Person("ساسان ساسانی‌زاده"),
		src:       Source("000.txt#1", "مراسم تودیع و معارفه مدیر کانون برگزار شد."),
		hormozgan: Org("سازمان بسیج مهندسین صنعت و معدن استان هرمزگان", "سازمان"),
		minab:     Org("کانون بسیج مهندسین صنعت و معدن میناب", "کانون"),
		meeting:   EventOn("نخستین جلسه کارگروه آب و کشاورزی", peyvand.EventMeeting, "2025-04-19"),
		ceremony:  EventOn("مراسم تودیع و معارفه مدیر کانون", peyvand.EventCeremony, "2025-03-02"),
		oldEvent:  EventOn("بازدید از شهرک صنعتی", peyvand.EventVisit, "2024-05-01"),
	}
	w.sepehri.Titles = []string{"دکتر", "سرهنگ دوم"}
	ev := []peyvand.Evidence{{SourceID: w.src.ID, Quote: "مراسم تودیع و معارفه مدیر کانون برگزار شد.", Start: 0, End: 42}}
	w.malakouti.Evidence = ev
	w.holds = Rel(peyvand.RelHolds, w.malakouti, w.minab, "مدیر")
	w.holds.Began = peyvand.BeganHandover
	w.holds.PredecessorID = w.sasani.ID
	w.holds.Start = &peyvand.Date{ISO: "2025-03-02", SolarHijri: "1403-12-12", Original: "۱۲ اسفند ۱۴۰۳", Precision: peyvand.PrecisionDay}
	w.holds.Evidence = ev
	w.holdsPrev = Rel(peyvand.RelHolds, w.sasani, w.minab, "مدیر")
	w.holdsPrev.SuccessorID = w.malakouti.ID
	w.partOf = Rel(peyvand.RelPartOf, w.minab, w.hormozgan, "")
	w.attended = Rel(peyvand.RelParticipated, w.malakouti, w.ceremony, peyvand.PartAttendee)
	w.chaired = Rel(peyvand.RelParticipated, w.sepehri, w.meeting, peyvand.PartChair)
	w.invol = Rel(peyvand.RelInvolved, w.minab, w.ceremony, "")
	apply(t, st, &peyvand.Batch{
		Nodes: []*peyvand.Node{w.src, w.sepehri, w.malakouti, w.sasani, w.hormozgan, w.minab, w.meeting, w.ceremony, w.oldEvent},
		Edges: []*peyvand.Edge{w.holds, w.holdsPrev, w.partOf, w.attended, w.chaired, w.invol},
	})
	return w
}

func testApplyAndRead(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	ns, err := st.Nodes(ctx, []string{w.minab.ID, "per_doesnotexist", w.malakouti.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(ns) != 3 || ns[0] == nil || ns[0].Name != w.minab.Name || ns[1] != nil || ns[2] == nil || ns[2].ID != w.malakouti.ID {
		t.Fatalf("Nodes returned %+v, want [minab nil malakouti]", ns)
	}
	if got := node(t, st, w.sepehri.ID); !slices.Equal(got.Titles, []string{"دکتر", "سرهنگ دوم"}) || !slices.Equal(got.Aliases, []string{"سپهری‌نیا"}) {
		t.Errorf("titles %q aliases %q", got.Titles, got.Aliases)
	}
	if got := node(t, st, w.malakouti.ID); len(got.Evidence) != 1 || got.Evidence[0].End != 42 || got.Evidence[0].SourceID != w.src.ID {
		t.Errorf("evidence = %+v", got.Evidence)
	}
	if got := node(t, st, w.meeting.ID); got.Date == nil || got.Date.ISO != "2025-04-19" || got.Kind != peyvand.EventMeeting {
		t.Errorf("event = %+v", got)
	}
	if got := node(t, st, w.src.ID); got.Text != w.src.Text {
		t.Errorf("source text = %q", got.Text)
	}
	es, err := st.Edges(ctx, []string{w.holds.ID, "rel_missing"})
	if err != nil {
		t.Fatal(err)
	}
	if es[0] == nil || es[1] != nil {
		t.Fatalf("Edges = %+v", es)
	}
	h := es[0]
	if h.Role != "مدیر" || h.PredecessorID != w.sasani.ID || h.Began != peyvand.BeganHandover || h.Start == nil || h.Start.SolarHijri != "1403-12-12" || h.Start.Original != "۱۲ اسفند ۱۴۰۳" || len(h.Evidence) != 1 {
		t.Errorf("tenure = %+v", h)
	}
	// Returned values are copies: changing them changes nothing stored.
	ns[0].Name = "changed"
	ns[0].Aliases = append(ns[0].Aliases, "x")
	if got := node(t, st, w.minab.ID); got.Name != w.minab.Name || len(got.Aliases) != 0 {
		t.Errorf("a caller's change reached the store: %+v", got)
	}
}

func testIdempotent(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	before := node(t, st, w.malakouti.ID)
	res := apply(t, st, &peyvand.Batch{
		Nodes: []*peyvand.Node{w.src, w.sepehri, w.malakouti, w.sasani, w.hormozgan, w.minab},
		Edges: []*peyvand.Edge{w.holds, w.partOf},
	})
	if res.Changed() || res.Unchanged != 8 {
		t.Errorf("re-applying the same batch: %+v, want nothing changed and 8 unchanged", res)
	}
	if after := node(t, st, w.malakouti.ID); !after.Updated.Equal(before.Updated) {
		t.Errorf("Updated moved from %v to %v on an unchanged write", before.Updated, after.Updated)
	}
}

func testMergeLists(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	upd := Person(w.sepehri.Name, "سپهری نیا", "مازیار سپهری")
	upd.Titles = []string{"دکتر", "سرهنگ"}
	upd.Evidence = []peyvand.Evidence{{SourceID: w.src.ID, Quote: "q", Start: 1, End: 2}}
	res := apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{upd}})
	if res.NodesUpdated != 1 || res.NodesCreated != 0 {
		t.Errorf("result %+v, want one update", res)
	}
	got := node(t, st, w.sepehri.ID)
	// «سپهری نیا» is «سپهری‌نیا» written with a space: not a new alias.
	if !slices.Equal(got.Aliases, []string{"سپهری‌نیا", "مازیار سپهری"}) {
		t.Errorf("aliases = %q", got.Aliases)
	}
	if !slices.Equal(got.Titles, []string{"دکتر", "سرهنگ دوم", "سرهنگ"}) {
		t.Errorf("titles = %q", got.Titles)
	}
	if len(got.Evidence) != 1 {
		t.Errorf("evidence = %+v", got.Evidence)
	}
	// Another name joins the aliases: the stored name stays, so that only
	// curation (a Replace) renames a node.
	ren := Person(w.sasani.Name)
	ren.ID = w.sasani.ID
	ren.Name = "ساسان ساسانی زاده نو"
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{ren}})
	if got := node(t, st, w.sasani.ID); got.Name != w.sasani.Name || !slices.Contains(got.Aliases, "ساسان ساسانی زاده نو") {
		t.Errorf("node written under another name = %q %q", got.Name, got.Aliases)
	}
}

func testReplace(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	n := node(t, st, w.sepehri.ID)
	n.Name = "مازیار سپهری‌نیا"
	n.Aliases = nil
	n.Titles = []string{"دکتر"}
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{n}, Replace: true})
	got := node(t, st, w.sepehri.ID)
	if len(got.Aliases) != 0 || !slices.Equal(got.Titles, []string{"دکتر"}) {
		t.Errorf("replaced node = %+v", got)
	}
	// An edge replaced whole loses the evidence the batch does not give.
	es, err := st.Edges(context.Background(), []string{w.holds.ID})
	if err != nil || len(es) != 1 || es[0] == nil {
		t.Fatalf("Edges = %v, %v", es, err)
	}
	e := es[0]
	e.Evidence = []peyvand.Evidence{{SourceID: w.src.ID, Quote: "مراسم", Start: 0, End: 5}}
	apply(t, st, &peyvand.Batch{Edges: []*peyvand.Edge{e}, Replace: true})
	if es, err = st.Edges(context.Background(), []string{w.holds.ID}); err != nil || len(es) != 1 || !slices.Equal(es[0].Evidence, e.Evidence) {
		t.Errorf("replaced edge evidence = %+v, %v; want %+v", es[0].Evidence, err, e.Evidence)
	}
}

func testAtomic(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	fresh := Person("بابک نیکی‌پور")
	bad := Rel(peyvand.RelHolds, fresh, Org("شرکت ناموجود", "شرکت"), "سرپرست")
	_, err := st.Apply(context.Background(), &peyvand.Batch{
		Nodes: []*peyvand.Node{fresh, Person(w.sepehri.Name, "نام تازه")},
		Edges: []*peyvand.Edge{bad},
	})
	if code(err) != peyvand.EINVALID {
		t.Fatalf("batch with an edge to a missing node: err = %v, want INVALID_ARGUMENT", err)
	}
	if node(t, st, fresh.ID) != nil {
		t.Errorf("a failed batch wrote its new node")
	}
	if got := node(t, st, w.sepehri.ID); slices.Contains(got.Aliases, "نام تازه") {
		t.Errorf("a failed batch changed a stored node")
	}
}

func testBadInput(t *testing.T, st peyvand.Store) {
	ctx := context.Background()
	p := Person("x")
	bads := map[string]*peyvand.Batch{
		"no ID":        {Nodes: []*peyvand.Node{{Type: peyvand.TypePerson, Name: "x"}}},
		"no name":      {Nodes: []*peyvand.Node{{ID: p.ID, Type: peyvand.TypePerson}}},
		"wrong prefix": {Nodes: []*peyvand.Node{{ID: p.ID, Type: peyvand.TypeOrganization, Name: "x"}}},
		"unknown type": {Nodes: []*peyvand.Node{{ID: "zzz_1", Type: "ALIEN", Name: "x"}}},
		"edge type":    {Nodes: []*peyvand.Node{p, Person("y")}, Edges: []*peyvand.Edge{{ID: "rel_1", Type: "LIKES", From: p.ID, To: Person("y").ID}}},
		"self loop":    {Nodes: []*peyvand.Node{p}, Edges: []*peyvand.Edge{{ID: "rel_2", Type: peyvand.RelSucceeded, From: p.ID, To: p.ID}}},
		"bad edge ID":  {Nodes: []*peyvand.Node{p, Person("y")}, Edges: []*peyvand.Edge{{ID: "per_1", Type: peyvand.RelSucceeded, From: p.ID, To: Person("y").ID}}},
	}
	for name, b := range bads {
		if _, err := st.Apply(ctx, b); code(err) != peyvand.EINVALID {
			t.Errorf("%s: err = %v, want INVALID_ARGUMENT", name, err)
		}
	}
	if node(t, st, p.ID) != nil {
		t.Errorf("a rejected batch wrote a node")
	}
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{p}})
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{{ID: p.ID, Type: peyvand.TypePerson, Name: "x"}, {ID: p.ID, Type: peyvand.TypePerson, Name: "x"}}}); err != nil {
		t.Errorf("the same node twice in a batch: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := st.Nodes(cctx, []string{p.ID}); !errors.Is(err, context.Canceled) {
		t.Errorf("Nodes on a cancelled context: err = %v", err)
	}
	if _, err := st.Find(ctx, peyvand.Query{From: "1403/12/12"}); code(err) != peyvand.EINVALID {
		t.Errorf("Find with a non-ISO date: err = %v", err)
	}
	if _, err := st.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{"ALIEN"}}); code(err) != peyvand.EINVALID {
		t.Errorf("Find with an unknown type: err = %v", err)
	}
	if _, err := st.Find(ctx, peyvand.Query{Sort: "SIZE"}); code(err) != peyvand.EINVALID {
		t.Errorf("Find with an unknown sort key: err = %v", err)
	}
}

func edgeIDs(es []*peyvand.Edge) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return ids
}

func sorted(ids ...string) []string {
	slices.Sort(ids)
	return ids
}

func testEdgesOf(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	m, err := st.EdgesOf(ctx, []string{w.minab.ID, w.malakouti.ID, "org_missing"}, peyvand.In, peyvand.RelHolds)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := edgeIDs(m[w.minab.ID]), sorted(w.holds.ID, w.holdsPrev.ID); !slices.Equal(got, want) {
		t.Errorf("minab HOLDS in = %v, want %v", got, want)
	}
	if len(m[w.malakouti.ID]) != 0 || len(m["org_missing"]) != 0 {
		t.Errorf("unexpected edges: %v", m)
	}
	m, _ = st.EdgesOf(ctx, []string{w.minab.ID}, peyvand.Out)
	if got, want := edgeIDs(m[w.minab.ID]), sorted(w.partOf.ID, w.invol.ID); !slices.Equal(got, want) {
		t.Errorf("minab out = %v, want %v", got, want)
	}
	m, _ = st.EdgesOf(ctx, []string{w.minab.ID}, peyvand.Both)
	if got := m[w.minab.ID]; len(got) != 4 || !slices.IsSortedFunc(got, func(a, b *peyvand.Edge) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("minab both = %v, want 4 edges ordered by ID", edgeIDs(got))
	}
	m, _ = st.EdgesOf(ctx, []string{w.malakouti.ID}, peyvand.Out, peyvand.RelParticipated, peyvand.RelHolds)
	if got, want := edgeIDs(m[w.malakouti.ID]), sorted(w.holds.ID, w.attended.ID); !slices.Equal(got, want) {
		t.Errorf("malakouti out = %v, want %v", got, want)
	}
}

func testDeleteEdges(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	res := apply(t, st, &peyvand.Batch{DeleteEdges: []string{w.attended.ID, "rel_never"}})
	if res.EdgesDeleted != 1 {
		t.Errorf("deleted %d edges, want 1", res.EdgesDeleted)
	}
	m, _ := st.EdgesOf(context.Background(), []string{w.ceremony.ID}, peyvand.In, peyvand.RelParticipated)
	if len(m[w.ceremony.ID]) != 0 {
		t.Errorf("deleted edge still listed")
	}
}

func search(t *testing.T, st peyvand.Store, q peyvand.Query) []peyvand.Hit {
	t.Helper()
	p, err := st.Find(context.Background(), q)
	if err != nil {
		t.Fatalf("Find(%+v): %v", q, err)
	}
	return p.Hits
}

func ids(hits []peyvand.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Node.ID)
	}
	return out
}

func testSearchPersian(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	for _, q := range []string{
		"سپهری‌نیا", "سپهری نیا", "سپهرینیا", "سپهر", "سپهري", "دکتر سپهری‌نیا", "سرهنگ دوم مازیار سپهری نیا", "مازیار", "نیا", "ماز",
	} {
		hits := search(t, st, peyvand.Query{Text: q})
		if len(hits) == 0 || hits[0].Node.ID != w.sepehri.ID {
			t.Errorf("search %q: got %v, want سپهری‌نیا first", q, ids(hits))
		}
	}
	for _, q := range []string{"كانون بسيج ميناب", "کانون میناب", "میناب", "بسیج مهندسین صنعت و معدن مینا"} {
		hits := search(t, st, peyvand.Query{Text: q})
		if len(hits) == 0 || hits[0].Node.ID != w.minab.ID {
			t.Errorf("search %q: got %v, want the Minab body first", q, ids(hits))
		}
	}
	if hits := search(t, st, peyvand.Query{Text: "ملکوتی"}); len(hits) == 0 || hits[0].Node.ID != w.malakouti.ID {
		t.Errorf("search ملکوتی: got %v", ids(hits))
	}
	if hits := search(t, st, peyvand.Query{Text: "تهران"}); len(hits) != 0 {
		t.Errorf("search تهران: got %v, want nothing", ids(hits))
	}
	if hits := search(t, st, peyvand.Query{Text: "دکتر"}); len(hits) != 0 {
		t.Errorf("an honorific alone matched %v", ids(hits))
	}
}

func testSearchRanking(t *testing.T, st peyvand.Store) {
	a := Person("علی توکلی")
	b := Person("احمد علیزاده")
	c := Person("علی")
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{a, b, c}})
	hits := search(t, st, peyvand.Query{Text: "علی"})
	if len(hits) != 3 {
		t.Fatalf("search علی: %v, want all three", ids(hits))
	}
	if hits[0].Node.ID != c.ID || hits[0].Score != 1 {
		t.Errorf("exact name should rank first with score 1: %v %v", ids(hits), hits[0].Score)
	}
	if hits[1].Node.ID != a.ID || !(hits[1].Score > hits[2].Score) {
		t.Errorf("a name starting with the query should beat a later word: %v", ids(hits))
	}
	// A whole alias that is also a later word of the name scores as the
	// alias: «ملکوتی» is how reports call شاهین ملکوتی.
	malakouti := Person("شاهین ملکوتی", "ملکوتی")
	other := Person("حسن ملکوتی‌پور")
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{malakouti, other}})
	hits = search(t, st, peyvand.Query{Text: "ملکوتي"})
	if len(hits) != 2 || hits[0].Node.ID != malakouti.ID || hits[0].Score != 0.95 || !(hits[1].Score < 0.95) {
		t.Errorf("search ملکوتی: %v, want شاهین ملکوتی first with the alias score 0.95", ids(hits))
	}
}

func testSearchPaging(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	var nodes []*peyvand.Node
	for i := range 25 {
		nodes = append(nodes, Person(fmt.Sprintf("کاظم کاظمی %d", i)))
	}
	apply(t, st, &peyvand.Batch{Nodes: nodes})
	var all []string
	for off := 0; off < 30; off += 10 {
		p, err := st.Find(context.Background(), peyvand.Query{Text: "کاظم", Offset: off, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 25 {
			t.Fatalf("total = %d, want 25", p.Total)
		}
		all = append(all, ids(p.Hits)...)
	}
	if len(all) != 25 || len(slices.Compact(sorted(all...))) != 25 {
		t.Errorf("pages gave %d hits, %d distinct", len(all), len(slices.Compact(sorted(all...))))
	}
	hits := search(t, st, peyvand.Query{Text: "بسیج", Types: []peyvand.EntityType{peyvand.TypeOrganization}})
	if got, want := sorted(ids(hits)...), sorted(w.minab.ID, w.hormozgan.ID); !slices.Equal(got, want) {
		t.Errorf("organizations matching بسیج: %v, want %v", got, want)
	}
	if hits := search(t, st, peyvand.Query{Text: "بسیج", Types: []peyvand.EntityType{peyvand.TypePerson}}); len(hits) != 0 {
		t.Errorf("persons matching بسیج: %v", ids(hits))
	}
}

func testListFilters(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ev := []peyvand.EntityType{peyvand.TypeEvent}
	if got := ids(search(t, st, peyvand.Query{Types: ev, From: "2025-01-01", To: "2025-12-31", Sort: peyvand.SortDate})); !slices.Equal(got, []string{w.ceremony.ID, w.meeting.ID}) {
		t.Errorf("events in 2025 by date: %v", got)
	}
	if got := ids(search(t, st, peyvand.Query{Types: ev, Kind: peyvand.EventVisit})); !slices.Equal(got, []string{w.oldEvent.ID}) {
		t.Errorf("visits: %v", got)
	}
	if got := sorted(ids(search(t, st, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Related: w.minab.ID}))...); !slices.Equal(got, sorted(w.malakouti.ID, w.sasani.ID)) {
		t.Errorf("persons related to Minab: %v", got)
	}
	if got := ids(search(t, st, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Name: "سپهري نيا"})); !slices.Equal(got, []string{w.sepehri.ID}) {
		t.Errorf("persons named like سپهری نیا: %v", got)
	}
	p, err := st.Find(context.Background(), peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Limit: 2})
	if err != nil || p.Total != 3 || len(p.Hits) != 2 {
		t.Errorf("persons limit 2: %+v %v", p, err)
	}
}

func testListSort(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ev := []peyvand.EntityType{peyvand.TypeEvent}
	if got := ids(search(t, st, peyvand.Query{Types: ev, Sort: peyvand.SortDate, Desc: true})); !slices.Equal(got, []string{w.meeting.ID, w.ceremony.ID, w.oldEvent.ID}) {
		t.Errorf("events by date, newest first: %v", got)
	}
	got := search(t, st, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Sort: peyvand.SortName})
	// Persian order: س before ش before م.
	if want := []string{w.sasani.ID, w.malakouti.ID, w.sepehri.ID}; !slices.Equal(ids(got), want) {
		t.Errorf("persons by name: %v, want %v", ids(got), want)
	}
}

func testMerge(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	dup := Person("سپهری نیا مازیار")
	dup.Titles = []string{"سرهنگ"}
	dupEvent := Rel(peyvand.RelParticipated, dup, w.ceremony, peyvand.PartSpeaker)
	sameEvent := Rel(peyvand.RelParticipated, dup, w.meeting, peyvand.PartChair)
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{dup}, Edges: []*peyvand.Edge{dupEvent, sameEvent}})
	got, err := st.Merge(ctx, dup.ID, w.sepehri.ID, peyvand.AuditRecord{Actor: "tester"})
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	if got.ID != w.sepehri.ID || !slices.Contains(got.Aliases, "سپهری نیا مازیار") || !slices.Contains(got.Titles, "سرهنگ") {
		t.Errorf("survivor = %+v", got)
	}
	if n := node(t, st, dup.ID); n == nil || n.ID != w.sepehri.ID {
		t.Errorf("the merged ID resolves to %+v, want the survivor", n)
	}
	m, _ := st.EdgesOf(ctx, []string{w.sepehri.ID, dup.ID}, peyvand.Out, peyvand.RelParticipated)
	if len(m[w.sepehri.ID]) != 2 {
		t.Errorf("survivor has %d participations, want 2 (one moved, one joined)", len(m[w.sepehri.ID]))
	}
	if len(m[dup.ID]) != 2 {
		t.Errorf("EdgesOf by the merged ID gives %d edges, want the survivor's 2", len(m[dup.ID]))
	}
	for _, e := range m[w.sepehri.ID] {
		if e.From != w.sepehri.ID {
			t.Errorf("moved edge still starts at %s", e.From)
		}
	}
	if hits := search(t, st, peyvand.Query{Text: "سپهری", Types: []peyvand.EntityType{peyvand.TypePerson}}); len(hits) != 1 {
		t.Errorf("search after merge: %v, want the survivor only", ids(hits))
	}
	// A later write under the merged ID lands on the survivor.
	again := Person("سپهری نیا مازیار", "م. سپهری‌نیا")
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{again}})
	if n := node(t, st, w.sepehri.ID); !slices.Contains(n.Aliases, "م. سپهری‌نیا") {
		t.Errorf("write under a merged ID did not reach the survivor: %q", n.Aliases)
	}
}

func testMergeErrors(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	if _, err := st.Merge(ctx, "per_nope", w.sepehri.ID, peyvand.AuditRecord{}); code(err) != peyvand.ENOTFOUND {
		t.Errorf("merge from a missing ID: %v", err)
	}
	if _, err := st.Merge(ctx, w.sepehri.ID, w.minab.ID, peyvand.AuditRecord{}); code(err) != peyvand.EINVALID {
		t.Errorf("merge a person into a body: %v", err)
	}
	if _, err := st.Merge(ctx, w.sepehri.ID, w.sepehri.ID, peyvand.AuditRecord{}); code(err) != peyvand.EINVALID {
		t.Errorf("merge into itself: %v", err)
	}
}

func testAudit(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	n := node(t, st, w.sasani.ID)
	n.Name = "حامد حامدی"
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{n}, Replace: true, Audit: &peyvand.AuditRecord{Actor: "alice", Action: "rename", Target: n.ID}})
	if _, err := st.Merge(ctx, w.sasani.ID, w.malakouti.ID, peyvand.AuditRecord{Actor: "bob"}); err != nil {
		t.Fatal(err)
	}
	recs, err := st.Audit(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Actor != "bob" || recs[0].Action != "merge" || recs[1].Actor != "alice" || recs[1].Action != "rename" || recs[1].At.IsZero() {
		t.Errorf("audit = %+v, want bob's merge then alice's rename", recs)
	}
	if recs, _ := st.Audit(ctx, 1); len(recs) != 1 {
		t.Errorf("audit limit 1 gave %d", len(recs))
	}
}

// testAuditWithBatch checks that a batch's audit record is stored with
// the batch's nodes and edges, and not at all when the batch fails.
func testAuditWithBatch(t *testing.T, st peyvand.Store) {
	ctx := context.Background()
	src := Source("گزارش تازه", "متن گزارش تازه")
	p := Person("کاوه نیک‌اندیش")
	o := Org("شرکت نمونه", "شرکت")
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{src, p, o}, Edges: []*peyvand.Edge{Rel(peyvand.RelHolds, p, o, "مدیر")},
		Audit: &peyvand.AuditRecord{ID: "aud_doc", Actor: "alice", Action: "ingestDocument", Target: "a.txt"}})
	recs, err := st.Audit(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].ID != "aud_doc" || node(t, st, p.ID) == nil {
		t.Errorf("audit = %+v, want the batch's record beside its nodes", recs)
	}
	fresh := Person("بهرام روشن‌دل")
	bad := &peyvand.Batch{Nodes: []*peyvand.Node{fresh}, Edges: []*peyvand.Edge{{ID: "rel_x", Type: peyvand.RelHolds, From: fresh.ID, To: o.ID}},
		Audit: &peyvand.AuditRecord{ID: "aud_bad", Actor: "alice", Action: "ingestDocument", Target: "b.txt"}}
	if _, err := st.Apply(ctx, bad); code(err) != peyvand.EINVALID {
		t.Fatalf("a batch with a bad edge: %v, want INVALID_ARGUMENT", err)
	}
	if recs, _ := st.Audit(ctx, 10); len(recs) != 1 {
		t.Errorf("audit after a failed batch = %+v, want only the first record", recs)
	}
	if ns, err := st.Nodes(ctx, []string{fresh.ID}); err != nil || ns[0] != nil {
		t.Errorf("a failed batch stored its node: %v, %v", ns, err)
	}
}

func testStats(t *testing.T, st peyvand.Store) {
	seed(t, st)
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Nodes[peyvand.TypePerson] != 3 || s.Nodes[peyvand.TypeEvent] != 3 || s.Edges[peyvand.RelHolds] != 2 || s.Edges[peyvand.RelParticipated] != 2 {
		t.Errorf("stats = %+v", s)
	}
}

func testConcurrent(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				if i == 0 {
					p := Person(fmt.Sprintf("نویسنده %d", j))
					if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{p}, Edges: []*peyvand.Edge{Rel(peyvand.RelParticipated, p, w.meeting, peyvand.PartAttendee)}}); err != nil {
						errs <- err
					}
					continue
				}
				if _, err := st.Find(ctx, peyvand.Query{Text: "نویسنده"}); err != nil {
					errs <- err
				}
				if _, err := st.EdgesOf(ctx, []string{w.meeting.ID}, peyvand.In); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	p, _ := st.Find(ctx, peyvand.Query{Text: "نویسنده"})
	if p.Total != 20 {
		t.Errorf("after concurrent writes found %d, want 20", p.Total)
	}
}

// testChangedText re-applies a source whose text changed: the stored
// evidence citing it (offsets and quotes of the old text) is dropped and
// replaced by the batch's, an owner the new text no longer supports loses
// it, and evidence of other sources stays.
func testChangedText(t *testing.T, st peyvand.Store) {
	ctx := context.Background()
	quote := "در این مراسم مدیر تازه کانون معرفی شد."
	gone := "مدیر پیشین از کار خود گزارش داد."
	oldText := "گزارش کوتاه است. " + quote + " " + gone
	newText := "گزارشی بلندتر با مقدمه‌ای تازه که جای جمله‌ها را جابه‌جا می‌کند. " + quote + " پایان."
	at := func(text, q string) peyvand.Evidence {
		start := len([]rune(text[:strings.Index(text, q)]))
		return peyvand.Evidence{Quote: q, Start: start, End: start + len([]rune(q))}
	}
	src, other := Source("خبر.txt#1", oldText), Source("دیگر.txt#1", "کانون در میناب است.")
	cite := func(s *peyvand.Node, e peyvand.Evidence) []peyvand.Evidence {
		e.SourceID = s.ID
		return []peyvand.Evidence{e}
	}
	manager, former := Person("مدیر تازه"), Person("مدیر پیشین")
	org := Org("کانون میناب", "کانون")
	holds, held := Rel(peyvand.RelHolds, manager, org, "مدیر"), Rel(peyvand.RelHolds, former, org, "مدیر")
	manager.Evidence, holds.Evidence = cite(src, at(oldText, quote)), cite(src, at(oldText, quote))
	former.Evidence, held.Evidence = cite(src, at(oldText, gone)), cite(src, at(oldText, gone))
	org.Evidence = append(cite(src, at(oldText, quote)), cite(other, at(other.Text, other.Text))...)
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{src, other, manager, former, org}, Edges: []*peyvand.Edge{holds, held}})

	// The new text supports the manager and the tenure, not the former one.
	src2, manager2 := Source("خبر.txt#1", newText), Person("مدیر تازه")
	holds2 := Rel(peyvand.RelHolds, manager2, org, "مدیر")
	manager2.Evidence, holds2.Evidence = cite(src, at(newText, quote)), cite(src, at(newText, quote))
	batch := func() *peyvand.Batch {
		return &peyvand.Batch{Nodes: []*peyvand.Node{src2, upsertCopy(manager2)}, Edges: []*peyvand.Edge{holds2}}
	}
	res := apply(t, st, batch())
	if res.NodesUpdated < 4 || res.EdgesUpdated < 2 {
		t.Errorf("re-applying changed text: %+v, want the source, both persons, the organization and both tenures updated", res)
	}
	if got := node(t, st, src.ID).Text; got != newText {
		t.Fatalf("source text = %q", got)
	}
	runes := []rune(newText)
	check := func(what string, evs []peyvand.Evidence, want int) {
		t.Helper()
		n := 0
		for _, e := range evs {
			if e.SourceID != src.ID {
				continue
			}
			n++
			if e.End > len(runes) || e.Start < 0 || e.Start > e.End || string(runes[e.Start:e.End]) != e.Quote {
				t.Errorf("%s: evidence %+v does not quote the new text", what, e)
			}
		}
		if n != want {
			t.Errorf("%s cites the changed source %d times, want %d: %+v", what, n, want, evs)
		}
	}
	check("the manager", node(t, st, manager.ID).Evidence, 1)
	check("the former manager", node(t, st, former.ID).Evidence, 0)
	o := node(t, st, org.ID)
	check("the organization", o.Evidence, 0)
	if len(o.Evidence) != 1 || o.Evidence[0].SourceID != other.ID {
		t.Errorf("the organization's evidence = %+v, want only that of the other source", o.Evidence)
	}
	edges, err := st.EdgesOf(ctx, []string{org.ID}, peyvand.In)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]*peyvand.Edge{}
	for _, e := range edges[org.ID] {
		found[e.ID] = e
	}
	if found[holds.ID] == nil || found[held.ID] == nil {
		t.Fatalf("edges into the organization: %v, want both tenures kept", edgeIDs(edges[org.ID]))
	}
	check("the tenure", found[holds.ID].Evidence, 1)
	check("the former tenure", found[held.ID].Evidence, 0)

	// The same text again derives nothing new.
	if res := apply(t, st, batch()); res.Changed() {
		t.Errorf("re-applying the same new text: %+v, want nothing changed", res)
	}
	// A source written without its text changes nothing either.
	if res := apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{Source("خبر.txt#1", "")}}); res.Changed() {
		t.Errorf("re-applying the source without text: %+v, want nothing changed", res)
	}
	check("the manager, at the end", node(t, st, manager.ID).Evidence, 1)
}

// upsertCopy returns a copy of n, so a batch applied twice is not changed
// by the store between the two.
func upsertCopy(n *peyvand.Node) *peyvand.Node {
	c := *n
	c.Evidence = slices.Clone(n.Evidence)
	return &c
}
