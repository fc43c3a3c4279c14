package extract

import "testing"

// TestShortHeadsFollowNewBodies checks that the index of bodies by the
// first word of a long head, which shortHeadBody builds on first use,
// sees bodies added after it was built, and reads names from the article's
// bodies as they are now, not from a copy taken when it was built.
func TestShortHeadsFollowNewBodies(t *testing.T) {
	a := newAnalysis(0, Article{Lines: []string{"رئیس اتاق یزد گفت: کار آغاز شد."}})
	words := []string{"رئیس", "اتاق"}
	j := 2 // «یزد»
	var r roleRef
	a.shortHeadBody(&r, words, j)
	if r.org != "" {
		t.Fatalf("no body named yet, got %q", r.org)
	}
	a.orgs = append(a.orgs, orgMention{start: 5, end: 9, name: "اتاق بازرگانی، صنایع، معادن و کشاورزی یزد", head: "اتاق بازرگانی", place: "یزد"})
	a.shortHeadBody(&r, words, j)
	if r.org != "اتاق بازرگانی، صنایع، معادن و کشاورزی یزد" {
		t.Fatalf("body added after the index was built not found: got %q", r.org)
	}
	for k := 0; k < 40; k++ { // grow the slice so it moves in memory
		a.orgs = append(a.orgs, orgMention{name: "شرکت الف", head: "شرکت"})
	}
	a.orgs[0].name = "اتاق بازرگانی یزد"
	r = roleRef{}
	a.shortHeadBody(&r, words, j)
	if r.org != "اتاق بازرگانی یزد" {
		t.Errorf("stale name read: got %q", r.org)
	}
}
