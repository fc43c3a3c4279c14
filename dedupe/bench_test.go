package dedupe_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/dedupe"
	"github.com/peyvand/peyvand/persian"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/synth"
)

// plantEvery is how often a synthetic person gets a planted duplicate.
const plantEvery = 100

// planted loads a synthetic graph of n persons into an embedded store in a
// temporary directory and plants duplicates of every plantEvery-th person
// that has a tenure or a participation: alternately its surname alone and
// its name spelled with the non-joiner and the space swapped (and an
// honorific or Arabic letters), each tied to the original by a copy of one
// of its facts, as a second article would tie them. It returns the store
// and the planted pairs.
func planted(b *testing.B, n int) (peyvand.Store, map[string]bool) {
	b.Helper()
	ctx := context.Background()
	st, err := embedded.Open(b.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if err := synth.Generate(synth.Config{Persons: n, Seed: 1}, func(batch *peyvand.Batch) error {
		_, err := st.Apply(ctx, batch)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	var ids []string
	for i := 0; i < n; i += plantEvery {
		ids = append(ids, synth.PersonID(i))
	}
	nodes, err := st.Nodes(ctx, ids)
	if err != nil {
		b.Fatal(err)
	}
	edges, err := st.EdgesOf(ctx, ids, peyvand.Out, peyvand.RelHolds, peyvand.RelParticipated)
	if err != nil {
		b.Fatal(err)
	}
	pairs := map[string]bool{}
	batch := &peyvand.Batch{}
	for k, orig := range nodes {
		es := edges[orig.ID]
		if len(es) == 0 {
			continue
		}
		name := orig.Name
		if k%2 == 0 {
			_, name, _ = strings.Cut(name, " ")
		} else {
			name = swapJoiners(name)
			if k%4 == 1 {
				name = "دکتر " + strings.NewReplacer("ی", "ي", "ک", "ك").Replace(name)
			}
		}
		copyID := peyvand.NewID(peyvand.TypePerson, "plant/"+orig.ID)
		fact := *es[len(es)/2]
		fact.ID = peyvand.EdgeID(fact.Type, copyID, fact.To, fact.Role)
		fact.From = copyID
		batch.Nodes = append(batch.Nodes, &peyvand.Node{ID: copyID, Type: peyvand.TypePerson, Name: name})
		batch.Edges = append(batch.Edges, &fact)
		a, c := orig.ID, copyID
		if c < a {
			a, c = c, a
		}
		pairs[a+"|"+c] = true
	}
	if _, err := st.Apply(ctx, batch); err != nil {
		b.Fatal(err)
	}
	return st, pairs
}

// swapJoiners writes the non-joiners of name as spaces and its spaces as
// non-joiners.
func swapJoiners(name string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case persian.ZWNJ:
			return ' '
		case ' ':
			return persian.ZWNJ
		}
		return r
	}, name)
}

