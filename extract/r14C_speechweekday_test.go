package extract

import "testing"

// TestSpeechWeekOfDay checks that a speaker's «پنجشنبه هفته جاری» dates
// the meeting he announces: the Thursday of the article's week.
func TestSpeechWeekOfDay(t *testing.T) {
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\n۶ بهمن ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه فرماندار نمونه‌آباد صبح امروز در سالن فرمانداری نمونه‌آباد برگزار شد و کامران تیزرو به عنوان فرماندار نمونه‌آباد معرفی شد.\n\n" +
		"تیزرو گفت: نخستین جلسه شورای اداری شهرستان نمونه‌آباد پنجشنبه هفته جاری به ریاست اینجانب برگزار می‌شود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "meeting" {
			found = true
			if e.Date == nil || *e.Date != "2026-01-29" {
				t.Errorf("meeting dated %v, want 2026-01-29", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("events %+v lack the meeting", doc.Events)
	}
}
