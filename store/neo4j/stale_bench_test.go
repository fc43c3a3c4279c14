package neo4j_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/synth"
)

// BenchmarkNeo4jChangedText measures what re-ingesting one document whose
// text changed costs, beside writing it again unchanged, in Neo4j and in
// the embedded store: a changed text makes Neo4j read the owners citing
// the source (apply_read_citers, a scan of what has evidence), the
// embedded store a range of its evidence index. Run it with -benchtime 1x
// under tools/neo4j/run.sh (PEYVAND_BENCH_PERSONS persons, 2,000 by
// default):
//
//	tools/neo4j/run.sh go test -run '^$' -bench ChangedText -benchtime 1x ./store/neo4j/
func BenchmarkNeo4jChangedText(b *testing.B) {
	persons := benchPersons(2_000)
	neo, emb := benchStores(b)
	ctx := context.Background()
	var sources []*peyvand.Node
	items := 0
	err := synth.Generate(synth.Config{Persons: persons, Seed: 1, BatchSize: 2000}, func(batch *peyvand.Batch) error {
		items += len(batch.Nodes) + len(batch.Edges)
		for _, n := range batch.Nodes {
			if n.Type == peyvand.TypeSource {
				c := *n
				sources = append(sources, &c)
			}
		}
		if _, err := emb.Apply(ctx, batch); err != nil {
			return err
		}
		_, err := neo.Apply(ctx, batch)
		return err
	})
	if err != nil || len(sources) < 40 {
		b.Fatalf("generate: %v, %d sources", err, len(sources))
	}
	b.ResetTimer()
	fmt.Printf("%d persons, %d nodes and edges, %d sources; mean of 20 writes of one source:\n%-16s %-14s %-14s\n",
		persons, items, len(sources), "write", "embedded", "neo4j")
	for i, kind := range []string{"same text", "changed text"} {
		var cols []string
		for _, st := range []peyvand.Store{emb, neo} {
			var total time.Duration
			for k := range 20 {
				src := *sources[i*20+k]
				if kind == "changed text" {
					src.Text += " (ویرایش)"
				}
				start := time.Now()
				res, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{&src}})
				total += time.Since(start)
				if err != nil {
					b.Fatal(err)
				}
				if kind == "changed text" && res.NodesUpdated+res.EdgesUpdated < 2 {
					b.Fatalf("%s: changed text rewrote %+v, want the source and its citers", kind, res)
				}
			}
			cols = append(cols, (total / 20).Round(10*time.Microsecond).String())
		}
		fmt.Printf("%-16s %-14s %-14s\n", kind, cols[0], cols[1])
	}
}
