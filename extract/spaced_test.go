package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// spacedSets are tuning sets scored once more with every zero-width
// non-joiner typed as a space, as many sites type it (هیئت مدیره، می شود،
// سرلک سیه کوه). The gold is the same: names match however their parts are
// joined. Floors sit a little below what the rules reach on these copies, so
// that a change that reads only neatly typed text shows here.
var spacedSets = []struct {
	dir    string
	floors map[string]float64
}{
	{"train23", floors(0.96, 0.93, 0.92, 0.90, 0.89, 0.95)},
	{"train22", floors(0.98, 0.94, 0.96, 0.99, 0.92, 0.95)},
	{"train21", floors(0.98, 0.93, 0.93, 0.99, 0.96, 0.99)},
	{"unseen16", floors(0.95, 0.93, 0.94, 0.88, 0.84, 0.99)},
	{"train20", floors(0.97, 0.89, 0.86, 0.88, 0.88, 0.91)},
	{"train19", floors(0.96, 0.94, 0.91, 0.95, 0.92, 0.99)},
	{"train24", floors(0.95, 0.90, 0.93, 0.79, 0.94, 0.99)},
	{"train17", floors(0.98, 0.96, 0.91, 0.99, 0.98, 0.99)},
	{"unseen11", floors(0.97, 0.96, 0.97, 0.98, 0.95, 0.99)},
}

// TestSpacedNonJoinerScores scores the spaced copies of spacedSets.
func TestSpacedNonJoinerScores(t *testing.T) {
	if testing.Short() {
		t.Skip("scores whole sets")
	}
	for _, set := range spacedSets {
		t.Run(set.dir, func(t *testing.T) {
			src := filepath.Join("testdata", set.dir, "texts")
			paths, _ := filepath.Glob(filepath.Join(src, "*.txt"))
			dst := t.TempDir()
			for _, p := range paths {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				b = bytes.ReplaceAll(b, []byte("\u200c"), []byte(" "))
				if err := os.WriteFile(filepath.Join(dst, filepath.Base(p)), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			checkScores(t, filepath.Join("testdata", set.dir, "gold"), dst, set.floors)
		})
	}
}
