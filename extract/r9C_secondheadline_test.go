package extract

import (
	"strings"
	"testing"
)

// A title of two headlines «الف منصوب شدند/ بهره‌برداری از ب» whose lead
// tells of the decree: the opening is the one the body reports later
// («پس از این آیین، ب ... به بهره‌برداری رسید»), with that sentence's
// persons and the day of the ceremony before it; the decree's appointees
// take part in neither, and the ceremony the body tells is one of its own.
func TestR9cSecondHeadlineEvent(t *testing.T) {
	text := "کد خبر: ۸۸۴۱۰\n" +
		"شنبه ۰۶ دی ۱۴۰۴ - ۱۲:۴۴\n\n" +
		"اعضای جدید هیئت‌مدیره آبفای نمونه منصوب شدند/ بهره‌برداری از مخزن ۵ هزار مترمکعبی الف‌آباد\n\n" +
		"نمونه‌آباد- با حکم وزیر نیرو، بهراد سپیدکوه به عنوان مدیرعامل شرکت آب و فاضلاب استان نمونه منصوب شد.\n\n" +
		"طبق حکمی که پنجشنبه ۴ دی امضا شد، مهتاب روشن‌ضمیر به عنوان عضو هیئت‌مدیره این شرکت منصوب شد.\n\n" +
		"مراسم معارفه مدیرعامل تازه امروز صبح در ساختمان ستادی با حضور کیانوش مهرآیین معاون وزیر نیرو برگزار شد.\n\n" +
		"پس از این آیین، مخزن ۵ هزار مترمکعبی الف‌آباد با حضور مدیرعامل جدید و آرمان تیزرو شهردار الف‌آباد به بهره‌برداری رسید.\n"
	doc, err := File("headline.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if len(got["opening"]) != 1 || !strings.Contains(got["opening"][0], "آرمان تیزرو") || strings.Contains(got["opening"][0], "مهتاب روشن‌ضمیر") {
		t.Errorf("openings %q, want one with the persons of its own sentence", got["opening"])
	}
	if len(got["ceremony"]) != 1 || !strings.Contains(got["ceremony"][0], "کیانوش مهرآیین") || strings.Contains(got["ceremony"][0], "آرمان تیزرو") {
		t.Errorf("ceremonies %q, want the introduction with its own persons", got["ceremony"])
	}
	for _, e := range doc.Events {
		if e.Type == "opening" && (e.Date == nil || *e.Date != "2025-12-27") {
			t.Errorf("opening dated %v, want the ceremony's day 2025-12-27", e.Date)
		}
	}
}

// «الف معرفی شد؛ بازدید از طرح ب در حاشیه آیین»: a printed title's
// second headline after «؛» is the visit the body reports later; a lead's
// «به گزارش X، مرکز Y؛ ...» is no title of two headlines.
func TestR9cSemicolonSecondHeadline(t *testing.T) {
	text := "کد خبر: ۸۸۴۱۱\n" +
		"سه‌شنبه ۱۳ آبان ۱۴۰۴ - ۱۲:۴۴\n\n" +
		"مدیرکل جدید راه و شهرسازی همدان معرفی شد؛ بازدید از طرح مسکن در حاشیه آیین\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه مدیرکل راه و شهرسازی استان همدان صبح امروز با حضور کیانوش مهرآیین معاون وزیر راه و شهرسازی و مهتاب روشن‌ضمیر برگزار شد.\n\n" +
		"بازدید از شهرک مسکونی\n" +
		"معاون وزیر راه و شهرسازی بعدازظهر همان روز با آرمان تیزرو از پروژه ۱۲۰۰ واحدی مسکن در شهرک الف بازدید کرد.\n"
	doc, err := File("semi.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if v := strings.Join(got["visit"], "|"); len(got["visit"]) != 1 || !strings.Contains(v, "آرمان تیزرو") || strings.Contains(v, "مهتاب روشن‌ضمیر") {
		t.Errorf("visits %q, want the one the body tells with its own persons", got["visit"])
	}
	a := analyze("به گزارش خبرگزاری نمونه، مرکز همدان؛ رئیس مجمع الف در اجلاس مجمع گفت: سخن.")
	a.art.Title = a.sents[0].Text
	for i := range a.toks {
		if eventWordAt(a.toks, i) != "" && a.secondHeadline(i) {
			t.Errorf("a lead's «؛» read as two headlines")
		}
	}
}
