package extract

import (
	"strings"
	"testing"
)

// A closing sentence that schedules the next session on a named day
// («جلسه بعدی ... قرار است روز شنبه ... برگزار شود») does not become the
// article's main event and so hide the events told before it as held:
// the ceremony of the lead's report and the same day's meeting keep their
// persons, and the meeting takes the ceremony's day («عصر همان روز»).
func TestR9cScheduledDoesNotDisplaceHeld(t *testing.T) {
	text := "کد خبر ۴۴۱۲۳\n" +
		"۱۰ آذر ۱۴۰۴، ۰۹:۳۰\n\n" +
		"بخشدار جدید مرکزی نمونه‌آباد معرفی شد\n\n" +
		"نمونه‌آباد- با حضور فرماندار شهرستان، بهراد سپیدکوه بخشدار مرکزی نمونه‌آباد شد و از زحمات بخشدار پیشین تشکر شد.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه بخشدار مرکزی نمونه‌آباد صبح امروز با حضور کیانوش مهرآیین فرماندار نمونه‌آباد در سالن اجتماعات فرمانداری برگزار شد.\n\n" +
		"جلسه شورای ترافیک بخش\n" +
		"همچنین عصر همان روز، جلسه شورای ترافیک بخش مرکزی نمونه‌آباد با حضور بخشدار جدید و سرهنگ آرمان تیزرو فرمانده انتظامی نمونه‌آباد برگزار شد.\n\n" +
		"نشست بعدی این شورا قرار است شنبه ۱۵ آذرماه در بخشداری تشکیل شود.\n"
	doc, err := File("scheduled.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	ceremonyHas := false
	for _, ps := range got["ceremony"] {
		if strings.Contains(ps, "کیانوش مهرآیین") {
			ceremonyHas = true
		}
	}
	if !ceremonyHas {
		t.Errorf("the ceremony held lost its persons: %q", got)
	}
	var meetingDays []string
	meetingWithPersons := false
	for _, e := range doc.Events {
		if e.Type != "meeting" {
			continue
		}
		if e.Date != nil {
			meetingDays = append(meetingDays, *e.Date)
		}
		for _, p := range e.Participants {
			if p == "آرمان تیزرو" {
				meetingWithPersons = true
			}
		}
	}
	if !meetingWithPersons {
		t.Errorf("the same day's meeting lost its persons: %+v", doc.Events)
	}
	if strings.Join(meetingDays, " ") != "2025-12-01 2025-12-06" {
		t.Errorf("meeting days %q, want the ceremony's day (همان روز) and the scheduled one", meetingDays)
	}
	// With no held event told, a scheduled one on a named day is still
	// the report's event.
	only := "کد خبر ۴۴۱۲۴\n" +
		"۱۰ آذر ۱۴۰۴، ۰۹:۳۰\n\n" +
		"برنامه شورای ترافیک بخش مرکزی نمونه‌آباد\n\n" +
		"نمونه‌آباد- بخشداری مرکزی نمونه‌آباد اعلام کرد که طرح ساماندهی ترافیک بخش در دست تهیه است.\n\n" +
		"جلسه شورای ترافیک بخش قرار است روز شنبه ۱۵ آذرماه با حضور اعضا برگزار شود.\n"
	doc, err = File("only.txt", []byte(only))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "meeting" && e.Date != nil && *e.Date == "2025-12-06" {
			found = true
		}
	}
	if !found {
		t.Errorf("the scheduled meeting on its day is lost: %+v", doc.Events)
	}
}

// «قرار/مقرر است/شد» tells of what is still to come; «قرار گرفت» and
// «قرار دارد» do not.
func TestR9cSchedulesAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"نشست بعدی قرار است هفته آینده برگزار شود.", true},
		{"مقرر شد کارگاه آموزشی در دانشکده تشکیل شود.", true},
		{"گزارش طرح مورد بررسی قرار گرفت.", false},
		{"دادسرا در رتبه دوم استان قرار دارد.", false},
	} {
		a := analyze(c.s)
		i0, i1 := a.sentRange(0)
		if got := a.tellsOfComing(i0, i1); got != c.want {
			t.Errorf("tellsOfComing(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A meeting the report sets in the next week («هفته آینده ... تشکیل
// می‌شود») is an event, undated, with the persons its sentence names; one
// still to come at no time told stays a plan.
func TestR9cComingWeekEvent(t *testing.T) {
	head := "کد خبر: ۸۸۲۰۱\n" +
		"سه‌شنبه ۱۱ آذر ۱۴۰۴ - ۰۹:۴۰\n\n" +
		"مدیرکل جدید بهزیستی استان نمونه معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه بهراد سپیدکوه به عنوان مدیرکل بهزیستی استان نمونه صبح امروز با حضور استاندار برگزار شد.\n\n"
	for _, c := range []struct {
		last string
		want bool
	}{
		{"به گفته سپیدکوه، جلسه کارگروه توانمندسازی استان نیز هفته آینده با حضور کیانوش مهرآیین تشکیل می‌شود.\n", true},
		{"به گفته سپیدکوه، جلسه کارگروه توانمندسازی استان با حضور کیانوش مهرآیین تشکیل می‌شود.\n", false},
	} {
		doc, err := File("week.txt", []byte(head+c.last))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			if e.Type == "meeting" && e.Date == nil && strings.Contains(strings.Join(e.Participants, "،"), "کیانوش مهرآیین") {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%q: meeting with its person found %v, want %v (events %+v)", c.last, found, c.want, doc.Events)
		}
	}
}
