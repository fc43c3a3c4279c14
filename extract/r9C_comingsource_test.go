package extract

import (
	"strings"
	"testing"
)

// A drill held or set on a day («مانور ... صبح پنجشنبه ۲۷ آذر اجرا
// می‌شود») is an event of its own, and so is a workshop set in the next
// week; who tells of an event still to come
// («بنا بر اعلام X، ...»، «X افزود: ... هفته آینده برگزار می‌شود») is its
// source, not one taking part, and the event takes no day of the main
// one.
func TestR9cComingEventSource(t *testing.T) {
	text := "کد خبر: ۶۱۰۲۲\n" +
		"سه‌شنبه ۲۵ آذر ۱۴۰۴ - ۰۹:۰۰\n\n" +
		"جلسه شورای مدیریت بحران شهرستان نمونه‌آباد برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای مدیریت بحران شهرستان نمونه‌آباد دیروز به ریاست کیانوش مهرآیین فرماندار نمونه‌آباد برگزار شد.\n\n" +
		"بنا بر اعلام بهراد سپیدکوه مدیرکل مدیریت بحران استان نمونه، مانور امدادی زمستانه دستگاه‌های شهر صبح پنجشنبه ۲۷ آذر در پارک ساحلی اجرا می‌شود.\n\n" +
		"مهرآیین افزود: کارگاه آموزشی امداد مدارس شهرستان هفته آینده برگزار می‌شود.\n"
	doc, err := File("drill.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var others []Event
	for _, e := range doc.Events {
		if e.Type == "other" || e.Type == "workshop" {
			others = append(others, e)
		}
	}
	if len(others) != 2 {
		t.Fatalf("%d drills and workshops, want 2 (events %+v)", len(others), doc.Events)
	}
	for _, e := range others {
		if len(e.Participants) > 0 {
			t.Errorf("drill %q has its source as a participant: %v", e.Title, e.Participants)
		}
	}
	days := []string{}
	for _, e := range others {
		d := "none"
		if e.Date != nil {
			d = *e.Date
		}
		days = append(days, d)
	}
	if strings.Join(days, " ") != "2025-12-18 none" {
		t.Errorf("drill and workshop days %v, want the named day and none", days)
	}
	if !isSeparatedDateline("سه‌شنبه ۲۵ آذر ۱۴۰۴ | ۲۵ جمادی‌الثانی ۱۴۴۷ هجری | ۱۲ صفحه") {
		t.Error("a masthead's date line with its lunar date is no dateline")
	}
}

// «به گفته X، جلسه ... هفته آینده با حضور وی ... تشکیل می‌شود»: the
// source will be there himself.
func TestR9cSourceAttendsComing(t *testing.T) {
	text := "کد خبر: ۶۱۰۲۳\n" +
		"سه‌شنبه ۱۱ آذر ۱۴۰۴ - ۰۹:۰۰\n\n" +
		"مدیرکل جدید راه و شهرسازی همدان منصوب شد\n\n" +
		"به گزارش خبرنگار ما، دیروز بهراد سپیدکوه در آیینی با حضور معاون وزیر، مدیرکل تازه راه و شهرسازی همدان معرفی شد.\n\n" +
		"به گفته سپیدکوه، کارگروه مسکن استان همدان هم هفته آینده در نشستی با حضور وی و مدیران بانک‌ها تشکیل جلسه می‌دهد.\n"
	doc, err := File("attends.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" {
			if !strings.Contains(strings.Join(e.Participants, "،"), "بهراد سپیدکوه") {
				t.Errorf("meeting participants %v lack the source «با حضور وی»", e.Participants)
			}
			return
		}
	}
	t.Errorf("no meeting: %+v", doc.Events)
}
