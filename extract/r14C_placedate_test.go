package extract

import (
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// TestDateNamingPlace checks that a date right after a street's or a
// place's noun («بلوار ۲۲ بهمن»، «میدان ۱۵ خرداد») names the place and is
// dropped, while a date after «روز» stays.
func TestDateNamingPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		keep int
	}{
		{"این آیین در بوستان بانوان بلوار ۲۲ بهمن نمونه‌آباد برگزار شد.", 0},
		{"ایستگاه میدان ۱۵ خرداد نمونه‌آباد افتتاح شد.", 0},
		{"این آیین روز ۲۲ بهمن در نمونه‌آباد برگزار شد.", 1},
	} {
		ds := persian.FindDates(c.text, 1404)
		if len(ds) == 0 {
			t.Fatalf("%s: no date found", c.text)
		}
		if got := len(dropRankOrdinals(c.text, ds)); got != c.keep {
			t.Errorf("%s: %d dates kept, want %d", c.text, got, c.keep)
		}
	}
}
