package extract

import (
	"strings"
	"testing"
)

// leadEventHeads are made-up first lines of agency and portal pages: a
// title, a dateline (code, date, time) and service lines, in the orders
// the agencies print them. None names an event.
var leadEventHeads = map[string]string{
	"code and date on one line":  "کد خبر: ۸۵۲۱۴۷ | تاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\n",
	"title then code and date":   "استاندار: مربیان سرمایه اصلی جامعه هستند\nکد خبر: ۸۵۲۱۴۷ | تاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\n",
	"title, date, code":          "مربیان سرمایه اصلی جامعه هستند\nسه‌شنبه / ۱۲ فروردین ۱۴۰۴ / ۱۰:۲۰\nکد خبر: ۱۴۰۴۰۱۱۲۰۴\n",
	"agency date, code, title":   "مهر ۱۲ فروردین ۱۴۰۴، ۱۰:۲۰\nکد خبر ۶۲۳۴۵۱\nمربیان سرمایه اصلی جامعه هستند\n",
	"date then title":            "۱۴۰۴/۰۱/۱۲ - ۱۰:۲۰\nمربیان سرمایه اصلی جامعه هستند\n",
	"date, service, title":       "۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\nخبرگزاری الف - گروه استان‌ها\nمربیان سرمایه اصلی جامعه هستند\n",
	"published, title, service":  "تاریخ انتشار: ۱۴۰۴/۰۱/۱۲ ساعت ۱۰:۲۰\nمربیان سرمایه اصلی جامعه هستند\nسرویس: استان‌ها\n",
	"portal with a view counter": "مربیان سرمایه اصلی جامعه هستند\nسه شنبه ۱۲ فروردین ۱۴۰۴ ساعت ۱۰:۲۰\nتعداد بازدید: ۴۵\n",
	"title, summary, desk, dateline": "مربیان سرمایه اصلی جامعه هستند\nاستاندار گفت مربیان سرمایه اصلی جامعه هستند و باید از آنها حمایت شود.\n" +
		"سرویس استان‌ها\nکد خبر: ۵۵۶۶۷۷ | تاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\n",
	"views in the dateline":    "مربیان سرمایه اصلی جامعه هستند\nکد خبر: ۱۲۳۴۵۶ | تاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰ | تعداد بازدید: ۴۵\n",
	"title, summary, dateline": "قدردانی از مربیان نمونه\nاستاندار گفت مربیان سرمایه اصلی جامعه هستند.\nکد خبر: ۵۵۶۶۷۷ | تاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\n",
}

