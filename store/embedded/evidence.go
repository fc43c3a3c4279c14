package embedded

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/peyvand/peyvand"
)

// bucketEvidence holds the evidence of nodes and edges, one record each,
// kept apart from its owner so that a body cited by a thousand articles is
// not rewritten whole each time one more article cites it. A record's key
// is its source's ID, its owner's ID and a hash of the record, so that the
// records one document adds (they share its source) sit together in a few
// pages and a write touches few; its value carries a sequence number that
// restores each owner's list in the order it was written.
var bucketEvidence = []byte("evidence")

// evidenceRecord is the stored form of one piece of evidence.
type evidenceRecord struct {
	Seq      uint64           `json:"seq"`
	Evidence peyvand.Evidence `json:"ev"`
}

func evidenceKey(owner string, ev peyvand.Evidence) []byte {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s", ev.SourceID, ev.Start, ev.End, ev.Quote)
	k := make([]byte, 0, len(ev.SourceID)+len(owner)+10)
	k = append(k, ev.SourceID...)
	k = append(k, 0)
	k = append(k, owner...)
	k = append(k, 0)
	return h.Sum(k)
}

// putEvidence stores owner's evidence list now, given the list stored
// before: records new to the list are written, records gone from it
// deleted, and the rest left alone. A merge only appends, so the common
// case compares the lists once instead of searching one for each record.
func putEvidence(b *bolt.Bucket, owner string, old, now []peyvand.Evidence) error {
	added, gone := now, old
	if len(old) <= len(now) && slices.Equal(old, now[:len(old)]) {
		added, gone = now[len(old):], nil
	} else {
		in := func(list []peyvand.Evidence) map[peyvand.Evidence]bool {
			m := make(map[peyvand.Evidence]bool, len(list))
			for _, ev := range list {
				m[ev] = true
			}
			return m
		}
		inOld, inNow := in(old), in(now)
		added = slices.DeleteFunc(slices.Clone(now), func(ev peyvand.Evidence) bool { return inOld[ev] })
		gone = slices.DeleteFunc(slices.Clone(old), func(ev peyvand.Evidence) bool { return inNow[ev] })
	}
	for _, ev := range added {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		v, err := json.Marshal(evidenceRecord{Seq: seq, Evidence: ev})
		if err != nil {
			return err
		}
		if err := b.Put(evidenceKey(owner, ev), v); err != nil {
			return err
		}
	}
	for _, ev := range gone {
		if err := b.Delete(evidenceKey(owner, ev)); err != nil {
			return err
		}
	}
	return nil
}

// putOwner writes a node or an edge: bare, its record without evidence,
// under id in b, and its evidence (was old, is now) in vb.
func putOwner(b, vb *bolt.Bucket, id string, bare any, old, now []peyvand.Evidence) error {
	v, err := json.Marshal(bare)
	if err != nil {
		return err
	}
	if err := b.Put([]byte(id), v); err != nil {
		return err
	}
	return putEvidence(vb, id, old, now)
}

// deleteEvidence deletes the records of owner's evidence list old.
func deleteEvidence(b *bolt.Bucket, owner string, old []peyvand.Evidence) error {
	return putEvidence(b, owner, old, nil)
}

// loadEvidence reads every evidence record, by owner, in the order each
// owner's records were written.
func loadEvidence(b *bolt.Bucket) (map[string][]peyvand.Evidence, error) {
	recs := map[string][]evidenceRecord{}
	err := b.ForEach(func(k, v []byte) error {
		// source ID, 0, owner ID, 0, 8-byte hash
		i := bytes.IndexByte(k, 0)
		j := len(k) - 9
		if i < 0 || j <= i || k[j] != 0 {
			return fmt.Errorf("evidence key %q is malformed", k)
		}
		var r evidenceRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("evidence %q: %w", k, err)
		}
		owner := string(k[i+1 : j])
		recs[owner] = append(recs[owner], r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]peyvand.Evidence, len(recs))
	for owner, rs := range recs {
		slices.SortFunc(rs, func(a, b evidenceRecord) int { return cmp.Compare(a.Seq, b.Seq) })
		evs := make([]peyvand.Evidence, len(rs))
		for i, r := range rs {
			evs[i] = r.Evidence
		}
		out[owner] = evs
	}
	return out, nil
}
