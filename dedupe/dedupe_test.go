package dedupe_test

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/dedupe"
	"github.com/peyvand/peyvand/store/embedded"
)

func open(t *testing.T, b *peyvand.Batch) peyvand.Store {
	t.Helper()
	st, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if b != nil {
		if _, err := st.Apply(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func node(t peyvand.EntityType, key, name string) *peyvand.Node {
	return &peyvand.Node{ID: peyvand.NewID(t, key), Type: t, Name: name}
}

func rel(rt peyvand.RelType, from, to *peyvand.Node) *peyvand.Edge {
	return &peyvand.Edge{ID: peyvand.EdgeID(rt, from.ID, to.ID, ""), Type: rt, From: from.ID, To: to.ID}
}

// pairs lists the candidates of t as "nameA|nameB: reasons", in rank order.
func pairs(t *testing.T, f *dedupe.Finder, typ peyvand.EntityType) []string {
	t.Helper()
	page, err := f.Candidates(context.Background(), typ, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range page.Pairs {
		out = append(out, fmt.Sprintf("%s|%s: %v", p.A.Node.ID, p.B.Node.ID, p.Reasons))
	}
	return out
}

func key(a, b *peyvand.Node, reasons ...dedupe.Reason) string {
	x, y := a.ID, b.ID
	if y < x {
		x, y = y, x
	}
	return fmt.Sprintf("%s|%s: %v", x, y, reasons)
}

func TestNameKeys(t *testing.T) {
	zwnj := node(peyvand.TypePerson, "zwnj", "مهدی نوروزی‌فر")
	space := node(peyvand.TypePerson, "space", "مهدی نوروزی فر")
	glued := node(peyvand.TypePerson, "glued", "مهندس مهدی نوروزيفر")
	first := node(peyvand.TypePerson, "first", "مهدی")
	other := node(peyvand.TypePerson, "other", "رضا نوروزی")
	st := open(t, &peyvand.Batch{Nodes: []*peyvand.Node{zwnj, space, glued, first, other}})
	got := pairs(t, dedupe.New(st), peyvand.TypePerson)
	want := []string{
		key(zwnj, space, dedupe.SameName), key(zwnj, glued, dedupe.SameName), key(space, glued, dedupe.SameName),
	}
	// A first name alone is no person's short name; «نوروزی» of another
	// first name is not the surname «نوروزی‌فر».
	if len(got) != 3 || !slices.Contains(got, want[0]) || !slices.Contains(got, want[1]) || !slices.Contains(got, want[2]) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
}

func TestGenericBodyNamesAndPlaces(t *testing.T) {
	a, b := node(peyvand.TypePlace, "a", "شهر یک"), node(peyvand.TypePlace, "b", "شهر دو")
	govA, govB := node(peyvand.TypeOrganization, "govA", "فرمانداری"), node(peyvand.TypeOrganization, "govB", "فرمانداری")
	govLong := node(peyvand.TypeOrganization, "govLong", "فرمانداری شهر یک")
	councilA, councilX := node(peyvand.TypeOrganization, "cA", "شورای شهر"), node(peyvand.TypeOrganization, "cX", "شورای شهر")
	// A unit named after its body, and a branch whose name extends its
	// parent's, are not duplicates of them.
	body := node(peyvand.TypeOrganization, "body", "انجمن نمونه")
	unit := node(peyvand.TypeOrganization, "unit", "مرکز آموزش انجمن نمونه")
	branch := node(peyvand.TypeOrganization, "branch", "انجمن نمونه جنوب")
	st := open(t, &peyvand.Batch{
		Nodes: []*peyvand.Node{a, b, govA, govB, govLong, councilA, councilX, body, unit, branch},
		Edges: []*peyvand.Edge{rel(peyvand.RelLocatedIn, govA, a), rel(peyvand.RelLocatedIn, govB, b),
			rel(peyvand.RelLocatedIn, govLong, a), rel(peyvand.RelLocatedIn, councilA, a),
			rel(peyvand.RelPartOf, branch, body)},
	})
	got := pairs(t, dedupe.New(st), peyvand.TypeOrganization)
	want := []string{
		key(govA, govLong, dedupe.NameExtends, dedupe.SamePlace),
		key(councilA, councilX, dedupe.SameName),
	}
	if !slices.Equal(got, want) {
		t.Errorf("pairs = %v\nwant %v (nothing across the two cities)", got, want)
	}
}

func TestCommonNamesNeedSharedFacts(t *testing.T) {
	var nodes []*peyvand.Node
	for i := range 12 {
		nodes = append(nodes, node(peyvand.TypePerson, fmt.Sprint("ns", i), "علی کریمی"))
	}
	ev := node(peyvand.TypeEvent, "ev", "نشست")
	st := open(t, &peyvand.Batch{Nodes: append(nodes, ev),
		Edges: []*peyvand.Edge{rel(peyvand.RelParticipated, nodes[3], ev), rel(peyvand.RelParticipated, nodes[7], ev)}})
	f := dedupe.New(st)
	f.Recheck = 0
	got := pairs(t, f, peyvand.TypePerson)
	if want := []string{key(nodes[3], nodes[7], dedupe.SameName, dedupe.SharedEvents)}; !slices.Equal(got, want) {
		t.Errorf("pairs = %v, want only the two at one event %v", got, want)
	}

	// A fact written without an audit record is seen once the counts are
	// compared again (at the next listing, with Recheck 0) and the
	// candidates rebuilt.
	ctx := context.Background()
	if _, err := st.Apply(ctx, &peyvand.Batch{Edges: []*peyvand.Edge{rel(peyvand.RelParticipated, nodes[5], ev)}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for got := pairs(t, f, peyvand.TypePerson); len(got) != 3; got = pairs(t, f, peyvand.TypePerson) {
		if len(got) != 1 || time.Now().After(deadline) {
			t.Fatalf("after a third at the event: %v, want three pairs", got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestDismissAndPaging(t *testing.T) {
	ctx := context.Background()
	var nodes []*peyvand.Node
	for i := range 4 {
		nodes = append(nodes, node(peyvand.TypePerson, fmt.Sprint("p", i), "نگار صدری"))
	}
	st := open(t, &peyvand.Batch{Nodes: nodes})
	f := dedupe.New(st)
	all, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
	if err != nil || all.Total != 6 {
		t.Fatalf("candidates = %v, %v; want the six pairs of four namesakes", all, err)
	}
	page, err := f.Candidates(ctx, peyvand.TypePerson, 4, 10)
	if err != nil || page.Total != 6 || len(page.Pairs) != 2 || page.Pairs[0].A.Node.ID != all.Pairs[4].A.Node.ID {
		t.Fatalf("page from 4 = %+v, %v", page, err)
	}
	p := all.Pairs[2]
	rec, err := f.Dismiss(ctx, p.B.Node.ID, p.A.Node.ID, peyvand.AuditRecord{ID: "aud_t1", Actor: "t"})
	if err != nil || rec.Action != dedupe.ActionDismiss || rec.Target != p.A.Node.ID {
		t.Fatalf("dismiss = %+v, %v", rec, err)
	}
	gone := func(f *dedupe.Finder) bool {
		page, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		return page.Total == 5 && !slices.ContainsFunc(page.Pairs, func(q dedupe.Pair) bool {
			return q.A.Node.ID == p.A.Node.ID && q.B.Node.ID == p.B.Node.ID
		})
	}
	if !gone(f) || !gone(dedupe.New(st)) {
		t.Error("the dismissed pair came back")
	}
	// The page handed out before the dismissal is unchanged.
	if len(all.Pairs) != 6 || all.Pairs[2].A.Node.ID != p.A.Node.ID {
		t.Error("an earlier page changed under its reader")
	}
	for _, tc := range []struct {
		a, b, code string
	}{
		{p.A.Node.ID, p.A.Node.ID, peyvand.EINVALID},
		{p.A.Node.ID, "per_0000000000000000", peyvand.ENOTFOUND},
	} {
		if _, err := f.Dismiss(ctx, tc.a, tc.b, peyvand.AuditRecord{}); peyvand.ErrorCode(err) != tc.code {
			t.Errorf("dismiss %s %s: %v, want %s", tc.a, tc.b, err, tc.code)
		}
	}
	if _, err := f.Candidates(ctx, peyvand.TypeEvent, 0, 0); peyvand.ErrorCode(err) != peyvand.EINVALID {
		t.Errorf("events: %v, want INVALID_ARGUMENT", err)
	}
	if _, err := f.Candidates(ctx, peyvand.TypePerson, -1, 0); peyvand.ErrorCode(err) != peyvand.EINVALID {
		t.Errorf("negative offset: %v, want INVALID_ARGUMENT", err)
	}
}

func TestFollowsCuration(t *testing.T) {
	ctx := context.Background()
	a, b, c := node(peyvand.TypePerson, "a", "پرویز تهرانی"), node(peyvand.TypePerson, "b", "پرویز تهرانی"), node(peyvand.TypePerson, "c", "پرویز تهرانی")
	d := node(peyvand.TypePerson, "d", "بهروز کاشانی")
	st := open(t, &peyvand.Batch{Nodes: []*peyvand.Node{a, b, c, d}})
	f := dedupe.New(st)
	if got := pairs(t, f, peyvand.TypePerson); len(got) != 3 {
		t.Fatalf("pairs = %v, want three", got)
	}
	// A merge drops the merged node's pairs at once.
	if _, err := st.Merge(ctx, c.ID, a.ID, peyvand.AuditRecord{ID: "aud_m", Actor: "t", Action: "mergeEntities", Target: a.ID}); err != nil {
		t.Fatal(err)
	}
	if got := pairs(t, f, peyvand.TypePerson); !slices.Equal(got, []string{key(a, b, dedupe.SameName)}) {
		t.Errorf("after the merge: %v, want only %s", got, key(a, b, dedupe.SameName))
	}
	// The pairs a rename makes come with the background rebuild.
	renamed := *d
	renamed.Name = "پرویز تهرانی"
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{&renamed}, Replace: true,
		Audit: &peyvand.AuditRecord{ID: "aud_r", Actor: "t", Action: "renameEntity", Target: d.ID}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := pairs(t, f, peyvand.TypePerson)
		if len(got) == 3 && slices.Contains(got, key(a, d, dedupe.SameName)) && slices.Contains(got, key(b, d, dedupe.SameName)) {
			break
		}
		if len(got) != 1 || time.Now().After(deadline) {
			t.Fatalf("after the rename: %v", got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestUndismiss undoes a dismissal: the pair is listed again, by this
// finder after Rebuild and by a new one at once; dismissed again, the
// newest decision holds; a pair not dismissed cannot be undismissed.
func TestUndismiss(t *testing.T) {
	ctx := context.Background()
	a, b := node(peyvand.TypePerson, "a", "مینا صدری"), node(peyvand.TypePerson, "b", "مینا صدری")
	st := open(t, &peyvand.Batch{Nodes: []*peyvand.Node{a, b}})
	f := dedupe.New(st)
	listed := func(f *dedupe.Finder) bool {
		t.Helper()
		page, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		return page.Total == 1
	}
	if !listed(f) {
		t.Fatal("the namesakes are not listed")
	}
	if _, err := f.Undismiss(ctx, a.ID, b.ID, peyvand.AuditRecord{}); peyvand.ErrorCode(err) != peyvand.EINVALID {
		t.Errorf("undismiss a pair never dismissed: %v, want INVALID_ARGUMENT", err)
	}
	if _, err := f.Dismiss(ctx, a.ID, b.ID, peyvand.AuditRecord{Actor: "t"}); err != nil {
		t.Fatal(err)
	}
	if listed(f) {
		t.Fatal("the dismissed pair is listed")
	}
	rec, err := f.Undismiss(ctx, b.ID, a.ID, peyvand.AuditRecord{Actor: "t"})
	if err != nil || rec.Action != dedupe.ActionUndismiss || rec.Actor != "t" {
		t.Fatalf("undismiss = %+v, %v", rec, err)
	}
	if err := f.Rebuild(ctx, peyvand.TypePerson); err != nil {
		t.Fatal(err)
	}
	if !listed(f) || !listed(dedupe.New(st)) {
		t.Error("the pair is not listed once its dismissal is undone")
	}
	if _, err := f.Dismiss(ctx, a.ID, b.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatal(err)
	}
	if listed(f) || listed(dedupe.New(st)) {
		t.Error("dismissed again, the pair is listed")
	}
}

// findCounter is a store that counts the node listings a build starts
// with.
type findCounter struct {
	peyvand.Store
	finds atomic.Int32
}

func (s *findCounter) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	s.finds.Add(1)
	return s.Store.Find(ctx, q)
}

// TestManyDismissalsNeedNoRebuild dismisses more pairs than the newest
// audit records a listing first looks at: the next listing still drops
// exactly them, from the log, without building the queue again.
func TestManyDismissalsNeedNoRebuild(t *testing.T) {
	ctx := context.Background()
	var nodes []*peyvand.Node
	for i := range 30 {
		name := []string{"نسرین آذرنوش", "کامران دلاوری", "شیوا نیک‌پور"}[i%3]
		nodes = append(nodes, node(peyvand.TypePerson, fmt.Sprint("p", i), name))
	}
	st := &findCounter{Store: open(t, &peyvand.Batch{Nodes: nodes})}
	f := dedupe.New(st)
	f.Recheck = time.Hour
	all, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
	if err != nil || all.Total != 135 {
		t.Fatalf("candidates = %v, %v; want the 135 pairs of three names of ten persons each", all, err)
	}
	kept := all.Pairs[len(all.Pairs)-1]
	for i, p := range all.Pairs[:len(all.Pairs)-1] {
		if _, err := f.Dismiss(ctx, p.A.Node.ID, p.B.Node.ID, peyvand.AuditRecord{ID: fmt.Sprintf("aud_d%02d", i), Actor: "t"}); err != nil {
			t.Fatal(err)
		}
	}
	builds := st.finds.Load()
	page, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
	if err != nil || page.Total != 1 || page.Pairs[0].A.Node.ID != kept.A.Node.ID || page.Pairs[0].B.Node.ID != kept.B.Node.ID {
		t.Fatalf("after 134 dismissals: %+v, %v; want only the pair kept", page, err)
	}
	if n := st.finds.Load() - builds; n != 0 {
		t.Errorf("the listing after the dismissals built the queue again (%d node listings)", n)
	}
	// The same listing from a Finder that never built: one build.
	if got := pairs(t, dedupe.New(st), peyvand.TypePerson); len(got) != 1 {
		t.Errorf("a new finder lists %v, want one pair", got)
	}
}
