package extract

import "testing"

// «از کارخانه الف دیدن کرد» is a visit; «دیدن» with no light verb after
// it is seeing, no event.
func TestR10cVisitBySeeing(t *testing.T) {
	text := "کد خبر: ۱۱۱۲ | تاریخ انتشار: دوشنبه ۸ دی ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"استاندار یزد از کارخانه فولاد اردکان دیدن کرد\n\n" +
		"اردکان- استاندار یزد صبح امروز از کارخانه فولاد اردکان دیدن کرد.\n\n" +
		"فرهاد کویرنوردی‌پور استاندار یزد در این بازدید گفت: تولید فولاد استان افزایش می‌یابد.\n"
	doc, err := File("seeing.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["visit"]; d != "2025-12-29" {
		t.Errorf("visit dated %q, want 2025-12-29 (events %+v)", d, doc.Events)
	}
	a := analyze("دیدن این فیلم برای همه آموزنده است.")
	for i := range a.toks {
		if eventWordAt(a.toks, i) != "" {
			t.Errorf("%q read as an event", a.toks[i].text)
		}
	}
}
