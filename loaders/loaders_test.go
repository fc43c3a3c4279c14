package loaders_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/loaders"
)

// mapStore serves nodes and edges from maps and counts its calls; its
// Nodes answers in reverse order of a sorted request would, to catch a
// loader that trusts positions it should not.
type mapStore struct {
	peyvand.Store
	nodes   map[string]*peyvand.Node
	out     map[string][]*peyvand.Edge
	calls   atomic.Int64
	edgeSet atomic.Int64
}

func (s *mapStore) Nodes(_ context.Context, ids []string) ([]*peyvand.Node, error) {
	s.calls.Add(1)
	out := make([]*peyvand.Node, len(ids))
	for i, id := range ids {
		out[i] = s.nodes[id]
	}
	return out, nil
}

func (s *mapStore) EdgesOf(_ context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	s.edgeSet.Add(1)
	out := map[string][]*peyvand.Edge{}
	for _, id := range ids {
		for _, e := range s.out[id] {
			if len(types) == 0 || e.Type == types[0] {
				out[id] = append(out[id], e)
			}
		}
	}
	return out, nil
}

func TestLoadersBatchAndKeepKeys(t *testing.T) {
	s := &mapStore{
		nodes: map[string]*peyvand.Node{"per_a": {ID: "per_a"}, "per_b": {ID: "per_b"}},
		out: map[string][]*peyvand.Edge{
			"per_a": {{ID: "ten_1", Type: peyvand.RelHolds}, {ID: "rel_1", Type: peyvand.RelParticipated}},
			"per_b": {{ID: "ten_2", Type: peyvand.RelHolds}},
		},
	}
	l := loaders.New(s, loaders.Options{Wait: 20 * time.Millisecond})
	ctx := context.Background()

	ids := []string{"per_b", "per_missing", "per_a"}
	var wg sync.WaitGroup
	got := make([]*peyvand.Node, len(ids))
	edges := make([][]*peyvand.Edge, len(ids))
	for i, id := range ids {
		wg.Go(func() {
			n, err := l.Node(ctx, id)
			if err != nil {
				t.Error(err)
			}
			got[i] = n
			e, err := l.EdgesOf(ctx, id, peyvand.Out, peyvand.RelHolds)
			if err != nil {
				t.Error(err)
			}
			edges[i] = e
		})
	}
	wg.Wait()
	if got[0].ID != "per_b" || got[1] != nil || got[2].ID != "per_a" {
		t.Errorf("nodes = %v %v %v", got[0], got[1], got[2])
	}
	if len(edges[0]) != 1 || edges[0][0].ID != "ten_2" || len(edges[1]) != 0 || len(edges[2]) != 1 || edges[2][0].ID != "ten_1" {
		t.Errorf("edges = %v", edges)
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("Nodes called %d times, want 1", n)
	}
	if n := s.edgeSet.Load(); n != 1 {
		t.Errorf("EdgesOf called %d times, want 1", n)
	}

	// Cached: asking again costs nothing; primed nodes cost nothing.
	l.PrimeNodes(&peyvand.Node{ID: "per_c"})
	if n, _ := l.Node(ctx, "per_c"); n == nil || n.ID != "per_c" {
		t.Errorf("primed node = %v", n)
	}
	if _, err := l.Nodes(ctx, []string{"per_a", "per_b"}); err != nil {
		t.Fatal(err)
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("Nodes called %d times after cached reads, want 1", n)
	}
	// Another edge set is another batch.
	if e, _ := l.EdgesOf(ctx, "per_a", peyvand.Out, peyvand.RelParticipated); len(e) != 1 || e[0].ID != "rel_1" {
		t.Errorf("participations = %v", e)
	}
	if n := s.edgeSet.Load(); n != 2 {
		t.Errorf("EdgesOf called %d times, want 2", n)
	}
}

// TestPrefetchFetchesAtOnceAndTakesOverWaitingKeys checks that a prefetch
// reads its keys in one call without waiting, that loads of those keys
// then cost nothing, and that keys a load is still gathering join the
// prefetch's call instead of waiting for the timer.
func TestPrefetchFetchesAtOnceAndTakesOverWaitingKeys(t *testing.T) {
	s := &mapStore{
		nodes: map[string]*peyvand.Node{"per_a": {ID: "per_a"}, "per_b": {ID: "per_b"}, "per_c": {ID: "per_c"}},
		out:   map[string][]*peyvand.Edge{"per_a": {{ID: "ten_1", Type: peyvand.RelHolds}}},
	}
	// A wait far longer than the test: any fetch the timer made would
	// show as a hang.
	l := loaders.New(s, loaders.Options{Wait: time.Hour})
	ctx := context.Background()

	// A load that is waiting for the timer...
	waiting := make(chan *peyvand.Node)
	go func() {
		n, err := l.Node(ctx, "per_c")
		if err != nil {
			t.Error(err)
		}
		waiting <- n
	}()
	for s.calls.Load() == 0 && !loaderHasWaiting(l, "per_c") {
		time.Sleep(time.Millisecond)
	}
	// ...is fetched with the prefetch's keys, in its one call.
	start := time.Now()
	if err := l.PrefetchNodes(ctx, []string{"per_a", "per_b", "per_missing"}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("prefetch took %v", d)
	}
	if n := <-waiting; n == nil || n.ID != "per_c" {
		t.Errorf("waiting load got %v", n)
	}
	if err := l.PrefetchEdgesOf(ctx, []string{"per_a", "per_b"}, peyvand.Out, peyvand.RelHolds); err != nil {
		t.Fatal(err)
	}
	got, err := l.Nodes(ctx, []string{"per_b", "per_missing", "per_a"})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].ID != "per_b" || got[1] != nil || got[2].ID != "per_a" {
		t.Errorf("nodes = %v", got)
	}
	if e, err := l.EdgesOf(ctx, "per_a", peyvand.Out, peyvand.RelHolds); err != nil || len(e) != 1 {
		t.Errorf("edges of per_a = %v, %v", e, err)
	}
	if e, err := l.EdgesOf(ctx, "per_b", peyvand.Out, peyvand.RelHolds); err != nil || len(e) != 0 {
		t.Errorf("edges of per_b = %v, %v", e, err)
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("Nodes called %d times, want 1", n)
	}
	if n := s.edgeSet.Load(); n != 1 {
		t.Errorf("EdgesOf called %d times, want 1", n)
	}
}

// loaderHasWaiting reports whether a load of node id has started.
func loaderHasWaiting(l *loaders.Loaders, id string) bool { return l.NodeRequested(id) }
