package explore_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/synth"
)

// The benchmarks run on the embedded store loaded with synthetic graphs of
// 10k and 100k persons, and of 1M persons when PEYVAND_BENCH_1M=1 (loading
// it takes long). A graph is loaded once per test binary and shared by the
// benchmarks that name its size.

// benchGraph is a loaded synthetic graph and what the benchmarks start from.
type benchGraph struct {
	st       *embedded.Store
	dir      string
	persons  int
	items    int           // nodes and edges loaded
	load     time.Duration // time to generate and load
	heap     uint64        // live heap the store added
	dbBytes  int64
	median   string      // a person of median degree
	p99      string      // a person of 99th-percentile degree
	found    [][2]string // random pairs of persons within DefaultMaxHops
	notFound [][2]string // random pairs that are not
	long     peyvand.Position
}

var (
	benchMu     sync.Mutex
	benchGraphs = map[int]*benchGraph{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, g := range benchGraphs {
		g.st.Close()
		os.RemoveAll(g.dir)
	}
	os.Exit(code)
}

// benchSizes lists the graph sizes to benchmark.
func benchSizes() []int {
	sizes := []int{10_000, 100_000}
	if os.Getenv("PEYVAND_BENCH_1M") == "1" {
		sizes = append(sizes, 1_000_000)
	}
	return sizes
}

func sizeName(n int) string {
	if n >= 1_000_000 {
		return fmt.Sprintf("%dM", n/1_000_000)
	}
	return fmt.Sprintf("%dk", n/1000)
}

func heapNow() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// graphOf loads (once) the synthetic graph of n persons.
func graphOf(b *testing.B, n int) *benchGraph {
	benchMu.Lock()
	defer benchMu.Unlock()
	if g := benchGraphs[n]; g != nil {
		return g
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "peyvand-bench-")
	if err != nil {
		b.Fatal(err)
	}
	before := heapNow()
	start := time.Now()
	st, err := embedded.Open(dir, embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	g := &benchGraph{st: st, dir: dir, persons: n}
	cfg := synth.Config{Persons: n, Seed: 1}
	// A long load says how it goes, on stderr, every half minute.
	lastItems, lastAt := 0, start
	err = synth.Generate(cfg, func(batch *peyvand.Batch) error {
		g.items += len(batch.Nodes) + len(batch.Edges)
		if now := time.Now(); now.Sub(lastAt) > 30*time.Second {
			fmt.Fprintf(os.Stderr, "bench: loading %s persons: %d items after %s, %.0f items/s lately\n",
				sizeName(n), g.items, now.Sub(start).Round(time.Second), float64(g.items-lastItems)/now.Sub(lastAt).Seconds())
			lastItems, lastAt = g.items, now
		}
		_, err := st.Apply(ctx, batch)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	g.load = time.Since(start)
	g.heap = heapNow() - before
	if fi, err := os.Stat(filepath.Join(dir, embedded.FileName)); err == nil {
		g.dbBytes = fi.Size()
	}
	benchGraphs[n] = g

	ids := make([]string, n)
	for i := range ids {
		ids[i] = synth.PersonID(i)
	}
	slices.SortStableFunc(ids, func(a, c string) int { return st.Degree(a) - st.Degree(c) })
	g.median, g.p99 = ids[n/2], ids[n*99/100]

	// Pairs are drawn from persons with edges: an isolated person makes a
	// "not found" that costs nothing.
	linked := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return st.Degree(id) == 0 })
	rng := rand.New(rand.NewPCG(1, 2))
	for tries := 0; tries < 5000 && (len(g.found) < 100 || len(g.notFound) < 100); tries++ {
		pair := [2]string{linked[rng.IntN(len(linked))], linked[rng.IntN(len(linked))]}
		if pair[0] == pair[1] {
			continue
		}
		_, err := explore.ShortestPath(ctx, st, pair[0], pair[1], explore.PathOptions{Budget: time.Minute})
		switch {
		case err == nil && len(g.found) < 100:
			g.found = append(g.found, pair)
		case errors.Is(err, explore.ErrNoPath) && len(g.notFound) < 100:
			g.notFound = append(g.notFound, pair)
		case err != nil && !errors.Is(err, explore.ErrNoPath):
			b.Fatal(err)
		}
	}
	posts, err := synth.LongChainPosts(cfg)
	if err != nil {
		b.Fatal(err)
	}
	g.long = posts[0]
	return g
}

// latencies records the time of each operation and reports p50 and p99 of
// wall time, and the process CPU time per operation, which other load on a
// shared machine disturbs less.
type latencies []time.Duration

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (l *latencies) time(f func()) {
	start := time.Now()
	f()
	*l = append(*l, time.Since(start))
}

func (l latencies) report(b *testing.B, cpu0 time.Duration) {
	if len(l) == 0 {
		return
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(len(l)), "cpu-ms/op")
	slices.Sort(l)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(l[len(l)/2]), "p50-ms")
	b.ReportMetric(ms(l[min(len(l)-1, len(l)*99/100)]), "p99-ms")
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(sizeName(n), func(b *testing.B) {
			g := graphOf(b, n)
			for range b.N {
			}
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(g.load.Seconds(), "load-s")
			b.ReportMetric(float64(g.items)/g.load.Seconds(), "items/s")
			b.ReportMetric(float64(g.heap)/float64(n), "heap-B/person")
			b.ReportMetric(float64(g.dbBytes)/float64(n), "file-B/person")
			b.ReportMetric(float64(g.items), "items")
		})
	}
}

