package extract

import (
	"testing"
	"time"
)

// TestR17BUndatedChange checks that an appointment whose sentence names
// no day takes the report's ceremony date only when it is the change the
// ceremony is about: the outgoing holder's own move («ب پیش‌تر به سمت R
// منصوب شده است») and a change told «هفته گذشته» stay undated.
func TestR17BUndatedChange(t *testing.T) {
	head := "مدیرکل جدید تعاون استان سمنان معرفی شد\n\nسه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۰:۲۰\n\n"
	for _, c := range []struct {
		name, body, person, want string
	}{
		{"the ceremony's appointment", "به گزارش خبرنگار ما، کامران نیک‌فر صبح امروز در آیینی به عنوان مدیرکل تعاون، کار و رفاه اجتماعی استان سمنان معرفی شد.\n\n" +
			"نیک‌فر جایگزین بهمن رستمی‌پور شده است. رستمی‌پور پیش‌تر به سمت معاون وزیر تعاون، کار و رفاه اجتماعی منصوب شده است.\n",
			"کامران نیک‌فر", "2026-12-01"},
		{"the outgoing holder's move", "به گزارش خبرنگار ما، کامران نیک‌فر صبح امروز در آیینی به عنوان مدیرکل تعاون، کار و رفاه اجتماعی استان سمنان معرفی شد.\n\n" +
			"نیک‌فر جایگزین بهمن رستمی‌پور شده است. رستمی‌پور پیش‌تر به سمت معاون وزیر تعاون، کار و رفاه اجتماعی منصوب شده است.\n",
			"بهمن رستمی‌پور", ""},
		{"the thanked holder's move", "به گزارش خبرنگار ما، آیین معارفه مدیرکل تعاون، کار و رفاه اجتماعی استان سمنان صبح امروز برگزار شد.\n\n" +
			"معاون استاندار در این آیین از زحمات بهمن رستمی‌پور قدردانی کرد؛ رستمی‌پور به تازگی به سمت مدیرکل دفتر تعاونی‌های وزارت تعاون، کار و رفاه اجتماعی منصوب شده است.\n\n" +
			"در این آیین کامران نیک‌فر به عنوان مدیرکل جدید معرفی شد.\n",
			"بهمن رستمی‌پور", ""},
		{"last week", "به گزارش خبرنگار ما، مدارس شهرستان با حضور فرماندار صبح امروز در آیینی افتتاح شد.\n\n" +
			"یادآور می‌شود سعید کاظمی‌راد هفته گذشته با حکم استاندار سمنان سرپرست فرمانداری شهرستان مهدیشهر شد.\n",
			"سعید کاظمی‌راد", ""},
	} {
		doc, err := File("q.txt", []byte(head+c.body))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ap := range doc.Appointments {
			if ap.Person != c.person {
				continue
			}
			found = true
			got := ""
			if ap.Date != nil {
				got = *ap.Date
			}
			if got != c.want {
				t.Errorf("%s: %s dated %q, want %q", c.name, c.person, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no appointment of %s in %+v", c.name, c.person, doc.Appointments)
		}
	}
}

// TestR17BReportDecreeDay checks that the day a report says its decree
// was issued («حکم او چهارشنبه ۴ آذر صادر شده بود») dates the appointment
// introduced at a later ceremony («امروز»), and that with no decree day
// the ceremony's day stands.
func TestR17BReportDecreeDay(t *testing.T) {
	head := "رئیس جدید اداره تعاون شهرستان مهدیشهر معرفی شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۰:۲۰\n\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"decree day told", "مهدیشهر- رئیس جدید اداره تعاون شهرستان مهدیشهر امروز در آیینی معرفی شد؛ حکم او چهارشنبه ۴ آذر از سوی مدیرکل تعاون استان صادر شده بود.\n\n" +
			"به گزارش خبرنگار ما، در این آیین کامران نیک‌فر به عنوان رئیس اداره تعاون شهرستان مهدیشهر معرفی شد.\n", "2026-11-25"},
		{"no decree day", "مهدیشهر- رئیس جدید اداره تعاون شهرستان مهدیشهر امروز در آیینی معرفی شد.\n\n" +
			"به گزارش خبرنگار ما، در این آیین کامران نیک‌فر به عنوان رئیس اداره تعاون شهرستان مهدیشهر معرفی شد.\n", "2026-11-29"},
	} {
		doc, err := File("q.txt", []byte(head+c.body))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ap := range doc.Appointments {
			if ap.Person != "کامران نیک‌فر" {
				continue
			}
			found = true
			got := ""
			if ap.Date != nil {
				got = *ap.Date
			}
			if got != c.want {
				t.Errorf("%s: dated %q, want %q", c.name, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no appointment in %+v", c.name, doc.Appointments)
		}
	}
}

// TestR17BInheritedYear checks that a report under its page's dateline
// (an article of the file with no date of its own) reads dates with no
// year in the dateline's year, not in a year it names in passing («از سال
// ۱۴۰۱») that the year hint found first.
func TestR17BInheritedYear(t *testing.T) {
	page := &analysis{published: time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC), year: 1404}
	report := &analysis{year: 1401}
	inheritPublished([]*analysis{page}, report)
	if report.year != 1404 {
		t.Errorf("year %d, want 1404", report.year)
	}
}

// TestR17BMonthOnlyChange checks that a change told by its month only
// («شهریورماه امسال جایگزین ب شد») is undated, not dated by the report's
// event.
func TestR17BMonthOnlyChange(t *testing.T) {
	text := "مدارس مهدیشهر افتتاح شد\n\nسه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، مدارس شهرستان با حضور فرماندار صبح امروز در آیینی افتتاح شد.\n\n" +
		"سعید کاظمی‌راد که شهریورماه امسال جایگزین نادر تابنده در فرمانداری مهدیشهر شد، در این آیین گفت: مدارس نوسازی شد.\n"
	doc, err := File("q.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, ap := range doc.Appointments {
		if ap.Person == "سعید کاظمی‌راد" {
			if ap.Date != nil {
				t.Errorf("dated %q, want none", *ap.Date)
			}
			return
		}
	}
	t.Errorf("no appointment in %+v", doc.Appointments)
}
