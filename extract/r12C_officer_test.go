package extract

import (
	"strings"
	"testing"
)

// «X از برگزاری نمایشگاه الف خبر داد و گفت: دکتر Y ... دبیری این
// نمایشگاه را بر عهده دارد»: the exhibition's secretary, named in the
// speech, takes part in it.
func TestR12cOfficerNamedInSpeech(t *testing.T) {
	text := "چهارشنبه ۱۷ دی ۱۴۰۴ - ۱۲:۰۰\n\n" +
		"جلسه شورای دانشگاه ساوه برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای دانشگاه ساوه امروز چهارشنبه به ریاست دکتر بهرام نارون‌زاده رئیس دانشگاه ساوه در سالن شورای دانشگاه برگزار شد.\n\n" +
		"در ادامه جلسه، دکتر کیارش سپیدارپور رئیس دانشکده فیزیک از برگزاری نمایشگاه دستاوردهای پژوهشی دانشکده فیزیک از ۲۴ تا ۲۶ دی‌ماه در ساختمان مرکزی دانشگاه خبر داد و گفت: دکتر پریسا شمشادی‌فر مدیر گروه فیزیک دانشکده فیزیک دانشگاه ساوه دبیری این نمایشگاه را بر عهده دارد.\n"
	doc, err := File("officer.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if x := strings.Join(eventsByType(doc)["exhibition"], "|"); !strings.Contains(x, "پریسا شمشادی‌فر") {
		t.Errorf("exhibition %q, want its secretary (events %+v)", x, doc.Events)
	}
}
