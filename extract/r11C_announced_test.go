package extract

import (
	"strings"
	"testing"
)

// «X از برگزاری نمایشگاه الف از ۲۴ تا ۲۶ دی‌ماه در ... خبر داد»: an
// exhibition to come on the first day of the period named; X who tells of
// it is its source, not there.
func TestR11cAnnouncedExhibition(t *testing.T) {
	text := "چهارشنبه ۱۷ دی ۱۴۰۴ - ۱۲:۰۰\n\n" +
		"جلسه شورای دانشگاه ساوه برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای دانشگاه ساوه امروز چهارشنبه به ریاست دکتر بردیا نیلوفری‌راد رئیس دانشگاه ساوه برگزار شد.\n\n" +
		"در ادامه جلسه، دکتر کاوه شمشادپور رئیس دانشکده فیزیک از برگزاری نمایشگاه دستاوردهای پژوهشی دانشکده فیزیک از ۲۴ تا ۲۶ دی‌ماه در ساختمان مرکزی دانشگاه خبر داد.\n"
	doc, err := File("announced.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["exhibition"]; d != "2026-01-14" {
		t.Errorf("exhibition dated %q, want 2026-01-14 (events %+v)", d, doc.Events)
	}
	if x := strings.Join(eventsByType(doc)["exhibition"], "|"); strings.Contains(x, "کاوه شمشادپور") {
		t.Errorf("exhibition %q has the one who told of it", x)
	}
}
