package curation_test

import (
	"context"
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/storetest"
)

// openStore opens an embedded store in a temporary directory holding b.
func openStore(t *testing.T, b *peyvand.Batch) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if b != nil {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// names records what Learn hears.
type names struct{ learnt []*peyvand.Node }

func (n *names) Learn(nodes ...*peyvand.Node) { n.learnt = append(n.learnt, nodes...) }

func day(iso string) *peyvand.Date { return &peyvand.Date{ISO: iso, Precision: peyvand.PrecisionDay} }

func TestAppointmentEdges(t *testing.T) {
	s := curation.AppointmentEdges(curation.Appointment{Person: "per_in", Organization: "org_a", Predecessor: "per_out",
		Role: " مدير  کل ", Began: peyvand.BeganDecree, Start: day("2024-05-01")})
	in, ended, succ := s.Tenure, s.Ended, s.Succeeded
	if in.ID != peyvand.EdgeID(peyvand.RelHolds, "per_in", "org_a", "مدیر کل") || in.Role != "مدير کل" || in.PredecessorID != "per_out" || in.Start.ISO != "2024-05-01" {
		t.Errorf("tenure = %+v", in)
	}
	if ended.ID != peyvand.EdgeID(peyvand.RelHolds, "per_out", "org_a", "مدیر کل") || ended.End.ISO != "2024-05-01" || ended.SuccessorID != "per_in" || ended.Start != nil || ended.Began != "" {
		t.Errorf("ended tenure = %+v", ended)
	}
	if succ.Type != peyvand.RelSucceeded || succ.From != "per_in" || succ.To != "per_out" || succ.OrganizationID != "org_a" {
		t.Errorf("succeeded = %+v", succ)
	}
	if len(s.Edges()) != 3 {
		t.Errorf("edges = %d", len(s.Edges()))
	}
	alone := curation.AppointmentEdges(curation.Appointment{Person: "per_in", Organization: "org_a", Role: "مدیر"})
	if alone.Ended != nil || alone.Succeeded != nil || len(alone.Edges()) != 1 {
		t.Errorf("without a predecessor = %+v", alone)
	}
}

func TestKeepStored(t *testing.T) {
	stated := &peyvand.Edge{Began: peyvand.BeganStated, End: day("2024-01-01")}
	curation.KeepStored(stated, &peyvand.Edge{Began: peyvand.BeganDecree, End: day("2023-01-01")}, false)
	if stated.Began != "" || stated.End == nil {
		t.Errorf("a stated tenure over a decreed one = %+v, want the beginning left alone and the end kept", stated)
	}
	inferred := &peyvand.Edge{End: day("2024-01-01")}
	curation.KeepStored(inferred, &peyvand.Edge{End: day("2023-01-01")}, true)
	if inferred.End != nil {
		t.Errorf("an inferred end over a known one = %+v", inferred)
	}
	fresh := &peyvand.Edge{Began: peyvand.BeganStated, End: day("2024-01-01")}
	curation.KeepStored(fresh, nil, true)
	if fresh.Began != peyvand.BeganStated || fresh.End == nil {
		t.Errorf("a new tenure = %+v, want it as it is", fresh)
	}
}

func TestRoleKey(t *testing.T) {
	if curation.RoleKey("مدير کل") != curation.RoleKey("مدیرکل") || curation.RoleKey("مدیر") == curation.RoleKey("معاون") {
		t.Error("RoleKey does not match posts the way a reader does")
	}
}

func TestRecordTenureWritesTheSuccession(t *testing.T) {
	in, out, other := storetest.Person("کاوه نیک‌اندیش"), storetest.Person("بهرام روشن‌دل"), storetest.Person("سیاوش پاک‌نهاد")
	org := storetest.Org("شرکت نمونه", "شرکت")
	st := openStore(t, &peyvand.Batch{Nodes: []*peyvand.Node{in, out, other, org}})
	ctx := context.Background()
	n := &names{}
	c := curation.New(st, n)

	// The predecessor has no tenure yet: one is written, ending at the start.
	got, err := c.RecordTenure(ctx, "alice", curation.Tenure{Appointment: curation.Appointment{
		Person: in.ID, Organization: org.ID, Predecessor: out.ID, Role: "مدير", Began: peyvand.BeganDecree, Start: day("2024-05-01")}})
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != peyvand.EdgeID(peyvand.RelHolds, in.ID, org.ID, "مدیر") || got.PredecessorID != out.ID || got.Began != peyvand.BeganDecree {
		t.Errorf("tenure = %+v", got)
	}
	es, err := st.EdgesOf(ctx, []string{out.ID}, peyvand.Both)
	if err != nil {
		t.Fatal(err)
	}
	var ended, succ *peyvand.Edge
	for _, e := range es[out.ID] {
		switch e.Type {
		case peyvand.RelHolds:
			ended = e
		case peyvand.RelSucceeded:
			succ = e
		}
	}
	if ended == nil || ended.End == nil || ended.End.ISO != "2024-05-01" || ended.SuccessorID != in.ID {
		t.Errorf("the predecessor's tenure = %+v, want it ended at the start", ended)
	}
	if succ == nil || succ.From != in.ID || succ.OrganizationID != org.ID {
		t.Errorf("SUCCEEDED = %+v", succ)
	}

	// A later successor of the same person does not move the known end.
	if _, err := c.RecordTenure(ctx, "alice", curation.Tenure{Appointment: curation.Appointment{
		Person: other.ID, Organization: org.ID, Predecessor: out.ID, Role: "مدیر", Start: day("2024-09-01")}}); err != nil {
		t.Fatal(err)
	}
	if es, _ := st.Edges(ctx, []string{ended.ID}); es[0].End.ISO != "2024-05-01" {
		t.Errorf("the predecessor's end moved to %s", es[0].End.ISO)
	}
	recs, err := st.Audit(ctx, 10)
	if err != nil || len(recs) != 2 || recs[0].Action != "recordTenure" || recs[0].Actor != "alice" {
		t.Errorf("audit = %+v, %v", recs, err)
	}
	if len(n.learnt) != 0 {
		t.Errorf("a tenure changed names: %+v", n.learnt)
	}
}

func TestRecordTenureRefusesBadInput(t *testing.T) {
	p, org := storetest.Person("کاوه نیک‌اندیش"), storetest.Org("شرکت نمونه", "شرکت")
	src := storetest.Source("گزارش", "متن گزارش تازه")
	st := openStore(t, &peyvand.Batch{Nodes: []*peyvand.Node{p, org, src}})
	c := curation.New(st, nil)
	ok := curation.Appointment{Person: p.ID, Organization: org.ID, Role: "مدیر"}
	for name, tc := range map[string]struct {
		in   curation.Tenure
		code string
	}{
		"no role":          {curation.Tenure{Appointment: curation.Appointment{Person: p.ID, Organization: org.ID, Role: " "}}, peyvand.EINVALID},
		"unknown began":    {curation.Tenure{Appointment: func() curation.Appointment { a := ok; a.Began = "MAGIC"; return a }()}, peyvand.EINVALID},
		"start past end":   {curation.Tenure{Appointment: func() curation.Appointment { a := ok; a.Start, a.End = day("2024-02-01"), day("2024-01-01"); return a }()}, peyvand.EINVALID},
		"no such person":   {curation.Tenure{Appointment: func() curation.Appointment { a := ok; a.Person = "per_none"; return a }()}, peyvand.ENOTFOUND},
		"a body as person": {curation.Tenure{Appointment: func() curation.Appointment { a := ok; a.Person = org.ID; return a }()}, peyvand.EINVALID},
		"misquote":         {curation.Tenure{Appointment: ok, Quote: &peyvand.Evidence{SourceID: src.ID, Quote: "نه", Start: 0, End: 3}}, peyvand.EINVALID},
	} {
		if _, err := c.RecordTenure(context.Background(), "alice", tc.in); peyvand.ErrorCode(err) != tc.code {
			t.Errorf("%s: %v, want %s", name, err, tc.code)
		}
	}
	if st, _ := st.Stats(context.Background()); st.Edges[peyvand.RelHolds] != 0 {
		t.Errorf("refused tenures wrote %d", st.Edges[peyvand.RelHolds])
	}
}

func TestRenameAliasAndMergeTellTheNames(t *testing.T) {
	a, b := storetest.Person("کاوه نیک‌اندیش"), storetest.Person("کاوه نیک اندیش زاده")
	st := openStore(t, &peyvand.Batch{Nodes: []*peyvand.Node{a, b}})
	ctx := context.Background()
	n := &names{}
	c := curation.New(st, n)
	r, err := c.Rename(ctx, "alice", a.ID, "کاوه نیک‌اندیش‌فر")
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "کاوه نیک‌اندیش‌فر" || !slices.Contains(r.Aliases, a.Name) {
		t.Errorf("renamed = %+v", r)
	}
	if _, err := c.AddAlias(ctx, "alice", a.ID, "ک. نیک‌اندیش"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Merge(ctx, "alice", b.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	if len(n.learnt) != 4 || n.learnt[0].Name != "کاوه نیک‌اندیش‌فر" || !slices.Contains(n.learnt[1].Aliases, "ک. نیک‌اندیش") ||
		n.learnt[2].ID != b.ID || n.learnt[2].MergedInto != a.ID || n.learnt[3].ID != a.ID {
		t.Errorf("learnt = %+v", n.learnt)
	}
	for _, bad := range []func() error{
		func() error { _, err := c.Rename(ctx, "alice", a.ID, " "); return err },
		func() error { _, err := c.AddAlias(ctx, "alice", a.ID, ""); return err },
		func() error { _, err := c.Merge(ctx, "alice", a.ID, a.ID); return err },
	} {
		if err := bad(); peyvand.ErrorCode(err) != peyvand.EINVALID {
			t.Errorf("bad curation: %v, want INVALID_ARGUMENT", err)
		}
	}
	if _, err := c.Rename(ctx, "alice", "per_none", "x"); peyvand.ErrorCode(err) != peyvand.ENOTFOUND {
		t.Errorf("rename of no node: %v", err)
	}
}
