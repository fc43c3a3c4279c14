package extract

import (
	"strings"
	"testing"
)

// TestOtherDayTakesNoPart checks that one named in a sentence dated to
// another day than the event's, naming no event («X روز سه‌شنبه سوم آذر
// به عنوان سرپرست ... منصوب شد» after an opening on the fifth), takes no
// part, while a date inside a body's name («بیمارستان ۱۷ شهریور») or
// the start of a term («از روز دوشنبه») does not put a sentence on
// another day.
func TestOtherDayTakesNoPart(t *testing.T) {
	head := "پارک بانوان نمونه‌آباد افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، پارک بانوان نمونه‌آباد صبح امروز پنجشنبه پنجم آذر ۱۴۰۵ با حضور کامران تیزرو، شهردار نمونه‌آباد افتتاح شد.\n\n"
	cases := []struct {
		name, text string
		in         bool
	}{
		{"other day", head + "بر پایه این گزارش، با حکم شهردار نمونه‌آباد، بیژن سرافرازنیا روز سه‌شنبه سوم آذر به عنوان سرپرست معاونت خدمات شهری شهرداری نمونه‌آباد منصوب شد.\n", false},
		{"date in a name", head + "بیژن سرافرازنیا، مدیر پرستاری بیمارستان ۱۷ شهریور نمونه‌آباد نیز گزارشی از کمبود پرستار ارائه داد.\n", true},
		{"start of a term", head + "بیژن سرافرازنیا که از روز دوشنبه دوم آذر سرپرست معاونت خدمات شهری شهرداری نمونه‌آباد است، گزارشی ارائه داد.\n", true},
	}
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 {
			t.Fatalf("%s: events %+v, want one", c.name, doc.Events)
		}
		got := strings.Contains(strings.Join(doc.Events[0].Participants, "|"), "بیژن سرافرازنیا")
		if got != c.in {
			t.Errorf("%s: participants %q, want him in: %v", c.name, doc.Events[0].Participants, c.in)
		}
	}
}
