package extract

import (
	"strings"
	"testing"
)

// TestVisitHandoverThanksOneThere checks that at a visit where the
// visitor introduces a new head and thanks the one before («X را به عنوان
// سرپرست ... معرفی کرد و از خدمات Y تقدیر کرد»), Y is bid farewell there
// and takes part, while one only thanked for his work elsewhere does not.
func TestVisitHandoverThanksOneThere(t *testing.T) {
	head := "بازدید معاون درمان از بیمارستان نمونه‌آباد\n\n" +
		"به گزارش خبرنگار ما، کامران تیزرو، معاون درمان دانشگاه علوم پزشکی نمونه‌آباد صبح امروز از بیمارستان امام نمونه‌آباد بازدید کرد.\n\n"
	cases := []struct {
		name, text string
		in         bool
	}{
		{"handover", head + "تیزرو در بیمارستان امام نمونه‌آباد با اهدای حکمی، بیژن سرافرازنیا را به عنوان سرپرست این بیمارستان معرفی کرد و از خدمات یوسف کاظم‌پناه، سرپرست پیشین این بیمارستان تقدیر کرد.\n", true},
		{"thanks alone", head + "تیزرو از تلاش‌های یوسف کاظم‌پناه در ساخت این بیمارستان قدردانی کرد.\n", false},
	}
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 {
			t.Fatalf("%s: events %+v, want one", c.name, doc.Events)
		}
		if got := strings.Contains(strings.Join(doc.Events[0].Participants, "|"), "یوسف کاظم‌پناه"); got != c.in {
			t.Errorf("%s: participants %q, want the one thanked in: %v", c.name, doc.Events[0].Participants, c.in)
		}
	}
}
