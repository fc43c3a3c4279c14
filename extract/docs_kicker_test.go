package extract

import (
	"strings"
	"testing"
)

// kickerLead is a made-up lead that follows the titles of the kicker
// cases.
const kickerLead = "به گزارش خبرنگار ما از سمنان، در آیینی که صبح امروز برگزار شد، کامران نیک‌فر به عنوان مدیرکل تعاون روستایی استان سمنان معرفی شد.\n"

// TestKickerAboveTitle checks that the lines a page prints above its
// title (a kicker, a breadcrumb, the site's name) and between title and
// lead (datelines, the agency's name) neither make an article of their
// own nor take the title: the title is the real headline, the article
// opens with it and its lead, and the kicker is read after the report.
func TestKickerAboveTitle(t *testing.T) {
	cases := []struct {
		name, page, title, kicker string
	}{
		{"kicker with no mark", "انتصاب در اداره کل تعاون روستایی سمنان\nمدیرکل جدید تعاون روستایی سمنان معرفی شد\n\nخبرگزاری تسنیم\n۱۲ خرداد ۱۴۰۴ - ۱۳:۴۰\n\n" + kickerLead,
			"مدیرکل جدید تعاون روستایی سمنان معرفی شد", "انتصاب در اداره کل تعاون روستایی سمنان"},
		{"speaker kicker", "مدیرکل تعاون روستایی استان سمنان:\nتعاونی‌های روستایی سمنان نوسازی می‌شوند\n\n۲۲ تیر ۱۴۰۴، ۱۸:۱۰   کد خبر: ۸۶۱۲\n\n" + kickerLead,
			"تعاونی‌های روستایی سمنان نوسازی می‌شوند", "مدیرکل تعاون روستایی استان سمنان:"},
		{"kicker with «؛» under a site's name", "اداره کل تعاون روستایی استان سمنان\nاخبار › انتصابات\n\nبا حکم وزیر جهاد کشاورزی؛\nمدیرکل تعاون روستایی سمنان منصوب شد\n\nکد خبر: ۷۲۳۴۱ | ۰۳ آذر ۱۴۰۴\n\n" + kickerLead,
			"مدیرکل تعاون روستایی سمنان منصوب شد", "با حکم وزیر جهاد کشاورزی؛"},
		{"breadcrumb and two datelines", "استان‌ها › سمنان\nمدیرکل جدید تعاون روستایی سمنان معرفی شد\n\nکد خبر: ۹۸۷۶۵۴۳\nتاریخ انتشار: ۱۴:۲۰ - ۲۸ مرداد ۱۴۰۴\n\n" + kickerLead,
			"مدیرکل جدید تعاون روستایی سمنان معرفی شد", "استان‌ها › سمنان"},
	}
	for _, c := range cases {
		arts := Segment(c.page)
		if len(arts) != 1 {
			t.Errorf("%s: %d articles, want 1: %+v", c.name, len(arts), arts)
			continue
		}
		a := arts[0]
		if a.Title != c.title || a.Lines[0] != c.title {
			t.Errorf("%s: title %q, first line %q, want %q", c.name, a.Title, a.Lines[0], c.title)
		}
		if a.Kicker == 0 || !strings.Contains(strings.Join(a.Lines[len(a.Lines)-a.Kicker:], "\n"), c.kicker) {
			t.Errorf("%s: kicker lines %d of %q, want %q among the last", c.name, a.Kicker, a.Lines, c.kicker)
		}
		for _, l := range a.Lines {
			if strings.Contains(l, "خبرگزاری تسنیم") {
				t.Errorf("%s: the agency's name line is kept: %q", c.name, l)
			}
		}
	}
}

