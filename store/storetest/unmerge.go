package storetest

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/peyvand/peyvand"
)

// duplicate is a second person for seed's sepehri, with its own titles,
// evidence and edges: a tenure only it has, a part in an event sepehri
// chaired too (so the merge joins the two edges), one in an event of its
// own, and a succession to sepehri (dropped by the merge as a loop).
type duplicate struct {
	node, src                        *peyvand.Node
	ev, later                        peyvand.Evidence
	holds, chaired, spoke, succeeded *peyvand.Edge
}

func seedDuplicate(t *testing.T, st peyvand.Store, w *world) *duplicate {
	d := &duplicate{
		node: Person("م. سپهری‌نیا"),
		src:  Source("001.txt#1", "معاون کانون در جلسه سخن گفت. او بعدا مدیر شد."),
	}
	d.node.Titles = []string{"مهندس"}
	d.ev = peyvand.Evidence{SourceID: d.src.ID, Quote: "معاون کانون در جلسه سخن گفت.", Start: 0, End: 28}
	d.later = peyvand.Evidence{SourceID: d.src.ID, Quote: "او بعدا مدیر شد.", Start: 29, End: 45}
	d.node.Evidence = []peyvand.Evidence{d.ev}
	d.holds = Rel(peyvand.RelHolds, d.node, w.minab, "معاون")
	d.holds.Evidence = []peyvand.Evidence{d.ev}
	d.holds.Start = &peyvand.Date{ISO: "2024-01-01", Precision: peyvand.PrecisionDay}
	d.chaired = Rel(peyvand.RelParticipated, d.node, w.meeting, peyvand.PartChair)
	d.chaired.Evidence = []peyvand.Evidence{d.ev}
	d.spoke = Rel(peyvand.RelParticipated, d.node, w.ceremony, peyvand.PartSpeaker)
	d.succeeded = Rel(peyvand.RelSucceeded, d.node, w.sepehri, "مدیر")
	d.succeeded.OrganizationID = w.minab.ID
	apply(t, st, &peyvand.Batch{
		Nodes: []*peyvand.Node{d.src, d.node},
		Edges: []*peyvand.Edge{d.holds, d.chaired, d.spoke, d.succeeded},
	})
	return d
}

func edgesByID(t *testing.T, st peyvand.Store, id string, dir peyvand.Direction) map[string]*peyvand.Edge {
	t.Helper()
	m, err := st.EdgesOf(context.Background(), []string{id}, dir)
	if err != nil {
		t.Fatalf("EdgesOf(%s): %v", id, err)
	}
	out := map[string]*peyvand.Edge{}
	for _, e := range m[id] {
		out[e.ID] = e
	}
	return out
}

