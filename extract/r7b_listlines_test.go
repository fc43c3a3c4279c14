package extract

import "testing"

// TestListLineWithRelativeClause checks that a line of a decree list whose
// predecessor carries a relative clause («به جای ب که ... داشت؛») stays a
// line of the list, and that «به جای» and «جانشین» in an item name the
// predecessor of its post.
func TestListLineWithRelativeClause(t *testing.T) {
	text := "دکتر کامران نیک‌فر، رئیس دانشگاه اراک طی احکامی، مسئولان جدید زیر را منصوب کرد:\n" +
		"- دکتر مینا راد به عنوان معاون فرهنگی دانشگاه اراک، به جای دکتر بهمن کیانی که چهار سال این مسئولیت را بر عهده داشت؛\n" +
		"- دکتر سارا تابان به عنوان معاون اداری دانشگاه اراک و جانشین دکتر هومن پارسا؛\n" +
		"- دکتر نادر کوشا به عنوان رئیس دانشکده فنی دانشگاه اراک.\n"
	want := map[string]bool{
		"مینا راد|معاون فرهنگی|دانشگاه اراک|بهمن کیانی":  false,
		"سارا تابان|معاون اداری|دانشگاه اراک|هومن پارسا": false,
	}
	got := appointmentsOf(text)
	wantAllOf(t, want, got)
}

// wantAllOf fails for each key of want that got does not hold (want's
// values are overwritten).
func wantAllOf(t *testing.T, want map[string]bool, got []string) {
	t.Helper()
	for _, g := range got {
		if _, ok := want[g]; ok {
			want[g] = true
		}
	}
	for w, ok := range want {
		if !ok {
			t.Errorf("missing %q in %q", w, got)
		}
	}
}
