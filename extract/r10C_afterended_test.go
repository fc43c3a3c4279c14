package extract

import (
	"strings"
	"testing"
)

// One given a post «پس از پایان مجمع» was not at the assembly; the
// secretary named «پس از اعلام نتایج», still at it, was.
func TestR10cAfterTheEventEnded(t *testing.T) {
	text := "دوشنبه ۵ خرداد ۱۴۰۴ ساعت ۱۸:۲۰\n\n" +
		"شترزاده رئیس هیئت والیبال استان یزد شد\n\n" +
		"به گزارش خبرنگار ما، در مجمع انتخاباتی هیئت والیبال استان یزد که امروز با حضور بهنود کاروانسرایی، نایب‌رئیس فدراسیون والیبال برگزار شد، فرامرز شترزاده به ریاست این هیئت برگزیده شد.\n\n" +
		"رئیس جدید هیئت پس از اعلام نتایج، خانم ترانه بادگیری‌نیا را به عنوان دبیر هیئت معرفی کرد.\n\n" +
		"پس از پایان مجمع و با حکم رئیس جدید هیئت، مسئولیت کمیته داوران هیئت والیبال استان یزد به کوروش خشتی‌پور سپرده شد. خشتی‌پور داور بازنشسته لیگ برتر است.\n"
	doc, err := File("afterended.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if strings.Contains(m, "کوروش خشتی‌پور") {
		t.Errorf("meeting %q has one given a post after it ended", m)
	}
	if !strings.Contains(m, "ترانه بادگیری‌نیا") || !strings.Contains(m, "فرامرز شترزاده") {
		t.Errorf("meeting %q lacks those at it (events %q)", m, got)
	}
}
