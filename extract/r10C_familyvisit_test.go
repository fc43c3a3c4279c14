package extract

import "testing"

// «دیدار نماینده ولی فقیه در استان با خانواده شهدا»: a call on the
// families, a visit, however many words name the caller; the lead's
// «امروز ... دیدار کرد» dates it.
func TestR10cFamilyVisitLongCaller(t *testing.T) {
	text := "شنبه ۲۰ دی ۱۴۰۴ - ۱۴:۱۵\n\n" +
		"دیدار نماینده ولی فقیه در استان با خانواده شهدا\n\n" +
		"نماینده ولی فقیه در استان یزد امروز با حضور در منزل شهید نمونه با خانواده این شهید دیدار کرد.\n\n" +
		"آیت‌الله بهمن نخلستانی‌پور در این دیدار گفت: شهدا چراغ راه جامعه‌اند.\n"
	doc, err := File("familyvisit.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["visit"]; d != "2026-01-10" {
		t.Errorf("visit dated %s, want 2026-01-10 (events %+v)", d, doc.Events)
	}
	if _, ok := eventDates(doc)["meeting"]; ok {
		t.Errorf("a call on families read as a meeting: %+v", doc.Events)
	}
}
