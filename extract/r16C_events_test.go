package extract

import (
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// TestContractAdjective checks that «قراردادی» after a noun («کشت
// قراردادی»، «نیروهای روزمزد و قراردادی») is an adjective and no event,
// while the indefinite contract after a preposition or opening its
// sentence stays a meeting's word.
func TestContractAdjective(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       string
	}{
		{"طرح کشت قراردادی گندم در نمونه‌آباد بررسی شد", "قراردادی", ""},
		{"حقوق نیروهای روزمزد و قراردادی شهرداری نمونه‌آباد پرداخت شد", "قراردادی", ""},
		{"طی قراردادی میان شهرداری و شرکت الف، ساخت پل آغاز شد", "قراردادی", "meeting"},
		{"قراردادی به ارزش ۲۰ میلیارد ریال میان دو شرکت امضا شد", "قراردادی", "meeting"},
	} {
		ts, _ := tokenize(c.text)
		k := -1
		for i, tk := range ts {
			if tk.text == c.word {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%s: no token %s", c.text, c.word)
		}
		if got := eventWordAt(ts, k); got != c.want {
			t.Errorf("%s: event word %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDateNamingPlaceAfterModifier checks that a date after a place's noun
// and one modifier («سالن ورزشی ۱۷ شهریور»، «سالن اجتماعات ۱۵ خرداد»)
// names the place, while «سالن در ۱۷ شهریور» or a weekday between keep
// the date.
func TestDateNamingPlaceAfterModifier(t *testing.T) {
	for _, c := range []struct {
		text string
		keep int
	}{
		{"این آیین عصر دیروز در سالن ورزشی ۱۷ شهریور نمونه‌آباد برگزار شد.", 0},
		{"این همایش در سالن اجتماعات ۱۵ خرداد نمونه‌آباد برگزار شد.", 0},
		{"این همایش در مجموعه فرهنگی ۲۲ بهمن نمونه‌آباد برگزار شد.", 0},
		{"این همایش در سالن شهرداری روز ۱۷ شهریور برگزار شد.", 1},
		{"این همایش در سالن شهرداری دوشنبه ۱۷ شهریور برگزار شد.", 1},
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
