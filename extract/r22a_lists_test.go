package extract

import (
	"slices"
	"testing"
)

// r22aCheckAffs checks that the affiliations of text hold every want
// and none of not ("person|role|body").
func r22aCheckAffs(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := r19aAffs(t, text)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("affiliations %q hold %q", got, w)
		}
	}
}

// TestR22aChamberRepresentatives checks «عضو هیئت نمایندگان اتاق X»: the
// board of representatives is part of the post, which is of the chamber.
func TestR22aChamberRepresentatives(t *testing.T) {
	text := "کرمان- ایرنا- هیئتی از اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان امروز از بازارچه مرزی دیدن کرد. " +
		"در این بازدید بردیا کوهساری‌نژاد، عضو هیئت نمایندگان اتاق کرمان، گفت: صادرات باید دو برابر شود."
	r22aCheckAffs(t, text,
		[]string{"بردیا کوهساری‌نژاد|عضو هیئت نمایندگان|اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان"},
		[]string{"بردیا کوهساری‌نژاد|عضو|هیئت نمایندگان اتاق کرمان"})
}
