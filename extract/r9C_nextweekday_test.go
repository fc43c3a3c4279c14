package extract

import "testing"

// «روز چهارشنبه آینده» in a speech dates the workshop it sets: the next
// Wednesday after the article's day; its speaker («وی افزود: ...») tells
// of it and takes no part.
func TestR9cNextWeekdayInSpeech(t *testing.T) {
	text := "کد خبر: ۴۴۰۱۹ — دوشنبه ۱۵ دی ۱۴۰۴ — ۰۷:۴۵\n\n" +
		"رئیس جدید شعبه ۳ بیمه نمونه‌آباد معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس شعبه ۳ بیمه نمونه‌آباد روز گذشته با حضور کیانوش مهرآیین مدیرکل بیمه استان نمونه برگزار شد.\n\n" +
		"وی افزود: دوره آموزشی بیمه‌پردازان روز چهارشنبه آینده در تالار شعبه ۳ برگزار می‌شود.\n"
	doc, err := File("next.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type != "workshop" {
			continue
		}
		if e.Date == nil || *e.Date != "2026-01-07" {
			t.Errorf("workshop dated %v, want the next Wednesday 2026-01-07", e.Date)
		}
		if len(e.Participants) > 0 {
			t.Errorf("workshop has its speaker as a participant: %v", e.Participants)
		}
		return
	}
	t.Errorf("no workshop: %+v", doc.Events)
}
