// Package data holds the bundled corpus the default graph is built from: the
// Persian news pages a fresh store is filled with on first start.
package data

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

// Corpus holds the bundled news pages, one article file each under corpus/.
//
//go:embed corpus/*.txt
var Corpus embed.FS

// CorpusFile is one bundled file: its base name and its contents.
type CorpusFile struct {
	Name string
	Data []byte
}

// Files returns the bundled corpus files in name order.
func Files() ([]CorpusFile, error) {
	entries, err := fs.ReadDir(Corpus, "corpus")
	if err != nil {
		return nil, fmt.Errorf("read bundled corpus: %w", err)
	}
	files := make([]CorpusFile, 0, len(entries))
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := fs.ReadFile(Corpus, "corpus/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("read bundled corpus %s: %w", e.Name(), err)
		}
		files = append(files, CorpusFile{Name: e.Name(), Data: b})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}
