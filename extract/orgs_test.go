package extract

import (
	"strings"
	"testing"
)

// orgNames returns the bodies of a made-up one-article file, each as its
// name followed by its aliases.
func orgNames(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range doc.Organizations {
		out = append(out, strings.Join(append([]string{o.Name}, o.Aliases...), "|"))
	}
	return out
}

// TestProperHeadFromLexicon checks that a national body's short name used
// as a head is a short form of the fuller name it follows the head of, and
// that a news outlet's name is not.
func TestProperHeadFromLexicon(t *testing.T) {
	got := orgNames(t, "مدیرکل بهزیستی استان قم گفت: اداره کل بهزیستی استان قم آماده است.")
	if len(got) != 1 || got[0] != "اداره کل بهزیستی استان قم|بهزیستی استان قم" {
		t.Errorf("bodies %q, want one with the short form as alias", got)
	}
	got = orgNames(t, "به گزارش خبرگزاری صدا و سیما مرکز قم، مدیر صدا و سیما گفت: برنامه پخش شد.")
	if len(got) != 2 {
		t.Errorf("bodies %q, want the agency and the broadcaster apart", got)
	}
}
