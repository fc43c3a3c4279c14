package extract

import "testing"

// A kicker «در آیین الف مطرح شد» over a speaker's quote as title is one
// article's heading, not an article of its own.
func TestR7cKickerOverQuoteTitle(t *testing.T) {
	text := "کد خبر: ۱۲۳۴۵\n\n" +
		"در آیین معارفه مدیرکل نمونه استان الف مطرح شد\n" +
		"معاون وزیر نمونه: برنامه‌های توسعه استان با جدیت دنبال می‌شود\n\n" +
		"الف‌آباد - خبرگزاری نمونه - آیین معارفه بهمن پرتوی‌نیک به عنوان مدیرکل نمونه استان الف صبح امروز با حضور کوروش مهرپاک، معاون وزیر نمونه، برگزار شد.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	if isKickerOver(&Article{Title: "خبر اول", Lines: []string{"خبر اول"}}, "عنوان: دوم") {
		t.Error("a title without a kicker's verb taken for a kicker")
	}
}
