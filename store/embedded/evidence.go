package embedded

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/peyvand/peyvand"
)

// bucketEvidence holds the evidence of nodes and edges, one record each,
// keyed by the owner's ID and the record's place in its list. Kept apart
// from the owner so that a body cited by a thousand articles is not
// rewritten whole each time one more article cites it.
var bucketEvidence = []byte("evidence")

func evidenceKey(owner string, i int) []byte {
	k := make([]byte, 0, len(owner)+5)
	k = append(k, owner...)
	k = append(k, 0)
	return binary.BigEndian.AppendUint32(k, uint32(i))
}

// putEvidence stores owner's evidence list now, given what was stored
// before: only appended records are written when the old list is a prefix
// of the new one, as it is for every merge; otherwise the list is rewritten.
func putEvidence(b *bolt.Bucket, owner string, old, now []peyvand.Evidence) error {
	from := len(old)
	if len(old) > len(now) || !slices.Equal(old, now[:len(old)]) {
		if err := deleteEvidence(b, owner); err != nil {
			return err
		}
		from = 0
	}
	for i := from; i < len(now); i++ {
		v, err := json.Marshal(now[i])
		if err != nil {
			return err
		}
		if err := b.Put(evidenceKey(owner, i), v); err != nil {
			return err
		}
	}
	return nil
}

func deleteEvidence(b *bolt.Bucket, owner string) error {
	prefix := append([]byte(owner), 0)
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Seek(prefix) {
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// loadEvidence reads every evidence record, by owner, in order.
func loadEvidence(b *bolt.Bucket) (map[string][]peyvand.Evidence, error) {
	out := map[string][]peyvand.Evidence{}
	err := b.ForEach(func(k, v []byte) error {
		// The key is owner, a zero byte, and a 4-byte index.
		i := len(k) - 5
		if i < 1 || k[i] != 0 {
			return fmt.Errorf("evidence key %q has no owner", k)
		}
		var ev peyvand.Evidence
		if err := json.Unmarshal(v, &ev); err != nil {
			return fmt.Errorf("evidence %q: %w", k, err)
		}
		owner := string(k[:i])
		out[owner] = append(out[owner], ev)
		return nil
	})
	return out, err
}
