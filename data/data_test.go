package data

import (
	"strings"
	"testing"
)

func TestFilesListsTheBundledCorpus(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Fatalf("got %d corpus files, want 5", len(files))
	}
	for i, f := range files {
		if !strings.HasSuffix(f.Name, ".txt") || len(f.Data) == 0 {
			t.Errorf("file %d: %q with %d bytes", i, f.Name, len(f.Data))
		}
		if i > 0 && files[i-1].Name >= f.Name {
			t.Errorf("files not in name order: %q before %q", files[i-1].Name, f.Name)
		}
	}
}
