// Package loaders batches the store reads of one GraphQL request. The
// resolver of a list prefetches what the fields under it will ask for
// (see Prefetch*): one store call for a whole level of the query, made
// at once, so an in-memory store never waits and Neo4j gets one statement
// per level however loaded the machine is. Fields nobody prefetched ask a
// per-request loader, which gathers the keys asked for within a short wait
// into one call.
package loaders

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/peyvand/peyvand"
)

// DefaultWait is how long a loader gathers keys for fields nobody
// prefetched before it fetches them. The resolvers of one query level
// start within microseconds of each other, so a short wait batches a level
// without slowing a request noticeably; a resolver that starts later only
// costs one more round trip.
const DefaultWait = 500 * time.Microsecond

// Options configures the loaders of a request.
type Options struct {
	// Wait is how long a loader gathers keys before fetching; DefaultWait
	// when zero.
	Wait time.Duration
}

// Loaders are the dataloaders of one request. They cache what they load for
// the request's lifetime, so a node asked for twice is fetched once.
type Loaders struct {
	store peyvand.Store
	wait  time.Duration
	// The loaders are made on first use: most requests need few of them,
	// and a request that needs none should not pay for them.
	nodesOnce sync.Once
	nodes     *batcher[string, *peyvand.Node]

	mu      sync.Mutex
	edgesOf map[edgeSet]*batcher[string, []*peyvand.Edge]
}

// edgeSet names one kind of EdgesOf call: the direction and relationship
// types asked for. Keys of one loader share them, so they batch.
type edgeSet struct {
	dir   peyvand.Direction
	types string
}

// New returns the loaders of one request reading store.
func New(store peyvand.Store, o Options) *Loaders {
	wait := o.Wait
	if wait <= 0 {
		wait = DefaultWait
	}
	return &Loaders{store: store, wait: wait}
}

func (l *Loaders) nodeLoader() *batcher[string, *peyvand.Node] {
	l.nodesOnce.Do(func() { l.nodes = newBatcher(l.wait, l.fetchNodes) })
	return l.nodes
}

type ctxKey struct{}

// With returns a context carrying l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the loaders of the request ctx belongs to, as Middleware put
// them there, or nil outside a request.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	return l
}

// Node returns the node with the given ID, or nil when there is none.
func (l *Loaders) Node(ctx context.Context, id string) (*peyvand.Node, error) {
	return l.nodeLoader().Load(ctx, id)
}

// Nodes returns the nodes with the given IDs, in order, nil where none.
func (l *Loaders) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	return l.nodeLoader().LoadAll(ctx, ids)
}

// PrimeNodes caches nodes read by other means (a search), so fields that
// ask for them again cost no round trip.
func (l *Loaders) PrimeNodes(nodes ...*peyvand.Node) {
	ld := l.nodeLoader()
	for _, n := range nodes {
		if n != nil {
			ld.Prime(n.ID, n)
		}
	}
}

// NodeRequested reports whether the node with the given ID is cached or
// being loaded.
func (l *Loaders) NodeRequested(id string) bool { return l.nodeLoader().Cached(id) }

// PrefetchNodes reads, in one store call made now, the nodes with the
// given IDs that the request has not read yet, so that loading them later
// costs nothing.
func (l *Loaders) PrefetchNodes(ctx context.Context, ids []string) error {
	return l.nodeLoader().Prefetch(ctx, ids)
}

// PrefetchEdgesOf reads, in one store call made now, the edges of the
// given nodes that EdgesOf with dir and types would read, for the nodes
// whose edges the request has not read yet.
func (l *Loaders) PrefetchEdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) error {
	return l.edgesLoader(dir, types).Prefetch(ctx, ids)
}

// EdgesOf returns the edges of node id in direction dir of the given types
// (all types when none are given), ordered by edge ID.
func (l *Loaders) EdgesOf(ctx context.Context, id string, dir peyvand.Direction, types ...peyvand.RelType) ([]*peyvand.Edge, error) {
	return l.edgesLoader(dir, types).Load(ctx, id)
}

func (l *Loaders) edgesLoader(dir peyvand.Direction, types []peyvand.RelType) *batcher[string, []*peyvand.Edge] {
	set := edgeSet{dir: dir}
	switch len(types) {
	case 0:
	case 1:
		set.types = string(types[0])
	default:
		names := make([]string, len(types))
		for i, t := range types {
			names[i] = string(t)
		}
		slices.Sort(names)
		set.types = strings.Join(names, ",")
	}

	l.mu.Lock()
	defer l.mu.Unlock()
	if ld, ok := l.edgesOf[set]; ok {
		return ld
	}
	if l.edgesOf == nil {
		l.edgesOf = make(map[edgeSet]*batcher[string, []*peyvand.Edge])
	}
	rels := slices.Clone(types)
	ld := newBatcher(l.wait, func(ctx context.Context, ids []string) (map[string][]*peyvand.Edge, error) {
		got, err := l.store.EdgesOf(ctx, ids, dir, rels...)
		if err != nil {
			return nil, fmt.Errorf("load edges: %w", err)
		}
		return got, nil
	})
	l.edgesOf[set] = ld
	return ld
}

func (l *Loaders) fetchNodes(ctx context.Context, ids []string) (map[string]*peyvand.Node, error) {
	got, err := l.store.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load nodes: %w", err)
	}
	if len(got) != len(ids) {
		return nil, fmt.Errorf("load nodes: store returned %d nodes for %d ids", len(got), len(ids))
	}
	out := make(map[string]*peyvand.Node, len(ids))
	for i, id := range ids {
		out[id] = got[i]
	}
	return out, nil
}
