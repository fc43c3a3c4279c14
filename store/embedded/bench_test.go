package embedded_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/storetest"
)

// BenchmarkApplyBulk measures loading persons with a tenure each in
// batches of 1,000, as a bulk import does (NoSync).
func BenchmarkApplyBulk(b *testing.B) {
	st, err := embedded.Open(b.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	org := storetest.Org("سازمان نمونه", "سازمان")
	if _, err := st.Apply(context.Background(), &peyvand.Batch{Nodes: []*peyvand.Node{org}}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += 1000 {
		batch := &peyvand.Batch{}
		for j := i; j < i+1000 && j < b.N; j++ {
			p := storetest.Person(fmt.Sprintf("علی محمدی %d", j))
			batch.Nodes = append(batch.Nodes, p)
			batch.Edges = append(batch.Edges, storetest.Rel(peyvand.RelHolds, p, org, "عضو"))
		}
		if _, err := st.Apply(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNodesLookup measures a batch lookup of 50 nodes by ID.
func BenchmarkNodesLookup(b *testing.B) {
	st, err := embedded.Open(b.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var ids []string
	batch := &peyvand.Batch{}
	for j := range 10000 {
		p := storetest.Person(fmt.Sprintf("رضا رضایی %d", j))
		batch.Nodes = append(batch.Nodes, p)
		if j%200 == 0 {
			ids = append(ids, p.ID)
		}
	}
	if _, err := st.Apply(context.Background(), batch); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := st.Nodes(context.Background(), ids); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPage measures the first page of a listing of 20,000
// persons by name, with its total, as `persons(first: 10)` asks it.
func BenchmarkListPage(b *testing.B) {
	st, err := embedded.Open(b.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	batch := &peyvand.Batch{}
	for j := range 20000 {
		batch.Nodes = append(batch.Nodes, storetest.Person(fmt.Sprintf("حسن ثابتی %d", j)))
	}
	if _, err := st.Apply(context.Background(), batch); err != nil {
		b.Fatal(err)
	}
	q := peyvand.Query{Types: []peyvand.EntityType{peyvand.TypePerson}, Sort: peyvand.SortName, Limit: 10}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := st.Find(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}
