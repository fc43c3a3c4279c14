package extract

import "testing"

// TestHeldThenIntroducedStaysMeeting checks a title that tells a session
// held and, after «/», an introduction made in it: the event is a
// meeting, not a ceremony.
func TestHeldThenIntroducedStaysMeeting(t *testing.T) {
	page := "نشست مدیران آموزشی استان نمونه‌آباد برگزار شد/ معارفه مدیر جدید مدرسه علمیه استان\n\n" +
		"به گزارش خبرنگار ما، نشست مدیران آموزشی استان نمونه‌آباد صبح امروز با حضور کامران تیزرو برگزار شد و در این نشست بیژن سرافرازنیا به عنوان مدیر مدرسه علمیه استان نمونه‌آباد معرفی شد.\n"
	doc, err := File("h.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
		t.Fatalf("events %+v, want a meeting first", doc.Events)
	}
}
