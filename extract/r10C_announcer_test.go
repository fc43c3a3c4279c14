package extract

import (
	"strings"
	"testing"
)

// «X نیز در پایان اعلام کرد نخستین جلسه ... روز یکشنبه برگزار می‌شود»:
// X tells of the meeting to come and does not take part; the governor
// it names does.
func TestR10cAnnouncerOfComingMeeting(t *testing.T) {
	text := "سه‌شنبه ۹ دی ۱۴۰۴ - ۱۳:۱۷\n\n" +
		"سرپرست جدید شبکه بهداشت شهرستان نمونه‌آباد معرفی شد\n\n" +
		"نمونه‌آباد- آیین معارفه دکتر پدرام کاج‌نشین به عنوان سرپرست شبکه بهداشت و درمان شهرستان نمونه‌آباد صبح امروز با حضور فریدون سروستانی‌پور، فرماندار نمونه‌آباد، در سالن اجتماعات فرمانداری برگزار شد.\n\n" +
		"سروستانی‌پور در این آیین گفت: بهداشت روستاها اولویت شهرستان است.\n\n" +
		"کاج‌نشین نیز در پایان اعلام کرد نخستین جلسه شورای سلامت شهرستان با حضور فرماندار روز یکشنبه چهاردهم دی‌ماه برگزار می‌شود.\n"
	doc, err := File("announcer.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if strings.Contains(m, "پدرام کاج‌نشین") || !strings.Contains(m, "فریدون سروستانی‌پور") {
		t.Errorf("meeting to come %q, want the governor it names and not the one announcing it (events %q)", m, got)
	}
}

// «معاون وزیر در این نشست اعلام کرد: ...» puts the holder of that post at
// the meeting, as «... گفت» does, and not at the next one he announces.
func TestR10cAnnouncesAtMeeting(t *testing.T) {
	text := "کد خبر: ۱۲۳۴۵۶\n" +
		"تاریخ انتشار: سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۶:۲۲\n\n" +
		"معاون وزیر راه و شهرسازی وارد یزد شد\n\n" +
		"یزد- ایرنا- مهندس آرش کوهکن‌زاده معاون وزیر راه و شهرسازی صبح امروز در سفر یک‌روزه وارد یزد شد.\n\n" +
		"در ادامه این سفر، نشست بررسی مشکلات طرح‌های راه استان عصر همان روز در سالن جلسات استانداری یزد به ریاست بردیا سنگ‌تراش‌پور معاون عمرانی استاندار یزد برگزار شد.\n\n" +
		"معاون وزیر در این نشست اعلام کرد: جلسه بعدی روز دوشنبه اول دی‌ماه در تهران برگزار خواهد شد.\n"
	doc, err := File("announces.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	held := false
	for _, e := range doc.Events {
		if e.Type != "meeting" || e.Date == nil {
			continue
		}
		in := strings.Contains(strings.Join(e.Participants, "،"), "آرش کوهکن‌زاده")
		if *e.Date == "2025-12-22" && in {
			t.Errorf("the one announcing the next meeting takes part in it: %q", e.Participants)
		}
		held = held || *e.Date == "2025-12-09" && in
	}
	if !held {
		t.Errorf("the deputy minister speaking «در این نشست» is not at the meeting held: %+v", doc.Events)
	}
}
