package extract

import (
	"slices"
	"testing"
)

// TestR10BMeasureWordsNoSurname checks that a word of measure or
// direction after a given name that is also a place or a common word
// («تا ماهان حدود ۳۰ کیلومتر»، «امید شمال») makes no person.
func TestR10BMeasureWordsNoSurname(t *testing.T) {
	for _, text := range []string{
		"فاصله کرمان تا ماهان حدود ۳۰ کیلومتر است و این جاده بازسازی می‌شود.",
		"ساری- امید شمال- اعضای شورای شهر امروز تشکیل جلسه دادند.",
	} {
		names, _ := personsOf(text)
		if slices.Contains(names, "ماهان حدود") || slices.Contains(names, "امید شمال") {
			t.Errorf("%s: persons %q", text, names)
		}
	}
}
