package persian

import "testing"

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
