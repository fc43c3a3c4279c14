package extract

import "testing"

// TestR20CVerblessSubheading checks that a short verbless line inside a
// report («کندلان؛ دومین ایستگاه سفر») is a subheading of it, not the
// title of a new article, while a verbless title over «در خبری دیگر،
// ...» or one naming another handover opens other news.
func TestR20CVerblessSubheading(t *testing.T) {
	head := "بازدید از مزارع گندم کوهسار\n۹ آذر ۱۴۰۵، ۱۳:۴۰\n\n" +
		"کوهسار- رسول بهارلونیا، رئیس سازمان جهاد کشاورزی استان کوهسار امروز از مزارع گندم شهرستان‌های کندلان و ارسک بازدید کرد و گفت: کشت پاییزه تا پایان آذر تمام می‌شود.\n\n"
	sub := "کندلان؛ دومین ایستگاه سفر\n\n" +
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

// TestR20CSubheadingsOfOneReport checks that a report's later subheadings
// — a pull quote set alone in guillemets and verbless lines, each right
// over its paragraph — keep one article, and that the one who speaks
// under «... و یک حکم» is no issuer of a decree but takes part in the
// opening told there.
func TestR20CSubheadingsOfOneReport(t *testing.T) {
	page := "خبرگزاری نمونه\nکد خبر: ۱۲۳۴۵\nپنجشنبه / ۱۲ آذر ۱۴۰۵ / ۱۸:۲۰\n\n" +
		"رئیس سازمان امداد کوهسار از مناطق سیل‌زده کندلان بازدید کرد\n\n" +
		"کوهسار- رسول بهارلونیا رئیس سازمان امداد کوهسار امروز از مناطق آسیب‌دیده از سیلاب هفته گذشته در شهرستان کندلان بازدید کرد.\n\n" +
		"«هیچ روستایی بی‌آب نمی‌ماند»\n" +
		"بهارلونیا در جمع مردم روستای ارسک گفت: تا پیش از تابستان هیچ روستایی بی‌آب نمی‌ماند.\n\n" +
		"گشایش انبار تازه و یک حکم\n" +
		"ماهان ترکمان‌پور در آیین افتتاح انبار کالاهای اساسی شهرستان کندلان گفت: این انبار نیاز سه شهرستان را تأمین می‌کند.\n\n" +
		"نشست ستاد بحران\n" +
		"بهارلونیا عصر امروز در جلسه شورای مدیریت بحران استان کوهسار شرکت کرد.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(arts), arts)
	}
	e := r17CEvent(t, page, "opening")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("opening participants %v, want the one who spoke at it", e.Participants)
	}
}
