// Package embedded is Peyvand's default store: in-process, durable, with no
// set-up. Every node and edge is written to a bbolt database (a B+tree file
// with fsync'd transactions) and kept in memory, with adjacency lists and a
// Persian-aware search index, so reads and traversals never touch the disk.
//
// Many readers and one writer may use a Store at once.
package embedded

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/peyvand/peyvand"
)

var _ peyvand.Store = (*Store)(nil)

var (
	bucketNodes = []byte("nodes")
	bucketEdges = []byte("edges")
	bucketAudit = []byte("audit")
)

// FileName is the database file's name inside the data directory.
const FileName = "peyvand.db"

// Options tune a Store.
type Options struct {
	Logger *slog.Logger
	// NoSync skips fsync on commit: much faster bulk loads, but a crash may
	// lose acknowledged writes. For benchmarks and throwaway graphs only.
	NoSync bool
	// Timeout bounds the wait for the database file's lock, held by another
	// process that has the same directory open.
	Timeout time.Duration
	// Now stamps writes; tests set it.
	Now func() time.Time
}

// Store is the embedded store. Open one per data directory.
type Store struct {
	db  *bolt.DB
	log *slog.Logger
	now func() time.Time

	writeMu sync.Mutex   // one writer at a time, for the whole of a write
	mu      sync.RWMutex // guards the maps below
	nodes   map[string]*peyvand.Node
	edges   map[string]*peyvand.Edge
	out     map[string][]*peyvand.Edge // node ID → edges from it, by edge ID
	in      map[string][]*peyvand.Edge // node ID → edges to it, by edge ID
	byType  map[peyvand.EntityType]map[string]*peyvand.Node
	order   map[string]string // node ID → collation key of its name
	gen     uint64            // bumped by every change of a node
	// auditSeq is the sequence number of the newest audit record whose
	// change is installed in memory: Audit shows no record before its
	// change is readable, though bbolt has it a moment earlier.
	auditSeq uint64
	index    *searchIndex
	coll     *collate.Collator
	closed   bool

	// sorted holds listings' candidates in order, made once per gen; see
	// sortedNodes.
	sortedMu sync.Mutex
	sorted   map[listKey]*sortedList
}

// Open opens (creating if needed) the store in directory dir and loads it
// into memory.
func Open(dir string, opts Options) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	path := filepath.Join(dir, FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.Timeout, NoSync: opts.NoSync, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: another process has it open", path)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{
		db:     db,
		log:    opts.Logger,
		now:    opts.Now,
		nodes:  map[string]*peyvand.Node{},
		edges:  map[string]*peyvand.Edge{},
		out:    map[string][]*peyvand.Edge{},
		in:     map[string][]*peyvand.Edge{},
		byType: map[peyvand.EntityType]map[string]*peyvand.Node{},
		order:  map[string]string{},
		index:  newSearchIndex(),
		coll:   collate.New(language.Persian),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.load(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// load reads the whole database into memory.
func (s *Store) load() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketNodes, bucketEdges, bucketAudit, bucketEvidence, bucketMerges} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		evidence, err := loadEvidence(tx.Bucket(bucketEvidence))
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketNodes).ForEach(func(k, v []byte) error {
			var n peyvand.Node
			if err := json.Unmarshal(v, &n); err != nil {
				return fmt.Errorf("node %s: %w", k, err)
			}
			n.Evidence = evidence[n.ID]
			s.putNode(&n)
			return nil
		})
		if err != nil {
			return err
		}
		var edges []*peyvand.Edge
		err = tx.Bucket(bucketEdges).ForEach(func(k, v []byte) error {
			var e peyvand.Edge
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("edge %s: %w", k, err)
			}
			e.Evidence = evidence[e.ID]
			edges = append(edges, &e)
			return nil
		})
		s.putEdges(edges)
		s.auditSeq = tx.Bucket(bucketAudit).Sequence()
		return err
	})
}

