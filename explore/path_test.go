package explore_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// checkPath fails unless p is a simple path from from to to whose every hop
// links the nodes either side of it.
func checkPath(t *testing.T, p *explore.Path, from, to string) {
	t.Helper()
	if p.Length != len(p.Hops) || len(p.Nodes) != p.Length+1 {
		t.Fatalf("path sizes disagree: length %d, %d hops, %d nodes", p.Length, len(p.Hops), len(p.Nodes))
	}
	if p.Nodes[0] != from || p.Nodes[p.Length] != to {
		t.Fatalf("path runs %s..%s, want %s..%s", p.Nodes[0], p.Nodes[p.Length], from, to)
	}
	seen := map[string]bool{}
	for i, n := range p.Nodes {
		if seen[n] {
			t.Fatalf("path %v visits %s twice", p.Nodes, n)
		}
		seen[n] = true
		if i < p.Length {
			e := p.Hops[i]
			if !(e.From == n && e.To == p.Nodes[i+1] || e.To == n && e.From == p.Nodes[i+1]) {
				t.Fatalf("hop %d (%s %s→%s) does not link %s and %s", i, e.Type, e.From, e.To, n, p.Nodes[i+1])
			}
		}
	}
}

func TestShortestPath(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		name     string
		from, to string
		opt      explore.PathOptions
		want     []string // nodes; nil when no path
		maxCalls int      // EdgesOf round trips allowed
	}{
		{"two hops through a body", "per_1", "per_2", explore.PathOptions{}, []string{"per_1", "org_1", "per_2"}, 2},
		{"four hops through two events", "per_3", "per_6", explore.PathOptions{}, []string{"per_3", "evt_1", "per_4", "evt_3", "per_6"}, 4},
		{"hop limit too short", "per_3", "per_6", explore.PathOptions{MaxHops: 3}, nil, 3},
		{"different components", "per_1", "per_7", explore.PathOptions{}, nil, 4},
		{"succession edge, against its direction", "per_7", "per_8", explore.PathOptions{}, []string{"per_7", "per_8"}, 1},
		{"same node", "per_1", "per_1", explore.PathOptions{}, []string{"per_1"}, 0},
		{"default skips shared province", "org_1", "org_3", explore.PathOptions{}, []string{"org_1", "evt_1", "org_3"}, 2},
		{"via province when asked", "org_1", "org_3", explore.PathOptions{Via: []peyvand.RelType{peyvand.RelLocatedIn}}, []string{"org_1", "plc_fars", "org_3"}, 2},
		{"via restricts", "org_1", "org_3", explore.PathOptions{Via: []peyvand.RelType{peyvand.RelPartOf}}, nil, 4},
		{"place as an end follows LOCATED_IN", "per_1", "plc_fars", explore.PathOptions{}, []string{"per_1", "org_1", "plc_fars"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st.edgesOfCalls.Store(0)
			p, err := explore.ShortestPath(context.Background(), st, tc.from, tc.to, tc.opt)
			if n := st.edgesOfCalls.Load(); n > int64(tc.maxCalls) {
				t.Errorf("%d EdgesOf calls, want at most %d", n, tc.maxCalls)
			}
			if tc.want == nil {
				if p != nil || !errors.Is(err, explore.ErrNoPath) || peyvand.ErrorCode(err) != peyvand.ENOTFOUND {
					t.Fatalf("got %v, %v; want no path, NOT_FOUND", p, err)
				}
				hops := tc.opt.MaxHops
				if hops == 0 {
					hops = explore.DefaultMaxHops
				}
				if msg := peyvand.ErrorMessage(err); !strings.Contains(msg, "within") || !strings.Contains(msg, string(rune('0'+hops))) {
					t.Errorf("message %q does not say the hop limit %d", msg, hops)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkPath(t, p, tc.from, tc.to)
			if !slices.Equal(p.Nodes, tc.want) {
				t.Errorf("path = %v, want %v", p.Nodes, tc.want)
			}
		})
	}
}

func TestShortestPathCarriesEvidence(t *testing.T) {
	st := load(t, "network.json")
	p, err := explore.ShortestPath(context.Background(), st, "per_1", "org_1", explore.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Hops) != 1 || len(p.Hops[0].Evidence) != 1 || !strings.Contains(p.Hops[0].Evidence[0].Quote, "منصوب") {
		t.Errorf("hop = %+v, want the tenure with its evidence", p.Hops)
	}
}

func TestPathErrors(t *testing.T) {
	st := load(t, "network.json")
	ctx := context.Background()
	tests := []struct {
		name     string
		from, to string
		opt      explore.PathOptions
		code     string
	}{
		{"unknown from", "per_none", "per_1", explore.PathOptions{}, peyvand.ENOTFOUND},
		{"unknown to", "per_1", "per_none", explore.PathOptions{}, peyvand.ENOTFOUND},
		{"too many hops", "per_1", "per_2", explore.PathOptions{MaxHops: 7}, peyvand.EINVALID},
		{"negative hops", "per_1", "per_2", explore.PathOptions{MaxHops: -1}, peyvand.EINVALID},
		{"unknown relationship", "per_1", "per_2", explore.PathOptions{Via: []peyvand.RelType{"KNOWS"}}, peyvand.EINVALID},
		{"empty ID", "", "per_2", explore.PathOptions{}, peyvand.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := explore.ShortestPath(ctx, st, tc.from, tc.to, tc.opt)
			if code := peyvand.ErrorCode(err); code != tc.code {
				t.Errorf("ShortestPath code = %q (%v), want %q", code, err, tc.code)
			}
			_, err = explore.KShortestPaths(ctx, st, tc.from, tc.to, 2, tc.opt)
			if code := peyvand.ErrorCode(err); code != tc.code {
				t.Errorf("KShortestPaths code = %q (%v), want %q", code, err, tc.code)
			}
		})
	}
	for _, k := range []int{0, explore.MaxPaths + 1} {
		if _, err := explore.KShortestPaths(ctx, st, "per_1", "per_2", k, explore.PathOptions{}); peyvand.ErrorCode(err) != peyvand.EINVALID {
			t.Errorf("k=%d: err = %v, want INVALID_ARGUMENT", k, err)
		}
	}
}

