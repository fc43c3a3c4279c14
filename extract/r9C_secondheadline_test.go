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
		"نمونه‌آباد- با حکم مدیرعامل شرکت مهندسی آب و فاضلاب کشور، بهراد سپیدکوه به عنوان مدیرعامل شرکت آب و فاضلاب استان نمونه منصوب شد.\n\n" +
		"در احکامی که پنجشنبه ۴ دی صادر شد، مهتاب نیک‌سرشت به عنوان عضو هیئت‌مدیره این شرکت منصوب شد.\n\n" +
		"آیین معارفه مدیرعامل جدید صبح امروز در ساختمان مرکزی شرکت با حضور کیانوش مهرآیین معاون وزیر نیرو برگزار شد.\n\n" +
		"پس از این آیین، مخزن ۵ هزار مترمکعبی الف‌آباد با حضور مدیرعامل جدید و آرمان تیزرو شهردار الف‌آباد به بهره‌برداری رسید.\n"
	doc, err := File("headline.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if len(got["opening"]) != 1 || !strings.Contains(got["opening"][0], "آرمان تیزرو") || strings.Contains(got["opening"][0], "مهتاب نیک‌سرشت") {
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