// TestLeadEventAfterDateline checks that the event a lead reports after
// a title and a dateline in the text is found, with its persons and the
// dateline's day for «روز گذشته», whatever the order of the first lines,
// and that a later paragraph's event does not take its place.
func TestLeadEventAfterDateline(t *testing.T) {
	for _, c := range []struct {
		name, lead, typ, date string
	}{
		{"ceremony", "به گزارش خبرگزاری الف از سمنان، روز گذشته آیین تجلیل از مربیان نمونه استان با حضور بهرام نیک‌آئین استاندار سمنان و کاوه رستم‌خانی مدیرکل آموزش و پرورش استان برگزار شد.",
			"ceremony", "2025-03-31"},
		{"assembly", "به گزارش خبرگزاری الف از سمنان، مجمع سالانه بنیاد نیکوکاری سپیدار روز گذشته با حضور بهرام نیک‌آئین استاندار سمنان و کاوه رستم‌خانی مدیرعامل این بنیاد برگزار شد.",
			"meeting", "2025-03-31"},
		{"commemoration", "به گزارش خبرگزاری الف از سمنان، روز گذشته بزرگداشت روز معلم با حضور بهرام نیک‌آئین استاندار سمنان و کاوه رستم‌خانی مدیرکل آموزش و پرورش استان برگزار شد.",
			"ceremony", "2025-03-31"},
		{"ceremony in a clause", "به گزارش خبرگزاری الف از سمنان، روز گذشته در آیینی با حضور بهرام نیک‌آئین استاندار سمنان و کاوه رستم‌خانی مدیرکل آموزش و پرورش استان از مربیان نمونه تجلیل شد.",
			"ceremony", "2025-03-31"},
	} {
		for hname, head := range leadEventHeads {
			text := head + c.lead + "\n" +
				"نیک‌آئین در این آیین گفت: مربیان سرمایه اصلی جامعه هستند.\n\n" +
				"همچنین کارگاه آموزشی مدیران مدارس روز ۲۰ فروردین ۱۴۰۴ با حضور لیلا صفایی برگزار خواهد شد.\n"
			doc, err := File("lead.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Articles) != 1 {
				t.Errorf("%s, %s: %d articles, want one", c.name, hname, len(doc.Articles))
			}
			var found *Event
			for n := range doc.Events {
				if e := &doc.Events[n]; e.Type == c.typ {
					found = e
				}
				if doc.Events[n].Type == "visit" {
					t.Errorf("%s, %s: a visit %+v", c.name, hname, doc.Events[n])
				}
			}
			if found == nil {
				t.Errorf("%s, %s: no %s event in %+v", c.name, hname, c.typ, doc.Events)
				continue
			}
			if got := strings.Join(found.Participants, "،"); !strings.Contains(got, "بهرام نیک‌آئین") ||
				!strings.Contains(got, "کاوه رستم‌خانی") || strings.Contains(got, "لیلا صفایی") {
				t.Errorf("%s, %s: participants %q", c.name, hname, got)
			}
			if found.Date == nil || *found.Date != c.date {
				t.Errorf("%s, %s: date %v, want %s", c.name, hname, found.Date, c.date)
			}
		}
	}
}

// TestContinuationParagraphStaysInArticle checks that a paragraph opening
// with «همچنین» and an event word goes on with the article before it,
// while one opening with an ordinal and an event word may start a report
// of its own.
func TestContinuationParagraphStaysInArticle(t *testing.T) {
	for _, c := range []struct {
		para  string
		opens bool
	}{
		{"همچنین مراسم تجلیل از پیشکسوتان کشتی با حضور مهدی توانا برگزار شد.", false},
		{"سپس جلسه شورای ورزش شهرستان با حضور مهدی توانا تشکیل شد.", false},
		{"نخستین جلسه شورای ورزش شهرستان با حضور مهدی توانا تشکیل شد.", true},
		{"دومین همایش ورزش همگانی با حضور مهدی توانا برگزار شد.", true},
		{"مراسم تجلیل از پیشکسوتان کشتی با حضور مهدی توانا برگزار شد.", true},
	} {
		if got := opensEventReport(c.para); got != c.opens {
			t.Errorf("opensEventReport(%s) = %v, want %v", c.para, got, c.opens)
		}
		text := "مسابقات کشتی قهرمانی در ارومیه\n" +
			"مسابقات کشتی قهرمانی نوجوانان استان با حضور نوید صدری رئیس هیئت کشتی استان در ارومیه آغاز شد.\n\n" + c.para + "\n"
		if n := len(Segment(text)); c.opens != (n == 2) {
			t.Errorf("%s: %d articles", c.para, n)
		}
	}
}

// TestCounterLinesAreBoilerplate checks that a page's counters of views
// and comments are dropped, and lines that merely name a visit are kept.
func TestCounterLinesAreBoilerplate(t *testing.T) {
	for _, c := range []struct {
		line string
		drop bool
	}{
		{"تعداد بازدید: ۴۵", true},
		{"بازدید: ۱۲۰۳", true},
		{"۱۲ نظر", true},
		{"تعداد نظرات: 3", true},
		{"بازدید استاندار از بیمارستان ۲۲ بهمن", false},
		{"بازدید ۱۲۰ دانش‌آموز از نمایشگاه", false},
	} {
		if got := isCounterLine(c.line); got != c.drop {
			t.Errorf("isCounterLine(%s) = %v, want %v", c.line, got, c.drop)
		}
	}
}

