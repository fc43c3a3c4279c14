package extract

import "testing"

// TestIntroductionAfterDecreeByWords checks that the decree before an
// introduction paragraph is told by whole words, with the Arabic kaf and
// yeh read as Persian («حكمي»), and that a word holding «حکم» inside
// («محکم») tells no decree.
func TestIntroductionAfterDecreeByWords(t *testing.T) {
	text := "فرمانداری نمونه\n\nیکشنبه ۲ آذر ۱۴۰۴\n\n" +
		"فرماندار شهرستان نمونه طي حكمي کیانوش تابان‌پور را بخشدار مرکزی کرد.\n\n" +
		"آیین معارفه بخشدار جدید صبح امروز با حضور مدیران شهرستان برگزار شد.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("Arabic letters: got %d articles, want 1", len(arts))
	}
	text2 := "فرمانداری نمونه\n\nیکشنبه ۲ آذر ۱۴۰۴\n\n" +
		"کشاورزان شهرستان نمونه امسال با اراده‌ای محکم گندم بیشتری به انبارها تحویل دادند.\n\n" +
		"آیین معارفه بخشدار جدید صبح امروز با حضور مدیران شهرستان برگزار شد.\n"
	if arts := Segment(text2); len(arts) != 2 {
		t.Fatalf("«محکم»: got %d articles, want 2", len(arts))
	}
}
