package extract

import (
	"strings"
	"testing"
)

// «همزمان با افتتاح این مرکز، کارگاه آموزشی ... با تدریس X برگزار شد»:
// a workshop on the opening's day, its tutor at the workshop only; «روز
// قبل از افتتاح» a session the day before.
func TestR10cWorkshopOnTheOpeningsDay(t *testing.T) {
	text := "پنجشنبه ۱۵ آبان ۱۴۰۴ - ۱۲:۰۰\n\n" +
		"افتتاح مرکز نوآوری دانشگاه اردکان\n\n" +
		"به گزارش خبرنگار ما، مرکز نوآوری دانشگاه اردکان صبح امروز با حضور دکتر کوشا ریگزارنژاد معاون وزیر علوم افتتاح شد.\n\n" +
		"همزمان با افتتاح این مرکز، کارگاه آموزشی «تجاری‌سازی ایده‌ها» با تدریس دکتر ترانه گلاب‌گیر برای ۶۰ دانشجو برگزار شد.\n\n" +
		"ریگزارنژاد روز قبل از افتتاح نیز در نشست رؤسای دانشگاه‌های استان در یزد شرکت کرده بود.\n"
	doc, err := File("atonce.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got, dates := eventsByType(doc), eventDates(doc)
	if w := strings.Join(got["workshop"], "|"); !strings.Contains(w, "ترانه گلاب‌گیر") || dates["workshop"] != "2025-11-06" {
		t.Errorf("workshop %q on %s, want its tutor on 2025-11-06 (events %+v)", w, dates["workshop"], doc.Events)
	}
	if o := strings.Join(got["opening"], "|"); strings.Contains(o, "ترانه گلاب‌گیر") {
		t.Errorf("opening %q has the workshop's tutor", o)
	}
	if dates["meeting"] != "2025-11-05" {
		t.Errorf("session dated %s, want the day before the opening, 2025-11-05", dates["meeting"])
	}
}
