package extract

import "testing"

// A dateline that sets place, date and agency apart by a dash or a bar
// dates the article; a sentence with a dash does not.
func TestR5aSeparatedDateline(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"سمنان، ۱۲ آذر ۱۴۰۴ – خبرگزاری نمونه", "2025-12-03"},
		{"خبرگزاری نمونه | ۱۲ آذر ۱۴۰۴ | سمنان", "2025-12-03"},
		{"جلسه شورای شهر سمنان - که ۱۲ آذر ۱۴۰۴ برگزار شد - به تصویب بودجه رسید و اعضا درباره آن گفت‌وگو کردند.", ""},
	} {
		d := datelineDate([]string{"عنوان خبر نمونه", c.line})
		got := ""
		if d != nil {
			got = d.ISO
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}
