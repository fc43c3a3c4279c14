package extract

import (
	"slices"
	"testing"
)

// TestR10BMeasureWordsNoSurname checks that a word of measure or
// direction after a given name that is also a place («تا مرز مهران حدود
// ۴۰ دقیقه»، «نسیم جنوب») makes no person.
func TestR10BMeasureWordsNoSurname(t *testing.T) {
	for _, text := range []string{
		"با تکمیل این راه، زمان سفر از یزد تا مرز مهران حدود ۴۰ دقیقه کوتاه‌تر می‌شود.",
		"برازجان- نسیم جنوب- شورای شهر امروز تشکیل جلسه داد.",
	} {
		names, _ := personsOf(text)
		if slices.Contains(names, "مهران حدود") || slices.Contains(names, "نسیم جنوب") {
			t.Errorf("%s: persons %q", text, names)
		}
	}
}
