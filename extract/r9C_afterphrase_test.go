package extract

import (
	"strings"
	"testing"
)

// «پس از پایان آیین معارفه، نخستین جلسه ... تشکیل شد»: the whole event
// phrase after «پس از پایان» tells the time; the meeting is the event
// told, with its persons, on the ceremony's day.
func TestR9cAfterCeremonyPhrase(t *testing.T) {
	text := "کد خبر: ۳۳۱۰۸\n" +
		"یکشنبه ۲۱ دی ۱۴۰۴ - ۰۸:۱۵\n\n" +
		"بخشدار جدید الف‌آباد معارفه شد\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه بخشدار الف‌آباد روز گذشته با حضور کیانوش مهرآیین فرماندار نمونه‌آباد در سالن بخشداری برگزار شد.\n\n" +
		"پس از پایان آیین تودیع و معارفه، نخستین جلسه شورای تأمین بخش الف‌آباد با حضور سرگرد آرمان تیزرو رئیس کلانتری ۱۲ تشکیل شد.\n"
	doc, err := File("after.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, e := range doc.Events {
		if e.Type == "meeting" && strings.Contains(strings.Join(e.Participants, "،"), "آرمان تیزرو") && e.Date != nil && *e.Date == "2026-01-10" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("no meeting with its person on the ceremony's day: %+v", doc.Events)
	}
}