// TestKickerKeepsLeadAndDate checks that a kicker does not push the lead
// out of the article's head: the lead's «امروز» dates its ceremony, a body
// named only in the kicker is found, and the article's text keeps the
// kicker in the file's own letters.
func TestKickerKeepsLeadAndDate(t *testing.T) {
	page := "با حکم وزير جهاد کشاورزي؛\nمدیرکل جدید تعاون روستایی سمنان معرفی شد\n\nسه‌شنبه ۲۰ آبان ۱۴۰۴ - ۱۰:۴۵\n\n" +
		"خبرگزاری ما - مریم کاوه: صبح امروز در آیینی با حضور بهرام فرجی‌نسب، کامران نیک‌فر به عنوان مدیرکل تعاون روستایی استان سمنان معرفی شد.\n"
	doc, err := File("k.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 1 || !strings.HasSuffix(doc.Articles[0].Text, "با حکم وزير جهاد کشاورزي؛") {
		t.Fatalf("articles %+v, want one ending with its kicker as written", doc.Articles)
	}
	if len(doc.Events) != 1 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-11-11" {
		t.Errorf("events %+v, want the ceremony of 2025-11-11", doc.Events)
	}
}

// TestTitleBeforeEventReport checks that a title, its dateline and a
// first paragraph reporting an event («مجمع عمومی ... برگزار شد») with no
// «به گزارش» lead are one article, and that such a paragraph after a
// report's body still opens a new one.
func TestTitleBeforeEventReport(t *testing.T) {
	body := "مجمع عمومی عادی سالیانه شرکت کاشی نیک‌فر روز سه‌شنبه هشتم مهر با حضور سهامداران در تهران برگزار شد و صورت‌های مالی به تصویب رسید.\n\n"
	page := "مدیرعامل شرکت کاشی نیک‌فر انتخاب شد\n\n۱۴۰۴/۰۷/۱۰\n\n" + body +
		"در این مجمع بهرام فرجی‌نسب به عنوان مدیرعامل شرکت انتخاب شد و گزارش سال گذشته را ارائه کرد.\n\n" +
		"جلسه شورای اداری شهرستان میامی روز چهارشنبه با حضور مدیران شهرستان در فرمانداری برگزار شد و طرح‌ها بررسی شد.\n"
	if arts := Segment(page); len(arts) != 2 || arts[0].Title != "مدیرعامل شرکت کاشی نیک‌فر انتخاب شد" || len(arts[0].Lines) != 4 {
		t.Errorf("articles %+v, want 2, the first titled with its headline and of 4 lines", arts)
	}
}

// TestShortReportIsNoKicker checks that a report of several short lines
// with no closing marks, before another report's title, stays a report of
// its own rather than the next one's kicker.
func TestShortReportIsNoKicker(t *testing.T) {
	page := "جلسه شورای ترافیک شهرستان آرادان با حضور کامران نیک‌فر برگزار شد\n" +
		"در این جلسه طرح‌های ایمن‌سازی جاده‌های روستایی بررسی شد\n" +
		"نیک‌فر بر تکمیل روشنایی محور آرادان تا گرمسار تأکید کرد\n" +
		"اعضای شورا از پیشرفت طرح تعریض میدان اصلی شهر بازدید کردند\n" +
		"جلسه بعدی شورا هفته آینده در فرمانداری برگزار می‌شود\n\n" + "مدیرکل جدید تعاون روستایی سمنان معرفی شد\n\n" + kickerLead
	arts := Segment(page)
	if len(arts) != 2 || arts[1].Kicker != 0 || arts[1].Title != "مدیرکل جدید تعاون روستایی سمنان معرفی شد" {
		t.Errorf("articles %+v, want the short report and a titled one with no kicker", arts)
	}
}

// TestWrappedParagraphIsNoKicker checks that a paragraph broken over
// lines, its first line ending in a comma, before a title stays a report
// of its own.
func TestWrappedParagraphIsNoKicker(t *testing.T) {
	page := "جلسه شورای ترافیک شهرستان آرادان با حضور کامران نیک‌فر،\nفرماندار آرادان در سالن جلسات فرمانداری برگزار شد\n\n" +
		"مدیرکل جدید تعاون روستایی سمنان معرفی شد\n\n" + kickerLead
	if arts := Segment(page); len(arts) != 2 || arts[1].Kicker != 0 {
		t.Errorf("articles %+v, want the wrapped report and a titled one with no kicker", arts)
	}
}