func BenchmarkNeighborhood(b *testing.B) {
	for _, n := range benchSizes() {
		for _, depth := range []int{1, 2} {
			for _, seed := range []string{"median", "p99"} {
				b.Run(fmt.Sprintf("%s/depth%d/%s", sizeName(n), depth, seed), func(b *testing.B) {
					g := graphOf(b, n)
					id := g.median
					if seed == "p99" {
						id = g.p99
					}
					var lat latencies
					nodes, edges := 0, 0
					b.ResetTimer()
					cpu0 := cpuTime()
					for range b.N {
						lat.time(func() {
							sg, err := explore.Neighborhood(context.Background(), g.st, []string{id}, explore.NeighborhoodOptions{Depth: depth})
							if err != nil {
								b.Fatal(err)
							}
							nodes, edges = len(sg.Nodes), len(sg.Edges)
						})
					}
					lat.report(b, cpu0)
					b.ReportMetric(float64(nodes), "nodes")
					b.ReportMetric(float64(edges), "edges")
					b.ReportMetric(float64(g.st.Degree(id)), "seed-degree")
				})
			}
		}
	}
}

func BenchmarkShortestPath(b *testing.B) {
	for _, n := range benchSizes() {
		for _, kind := range []string{"found", "notfound"} {
			b.Run(sizeName(n)+"/"+kind, func(b *testing.B) {
				g := graphOf(b, n)
				pairs := g.found
				if kind == "notfound" {
					pairs = g.notFound
				}
				if len(pairs) == 0 {
					b.Skipf("no %s pairs among random persons", kind)
				}
				var lat latencies
				b.ResetTimer()
				cpu0 := cpuTime()
				for i := range b.N {
					p := pairs[i%len(pairs)]
					lat.time(func() {
						_, err := explore.ShortestPath(context.Background(), g.st, p[0], p[1], explore.PathOptions{})
						if kind == "found" && err != nil || kind == "notfound" && !errors.Is(err, explore.ErrNoPath) {
							b.Fatalf("%s→%s: %v", p[0], p[1], err)
						}
					})
				}
				lat.report(b, cpu0)
				b.ReportMetric(float64(len(pairs)), "pairs")
			})
		}
	}
}

func BenchmarkSuccession(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(sizeName(n), func(b *testing.B) {
			g := graphOf(b, n)
			var lat latencies
			b.ResetTimer()
			cpu0 := cpuTime()
			for range b.N {
				lat.time(func() {
					chain, _, err := explore.AppointmentHistory(context.Background(), g.st, g.long.OrganizationID, g.long.Role)
					if err != nil || len(chain) != synth.LongChainHolders {
						b.Fatalf("chain of %d: %v", len(chain), err)
					}
				})
			}
			lat.report(b, cpu0)
		})
	}
}