func testUnmerge(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	d := seedDuplicate(t, st, w)
	ctx := context.Background()
	before := node(t, st, w.sepehri.ID)
	if _, err := st.Merge(ctx, d.node.ID, w.sepehri.ID, peyvand.AuditRecord{Actor: "tester"}); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	// After the merge the survivor gains an alias of its own, one written
	// under the merged ID, and a sentence on the tenure the merge moved.
	apply(t, st, &peyvand.Batch{Nodes: []*peyvand.Node{
		{ID: w.sepehri.ID, Type: peyvand.TypePerson, Name: w.sepehri.Name, Aliases: []string{"مازیار س."}},
		{ID: d.node.ID, Type: peyvand.TypePerson, Name: w.sepehri.Name, Aliases: []string{"سپهری‌نیا، مازیار"}},
	}})
	moved := Rel(peyvand.RelHolds, w.sepehri, w.minab, "معاون")
	moved.Evidence = []peyvand.Evidence{d.later}
	apply(t, st, &peyvand.Batch{Edges: []*peyvand.Edge{moved}})

	restored, survivor, err := st.Unmerge(ctx, d.node.ID, peyvand.AuditRecord{Actor: "tester"})
	if err != nil {
		t.Fatalf("Unmerge: %v", err)
	}
	if restored.ID != d.node.ID || restored.MergedInto != "" || survivor.ID != w.sepehri.ID {
		t.Fatalf("Unmerge returned %s (merged into %q) and %s", restored.ID, restored.MergedInto, survivor.ID)
	}

	got := node(t, st, d.node.ID)
	if got == nil || got.ID != d.node.ID {
		t.Fatalf("the unmerged ID resolves to %+v, want itself", got)
	}
	if got.Name != d.node.Name || !slices.Equal(got.Titles, d.node.Titles) || !slices.Equal(got.Evidence, d.node.Evidence) || got.MergedInto != "" {
		t.Errorf("restored node = %+v, want it as it was before the merge", got)
	}
	sv := node(t, st, w.sepehri.ID)
	if slices.Contains(sv.Aliases, d.node.Name) || slices.Contains(sv.Titles, "مهندس") || slices.Contains(sv.Evidence, d.ev) {
		t.Errorf("the survivor keeps what the merge gave it: %+v", sv)
	}
	for _, a := range append(slices.Clone(before.Aliases), "مازیار س.", "سپهری‌نیا، مازیار") {
		if !slices.Contains(sv.Aliases, a) {
			t.Errorf("the survivor lost alias %q it had before or gained after the merge: %q", a, sv.Aliases)
		}
	}
	if !slices.Equal(sv.Titles, before.Titles) {
		t.Errorf("survivor titles %q, want %q", sv.Titles, before.Titles)
	}

	own := edgesByID(t, st, d.node.ID, peyvand.Out)
	for _, e := range []*peyvand.Edge{d.holds, d.chaired, d.spoke, d.succeeded} {
		g := own[e.ID]
		if g == nil {
			t.Errorf("the restored node lacks its edge %s", e.ID)
			continue
		}
		if !slices.Equal(g.Evidence, e.Evidence) || g.From != d.node.ID {
			t.Errorf("restored edge %s = %+v, want its own evidence %v", e.ID, g, e.Evidence)
		}
	}
	if len(own) != 4 {
		t.Errorf("the restored node has %d edges, want its 4", len(own))
	}
	if d.holds.Start != nil && (own[d.holds.ID] == nil || own[d.holds.ID].Start == nil || own[d.holds.ID].Start.ISO != d.holds.Start.ISO) {
		t.Errorf("the restored tenure lost its start: %+v", own[d.holds.ID])
	}

	theirs := edgesByID(t, st, w.sepehri.ID, peyvand.Out)
	if e := theirs[w.chaired.ID]; e == nil || len(e.Evidence) != 0 {
		t.Errorf("the survivor's own chair edge = %+v, want it back without the merged node's sentence", e)
	}
	if e := theirs[peyvand.EdgeID(peyvand.RelParticipated, w.sepehri.ID, w.ceremony.ID, peyvand.PartSpeaker)]; e != nil {
		t.Errorf("the edge the merge moved to the survivor stays: %+v", e)
	}
	if e := theirs[moved.ID]; e == nil || !slices.Equal(e.Evidence, []peyvand.Evidence{d.later}) || e.Start != nil {
		t.Errorf("the moved tenure, cited again after the merge = %+v, want it kept with the later sentence only", e)
	}
	if hits := search(t, st, peyvand.Query{Text: "سپهری", Types: []peyvand.EntityType{peyvand.TypePerson}}); len(hits) != 2 {
		t.Errorf("search after unmerge: %v, want both persons", ids(hits))
	}
	recs, err := st.Audit(ctx, 1)
	if err != nil || len(recs) != 1 || recs[0].Action != "unmerge" || recs[0].Target != d.node.ID || recs[0].Actor != "tester" {
		t.Errorf("newest audit record = %+v, %v; want the unmerge", recs, err)
	}

	// Merged again, the newest merge is the one undone.
	if _, err := st.Merge(ctx, d.node.ID, w.sepehri.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("merge again: %v", err)
	}
	if _, _, err := st.Unmerge(ctx, d.node.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("unmerge the second merge: %v", err)
	}
	if got := node(t, st, d.node.ID); got == nil || got.ID != d.node.ID {
		t.Errorf("after the second unmerge the ID resolves to %+v", got)
	}
}