// Close closes the database file.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	return s.db.Close()
}

// Ping reports whether the store is open.
func (s *Store) Ping(ctx context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
	}
	return ctx.Err()
}

func (s *Store) readable(ctx context.Context) error {
	if s.closed {
		return peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
	}
	return ctx.Err()
}

// putNode installs n in memory. The caller holds mu (or is loading).
func (s *Store) putNode(n *peyvand.Node) {
	s.gen++
	if old := s.nodes[n.ID]; old != nil && old.Type != n.Type {
		delete(s.byType[old.Type], n.ID)
	}
	s.nodes[n.ID] = n
	m := s.byType[n.Type]
	if m == nil {
		m = map[string]*peyvand.Node{}
		s.byType[n.Type] = m
	}
	if n.MergedInto != "" {
		delete(m, n.ID)
	} else {
		m[n.ID] = n
	}
	s.order[n.ID] = string(s.coll.KeyFromString(&collate.Buffer{}, sortKey(n.Name)))
	s.index.put(n)
}

// putEdges installs edges in memory, replacing those with the same IDs.
// Adjacency lists stay sorted by edge ID; new edges are merged into each
// list in one pass, so loading many edges of a high-degree node costs
// O(degree + k log k), not O(degree × k). Readers only see the lists under
// mu, which the caller holds for writing, so they are changed in place.
func (s *Store) putEdges(edges []*peyvand.Edge) {
	addOut := map[string][]*peyvand.Edge{}
	addIn := map[string][]*peyvand.Edge{}
	for _, e := range edges {
		if old := s.edges[e.ID]; old != nil && old.From == e.From && old.To == e.To {
			s.edges[e.ID] = e
			replaceEdge(s.out[e.From], e)
			replaceEdge(s.in[e.To], e)
			continue
		} else if old != nil {
			s.dropEdge(old)
		}
		s.edges[e.ID] = e
		addOut[e.From] = append(addOut[e.From], e)
		addIn[e.To] = append(addIn[e.To], e)
	}
	for id, add := range addOut {
		s.out[id] = mergeSorted(s.out[id], add)
	}
	for id, add := range addIn {
		s.in[id] = mergeSorted(s.in[id], add)
	}
}

func (s *Store) dropEdge(e *peyvand.Edge) {
	delete(s.edges, e.ID)
	s.out[e.From] = removeEdge(s.out[e.From], e.ID)
	s.in[e.To] = removeEdge(s.in[e.To], e.ID)
}

func edgeCmp(x *peyvand.Edge, id string) int { return strings.Compare(x.ID, id) }

func replaceEdge(list []*peyvand.Edge, e *peyvand.Edge) {
	if i, found := slices.BinarySearchFunc(list, e.ID, edgeCmp); found {
		list[i] = e
	}
}

// mergeSorted merges add (any order, IDs not in list) into the sorted list.
func mergeSorted(list, add []*peyvand.Edge) []*peyvand.Edge {
	slices.SortFunc(add, func(a, b *peyvand.Edge) int { return strings.Compare(a.ID, b.ID) })
	if len(list) == 0 {
		return add
	}
	if list[len(list)-1].ID < add[0].ID {
		return append(list, add...)
	}
	out := make([]*peyvand.Edge, 0, len(list)+len(add))
	i, j := 0, 0
	for i < len(list) && j < len(add) {
		if list[i].ID < add[j].ID {
			out = append(out, list[i])
			i++
		} else {
			out = append(out, add[j])
			j++
		}
	}
	out = append(out, list[i:]...)
	return append(out, add[j:]...)
}

func removeEdge(list []*peyvand.Edge, id string) []*peyvand.Edge {
	i, found := slices.BinarySearchFunc(list, id, edgeCmp)
	if !found {
		return list
	}
	return slices.Delete(list, i, i+1)
}

