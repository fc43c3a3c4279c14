package extract

import "testing"

// TestR20CVerblessSubheading checks that a short verbless line inside a
// report («کندلان؛ نخستین مقصد بازدید») is a subheading of it, not the
// title of a new article, while a verbless title over «در خبری دیگر،
// ...» or one naming another handover opens other news.
func TestR20CVerblessSubheading(t *testing.T) {
	head := "بازدید از مزارع گندم کوهسار\n۹ آذر ۱۴۰۵، ۱۳:۴۰\n\n" +
		"کوهسار- رسول بهارلونیا، رئیس سازمان جهاد کشاورزی استان کوهسار امروز از مزارع گندم شهرستان‌های کندلان و ارسک بازدید کرد و گفت: کشت پاییزه تا پایان آذر تمام می‌شود.\n\n"
	sub := "کندلان؛ نخستین مقصد بازدید\n\n" +
		"در کندلان، ماهان ترکمان‌پور، مدیر جهاد کشاورزی شهرستان کندلان، گزارشی از کشت ۲۶ هزار هکتار گندم آبی و دیم ارائه کرد.\n"
	if arts := Segment(head + sub); len(arts) != 1 {
		t.Errorf("%d articles, want 1 with a subheading: %+v", len(arts), arts)
	}
	other := "معارفه مدیرعامل جدید برق کوهسار\n\n" +
		"در خبری دیگر، آیین معارفه مدیرعامل جدید شرکت توزیع نیروی برق استان کوهسار امروز با حضور استاندار برگزار شد.\n"
	if arts := Segment(head + other); len(arts) != 2 {
		t.Errorf("%d articles, want 2: %+v", len(arts), arts)
	}
}
