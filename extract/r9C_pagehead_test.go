package extract

import "testing"

// A page's head with a breadcrumb, a news code and two date lines over a
// kicker and the title is the article's head, not an article of its own;
// short lines that are no furniture stay a short report of their own.
func TestR9cLongPageHead(t *testing.T) {
	text := "صفحه اصلی > استانها > نمونه\n" +
		"کد خبر ۵۵۱۲۰۹\n" +
		"۳ دی ۱۴۰۴، ۱۰:۱۵\n" +
		"چهارشنبه ۳ دی ۱۴۰۴ - ۱۰:۱۵\n\n" +
		"در آیینی با حضور استاندار نمونه؛\n" +
		"مدیرکل جدید بهزیستی استان نمونه معرفی شد\n\n" +
		"نمونه‌آباد- با حضور استاندار نمونه، بهراد سپیدکوه به عنوان مدیرکل بهزیستی استان نمونه معرفی شد.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه مدیرکل بهزیستی استان صبح امروز برگزار شد.\n"
	arts := Segment(text)
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1: %+v", len(arts), arts)
	}
	if arts[0].Title != "مدیرکل جدید بهزیستی استان نمونه معرفی شد" || arts[0].Kicker != 2 {
		t.Errorf("title %q with %d lines above it, want the headline with the breadcrumb and the kicker", arts[0].Title, arts[0].Kicker)
	}
	if onlyHeaderLines([]string{"گزیده خبرها", "دیدار مدیران", "سفر استاندار", "بازدید از طرح", "نشست شورا"}) {
		t.Error("five short lines taken for a page's head")
	}
}
