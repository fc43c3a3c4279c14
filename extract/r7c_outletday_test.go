package extract

import "testing"

// «الف‌آباد- نمونه فردا- ...»: a relative-day word naming an outlet in a
// dateline is no day; «صبح امروز» after it is.
func TestR7cOutletNamedTomorrow(t *testing.T) {
	text := "بازدید معاون استاندار از تصفیه خانه نمونه‌آباد\n\n" +
		"۲۴ آذر ۱۴۰۴\n\n" +
		"نمونه‌آباد- نمونه فردا- معاون هماهنگی امور عمرانی استاندار صبح امروز از روند اجرای تصفیه خانه فاضلاب شهر نمونه‌آباد بازدید کرد.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-12-15" {
		t.Fatalf("want the visit on 2025-12-15, got %+v", doc.Events)
	}
}
