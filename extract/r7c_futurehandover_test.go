package extract

import "testing"

// A handover only announced as to come («آیین معارفه وی ... اعلام خواهد
// شد») leaves the session reported a meeting.
func TestR7cFutureHandoverLeavesMeeting(t *testing.T) {
	text := "شهردار جدید نمونه‌آباد انتخاب شد\n\n" +
		"اعضای شورای اسلامی شهر نمونه‌آباد در جلسه فوق‌العاده صبح امروز، بهمن پرتوی‌نیک را به عنوان شهردار جدید نمونه‌آباد انتخاب کردند.\n\n" +
		"در این جلسه کوروش مهرپاک، رئیس شورای اسلامی شهر نمونه‌آباد، از اعضا قدردانی کرد.\n\n" +
		"حکم شهردار منتخب پس از طی مراحل قانونی صادر و آیین معارفه وی متعاقباً اعلام خواهد شد."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
		t.Fatalf("want a meeting first, got %+v", doc.Events)
	}
}
