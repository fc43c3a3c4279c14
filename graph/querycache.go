package graph

import (
	lst "container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// astBytesPerQueryByte estimates the memory a parsed and validated query
// holds per byte of its text: every token becomes a node with its
// position, name and definition pointers. Measured on the explorer's and
// GraphiQL's queries it is 20 to 40; the estimate errs high.
const astBytesPerQueryByte = 48

// queryCache keeps parsed and validated queries, least recently used
// first out, within a budget of estimated bytes rather than a number of
// entries, so a few huge queries cannot hold much memory. It also keeps,
// for each cached document, the costs measured of its operations, so a
// query sent again is not measured again when its variables cannot change
// its cost.
type queryCache struct {
	mu    sync.Mutex
	max   int64
	used  int64
	order *lst.List // of *cacheEntry, most recent first
	byKey map[string]*lst.Element
	byDoc map[*ast.QueryDocument]*cacheEntry
}

type cacheEntry struct {
	key   string
	doc   *ast.QueryDocument
	size  int64
	costs map[string]opCost // by operation name
	lean  map[string]bool   // by operation name: see leanExec.covers
}

var _ graphql.Cache[*ast.QueryDocument] = (*queryCache)(nil)

func newQueryCache(maxBytes int64) *queryCache {
	return &queryCache{max: maxBytes, order: lst.New(), byKey: map[string]*lst.Element{}, byDoc: map[*ast.QueryDocument]*cacheEntry{}}
}

// Get returns the document cached for the query text key.
func (c *queryCache) Get(_ context.Context, key string) (*ast.QueryDocument, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cacheEntry).doc, true
}

// Add caches doc for the query text key, evicting the least recently used
// documents until the estimate fits; a document larger than the whole
// budget is not cached.
func (c *queryCache) Add(_ context.Context, key string, doc *ast.QueryDocument) {
	size := int64(len(key))*astBytesPerQueryByte + 512
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		c.remove(el)
	}
	for c.used+size > c.max && c.order.Len() > 0 {
		c.remove(c.order.Back())
	}
	e := &cacheEntry{key: key, doc: doc, size: size}
	c.byKey[key] = c.order.PushFront(e)
	c.byDoc[doc] = e
	c.used += size
}

func (c *queryCache) remove(el *lst.Element) {
	e := c.order.Remove(el).(*cacheEntry)
	delete(c.byKey, e.key)
	delete(c.byDoc, e.doc)
	c.used -= e.size
}

// cost returns the cost remembered for operation op of doc.
func (c *queryCache) cost(doc *ast.QueryDocument, op string) (opCost, bool) {
	return recall(c, doc, op, func(e *cacheEntry) map[string]opCost { return e.costs })
}

// remember keeps the cost of operation op of doc while doc is cached.
func (c *queryCache) remember(doc *ast.QueryDocument, op string, cost opCost) {
	keep(c, doc, op, cost, func(e *cacheEntry) *map[string]opCost { return &e.costs })
}

// lean returns whether the lean path covers operation op of doc, when
// remembered.
func (c *queryCache) lean(doc *ast.QueryDocument, op string) (covered, ok bool) {
	return recall(c, doc, op, func(e *cacheEntry) map[string]bool { return e.lean })
}

// rememberLean keeps whether the lean path covers operation op of doc
// while doc is cached.
func (c *queryCache) rememberLean(doc *ast.QueryDocument, op string, covered bool) {
	keep(c, doc, op, covered, func(e *cacheEntry) *map[string]bool { return &e.lean })
}

// recall returns what facts, a map of a cache entry by operation name,
// holds for operation op of doc.
func recall[V any](c *queryCache, doc *ast.QueryDocument, op string, facts func(*cacheEntry) map[string]V) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var v V
	e, ok := c.byDoc[doc]
	if !ok {
		return v, false
	}
	v, ok = facts(e)[op]
	return v, ok
}

// keep sets v for operation op of doc in facts, a map of doc's cache
// entry, while doc is cached.
func keep[V any](c *queryCache, doc *ast.QueryDocument, op string, v V, facts func(*cacheEntry) *map[string]V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byDoc[doc]
	if !ok {
		return
	}
	m := facts(e)
	if *m == nil {
		*m = map[string]V{}
	}
	(*m)[op] = v
}

// stats returns the number of cached documents and their estimated bytes.
func (c *queryCache) stats() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.used
}
