package extract

import "testing"

// A dateline that sets place, date and agency apart by a dash or a bar
// dates the article; a sentence with a dash does not.
func TestR5aSeparatedDateline(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"سمنان، ۱۲ آذر ۱۴۰۴ – خبرگزاری نمونه", "2025-12-03"},
		{"خبرگزاری نمونه | ۱۲ آذر ۱۴۰۴ | سمنان", "2025-12-03"},
		{"جلسه شورای شهر سمنان - که ۱۲ آذر ۱۴۰۴ برگزار شد - به تصویب بودجه رسید و اعضا درباره آن گفت‌وگو کردند.", ""},
	} {
		d := datelineDate([]string{"عنوان خبر نمونه", c.line})
		got := ""
		if d != nil {
			got = d.ISO
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}

// appDateOf returns the date of the first appointment File finds in text.
func appDateOf(t *testing.T, text string) string {
	t.Helper()
	doc, err := File("t.txt", []byte(text))
	if err != nil || len(doc.Appointments) == 0 {
		t.Fatalf("no appointment (%v)", err)
	}
	if d := doc.Appointments[0].Date; d != nil {
		return *d
	}
	return ""
}

// The appointment takes its decree's day told in another sentence
// («حکم X ... صادر شده بود»), not the day of the introduction.
func TestR5aDecreeDayApart(t *testing.T) {
	head := "معرفی مدیرعامل جدید شرکت نمونه\n\nتاریخ انتشار: ۲ آذر ۱۴۰۴ - ۱۰:۱۵\n\n" +
		"مهندس کیوان شب‌افروز صبح امروز به عنوان مدیرعامل شرکت آب و فاضلاب استان سمنان معرفی شد. "
	if got := appDateOf(t, head+"حکم شب‌افروز روز چهارشنبه ۲۸ آبان صادر شده بود."); got != "2025-11-19" {
		t.Errorf("got %q, want 2025-11-19", got)
	}
	// A decree sentence about someone else does not date it.
	if got := appDateOf(t, head+"حکم نادر تابنده روز چهارشنبه ۲۸ آبان صادر شده بود."); got != "2025-11-23" {
		t.Errorf("got %q, want 2025-11-23", got)
	}
}

// A ceremony its own sentence dates «امروز» keeps that day when the next
// sentence tells the decree's day.
func TestR5aCeremonyDayBeforeDecreeDay(t *testing.T) {
	text := "شرکت توزیع نیروی برق استان کردستان\nروابط عمومی\n\nیکشنبه، ۲ آذر ۱۴۰۴ - ساعت ۱۴:۱۰\n\nمدیرعامل جدید توزیع برق کردستان معرفی شد\n\nمهندس کیوان شب‌افروز پیش از ظهر امروز در آیینی با حضور مهندس نادر تابنده، معاون هماهنگی توزیع شرکت توانیر، به عنوان مدیرعامل شرکت توزیع نیروی برق استان کردستان معرفی شد.\n\nحکم شب‌افروز پس از تصویب هیئت‌مدیره، چهارشنبه ۲۸ آبان صادر شده بود. مهندس فرامرز کیانی‌پور که از سال ۱۴۰۰ این شرکت را اداره می‌کرد، در این آیین جای خود را به شب‌افروز داد.\n\nسلطانی‌فر در این آیین گفت: کردستان با زمستان‌های سخت روبه‌روست و پایداری شبکه روستاهای مرزی باید بی‌وقفه پیگیری شود. وی از اجرای طرح نصب کنتورهای هوشمند در سنندج خبر داد.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "ceremony" {
			found = true
			if e.Date == nil || *e.Date != "2025-11-23" {
				t.Errorf("ceremony dated %v, want 2025-11-23", e.Date)
			}
		}
	}
	if !found {
		t.Fatal("no ceremony")
	}
}

// «شامگاه گذشته» is the evening before the article's date.
func TestR5aLastEvening(t *testing.T) {
	doc, err := File("t.txt", []byte("تاریخ انتشار: ۲ آذر ۱۴۰۴ - ۱۰:۱۵\n\nآیین معارفه مدیرکل جدید شامگاه گذشته در سالن اجتماعات برگزار شد."))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-11-22" {
		t.Fatalf("events %+v, want one dated 2025-11-22", doc.Events)
	}
}

// The holder of a post that speaks «در این آیین» later in the report
// takes part in the ceremony.
func TestR5aPostSpeaksAtCeremony(t *testing.T) {
	text := "فرمانداری نطنز\n\nسه‌شنبه ۲۵ آذر ۱۴۰۴\n\n" +
		"نطنز - روابط عمومی فرمانداری نطنز: کیوان شب‌افروز، فرماندار نطنز، طی حکمی نادر تابنده را به سمت بخشدار امامزاده منصوب کرد.\n\n" +
		"آیین معارفه بخشدار جدید صبح امروز در محل فرمانداری نطنز با حضور اعضای شورای اداری شهرستان نطنز برگزار شد.\n\n" +
		"فرماندار نطنز در این آیین گفت: آبرسانی به روستاها خواسته اول مردم است.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type != "ceremony" {
			continue
		}
		for _, p := range e.Participants {
			if p == "کیوان شب‌افروز" {
				return
			}
		}
		t.Fatalf("participants %v lack the governor", e.Participants)
	}
	t.Fatal("no ceremony")
}
