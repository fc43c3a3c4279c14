package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	loadTime    = flag.Duration("load-time", 60*time.Second, "how long BenchmarkLoad loads the server")
	loadPersons = flag.Int("load-persons", 2000, "persons of the synthetic graph BenchmarkLoad serves")
	loadClients = flag.Int("load-clients", 16, "concurrent readers of BenchmarkLoad")
)

// BenchmarkLoad runs the real server on loopback over a synthetic graph
// for -load-time, with -load-clients readers sending a mix of node
// lookups, searches and a nested query while one editor ingests
// documents, and reports requests/s, the 99th percentile latency, the
// errors (which must be none) and the server's resident memory at the
// start, the middle and the end. Run it with make bench-load.
func BenchmarkLoad(b *testing.B) {
	data := b.TempDir()
	synth := exec.Command(peyvandBinary(b), "synth", "--persons", fmt.Sprint(*loadPersons), "--data", data)
	synth.Env = append(os.Environ(), "NEO4J_URI=")
	if out, err := synth.CombinedOutput(); err != nil {
		b.Fatalf("synth: %v\n%s", err, out)
	}
	srv := startServe(b, data, []string{"PEYVAND_API_KEYS=ci:s3cret:editor"}, "--no-bundled")
	ctx := context.Background()

	// IDs to look up and names to search for, from the graph itself.
	_, r, err := gql(ctx, srv.URL, "", `{ persons(first: 100) { edges { node { id name } } } }`, nil)
	if err != nil || len(r.Errors) > 0 {
		b.Fatalf("persons: %v %+v", err, r)
	}
	var page struct {
		Edges []struct{ Node struct{ ID, Name string } }
	}
	if err := json.Unmarshal(r.Data["persons"], &page); err != nil || len(page.Edges) == 0 {
		b.Fatalf("persons: %v %s", err, r.Data["persons"])
	}
	var ids, names []string
	for _, e := range page.Edges {
		ids = append(ids, e.Node.ID)
		names = append(names, string([]rune(e.Node.Name)[:min(4, len([]rune(e.Node.Name)))]))
	}
	queries := []struct {
		q    string
		vars func(*rand.Rand) map[string]any
	}{
		{`query($id: ID!) { node(id: $id) { id ... on Person { name } } }`, func(rnd *rand.Rand) map[string]any {
			return map[string]any{"id": ids[rnd.IntN(len(ids))]}
		}},
		{`query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { id } } } }`, func(rnd *rand.Rand) map[string]any {
			return map[string]any{"q": names[rnd.IntN(len(names))]}
		}},
		{`{ persons(first: 10) { edges { node { name tenures(first: 5) { edges { node { role organization { name } } } } } } } }`, func(*rand.Rand) map[string]any { return nil }},
	}

	pid := srv.PID()
	rss := []float64{rssMB(pid)}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      atomic.Int64
		writes    atomic.Int64
		firstErr  atomic.Value
	)
	fail := func(what string) {
		errs.Add(1)
		firstErr.CompareAndSwap(nil, what)
	}
	deadline := time.Now().Add(*loadTime)
	b.ResetTimer()
	var wg sync.WaitGroup
	for c := range *loadClients {
		wg.Go(func() {
			rnd := rand.New(rand.NewPCG(uint64(c), 1))
			var mine []time.Duration
			for time.Now().Before(deadline) {
				q := queries[rnd.IntN(len(queries))]
				start := time.Now()
				status, r, err := gql(ctx, srv.URL, "", q.q, q.vars(rnd))
				mine = append(mine, time.Since(start))
				if err != nil || status != 200 || len(r.Errors) > 0 {
					fail(fmt.Sprintf("%d %v %+v", status, err, r))
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Go(func() {
		const m = `mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { file } }`
		for i := 0; time.Now().Before(deadline); i++ {
			status, r, err := gql(ctx, srv.URL, "s3cret", m, map[string]any{"n": fmt.Sprintf("load-%04d.txt", i), "t": burstDoc(i % 512)})
			if err != nil || status != 200 || len(r.Errors) > 0 {
				fail(fmt.Sprintf("write: %d %v %+v", status, err, r))
			}
			writes.Add(1)
			time.Sleep(20 * time.Millisecond)
		}
	})
	time.Sleep(*loadTime / 2)
	rss = append(rss, rssMB(pid))
	wg.Wait()
	b.StopTimer()
	rss = append(rss, rssMB(pid))

	slices.Sort(latencies)
	n := len(latencies)
	p99 := latencies[n*99/100]
	p50 := latencies[n/2]
	rps := float64(n) / loadTime.Seconds()
	b.ReportMetric(rps, "req/s")
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(errs.Load()), "errors")
	b.ReportMetric(float64(writes.Load()), "writes")
	b.ReportMetric(rss[0], "rss-start-MiB")
	b.ReportMetric(rss[1], "rss-mid-MiB")
	b.ReportMetric(rss[2], "rss-end-MiB")
	b.Logf("%d reads in %s (%.0f req/s), p50 %s, p99 %s, %d writes, %d errors, RSS %.0f / %.0f / %.0f MiB (start / middle / end)",
		n, *loadTime, rps, p50, p99, writes.Load(), errs.Load(), rss[0], rss[1], rss[2])
	if errs.Load() > 0 {
		b.Errorf("%d errors, the first: %v", errs.Load(), firstErr.Load())
	}
}