// slowStore delays every EdgesOf call, to run searches out of time.
type slowStore struct {
	*countingStore
	delay time.Duration
}

func (s slowStore) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.countingStore.EdgesOf(ctx, ids, dir, types...)
}

func TestPathBudget(t *testing.T) {
	st := slowStore{countingStore: load(t, "network.json"), delay: 40 * time.Millisecond}
	start := time.Now()
	_, err := explore.ShortestPath(context.Background(), st, "per_3", "per_6", explore.PathOptions{Budget: 50 * time.Millisecond})
	// The error check below catches a search that ignores its budget; this
	// bound, far above the budget so a loaded machine cannot break it,
	// catches one that hangs.
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("search took %s with a 50ms budget", took)
	}
	if !errors.Is(err, explore.ErrBudget) || peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("err = %v, want the budget error with code UNAVAILABLE", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := explore.ShortestPath(ctx, st, "per_3", "per_6", explore.PathOptions{}); err == nil || errors.Is(err, explore.ErrBudget) {
		t.Errorf("cancelled search: err = %v, want the cancellation", err)
	}
}

func TestKShortestPaths(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		name     string
		from, to string
		k        int
		opt      explore.PathOptions
		want     [][]string
	}{
		{"shortest, then by length and node order", "per_1", "per_2", 3, explore.PathOptions{}, [][]string{
			{"per_1", "org_1", "per_2"},
			{"per_1", "evt_1", "org_1", "per_2"},
			{"per_1", "org_1", "org_2", "per_2"},
		}},
		{"fewer paths than k within the hop limit", "per_1", "per_2", 10, explore.PathOptions{MaxHops: 2}, [][]string{
			{"per_1", "org_1", "per_2"},
		}},
		{"the one path", "per_7", "per_8", 5, explore.PathOptions{}, [][]string{{"per_7", "per_8"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := explore.KShortestPaths(context.Background(), st, tc.from, tc.to, tc.k, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, p := range ps {
				checkPath(t, p, tc.from, tc.to)
				got = append(got, p.Nodes)
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("paths = %v, want %v", got, tc.want)
			}
		})
	}
	ps, err := explore.KShortestPaths(context.Background(), st, "per_1", "per_2", explore.MaxPaths, explore.PathOptions{MaxHops: explore.MaxHops})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		checkPath(t, p, "per_1", "per_2")
		if i > 0 && p.Length < ps[i-1].Length {
			t.Errorf("path %d is shorter than path %d", i, i-1)
		}
	}
	if _, err := explore.KShortestPaths(context.Background(), st, "per_1", "per_7", 3, explore.PathOptions{}); !errors.Is(err, explore.ErrNoPath) {
		t.Errorf("err = %v, want no path", err)
	}
}

// nativeStore answers ShortestPath itself, as the Neo4j store does.
type nativeStore struct {
	*countingStore
	calls int
	hops  []*peyvand.Edge
}

func (s *nativeStore) ShortestPath(ctx context.Context, from, to string, maxHops int, types []peyvand.RelType) ([]*peyvand.Edge, error) {
	s.calls++
	if maxHops != explore.DefaultMaxHops || slices.Contains(types, peyvand.RelLocatedIn) {
		return nil, errors.New("unexpected arguments")
	}
	return s.hops, nil
}

func TestShortestPathNative(t *testing.T) {
	base := load(t, "network.json")
	es, _ := base.Edges(context.Background(), []string{"ten_11", "ten_21"})
	st := &nativeStore{countingStore: base, hops: es}
	p, err := explore.ShortestPath(context.Background(), st, "per_1", "per_2", explore.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := base.edgesOfCalls.Load(); st.calls != 1 || n != 0 {
		t.Errorf("native calls %d, EdgesOf calls %d; want the store's own search only", st.calls, n)
	}
	checkPath(t, p, "per_1", "per_2")
	st.hops = nil
	if _, err := explore.ShortestPath(context.Background(), st, "per_1", "per_2", explore.PathOptions{}); !errors.Is(err, explore.ErrNoPath) {
		t.Errorf("err = %v, want no path when the store finds none", err)
	}
}

func TestPathFrontierBound(t *testing.T) {
	st := load(t, "network.json")
	defer explore.SetMaxFrontier(1)()
	// per_3 and per_5 are four hops apart, and both sides grow past one node.
	_, err := explore.ShortestPath(context.Background(), st, "per_3", "per_5", explore.PathOptions{})
	if !errors.Is(err, explore.ErrBudget) || peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE || !strings.Contains(peyvand.ErrorMessage(err), "more than 1 nodes") {
		t.Errorf("err = %v, want the frontier bound as a budget error", err)
	}
	if p, err := explore.ShortestPath(context.Background(), st, "per_7", "per_8", explore.PathOptions{}); err != nil || p.Length != 1 {
		t.Errorf("a path within the bound: %v, %v", p, err)
	}
}
