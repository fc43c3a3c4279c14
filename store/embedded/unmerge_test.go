package embedded_test

import (
	"context"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestUnmergeSurvivesReopen checks that what a merge did is kept on disk:
// a merge made before a restart can be undone after it, and the unmerge
// too is durable, so a second unmerge after another restart is refused.
func TestUnmergeSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	reopen := func(st *embedded.Store) *embedded.Store {
		t.Helper()
		if st != nil {
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
		}
		st, err := embedded.Open(dir, embedded.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	a, b := storetest.Person("پرویز نمونه‌ای"), storetest.Person("نمونه‌ای")
	o := storetest.Org("کانون نمونه", "کانون")
	st := reopen(nil)
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{a, b, o}, Edges: []*peyvand.Edge{storetest.Rel(peyvand.RelHolds, b, o, "دبیر")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Merge(ctx, b.ID, a.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatal(err)
	}
	st = reopen(st)
	if _, _, err := st.Unmerge(ctx, b.ID, peyvand.AuditRecord{}); err != nil {
		t.Fatalf("unmerge after a restart: %v", err)
	}
	st = reopen(st)
	defer st.Close()
	ns, err := st.Nodes(ctx, []string{b.ID})
	if err != nil || ns[0] == nil || ns[0].ID != b.ID {
		t.Fatalf("after a restart the unmerged ID resolves to %+v (%v)", ns, err)
	}
	m, err := st.EdgesOf(ctx, []string{a.ID, b.ID}, peyvand.Out)
	if err != nil || len(m[a.ID]) != 0 || len(m[b.ID]) != 1 {
		t.Errorf("edges after a restart: survivor %d, restored %d (%v); want 0 and 1", len(m[a.ID]), len(m[b.ID]), err)
	}
	if _, _, err := st.Unmerge(ctx, b.ID, peyvand.AuditRecord{}); peyvand.ErrorCode(err) != peyvand.ECONFLICT {
		t.Errorf("second unmerge after a restart: %v, want CONFLICT", err)
	}
}
