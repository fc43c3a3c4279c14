package explore_test

import (
	"context"
	"encoding/json"
	"os"
	"sync/atomic"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/embedded"
)

// openEmbedded loads a testdata graph into a fresh embedded store.
func openEmbedded(t testing.TB, name string) *embedded.Store {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var b peyvand.Batch
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	st, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Apply(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return st
}

// countingStore shows a store through peyvand.Store alone, so explore
// takes its generic paths (no degrees, no native path search), and counts
// the EdgesOf round trips it makes.
type countingStore struct {
	peyvand.Store
	edgesOfCalls atomic.Int64
	emb          *embedded.Store
}

func (s *countingStore) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	s.edgesOfCalls.Add(1)
	return s.Store.EdgesOf(ctx, ids, dir, types...)
}

// load opens a testdata graph in an embedded store in a temporary
// directory, seen through a countingStore.
func load(t testing.TB, name string) *countingStore {
	t.Helper()
	emb := openEmbedded(t, name)
	return &countingStore{Store: emb, emb: emb}
}
