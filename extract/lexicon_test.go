package extract

import (
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// TestPlaceLexicons checks that the place lists agree: 31 provinces, each
// with a centre that the city list places in it, and every city in a
// listed province.
func TestPlaceLexicons(t *testing.T) {
	if n := len(provinces.keys); n != 31 {
		t.Errorf("%d provinces, want 31", n)
	}
	for k, name := range provinces.keys {
		centre := provinces.vals[k]
		if centre == "" {
			t.Errorf("province %s has no centre", name)
			continue
		}
		if got := cities.vals[persian.Squash(centre)]; persian.Squash(got) != k {
			t.Errorf("centre %s of %s is placed in %q", centre, name, got)
		}
	}
	if n := len(cities.keys); n < 420 {
		t.Errorf("%d cities and counties, want the ~450 counties of Iran", n)
	}
	for k, name := range cities.keys {
		if !provinces.has(persian.Squash(cities.vals[k])) {
			t.Errorf("city %s is in %q, no listed province", name, cities.vals[k])
		}
	}
}

// TestGivenNameLexicon checks the size of the given-name list and that no
// listed name is a word the rules read as a function word or a verb, which
// would make a person of an ordinary phrase. Month names (بهمن) are also
// given names.
func TestGivenNameLexicon(t *testing.T) {
	if n := len(givenNames.keys); n < 1000 {
		t.Errorf("%d given names, want over a thousand", n)
	}
	for k, name := range givenNames.keys {
		if stopWords.has(k) && !dateCues.has(k) || lightVerbs.has(k) {
			t.Errorf("given name %s is a stop word or verb", name)
		}
	}
}

// TestLexiconHeaders checks that every word list opens with a comment
// saying what it holds and where it comes from.
func TestLexiconHeaders(t *testing.T) {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := lexiconFS.ReadFile("lexicon/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if len(data) == 0 || data[0] != '#' {
			t.Errorf("%s has no header comment", e.Name())
		}
	}
}
