package extract

import (
	"strings"
	"testing"
)

// After an opening told in the body («... به بهره‌برداری رسید»), «در این
// آیین» is the opening's ceremony, not the article's main ceremony: the
// persons of those sentences are the opening's.
func TestR9cOpeningRiteIsTheOpenings(t *testing.T) {
	text := "کد خبر: ۷۱۲۳۰\n" +
		"دوشنبه ۸ دی ۱۴۰۴ - ۱۴:۰۶\n\n" +
		"مدیرعامل جدید آبفای استان نمونه منصوب شد/ تصفیه‌خانه نمونه‌آباد به مدار آمد\n\n" +
		"به گزارش خبرنگار ما، با حکم وزیر نیرو، بهراد سپیدکوه به عنوان مدیرعامل شرکت آب و فاضلاب استان نمونه منصوب شد.\n\n" +
		"مراسم معارفه مدیرعامل تازه هم صبح امروز در ساختمان ستادی با حضور کیانوش مهرآیین معاون عمرانی استاندار نمونه برگزار شد.\n\n" +
		"عصر امروز نیز مخزن ذخیره آب نمونه‌آباد با حضور سپیدکوه و آرمان تیزرو فرماندار نمونه‌آباد به بهره‌برداری رسید.\n\n" +
		"مهتاب روشن‌ضمیر رئیس شورای شهر نمونه‌آباد در این آیین اظهار داشت: کمبود آب شرب تابستانی شهر برطرف می‌شود.\n"
	doc, err := File("rite.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if c := strings.Join(got["ceremony"], "|"); strings.Contains(c, "مهتاب روشن‌ضمیر") {
		t.Errorf("ceremony %q has a person of the opening's sentences", c)
	}
	if o := strings.Join(got["opening"], "|"); !strings.Contains(o, "مهتاب روشن‌ضمیر") {
		t.Errorf("opening %q lacks a person of its sentences (events %q)", o, got)
	}
}
