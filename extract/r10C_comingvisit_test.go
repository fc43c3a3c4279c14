package extract

import (
	"strings"
	"testing"
)

// A trip told in the title: a later sentence naming a visit still to
// come («استاندار فردا از طرح‌های الف بازدید می‌کند») dates neither the
// trip nor the session held during it.
func TestR10cComingVisitDatesNoTrip(t *testing.T) {
	text := "کد خبر: ۹۸۷۶۵ | تاریخ انتشار: دوشنبه ۱۰ آذر ۱۴۰۴ - ۱۸:۳۰\n\n" +
		"سفر استاندار یزد به اردکان؛ کلنگ بیمارستان اردکان به زمین زده شد\n\n" +
		"اردکان- ایرنا- مراسم کلنگ‌زنی بیمارستان ۲۰۰ تختخوابی اردکان صبح امروز با حضور سامان کویرپیما استاندار یزد برگزار شد.\n\n" +
		"استاندار یزد سپس در نشست شورای اداری شهرستان اردکان شرکت کرد.\n\n" +
		"استاندار یزد فردا از طرح‌های صنعتی میبد بازدید می‌کند.\n"
	doc, err := File("comingvisit.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && (e.Date == nil || *e.Date != "2025-12-01") {
			t.Errorf("session held during the trip dated %v, want 2025-12-01", e.Date)
		}
		if e.Type == "visit" && strings.HasPrefix(e.Title, "سفر") && (e.Date == nil || *e.Date != "2025-12-01") {
			t.Errorf("the trip dated %v, want the day of the ceremony held during it, 2025-12-01", e.Date)
		}
	}
}

// A title naming a workshop and a lead telling it still to come on a
// named day («از روز سه‌شنبه آینده ... برگزار می‌شود»): one workshop, of
// that day.
func TestR10cTitleEventToldAsComing(t *testing.T) {
	text := "یکشنبه ۲۱ دی ۱۴۰۴ - شماره ۵۱۲۰\n\n" +
		"برگزاری کارگاه آموزشی ایمنی آتش‌نشانان\n" +
		"کارگاه آموزشی ایمنی ویژه آتش‌نشانان شهرداری اردکان از روز سه‌شنبه آینده به مدت سه روز با تدریس مهندس کامیار شعله‌ور‌نژاد برگزار می‌شود.\n"
	doc, err := File("comingworkshop.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2026-01-13" {
		t.Errorf("events %+v, want one workshop of 2026-01-13", doc.Events)
	}
}
