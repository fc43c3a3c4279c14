package extract

import (
	"strings"
	"testing"
)

// «X فرماندار الف گفت فرمانداری الف میزبان بازدید استاندار از ... در روز
// جمعه ۲۰ آذر خواهد بود»: a visit to come on the day named, the governor
// its person; the speaker who tells of it is its source, not there.
func TestR11cHostOfAComingVisit(t *testing.T) {
	text := "چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۴:۲۰\n\n" +
		"استاندار مرکزی در شورای برنامه‌ریزی استان: آب شرب شهرستان‌ها اولویت است\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای برنامه‌ریزی و توسعه استان مرکزی صبح چهارشنبه ۱۱ آذر ۱۴۰۵ با حضور مهندس فرزام کوهدشتی‌نیا استاندار مرکزی در سالن استانداری برگزار شد.\n\n" +
		"همچنین مهندس بابک نارون‌زاده فرماندار شهرستان آشتیان گفت فرمانداری شهرستان آشتیان میزبان بازدید استاندار از طرح‌های آب شرب در روز جمعه ۲۰ آذر خواهد بود.\n"
	doc, err := File("host.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	dates := eventDates(doc)
	if dates["visit"] != "2026-12-11" {
		t.Errorf("visit dated %q, want 2026-12-11 (events %+v)", dates["visit"], doc.Events)
	}
	v := strings.Join(eventsByType(doc)["visit"], "|")
	if !strings.Contains(v, "فرزام کوهدشتی‌نیا") || strings.Contains(v, "بابک نارون‌زاده") {
		t.Errorf("visit %q, want the governor and not the speaker", v)
	}
}
