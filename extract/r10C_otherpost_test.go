package extract

import (
	"strings"
	"testing"
)

// A farewell and introduction ceremony of a commander: one replaced in
// another post told «در ادامه این آیین» («X به عنوان رئیس پلیس آگاهی
// جانشین Y شد که به ستاد منتقل شده است») is not bid farewell there.
func TestR10cReplacedInAnotherPost(t *testing.T) {
	text := "دوشنبه ۳۰ آذر ۱۴۰۵ - ۱۱:۱۷\n\n" +
		"سرهنگ بابک کوه‌نورد سکان فرماندهی انتظامی اردکان را به دست گرفت\n\n" +
		"اردکان- آیین تودیع و معارفه فرمانده انتظامی شهرستان اردکان صبح امروز دوشنبه با حضور سردار کاوه سنگرنشین، جانشین فرمانده انتظامی استان، در محل فرماندهی انتظامی شهرستان اردکان برگزار شد.\n\n" +
		"به گزارش خبرنگار ما، در این آیین از خدمات سرهنگ داوود پیشقراول‌زاده تقدیر و سرهنگ بابک کوه‌نورد به عنوان فرمانده جدید انتظامی شهرستان معرفی شد.\n\n" +
		"در ادامه این آیین، سرگرد نیما تیرانداز‌پور به عنوان رئیس پلیس آگاهی شهرستان اردکان جانشین سرهنگ دوم سعید کمان‌دار شد که به ستاد فرماندهی منتقل شده است.\n"
	doc, err := File("otherpost.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	c := strings.Join(got["ceremony"], "|")
	if strings.Contains(c, "سعید کمان‌دار") {
		t.Errorf("ceremony %q has one replaced in another post", c)
	}
	if !strings.Contains(c, "کاوه سنگرنشین") {
		t.Errorf("ceremony %q lacks its guest (events %q)", c, got)
	}
}
