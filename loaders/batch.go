package loaders

import (
	"context"
	"sync"
	"time"
)

// batcher loads values by key for one request, caching what it loads.
// Keys reach it two ways. Prefetch fetches a whole level's keys at once,
// in the caller's goroutine and without waiting: the resolver of a list
// knows its children before the executor asks for them, so nothing needs
// gathering. Load is the fallback for fields nobody prefetched: it joins
// the keys asked for within wait of each other into one fetch.
type batcher[K comparable, V any] struct {
	fetch func(ctx context.Context, keys []K) (map[K]V, error)
	wait  time.Duration

	mu    sync.Mutex
	cache map[K]*entry[V]
	// primed are values read by other means (see Prime), kept apart so
	// priming a page of search hits costs no entry per hit.
	primed  map[K]V
	pending *pendingBatch[K, V]
}

// entry is one key's value, ready once done is closed.
type entry[V any] struct {
	done chan struct{}
	val  V
	err  error
}

// pendingBatch is the keys Load gathers before the wait runs out.
type pendingBatch[K comparable, V any] struct {
	ctx     context.Context
	keys    []K
	entries []*entry[V]
}

func newBatcher[K comparable, V any](wait time.Duration, fetch func(context.Context, []K) (map[K]V, error)) *batcher[K, V] {
	return &batcher[K, V]{fetch: fetch, wait: wait, cache: make(map[K]*entry[V])}
}

// get waits for e and returns its value.
func get[V any](ctx context.Context, e *entry[V]) (V, error) {
	select {
	case <-e.done:
		return e.val, e.err
	default:
	}
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

// enqueue returns the entry of key, adding it to the pending batch when
// it is neither cached nor being fetched. Call with b.mu held.
func (b *batcher[K, V]) enqueue(ctx context.Context, key K) *entry[V] {
	if e, ok := b.cache[key]; ok {
		return e
	}
	e := &entry[V]{done: make(chan struct{})}
	b.cache[key] = e
	if b.pending == nil {
		p := &pendingBatch[K, V]{ctx: context.WithoutCancel(ctx)}
		b.pending = p
		time.AfterFunc(b.wait, func() { b.dispatch(p) })
	}
	b.pending.keys = append(b.pending.keys, key)
	b.pending.entries = append(b.pending.entries, e)
	return e
}

// dispatch fetches the keys of p, unless a prefetch took it over.
func (b *batcher[K, V]) dispatch(p *pendingBatch[K, V]) {
	b.mu.Lock()
	if b.pending != p {
		b.mu.Unlock()
		return
	}
	b.pending = nil
	b.mu.Unlock()
	b.run(p.ctx, p.keys, p.entries)
}

// run fetches keys and makes their entries ready.
func (b *batcher[K, V]) run(ctx context.Context, keys []K, entries []*entry[V]) {
	got, err := b.fetch(ctx, keys)
	for i, e := range entries {
		if err != nil {
			e.err = err
		} else {
			e.val = got[keys[i]]
		}
		close(e.done)
	}
}

// Load returns the value of key, fetching it with the other keys asked for
// within the wait.
func (b *batcher[K, V]) Load(ctx context.Context, key K) (V, error) {
	b.mu.Lock()
	if v, ok := b.primed[key]; ok {
		b.mu.Unlock()
		return v, nil
	}
	e := b.enqueue(ctx, key)
	b.mu.Unlock()
	return get(ctx, e)
}

// LoadAll returns the values of keys, in order, fetched in one batch.
func (b *batcher[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	entries := make([]*entry[V], len(keys))
	out := make([]V, len(keys))
	b.mu.Lock()
	for i, k := range keys {
		if v, ok := b.primed[k]; ok {
			out[i] = v
			continue
		}
		entries[i] = b.enqueue(ctx, k)
	}
	b.mu.Unlock()
	for i, e := range entries {
		if e == nil {
			continue
		}
		v, err := get(ctx, e)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Prefetch fetches, at once and in one call, the keys that are neither
// cached nor being fetched, together with any keys Load is still
// gathering, so those need not wait for the timer either. It returns when
// every key is ready, with the first error met.
func (b *batcher[K, V]) Prefetch(ctx context.Context, keys []K) error {
	var fetch []K
	var fresh []*entry[V]
	var waitFor []*entry[V]
	b.mu.Lock()
	if p := b.pending; p != nil {
		b.pending = nil
		fetch, fresh = p.keys, p.entries
	}
	for _, k := range keys {
		if _, ok := b.primed[k]; ok {
			continue
		}
		if e, ok := b.cache[k]; ok {
			waitFor = append(waitFor, e)
			continue
		}
		e := &entry[V]{done: make(chan struct{})}
		b.cache[k] = e
		fetch, fresh = append(fetch, k), append(fresh, e)
	}
	b.mu.Unlock()
	if len(fetch) > 0 {
		b.run(ctx, fetch, fresh)
	}
	for _, e := range append(fresh, waitFor...) {
		if _, err := get(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// Prime caches val for key unless key is cached or being fetched already.
func (b *batcher[K, V]) Prime(key K, val V) {
	b.mu.Lock()
	if _, ok := b.cache[key]; !ok {
		if b.primed == nil {
			b.primed = make(map[K]V)
		}
		if _, ok := b.primed[key]; !ok {
			b.primed[key] = val
		}
	}
	b.mu.Unlock()
}

// Cached reports whether key is cached or being fetched.
func (b *batcher[K, V]) Cached(key K) bool {
	b.mu.Lock()
	_, ok := b.cache[key]
	if !ok {
		_, ok = b.primed[key]
	}
	b.mu.Unlock()
	return ok
}
