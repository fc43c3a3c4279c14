package extract

import (
	"strings"
	"testing"
)

// TestDatelineFormats checks that the common agency datelines give the
// article's date, Solar Hijri or Gregorian, and that a body sentence does
// not.
func TestDatelineFormats(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // ISO, "" for none
	}{
		{"code and date", []string{"همایش بانوان کارآفرین", "کد خبر: ۷۷۱۲۴ | تاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۰:۳۰"}, "2025-05-06"},
		{"weekday date time", []string{"همایش بانوان کارآفرین", "سه‌شنبه ۱۶ اردیبهشت ۱۴۰۴ - ۱۰:۳۰"}, "2025-05-06"},
		{"weekday slash", []string{"سه‌شنبه / ۱۶ اردیبهشت ۱۴۰۴ / ۱۰:۳۰", "همایش بانوان کارآفرین"}, "2025-05-06"},
		{"date and time", []string{"همایش بانوان کارآفرین", "۱۶ اردیبهشت ۱۴۰۴، ۱۰:۳۰"}, "2025-05-06"},
		{"numeric and time", []string{"۱۴۰۴/۰۲/۱۵ - ۱۰:۳۰", "همایش بانوان کارآفرین"}, "2025-05-05"},
		{"bare date line", []string{"همایش بانوان کارآفرین", "دوشنبه ۱۵ اردیبهشت ۱۴۰۴"}, "2025-05-05"},
		{"published cue", []string{"همایش بانوان کارآفرین", "انتشار: ۱۵ اردیبهشت ۱۴۰۴"}, "2025-05-05"},
		{"gregorian", []string{"همایش بانوان کارآفرین", "Published: May 6, 2025 10:30"}, "2025-05-06"},
		{"gregorian persian", []string{"همایش بانوان کارآفرین", "تاریخ انتشار: ۶ مه ۲۰۲۵"}, "2025-05-06"},
		{"cue in last line", []string{"همایش بانوان کارآفرین", "یک", "دو", "سه", "چهار", "تاریخ انتشار: ۱۴۰۴/۰۲/۱۶"}, "2025-05-06"},
		{"date inside a paragraph", []string{"همایش بانوان کارآفرین",
			"این همایش که نخستین بار در ۱۲ اسفند ۱۴۰۲ در شهر کرمان و با حضور بیش از سیصد نفر از بانوان کارآفرین برگزار شد امسال نیز برگزار می‌شود"}, ""},
		{"no year", []string{"همایش بانوان کارآفرین", "تاریخ انتشار: ۱۶ اردیبهشت"}, ""},
	} {
		d := datelineDate(c.lines)
		got := ""
		if d != nil {
			got = d.ISO
		}
		if got != c.want {
			t.Errorf("%s: dateline %q, want %q", c.name, got, c.want)
		}
	}
}

// eventDates returns the dates of a document's events by type, "-" for
// an event without one.
func eventDates(doc *Document) map[string]string {
	out := map[string]string{}
	for _, e := range doc.Events {
		d := "-"
		if e.Date != nil {
			d = *e.Date
		}
		out[e.Type] = d
	}
	return out
}

// TestRelativeDays checks that the days a report names relative to its
// dateline (a Tuesday, ۱۶ اردیبهشت ۱۴۰۴ = 2025-05-06) resolve from it, and
// that «جمعه» of the Friday prayer is no day.
func TestRelativeDays(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"نشست شورای فرهنگ عمومی شهرستان بافق صبح امروز برگزار شد.", "2025-05-06"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق بامداد امروز برگزار شد.", "2025-05-06"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق دیروز برگزار شد.", "2025-05-05"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق روز گذشته برگزار شد.", "2025-05-05"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق شب گذشته برگزار شد.", "2025-05-05"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق روز دوشنبه برگزار شد.", "2025-05-05"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق روز سه شنبه برگزار شد.", "2025-05-06"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق عصر شنبه برگزار شد.", "2025-05-03"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق روز پنج‌شنبه برگزار خواهد شد.", "2025-05-08"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق فردا برگزار می‌شود.", "2025-05-07"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق با حضور امام جمعه بافق برگزار شد.", "-"},
	} {
		text := "نشست شورای فرهنگ عمومی بافق\nکد خبر: ۵۱۲۳ تاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۱:۴۰\n" + c.sentence + "\n"
		doc, err := File("relative.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["meeting"]; got != c.want {
			t.Errorf("%s: meeting on %q, want %q (events %+v)", c.sentence, got, c.want, doc.Events)
		}
		if len(doc.Articles) == 0 || doc.Articles[0].Published != "2025-05-06" {
			t.Errorf("%s: articles %+v, want one published 2025-05-06", c.sentence, doc.Articles)
		}
	}
}