// resolve follows merges from id to the surviving node.
func (s *Store) resolve(id string) *peyvand.Node {
	n := s.nodes[id]
	for hops := 0; n != nil && n.MergedInto != "" && hops < 64; hops++ {
		n = s.nodes[n.MergedInto]
	}
	if n != nil && n.MergedInto != "" {
		return nil
	}
	return n
}

// Nodes returns nodes by ID, following merges.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.readable(ctx); err != nil {
		return nil, err
	}
	out := make([]*peyvand.Node, len(ids))
	for i, id := range ids {
		out[i] = cloneNode(s.resolve(id))
	}
	return out, nil
}

// Edges returns edges by ID.
func (s *Store) Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.readable(ctx); err != nil {
		return nil, err
	}
	out := make([]*peyvand.Edge, len(ids))
	for i, id := range ids {
		out[i] = cloneEdge(s.edges[id])
	}
	return out, nil
}

// EdgesOf returns the edges of each node in direction dir.
func (s *Store) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.readable(ctx); err != nil {
		return nil, err
	}
	res := make(map[string][]*peyvand.Edge, len(ids))
	for _, id := range ids {
		n := s.resolve(id)
		if n == nil {
			res[id] = nil
			continue
		}
		var list []*peyvand.Edge
		keep := func(es []*peyvand.Edge) {
			for _, e := range es {
				if len(types) == 0 || slices.Contains(types, e.Type) {
					list = append(list, cloneEdge(e))
				}
			}
		}
		if dir == peyvand.Out || dir == peyvand.Both {
			keep(s.out[n.ID])
		}
		if dir == peyvand.In || dir == peyvand.Both {
			keep(s.in[n.ID])
		}
		if dir == peyvand.Both {
			sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
			list = slices.CompactFunc(list, func(a, b *peyvand.Edge) bool { return a.ID == b.ID })
		}
		res[id] = list
	}
	return res, nil
}

// Degree returns how many edges touch node id; the in-memory adjacency
// makes it free, and traversals use it to rank neighbours.
func (s *Store) Degree(id string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.out[id]) + len(s.in[id])
}

// Stats counts the stored graph.
func (s *Store) Stats(ctx context.Context) (*peyvand.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.readable(ctx); err != nil {
		return nil, err
	}
	st := &peyvand.Stats{Nodes: map[peyvand.EntityType]int{}, Edges: map[peyvand.RelType]int{}}
	for t, m := range s.byType {
		st.Nodes[t] = len(m)
	}
	for _, e := range s.edges {
		st.Edges[e.Type]++
	}
	return st, nil
}

// Audit returns the newest curation records first.
func (s *Store) Audit(ctx context.Context, limit int) ([]peyvand.AuditRecord, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	visible := s.auditSeq
	s.mu.RUnlock()
	var out []peyvand.AuditRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketAudit).Cursor()
		for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			if len(k) == 8 && binary.BigEndian.Uint64(k) > visible {
				continue
			}
			var r peyvand.AuditRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("audit record %x: %w", k, err)
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, bolt.ErrDatabaseNotOpen) {
			return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
		}
		return nil, fmt.Errorf("audit: %w", err)
	}
	return out, nil
}

// putAudit appends r to the audit bucket of tx and returns its sequence
// number.
func putAudit(tx *bolt.Tx, r *peyvand.AuditRecord) (uint64, error) {
	b := tx.Bucket(bucketAudit)
	seq, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	if r.ID == "" {
		r.ID = fmt.Sprintf("aud_%d", seq)
	}
	v, err := json.Marshal(r)
	if err != nil {
		return 0, err
	}
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], seq)
	return seq, b.Put(k[:], v)
}

// nameKeyMatch is used by the listing filter on names.
func nameKeyMatch(n *peyvand.Node, needle string) bool {
	if needle == "" {
		return true
	}
	return containsFold(needle, append([]string{n.Name}, n.Aliases...)...)
}
