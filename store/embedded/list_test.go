package embedded_test

import (
	"context"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestListingFollowsWrites: a listing's order is kept between calls, and a
// write (a new node, a renamed one, a merge) shows in the next listing.
func TestListingFollowsWrites(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	names := func(q peyvand.Query) []string {
		t.Helper()
		p, err := st.Find(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range p.Hits {
			out = append(out, h.Node.Name)
		}
		return out
	}
	apply := func(nodes ...*peyvand.Node) {
		t.Helper()
		if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: nodes}); err != nil {
			t.Fatal(err)
		}
	}
	byName := peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Sort: peyvand.SortName}
	desc := byName
	desc.Desc = true
	b, c := storetest.Person("بهرام بهرامی"), storetest.Person("جمشید جمشیدی")
	apply(b, c)
	if got := names(byName); len(got) != 2 || got[0] != "بهرام بهرامی" {
		t.Fatalf("listing = %v", got)
	}
	a := storetest.Person("آرش آرشی")
	apply(a)
	if got := names(byName); len(got) != 3 || got[0] != "آرش آرشی" {
		t.Errorf("after a new person, listing = %v, want آرش آرشی first", got)
	}
	if got := names(desc); len(got) != 3 || got[0] != "جمشید جمشیدی" || got[2] != "آرش آرشی" {
		t.Errorf("descending listing = %v", got)
	}
	renamed := *c
	renamed.Name = "الف الفی"
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{&renamed}, Replace: true}); err != nil {
		t.Fatal(err)
	}
	if got := names(byName); len(got) != 3 || got[0] != "آرش آرشی" || got[1] != "الف الفی" {
		t.Errorf("after a rename, listing = %v", got)
	}
	if _, err := st.Merge(ctx, b.ID, a.ID, peyvand.AuditRecord{Action: "merge", Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	if got := names(byName); len(got) != 2 {
		t.Errorf("after a merge, listing = %v, want two persons", got)
	}
	page := byName
	page.Offset, page.Limit = 1, 1
	p, err := st.Find(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 2 || len(p.Hits) != 1 || p.Hits[0].Node.Name != "الف الفی" {
		t.Errorf("page 2 of 1 = total %d, %v", p.Total, p.Hits)
	}
}
