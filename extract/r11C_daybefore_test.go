package extract

import (
	"testing"
)

// «X امروز معرفی شد؛ یک روز پس از آنکه الف و ب تفاهم‌نامه امضا کردند»:
// the memorandum was signed the day before the article's day.
func TestR11cOneDayAfterTheSigning(t *testing.T) {
	text := "سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۱:۰۰\n\n" +
		"سرپرست جدید اداره مالیاتی ساوه معرفی شد\n\n" +
		"ساوه- سرپرست جدید اداره امور مالیاتی شهرستان ساوه امروز معرفی شد؛ یک روز پس از آنکه اداره کل امور مالیاتی استان مرکزی و گمرک استان مرکزی برای تبادل داده‌های تجار تفاهم‌نامه امضا کردند.\n"
	doc, err := File("daybefore.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["meeting"]; d != "2026-11-30" {
		t.Errorf("memorandum dated %q, want the day before, 2026-11-30 (events %+v)", d, doc.Events)
	}
}