// TestTodayWithOtherWeekday checks that «امروز دوشنبه» in an article dated
// a Tuesday is the Monday, with a warning.
func TestTodayWithOtherWeekday(t *testing.T) {
	text := "نشست شورای فرهنگ عمومی بافق\nتاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۰۰:۴۰\n" +
		"نشست شورای فرهنگ عمومی شهرستان بافق امروز دوشنبه برگزار شد.\n"
	doc, err := File("today.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventDates(doc)["meeting"]; got != "2025-05-05" {
		t.Errorf("meeting on %q, want 2025-05-05", got)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "weekday") {
		t.Errorf("warnings %q, want one about the weekday", doc.Warnings)
	}
}

// TestEachEventItsDate checks that an event told later in an article
// takes the day its own sentence names, not the main event's.
func TestEachEventItsDate(t *testing.T) {
	text := "نشست شورای فرهنگ عمومی بافق\nتاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۱:۴۰\n" +
		"نشست شورای فرهنگ عمومی شهرستان بافق امروز با حضور کامران سپهری‌فر برگزار شد.\n\n" +
		"سپهری‌فر در این نشست گفت: برنامه‌های هفته کتاب آماده است.\n\n" +
		"همچنین نمایشگاه کتاب کودک روز گذشته با حضور نیلوفر دشتبانی در بافق افتتاح شد.\n"
	doc, err := File("two.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventDates(doc)
	if got["meeting"] != "2025-05-06" || got["exhibition"] != "2025-05-05" {
		t.Errorf("dates %v, want the meeting on 2025-05-06 and the exhibition on 2025-05-05 (events %+v)", got, doc.Events)
	}
}

// TestYearOfYearlessDate checks the year a date written without one
// takes: the one its weekday fits, else the article's, else the year
// before when the article's would put it months after the article.
func TestYearOfYearlessDate(t *testing.T) {
	for _, c := range []struct{ published, sentence, want string }{
		// ۲۸ فروردین is a Thursday in 1404, a Tuesday in 1403.
		{"2025-05-01", "جلسه شورای اداری شهرستان بافق روز پنج‌شنبه، ۲۸ فروردین برگزار شد.", "2025-04-17"},
		{"2025-05-01", "جلسه شورای اداری شهرستان بافق روز ۲۸ فروردین برگزار شد.", "2025-04-17"},
		{"2024-05-01", "جلسه شورای اداری شهرستان بافق روز پنج‌شنبه ۲۸ فروردین برگزار شد.", "2025-04-17"},
		// ۲۵ اسفند told in early Farvardin 1404 is of 1403.
		{"2025-03-28", "جلسه شورای اداری شهرستان بافق روز ۲۵ اسفند برگزار شد.", "2025-03-15"},
		{"2025-03-28", "جلسه شورای اداری شهرستان بافق روز ۲۵ اسفند ۱۴۰۴ برگزار شد.", "2026-03-16"},
	} {
		doc, err := File("year.txt", []byte("date "+c.published+"\n"+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["meeting"]; got != c.want {
			t.Errorf("%s (published %s): meeting on %q, want %q", c.sentence, c.published, got, c.want)
		}
		if len(doc.Warnings) != 0 {
			t.Errorf("%s: warnings %q", c.sentence, doc.Warnings)
		}
	}
}

// TestWeekdayOfOtherWeek checks «دوشنبه هفته گذشته» and «شنبه هفته
// آینده» from an article of Tuesday 2025-05-06 (its week began on
// Saturday 2025-05-03).
func TestWeekdayOfOtherWeek(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"نشست شورای فرهنگ عمومی شهرستان بافق دوشنبه هفته گذشته برگزار شد.", "2025-04-28"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق پنجشنبه هفته قبل برگزار شد.", "2025-05-01"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق شنبه هفته آینده برگزار می‌شود.", "2025-05-10"},
		{"نشست شورای فرهنگ عمومی شهرستان بافق یکشنبه هفته جاری برگزار شد.", "2025-05-04"},
	} {
		text := "نشست شورای فرهنگ عمومی بافق\nتاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۱:۴۰\n" + c.sentence + "\n"
		doc, err := File("week.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["meeting"]; got != c.want {
			t.Errorf("%s: meeting on %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestListedEventDates checks that an item of a list of events takes the
// date written inside it, and no other item's.
func TestListedEventDates(t *testing.T) {
	text := "برنامه‌های هفته کتاب در شهرستان بافق\n\n" +
		"رئیس اداره فرهنگ بافق برنامه‌ها را نمایشگاه کتاب در ۱۲ اردیبهشت ۱۴۰۴، همایش کتابداران، کارگاه داستان‌نویسی و مسابقات کتابخوانی عنوان کرد.\n"
	doc, err := File("list.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventDates(doc)
	if got["exhibition"] != "2025-05-02" || got["workshop"] != "-" || got["ceremony"] != "-" {
		t.Errorf("dates %v, want the exhibition on 2025-05-02 and the others undated (events %+v)", got, doc.Events)
	}
}

// TestTodayInSpeechIsNoDate checks that «امروز» in what a speaker says
// (mostly «nowadays») does not date the event.
func TestTodayInSpeechIsNoDate(t *testing.T) {
	text := "نشست شورای فرهنگ عمومی بافق\nتاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۱:۴۰\n" +
		"کامران سپهری‌فر در نشست شورای فرهنگ عمومی شهرستان بافق گفت: امروز جوانان به کتاب نیاز دارند.\n"
	doc, err := File("speech.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventDates(doc)["meeting"]; got != "-" {
		t.Errorf("meeting on %q, want no date", got)
	}
}

// TestAppointmentRelativeDay checks that an appointment its sentence
// dates «روز گذشته» takes the day before the article's date.
func TestAppointmentRelativeDay(t *testing.T) {
	text := "مدیرکل جدید ورزش استان یزد منصوب شد\nتاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۱:۴۰\n" +
		"به گزارش خبرنگار ما، با حکم وزیر ورزش، مهرداد کاویانی روز گذشته به عنوان مدیرکل ورزش و جوانان استان یزد منصوب شد.\n"
	doc, err := File("appointment.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Appointments) != 1 || doc.Appointments[0].Date == nil || *doc.Appointments[0].Date != "2025-05-05" {
		t.Errorf("appointments %+v, want one on 2025-05-05", doc.Appointments)
	}
}

// TestPlannedEventWithRelativeDay checks that an event to come is one
// when its sentence names its day relative to the article's date, with
// the holder of the post it names.
func TestPlannedEventWithRelativeDay(t *testing.T) {
	text := "سرپرست جدید شرکت آب منطقه‌ای کرمان منصوب شد\nPublished: May 6, 2025 10:30\n\n" +
		"به گزارش روابط عمومی شرکت آب منطقه‌ای کرمان، با حکم مدیرعامل شرکت مدیریت منابع آب ایران، داریوش فرخ‌نیا به عنوان سرپرست شرکت آب منطقه‌ای کرمان منصوب شد.\n\n" +
		"گفتنی است نشست خبری سرپرست جدید این شرکت روز شنبه هفته آینده برگزار خواهد شد.\n"
	doc, err := File("planned.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-05-10" ||
		strings.Join(doc.Events[0].Participants, "،") != "داریوش فرخ‌نیا" {
		t.Errorf("events %+v, want a meeting on 2025-05-10 with داریوش فرخ‌نیا", doc.Events)
	}
	// Without its day, the same sentence tells of a plan.
	doc, err = File("planned.txt", []byte(strings.Replace(text, " روز شنبه هفته آینده", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 0 {
		t.Errorf("events %+v, want none for a plan without its day", doc.Events)
	}
}

// TestWeekdayAfterDate checks that a weekday written just after a date
// without a year settles its year, and one that fits no year is reported.
func TestWeekdayAfterDate(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"جلسه شورای اداری شهرستان بافق ۲۸ فروردین (پنج‌شنبه) برگزار شد.", "2025-04-17"},
		{"جلسه شورای اداری شهرستان بافق ۲۸ فروردین، روز پنج‌شنبه برگزار شد.", "2025-04-17"},
	} {
		doc, err := File("after.txt", []byte("date 2024-05-01\n"+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["meeting"]; got != c.want || len(doc.Warnings) != 0 {
			t.Errorf("%s: meeting on %q (warnings %q), want %q", c.sentence, got, doc.Warnings, c.want)
		}
	}
	doc, err := File("after.txt", []byte("جلسه شورای اداری شهرستان بافق ۱۲ اسفند ۱۴۰۳ (سه‌شنبه) برگزار شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 {
		t.Errorf("warnings %q, want one: ۱۲ اسفند ۱۴۰۳ is a Sunday", doc.Warnings)
	}
}

// TestEventDateNotFromAnotherSentence checks the day an event takes
// when its own sentence names none the article can resolve: not the last
// day of a period («تا ...»), not the day of a later event of another
// kind, and the relative day of the first later sentence that names its
// kind («به همین مناسبت، صبح امروز آیین ...»).
func TestEventDateNotFromAnotherSentence(t *testing.T) {
	for _, c := range []struct {
		name, text, typ, want string
	}{
		{"end of a period", "نمایشگاه کتاب استان قزوین گشایش یافت\n" +
			"به گزارش خبرنگار ما، نمایشگاه کتاب استان با حضور سیمین آقاجانی در قزوین گشایش یافت.\n" +
			"این نمایشگاه تا ۳۰ فروردین ۱۴۰۴ دایر است.\n", "exhibition", ""},
		{"a closing", "نمایشگاه کتاب استان قزوین گشایش یافت\n" +
			"به گزارش خبرنگار ما، نمایشگاه کتاب استان با حضور سیمین آقاجانی در قزوین گشایش یافت.\n" +
			"مراسم اختتامیه این نمایشگاه روز ۳۰ فروردین ۱۴۰۴ برگزار می‌شود.\n", "exhibition", ""},
		{"the next one", "همایش ملی کشاورزان نمونه در یزد\n" +
			"به گزارش خبرنگار ما، روز گذشته همایش ملی کشاورزان نمونه با حضور جمشید کیانفر در یزد برگزار شد.\n" +
			"همایش بعدی کشاورزان نمونه روز ۲۰ فروردین ۱۴۰۵ در کرمان برگزار خواهد شد.\n", "ceremony", ""},
		{"start of a period", "نمایشگاه کتاب استان قزوین گشایش یافت\n" +
			"به گزارش خبرنگار ما، نمایشگاه کتاب استان با حضور سیمین آقاجانی در قزوین گشایش یافت.\n" +
			"این نمایشگاه از ۲۰ فروردین ۱۴۰۴ تا ۳۰ فروردین ۱۴۰۴ دایر است.\n", "exhibition", "2025-04-09"},
		{"a later event of another kind", "تجلیل از خیران مدرسه‌ساز\n" +
			"به گزارش خبرنگار ما، روز گذشته آیین تجلیل از خیران مدرسه‌ساز با حضور عباس نوری‌زاد در زاهدان برگزار شد.\n" +
			"همچنین کارگاه آموزشی مدیران مدارس روز ۲۰ فروردین ۱۴۰۴ با حضور لیلا صفایی برگزار خواهد شد.\n", "ceremony", ""},
		{"the same kind told later", "تجلیل از خیران مدرسه‌ساز\n" +
			"به گزارش خبرنگار ما، آیین تجلیل از خیران مدرسه‌ساز با حضور عباس نوری‌زاد در زاهدان برگزار شد.\n" +
			"این آیین روز ۱۶ فروردین ۱۴۰۴ در سالن اجتماعات اداره کل برگزار شد.\n", "ceremony", "2025-04-05"},
		{"the lead's day before a later full date", "آیین تجلیل از خیران مدرسه‌ساز در زاهدان\n" +
			"کد خبر: ۵۵۶۶ | تاریخ انتشار: یکشنبه ۱۷ فروردین ۱۴۰۴ - ۰۹:۰۰\n" +
			"به گزارش خبرنگار ما، روز گذشته آیین تجلیل از خیران مدرسه‌ساز با حضور عباس نوری‌زاد در زاهدان برگزار شد.\n" +
			"آیین تجلیل از معلمان نمونه نیز روز ۲۰ فروردین ۱۴۰۴ با حضور لیلا صفایی برگزار خواهد شد.\n", "ceremony", "2025-04-05"},
		{"after «به همین مناسبت»", "گرامیداشت روز ملی خلیج فارس در بوشهر\n" +
			"کد خبر: ۳۳۴۴ | تاریخ انتشار: پنجشنبه ۱۰ اردیبهشت ۱۴۰۴ - ۱۰:۲۰\n" +
			"به گزارش خبرنگار ما از بوشهر، دهم اردیبهشت روز ملی خلیج فارس است.\n" +
			"به همین مناسبت، صبح امروز آیین گرامیداشت این روز با حضور نادر ساحلی‌پور در اسکله بوشهر برگزار شد.\n",
			"ceremony", "2025-04-30"},
	} {
		doc, err := File("dates.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			if e.Type != c.typ || found {
				continue // the first event of the type is the one dated
			}
			found = true
			got := ""
			if e.Date != nil {
				got = *e.Date
			}
			if got != c.want {
				t.Errorf("%s: %s on %q, want %q", c.name, c.typ, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no %s in %+v", c.name, c.typ, doc.Events)
		}
	}
}