// TestDatelineAboveTitle checks that datelines printed above a title,
// or a line that is only a date, do not make an article of their own,
// and that a title that merely names a date is no dateline.
func TestDatelineAboveTitle(t *testing.T) {
	const lead = "مربیان سرمایه اصلی جامعه هستند\n" +
		"به گزارش خبرنگار ما از سمنان، روز گذشته آیین تجلیل از مربیان نمونه استان با حضور بهرام نیک‌آئین برگزار شد.\n"
	for _, head := range []string{
		"۱۴۰۴/۰۱/۱۲\n",
		"کد خبر: ۸۵۲۱۴۷\nتاریخ انتشار: سه‌شنبه ۱۲ فروردین ۱۴۰۴ - ۱۰:۲۰\n",
		"سه شنبه ۱۲ فروردین ۱۴۰۴\n",
	} {
		arts := Segment(head + lead)
		if len(arts) != 1 || arts[0].Title != "مربیان سرمایه اصلی جامعه هستند" {
			t.Errorf("%q: articles %+v, want one titled by its title line", head, arts)
			continue
		}
		doc, err := File("above.txt", []byte(head+lead))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Articles) != 1 || doc.Articles[0].Published != "2025-04-01" {
			t.Errorf("%q: articles %+v, want one published 2025-04-01", head, doc.Articles)
		}
	}
	for _, c := range []struct {
		line     string
		dateline bool
	}{
		{"منتشر شده در ۱۲ فروردین ۱۴۰۴", true},
		{"سه‌شنبه ۱۲ فروردین ۱۴۰۴", true},
		{"تعطیلی مدارس استان در ۱۲ فروردین ۱۴۰۴", false},
		{"مربیان سرمایه اصلی جامعه هستند", false},
	} {
		if got := isDatelineLine(c.line); got != c.dateline {
			t.Errorf("isDatelineLine(%s) = %v, want %v", c.line, got, c.dateline)
		}
	}
}

// TestServiceLine checks the lines that name an agency's desk.
func TestServiceLine(t *testing.T) {
	for _, c := range []struct {
		line string
		desk bool
	}{
		{"سرویس استان‌ها", true},
		{"سرویس: استان‌ها", true},
		{"خبرگزاری الف - گروه استان‌ها", true},
		{"گروه اقتصادی", true},
		{"گروه‌های جهادی استان به مناطق سیل‌زده اعزام شدند", false},
		{"مربیان سرمایه اصلی جامعه هستند", false},
	} {
		if got := isServiceLine(c.line); got != c.desk {
			t.Errorf("isServiceLine(%s) = %v, want %v", c.line, got, c.desk)
		}
	}
}

// TestRelatedNewsLinesDropped checks that the lines linking to other
// news, and the headline a marker alone on its line links to, are
// dropped, so their persons take part in nothing.
func TestRelatedNewsLinesDropped(t *testing.T) {
	text := "مربیان سرمایه اصلی جامعه هستند\n" +
		"به گزارش خبرنگار ما، آیین تجلیل از مربیان نمونه استان با حضور بهرام نیک‌آئین در سمنان برگزار شد.\n" +
		"بیشتر بخوانید:\n\n" +
		"دیدار کاوه رستم‌خانی با خانواده شهدای دامغان\n" +
		"بیشتر بخوانید: لیلا صفایی از مدارس شاهرود بازدید کرد\n" +
		"نیک‌آئین در این آیین گفت: مربیان سرمایه جامعه هستند.\n"
	doc, err := File("related.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Persons {
		if p.Name != "بهرام نیک‌آئین" {
			t.Errorf("person %s of a linked report", p.Name)
		}
	}
	if len(doc.Events) != 1 || strings.Join(doc.Events[0].Participants, "،") != "بهرام نیک‌آئین" {
		t.Errorf("events %+v, want the ceremony of بهرام نیک‌آئین alone", doc.Events)
	}
}
