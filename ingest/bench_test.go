package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/store/embedded"
)

// syntheticDocs makes n documents from the gold files in testdata: document
// i is gold file i mod 15 with its article text, its persons renamed for
// each round through the gold files (so persons are mostly new and bodies
// mostly known, as in a news feed about the same institutions).
func syntheticDocs(tb testing.TB, n int) []*extract.Document {
	tb.Helper()
	type gold struct {
		raw, text string
		names     []string
	}
	var golds []gold
	for _, p := range goldPaths(tb) {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		text, err := os.ReadFile(strings.TrimSuffix(p, ".json"))
		if err != nil {
			tb.Fatal(err)
		}
		doc := readDoc(tb, p)
		var names []string
		for _, per := range doc.Persons {
			names = append(names, per.Name)
			names = append(names, per.Aliases...)
		}
		// Longest first, so a full name is renamed whole, not by its surname.
		sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
		golds = append(golds, gold{raw: string(raw), text: string(text), names: names})
	}
	docs := make([]*extract.Document, n)
	for i := range docs {
		g := golds[i%len(golds)]
		round := i / len(golds)
		var pairs []string
		for _, name := range g.names {
			pairs = append(pairs, name, fmt.Sprintf("%s%d", name, round))
		}
		r := strings.NewReplacer(pairs...)
		doc := &extract.Document{}
		if err := json.Unmarshal([]byte(r.Replace(g.raw)), doc); err != nil {
			tb.Fatal(err)
		}
		doc.File = fmt.Sprintf("syn%04d_%s", i, doc.File)
		doc.Articles = []extract.SourceInfo{{Title: doc.File, Text: r.Replace(g.text)}}
		docs[i] = doc
	}
	return docs
}

// BenchmarkIngest1000 ingests 1,000 synthetic articles into a fresh
// embedded store, one transaction (and fsync) each.
func BenchmarkIngest1000(b *testing.B) { benchmarkIngest(b, false) }

// BenchmarkIngest1000NoSync is BenchmarkIngest1000 without fsync, to tell
// the disk's share from the CPU's.
func BenchmarkIngest1000NoSync(b *testing.B) { benchmarkIngest(b, true) }

func benchmarkIngest(b *testing.B, noSync bool) {
	docs := syntheticDocs(b, 1000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := embedded.Open(filepath.Join(b.TempDir(), "db"), embedded.Options{NoSync: noSync})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := New(s, nil).Documents(ctx, docs, nil)
		if err != nil || sum.Failed != 0 {
			b.Fatalf("%v %v", err, sum.Errors)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

func TestSyntheticDocsRenamePersons(t *testing.T) {
	docs := syntheticDocs(t, 30)
	a, b := docs[0], docs[15]
	if a.Persons[0].Name == b.Persons[0].Name || !strings.HasSuffix(b.Persons[0].Name, "1") {
		t.Errorf("round 1 person %q, round 0 %q", b.Persons[0].Name, a.Persons[0].Name)
	}
	if a.Organizations[0].Name != b.Organizations[0].Name {
		t.Errorf("bodies renamed: %q, %q", a.Organizations[0].Name, b.Organizations[0].Name)
	}
}
