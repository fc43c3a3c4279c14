package extract

import "testing"

// TestEventSetForDay checks «بازدید اعضا از X برای صبح چهارشنبه ۱۱ آذر
// تعیین شد»: a visit set for that day, an event of its own dated so.
func TestEventSetForDay(t *testing.T) {
	page := "جلسه کارگروه آب نمونه‌آباد برگزار شد\n\n۱۰ آذر ۱۴۰۵ - ۲۱:۰۰\n\n" +
		"به گزارش خبرنگار ما، جلسه کارگروه مدیریت بحران آب شرب نمونه‌آباد شامگاه سه‌شنبه دهم آذر ۱۴۰۵ به ریاست کامران تیزرو، معاون استاندار برگزار شد.\n\n" +
		"بازدید اعضای کارگروه از محل خرابی خط انتقال آب نمونه‌آباد برای صبح چهارشنبه ۱۱ آذر تعیین شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "visit" {
			found = true
			if e.Date == nil || *e.Date != "2026-12-02" {
				t.Errorf("visit dated %v, want 2026-12-02", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("events %+v lack the visit", doc.Events)
	}
}
