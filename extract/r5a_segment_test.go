package extract

import "testing"

// An introduction paragraph after a decree report is the same news: the
// page stays one article.
func TestR5aIntroductionAfterDecreeStaysOneArticle(t *testing.T) {
	text := "فرمانداری نمونه\n\nیکشنبه ۲ آذر ۱۴۰۴\n\n" +
		"فرماندار شهرستان نمونه طی حکمی کیانوش تابان‌پور را به سمت بخشدار مرکزی منصوب کرد.\n\n" +
		"آیین معارفه بخشدار جدید صبح امروز با حضور مدیران شهرستان برگزار شد.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	// Without a decree before it, the event paragraph still opens a report.
	text2 := "فرمانداری نمونه\n\nیکشنبه ۲ آذر ۱۴۰۴\n\n" +
		"کشاورزان شهرستان نمونه امسال گندم بیشتری به انبارها تحویل دادند.\n\n" +
		"آیین معارفه بخشدار جدید صبح امروز با حضور مدیران شهرستان برگزار شد.\n"
	if arts := Segment(text2); len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
}
