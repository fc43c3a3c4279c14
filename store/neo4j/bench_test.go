package neo4j_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/neo4j"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
	"github.com/peyvand/peyvand/synth"
)

// BenchmarkNeo4jBesideEmbedded loads one synthetic graph
// (PEYVAND_BENCH_PERSONS persons, 10,000 by default) into Neo4j and into
// the embedded store, reports Neo4j's bulk load rate, and times each
// operation on both, with p50 and p99, and node lookup by the bare driver
// too. Run it with -benchtime 1x under tools/neo4j/run.sh:
//
//	tools/neo4j/run.sh go test -run '^$' -bench Neo4j -benchtime 1x -timeout 60m ./store/neo4j/
func BenchmarkNeo4jBesideEmbedded(b *testing.B) {
	persons := benchPersons(10_000)
	neo, emb := benchStores(b)
	ctx := context.Background()
	cfg := synth.Config{Persons: persons, Seed: 1, BatchSize: 2000}
	var neoTime time.Duration
	items := 0
	err := synth.Generate(cfg, func(batch *peyvand.Batch) error {
		items += len(batch.Nodes) + len(batch.Edges)
		if _, err := emb.Apply(ctx, batch); err != nil {
			return err
		}
		start := time.Now()
		_, err := neo.Apply(ctx, batch)
		neoTime += time.Since(start)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	fmt.Printf("%d persons: %d nodes and edges loaded into Neo4j in %s: %.0f entities/s\n",
		persons, items, neoTime.Round(time.Millisecond), float64(items)/neoTime.Seconds())

	rng := rand.New(rand.NewPCG(1, 2))
	person := func() string { return synth.PersonID(rng.IntN(persons)) }
	posts, err := synth.LongChainPosts(cfg)
	if err != nil || len(posts) == 0 {
		b.Fatalf("long chain posts: %v", err)
	}
	nested := `{ persons(first: 50) { edges { node { id tenures { edges { node { role organization { id name parent { id } } } } } } } } }`
	handler := func(st peyvand.Store) http.Handler {
		return graph.NewHandler(graph.HandlerConfig{Store: st, Limits: graph.DefaultLimits})
	}
	cypherCfg := neo4jtest.Config(b)
	d, err := driver.NewDriverWithContext(cypherCfg.URI, driver.BasicAuth(cypherCfg.User, cypherCfg.Password, ""))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(ctx)
	nodesByID, _ := neo4j.Statement("nodes_by_id")

	ops := []struct {
		name string
		n    int
		run  func(st peyvand.Store) error
	}{
		{"node lookup", 200, func(st peyvand.Store) error { _, err := st.Nodes(ctx, []string{person()}); return err }},
		{"nested query, 50 persons", 30, func(st peyvand.Store) error { return postQuery(handler(st), nested) }},
		{"tenures of a person", 200, func(st peyvand.Store) error {
			_, err := explore.Career(ctx, st, person())
			return err
		}},
		{"neighbourhood depth 1", 100, func(st peyvand.Store) error {
			_, err := explore.Neighborhood(ctx, st, []string{person()}, explore.NeighborhoodOptions{Depth: 1})
			return err
		}},
		{"neighbourhood depth 2", 50, func(st peyvand.Store) error {
			_, err := explore.Neighborhood(ctx, st, []string{person()}, explore.NeighborhoodOptions{Depth: 2})
			return err
		}},
		{"shortest path", 50, func(st peyvand.Store) error {
			_, err := explore.ShortestPath(ctx, st, person(), person(), explore.PathOptions{})
			if err != nil && strings.Contains(err.Error(), "no path") {
				return nil
			}
			return err
		}},
		{"shortest path not found", 50, func(st peyvand.Store) error {
			_, err := explore.ShortestPath(ctx, st, person(), person(), explore.PathOptions{MaxHops: 1})
			if err != nil && strings.Contains(err.Error(), "no path") {
				return nil
			}
			return err
		}},
		{"appointment history", 50, func(st peyvand.Store) error {
			p := posts[rng.IntN(len(posts))]
			_, _, err := explore.AppointmentHistory(ctx, st, p.OrganizationID, p.Role)
			return err
		}},
	}
	b.ResetTimer()
	report := &strings.Builder{}
	fmt.Fprintf(report, "%d persons, p50 / p99:\n%-28s %-22s %-22s\n", persons, "operation", "embedded", "neo4j")
	for _, op := range ops {
		var cols []string
		for _, st := range []peyvand.Store{emb, neo} {
			times := make([]time.Duration, 0, op.n)
			for range op.n {
				start := time.Now()
				if err := op.run(st); err != nil {
					b.Fatalf("%s: %v", op.name, err)
				}
				times = append(times, time.Since(start))
			}
			cols = append(cols, percentiles(times))
		}
		fmt.Fprintf(report, "%-28s %-22s %-22s\n", op.name, cols[0], cols[1])
	}
	// The node lookup's statement through the bare driver.
	times := make([]time.Duration, 0, 200)
	for range 200 {
		start := time.Now()
		_, err := driver.ExecuteQuery(ctx, d, nodesByID, map[string]any{"ids": []string{person()}},
			driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(neo4j.DefaultDatabase), driver.ExecuteQueryWithReadersRouting())
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	fmt.Fprintf(report, "%-28s %-22s %-22s\n", "node lookup, bare driver", "", percentiles(times))
	// Printed whole: the benchmark's log would be cut to its first lines.
	fmt.Print(report.String())
}

func percentiles(ts []time.Duration) string {
	slices.Sort(ts)
	at := func(q float64) time.Duration { return ts[min(len(ts)-1, int(q*float64(len(ts))))] }
	return fmt.Sprintf("%s / %s", at(0.50).Round(time.Microsecond), at(0.99).Round(time.Microsecond))
}

func postQuery(h http.Handler, q string) error {
	body := fmt.Sprintf(`{"query": %q}`, q)
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %.300s", w.Code, w.Body)
	}
	return nil
}

// benchPersons is PEYVAND_BENCH_PERSONS, or def when it is not set.
func benchPersons(def int) int {
	if v := os.Getenv("PEYVAND_BENCH_PERSONS"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
	}
	return def
}

// benchStores opens the Neo4j test store and an embedded store beside it,
// both empty; the embedded one closes with the benchmark.
func benchStores(b *testing.B) (*neo4j.Store, *embedded.Store) {
	neo := neo4jtest.Open(b, nil)
	emb, err := embedded.Open(b.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { emb.Close() })
	return neo, emb
}
