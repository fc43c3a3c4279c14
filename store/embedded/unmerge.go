package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/upsert"
)

// bucketMerges holds what each merge did (upsert.MergeRecord), keyed by
// the merged node's ID, a zero byte and the bucket's sequence number, so
// the records of one node read in the order they were made.
var bucketMerges = []byte("merges")

// putMergeRecord stores r as the newest record of r.From.
func putMergeRecord(tx *bolt.Tx, r *upsert.MergeRecord) error {
	b := tx.Bucket(bucketMerges)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	return putMergeRecordAt(b, mergeKey(r.From, seq), r)
}

func putMergeRecordAt(b *bolt.Bucket, k []byte, r *upsert.MergeRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("merge record of %s: %w", r.From, err)
	}
	return b.Put(k, v)
}

func mergeKey(id string, seq uint64) []byte {
	k := make([]byte, len(id)+9)
	copy(k, id)
	binary.BigEndian.PutUint64(k[len(id)+1:], seq)
	return k
}

// latestMergeRecord returns the newest merge record of node id and its
// key, or nil when id was never merged.
func latestMergeRecord(tx *bolt.Tx, id string) (*upsert.MergeRecord, []byte, error) {
	prefix := append([]byte(id), 0)
	c := tx.Bucket(bucketMerges).Cursor()
	var last, val []byte
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if len(k) == len(prefix)+8 {
			last, val = bytes.Clone(k), v
		}
	}
	if last == nil {
		return nil, nil, nil
	}
	var r upsert.MergeRecord
	if err := json.Unmarshal(val, &r); err != nil {
		return nil, nil, fmt.Errorf("merge record %q: %w", last, err)
	}
	return &r, last, nil
}

// Unmerge undoes the merge of node id into another (see upsert.PlanUnmerge
// for what comes back to whom): the nodes, edges, the merge record marked
// undone and the audit record commit in one bbolt transaction.
func (s *Store) Unmerge(ctx context.Context, id string, rec peyvand.AuditRecord) (restored, survivor *peyvand.Node, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return nil, nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "the store is closed")
	}
	var mr *upsert.MergeRecord
	var key []byte
	if err := s.db.View(func(tx *bolt.Tx) error {
		mr, key, err = latestMergeRecord(tx, id)
		return err
	}); err != nil {
		return nil, nil, fmt.Errorf("unmerge %s: %w", id, err)
	}
	look := upsert.UnmergeLookup{
		Node: func(id string) *peyvand.Node { return s.nodes[id] },
		Edge: func(id string) *peyvand.Edge { return s.edges[id] },
	}
	if err := upsert.CheckUnmerge(id, mr, look); err != nil {
		return nil, nil, err
	}
	p := upsert.PlanUnmerge(mr, look, rec, s.now().UTC())
	mark := func(tx *bolt.Tx) error {
		p.Record.Undone = p.Audit.ID
		return putMergeRecordAt(tx.Bucket(bucketMerges), key, p.Record)
	}
	if err := s.commit([]*peyvand.Node{p.Restored, p.Survivor}, p.Edges, p.Deletes, &p.Audit, mark); err != nil {
		return nil, nil, err
	}
	return cloneNode(p.Restored), cloneNode(p.Survivor), nil
}