// BenchmarkCandidates times the first page of the person review queue on
// synthetic graphs with planted duplicates: the first listing (which reads
// the graph and blocks it), the later ones (p50, p99 and the slowest, with
// a hundred dismissals in the audit log: the first listing after them
// must follow the log, not wait for a rebuild), the first page after a
// dismissal and after a merge, and an unmerge with the rebuild that lists
// the pair again; it reports the recall of the planted pairs among all
// candidates and among the first twice as many pairs as were planted. Set
// PEYVAND_BENCH_SMALL=1 for 10k persons only.
func BenchmarkCandidates(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if os.Getenv("PEYVAND_BENCH_SMALL") != "" {
		sizes = sizes[:1]
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("persons=%dk", n/1000), func(b *testing.B) {
			st, want := planted(b, n)
			ctx := context.Background()
			f := dedupe.New(st)
			start := time.Now()
			all, err := f.Candidates(ctx, peyvand.TypePerson, 0, 0)
			if err != nil {
				b.Fatal(err)
			}
			cold := time.Since(start)
			found, top := 0, 0
			for i, p := range all.Pairs {
				if want[p.A.Node.ID+"|"+p.B.Node.ID] {
					found++
					if i < 2*len(want) {
						top++
					}
				}
			}
			// An editor has been at work: the audit log holds decisions,
			// the hundred lowest pairs dismissed.
			for i := range min(100, len(all.Pairs)-2) {
				p := all.Pairs[len(all.Pairs)-1-i]
				if _, err := f.Dismiss(ctx, p.A.Node.ID, p.B.Node.ID, peyvand.AuditRecord{ID: fmt.Sprintf("aud_bench_%d", i), Actor: "bench"}); err != nil {
					b.Fatal(err)
				}
			}
			var lat []time.Duration
			b.ResetTimer()
			for b.Loop() {
				t0 := time.Now()
				page, err := f.Candidates(ctx, peyvand.TypePerson, 0, 20)
				if err != nil || len(page.Pairs) == 0 {
					b.Fatalf("first page: %v, %d pairs", err, len(page.Pairs))
				}
				lat = append(lat, time.Since(t0))
			}
			b.StopTimer()
			first := all.Pairs[0]
			if _, err := f.Dismiss(ctx, first.A.Node.ID, first.B.Node.ID, peyvand.AuditRecord{ID: "aud_bench", Actor: "bench"}); err != nil {
				b.Fatal(err)
			}
			t0 := time.Now()
			page, err := f.Candidates(ctx, peyvand.TypePerson, 0, 20)
			if err != nil || slices.ContainsFunc(page.Pairs, func(p dedupe.Pair) bool { return p.A.Node.ID == first.A.Node.ID && p.B.Node.ID == first.B.Node.ID }) {
				b.Fatalf("after dismissal: %v", err)
			}
			dismissed := time.Since(t0)
			second := page.Pairs[0]
			if _, err := st.Merge(ctx, second.B.Node.ID, second.A.Node.ID, peyvand.AuditRecord{ID: "aud_bench_m", Actor: "bench", Action: "mergeEntities"}); err != nil {
				b.Fatal(err)
			}
			t0 = time.Now()
			page, err = f.Candidates(ctx, peyvand.TypePerson, 0, 20)
			if err != nil || page.Pairs[0].B.Node.ID == second.B.Node.ID {
				b.Fatalf("after merge: %v", err)
			}
			merged := time.Since(t0)
			// Undoing the merge (as the unmerge mutation does) rebuilds the
			// queue before it returns, so the pair is listed again at once.
			t0 = time.Now()
			if _, _, err := st.Unmerge(ctx, second.B.Node.ID, peyvand.AuditRecord{ID: "aud_bench_u", Actor: "bench", Action: "unmerge"}); err != nil {
				b.Fatal(err)
			}
			storeUnmerge := time.Since(t0)
			if err := f.Rebuild(ctx, peyvand.TypePerson); err != nil {
				b.Fatal(err)
			}
			page, err = f.Candidates(ctx, peyvand.TypePerson, 0, 20)
			if err != nil || !slices.ContainsFunc(page.Pairs, func(p dedupe.Pair) bool { return p.A.Node.ID == second.A.Node.ID && p.B.Node.ID == second.B.Node.ID }) {
				b.Fatalf("after unmerge: %v", err)
			}
			unmerged := time.Since(t0)
			slices.Sort(lat)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(ms(cold), "cold-ms")
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
			b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
			b.ReportMetric(ms(dismissed), "after-dismiss-ms")
			b.ReportMetric(ms(merged), "after-merge-ms")
			b.ReportMetric(ms(unmerged), "unmerge-ms")
			b.ReportMetric(ms(storeUnmerge), "store-unmerge-ms")
			b.ReportMetric(float64(all.Total), "pairs")
			b.ReportMetric(float64(len(want)), "planted")
			b.ReportMetric(float64(found)/float64(len(want)), "recall")
			b.ReportMetric(float64(top)/float64(len(want)), "recall-top2x")
		})
	}
}
