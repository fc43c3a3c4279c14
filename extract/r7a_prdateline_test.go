package extract

import (
	"strings"
	"testing"
)

// TestPublicRelationsDatelineAndCited checks that a public-relations office
// opening a dateline after its town and a dash, or on a sentence's start
// before a colon, or cited after «بر اساس اعلام», is a body of its own,
// while «به گزارش روابط عمومی X» still gives X alone.
func TestPublicRelationsDatelineAndCited(t *testing.T) {
	hasPR := func(text string) bool {
		for _, g := range orgNames(t, text) {
			if strings.HasPrefix(g, "روابط عمومی") {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"قزوین - روابط عمومی دانشگاه علوم پزشکی قزوین: جلسه شورای دانشگاه برگزار شد.",
		"روابط عمومی شورای اسلامی شهر زنجان: اعضای شورا امروز جلسه داشتند.",
		"بر اساس اعلام روابط عمومی فرمانداری شهرستان آبیک، جلسه شورای اداری برگزار شد.",
	} {
		if !hasPR(text) {
			t.Errorf("%s: bodies %q, want the public-relations office", text, orgNames(t, text))
		}
	}
	text := "به گزارش روابط عمومی دانشگاه علوم پزشکی قزوین، جلسه شورای دانشگاه برگزار شد."
	if hasPR(text) {
		t.Errorf("%s: bodies %q, want no public-relations office", text, orgNames(t, text))
	}
}
