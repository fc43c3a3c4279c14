package extract

import (
	"strings"
	"testing"
)

// TestBodyEvents checks that an event reported later in an article is an
// event of its own with the persons of its sentences, that «آیین گشایش
// نمایشگاه» is an exhibition, and that the main event keeps its persons.
func TestBodyEvents(t *testing.T) {
	text := "بازدید استاندار از کارخانه فولاد\n\n" +
		"به گزارش خبرنگار ایسنا از یزد، بهمن رادمنش استاندار یزد از کارخانه فولاد بازدید کرد.\n\n" +
		"رادمنش در این بازدید گفت: کار خوبی انجام شده است.\n\n" +
		"در ادامه آیین گشایش نمایشگاه صنایع دستی با حضور مینا کهنسال برگزار شد.\n\n" +
		"کهنسال در این آیین گفت: هنرمندان استان فعال هستند.\n"
	doc, err := File("events.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	byType := map[string][]string{}
	for _, e := range doc.Events {
		byType[e.Type] = e.Participants
	}
	if got := strings.Join(byType["visit"], ","); got != "بهمن رادمنش" {
		t.Errorf("visit participants %q, want بهمن رادمنش (events %+v)", got, doc.Events)
	}
	if got := strings.Join(byType["exhibition"], ","); got != "مینا کهنسال" {
		t.Errorf("exhibition participants %q, want مینا کهنسال (events %+v)", got, doc.Events)
	}
}

// TestDatelineAndYesterday checks that an agency's dateline gives the
// article's date, and «روز گذشته» the day before it.
func TestDatelineAndYesterday(t *testing.T) {
	text := "نشست شورای کتابخوانی یزد\n" +
		"کد خبر: ۴۵۶۱۲ تاریخ انتشار: ۱۴۰۳/۰۹/۱۴ - ۱۰:۳۰\n" +
		"جلسه شورای کتابخوانی استان یزد روز گذشته با حضور نسرین کاویانی برگزار شد.\n"
	doc, err := File("dateline.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2024-12-03" {
		t.Fatalf("events %+v, want one on 2024-12-03 (the day before ۱۴ آذر ۱۴۰۳)", doc.Events)
	}
}

// TestWeekdayYear checks that a date without a year takes the year its
// weekday fits, and that a weekday that fits no year nearby is reported.
func TestWeekdayYear(t *testing.T) {
	// ۲۸ فروردین is a Thursday in 1404 (2025-04-17), not in 1403.
	text := "date 2025-05-01\nجلسه شورای اداری استان یزد روز پنج‌شنبه ۲۸ فروردین با حضور نسرین کاویانی برگزار شد.\n"
	doc, err := File("weekday.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-04-17" {
		t.Fatalf("events %+v, want one on 2025-04-17", doc.Events)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %q for a weekday that fits", doc.Warnings)
	}
	// ۱۲ اسفند ۱۴۰۳ is a Sunday (2025-03-02), not a Tuesday.
	doc, err = File("weekday.txt", []byte("جلسه شورای اداری استان یزد روز سه‌شنبه ۱۲ اسفند ۱۴۰۳ برگزار شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "weekday") {
		t.Errorf("warnings %q, want one about the weekday", doc.Warnings)
	}
}

// TestCompoundVerbEvent checks an event told by a compound verb («دیدار و
// گفت‌وگو کردند») and that «این بازدید» starts no event of its own.
func TestCompoundVerbEvent(t *testing.T) {
	text := "بازدید استاندار از کارخانه فولاد\n\n" +
		"به گزارش ایسنا از یزد، بهمن رادمنش استاندار یزد از کارخانه فولاد بازدید کرد.\n\n" +
		"پیش از این بازدید، رادمنش با نسرین کاویانی، مدیرعامل شرکت فولاد کویر، دیدار و گفت‌وگو کرد.\n"
	doc, err := File("compound.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, e := range doc.Events {
		types[e.Type]++
		if e.Type == "meeting" && strings.Join(e.Participants, ",") != "بهمن رادمنش,نسرین کاویانی" && strings.Join(e.Participants, ",") != "نسرین کاویانی,بهمن رادمنش" {
			t.Errorf("meeting participants %q", e.Participants)
		}
	}
	if types["visit"] != 1 || types["meeting"] != 1 {
		t.Errorf("events %+v, want one visit and one meeting", doc.Events)
	}
}
