package persian

import (
	"strings"
	"testing"
	"unicode"
)

func TestNameKeyEquivalences(t *testing.T) {
	groups := [][]string{
		{"کامران شریفی‌نیا", "کامران شریفی نیا", "کامران شریفینیا", "دکتر کامران شریفی‌نیا", "سرهنگ دوم کامران شریفي نيا", "دکتر سرهنگ دوم کامران شریفینیا"},
		{"عبدالحمید موسوی", "سیدعبدالحمید موسوی", "سید عبدالحمید موسوی", "حجت‌الاسلام سید عبدالحمید موسوی"},
		{"كانون بسيج", "کانون بسیج", "کانونِ بسیـج"},
		{"۱۴۰۳", "١٤٠٣", "1403"},
	}
	for _, g := range groups {
		want := NameKey(g[0])
		for _, s := range g[1:] {
			if got := NameKey(s); got != want {
				t.Errorf("NameKey(%q) = %q, want %q (as for %q)", s, got, want, g[0])
			}
		}
	}
	if NameKey("سیده فاطمه") == NameKey("فاطمه") && NameKey("سیدی") == "" {
		t.Errorf("سیدی lost its letters")
	}
	if k := NameKey("سیدی"); k != "سیدی" {
		t.Errorf("NameKey(سیدی) = %q", k)
	}
}

func TestSplitTitles(t *testing.T) {
	bare, ts := SplitTitles("دکتر سرهنگ دوم کامران شریفی‌نیا")
	if bare != "کامران شریفی‌نیا" || len(ts) != 2 || ts[0] != "دکتر" || ts[1] != "سرهنگ دوم" {
		t.Errorf("SplitTitles = %q %q", bare, ts)
	}
	// The Guards' ranks: «پاسدار» after a rank, or alone, is no name.
	for _, in := range []string{"سرهنگ دوم پاسدار کامران شریفی‌نیا", "سرتیپ دوم پاسدار کامران شریفی‌نیا", "پاسدار کامران شریفی‌نیا"} {
		if bare, _ := SplitTitles(in); bare != "کامران شریفی‌نیا" {
			t.Errorf("SplitTitles(%s) = %q", in, bare)
		}
	}
}

func TestBoundaryKeys(t *testing.T) {
	got := BoundaryKeys("دکتر کامران شریفی‌نیا")
	want := []string{"کامرانشریفینیا", "شریفینیا", "نیا"}
	if len(got) != len(want) {
		t.Fatalf("BoundaryKeys = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("BoundaryKeys = %q, want %q", got, want)
		}
	}
}

// squashEachRune is the rule Squash implements, rune by rune with no copied
// runes: the reference its fast path must agree with.
func squashEachRune(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = foldRune(r)
		if r < 0 {
			continue
		}
		if r == 'آ' {
			r = 'ا'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// TestSquashCopiesOnlyOwnKeys checks that the runes Squash copies without
// folding are keys of their own, and that words mixing them with others give
// the reference key.
func TestSquashCopiesOnlyOwnKeys(t *testing.T) {
	tests := []string{"", "سلام", "شریفی‌نیا", "شاهرود", "۱۴۰۳/۱۲/۱۲", "هلال احمر", "ABC def", "كيان", "اِ", "«مهر»", "a\u200bb", "آب", "مؤسسه"}
	for r := rune(0); r < 0x3000; r++ {
		tests = append(tests, string(r), "ب"+string(r)+"ت")
	}
	for _, r := range []rune{0xFB8E, 0xFEFF, 0xFF21, 0x1D400, 0x10FFFF} {
		tests = append(tests, string(r), "ب"+string(r)+"ت")
	}
	for _, s := range tests {
		if got, want := Squash(s), squashEachRune(s); got != want {
			t.Errorf("Squash(%q) = %q, want %q", s, got, want)
		}
	}
}