func testUnmergeErrors(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	ctx := context.Background()
	auditLen := func() int {
		t.Helper()
		recs, err := st.Audit(ctx, 0)
		if err != nil {
			t.Fatalf("Audit: %v", err)
		}
		return len(recs)
	}
	if _, _, err := st.Unmerge(ctx, "per_nope", peyvand.AuditRecord{}); code(err) != peyvand.ENOTFOUND {
		t.Errorf("unmerge a missing ID: %v", err)
	}
	if _, _, err := st.Unmerge(ctx, w.sepehri.ID, peyvand.AuditRecord{}); code(err) != peyvand.EINVALID {
		t.Errorf("unmerge a node never merged: %v", err)
	}

	// A into B, then B into C: A's survivor moved on, so A waits for B.
	a, b, c := w.sasani, w.malakouti, w.sepehri
	if _, err := st.Merge(ctx, a.ID, b.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("merge a into b: %v", err)
	}
	if _, err := st.Merge(ctx, b.ID, c.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("merge b into c: %v", err)
	}
	n := auditLen()
	if _, _, err := st.Unmerge(ctx, a.ID, peyvand.AuditRecord{}); code(err) != peyvand.ECONFLICT {
		t.Errorf("unmerge a after its survivor was merged: %v, want CONFLICT", err)
	}
	if got := node(t, st, a.ID); got == nil || got.ID != c.ID || auditLen() != n {
		t.Errorf("a refused unmerge changed the graph: a resolves to %+v", got)
	}
	if _, _, err := st.Unmerge(ctx, b.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("unmerge b: %v", err)
	}
	if got := node(t, st, a.ID); got == nil || got.ID != b.ID {
		t.Errorf("once b is unmerged, a resolves to %+v, want b", got)
	}
	if got := node(t, st, b.ID); got == nil || got.ID != b.ID {
		t.Errorf("b resolves to %+v, want itself", got)
	}
	if _, _, err := st.Unmerge(ctx, a.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("unmerge a once b is back: %v", err)
	}
	if got := node(t, st, a.ID); got == nil || got.ID != a.ID {
		t.Errorf("a resolves to %+v, want itself", got)
	}
	// The tenure a held (with b as its successor) is a's again.
	if e := edgesByID(t, st, a.ID, peyvand.Out)[w.holdsPrev.ID]; e == nil || e.SuccessorID != b.ID {
		t.Errorf("a's tenure after both unmerges = %+v", e)
	}
	if e := edgesByID(t, st, b.ID, peyvand.Out)[w.holds.ID]; e == nil || e.PredecessorID != a.ID || !slices.Equal(e.Evidence, w.holds.Evidence) {
		t.Errorf("b's tenure after both unmerges = %+v", e)
	}
	n = auditLen()
	if _, _, err := st.Unmerge(ctx, a.ID, peyvand.AuditRecord{}); code(err) != peyvand.ECONFLICT {
		t.Errorf("unmerge twice: %v, want CONFLICT", err)
	}
	if auditLen() != n {
		t.Errorf("a refused unmerge wrote to the audit log")
	}

	// A node on an edge of the merged node was merged since: the edge
	// moved twice, so that merge is undone first.
	d := seedDuplicate(t, st, w)
	if _, err := st.Merge(ctx, d.node.ID, w.sepehri.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("merge the duplicate: %v", err)
	}
	if _, err := st.Merge(ctx, w.ceremony.ID, w.meeting.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("merge the events: %v", err)
	}
	if _, _, err := st.Unmerge(ctx, d.node.ID, peyvand.AuditRecord{}); code(err) != peyvand.ECONFLICT {
		t.Errorf("unmerge after an event of the merged node was merged: %v, want CONFLICT", err)
	}
	if _, _, err := st.Unmerge(ctx, w.ceremony.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("unmerge the events: %v", err)
	}
	if _, _, err := st.Unmerge(ctx, d.node.ID, peyvand.AuditRecord{}); err != nil {
		t.Errorf("unmerge once the event is back: %v", err)
	}
	if e := edgesByID(t, st, d.node.ID, peyvand.Out)[d.spoke.ID]; e == nil {
		t.Errorf("the duplicate's part in the ceremony is not back")
	}
}

// testUnmergeConcurrent unmerges one merged node from several goroutines
// at once: one unmerge wins, the others find it already undone, and the
// graph and the audit log hold it once.
func testUnmergeConcurrent(t *testing.T, st peyvand.Store) {
	w := seed(t, st)
	d := seedDuplicate(t, st, w)
	ctx := context.Background()
	if _, err := st.Merge(ctx, d.node.ID, w.sepehri.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	const n = 4
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := st.Unmerge(ctx, d.node.ID, peyvand.AuditRecord{})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	won := 0
	for err := range errs {
		switch {
		case err == nil:
			won++
		case code(err) != peyvand.ECONFLICT:
			t.Errorf("a concurrent unmerge failed: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d of %d concurrent unmerges succeeded, want 1", won, n)
	}
	recs, err := st.Audit(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	unmerges := 0
	for _, r := range recs {
		if r.Action == "unmerge" {
			unmerges++
		}
	}
	if unmerges != 1 {
		t.Errorf("the audit log holds %d unmerges, want 1", unmerges)
	}
	if got := node(t, st, d.node.ID); got == nil || got.ID != d.node.ID {
		t.Errorf("after concurrent unmerges the ID resolves to %+v", got)
	}
	if own := edgesByID(t, st, d.node.ID, peyvand.Out); len(own) != 4 {
		t.Errorf("the restored node has %d edges, want its 4", len(own))
	}
}
