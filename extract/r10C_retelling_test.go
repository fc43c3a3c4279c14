package extract

import (
	"strings"
	"testing"
)

// «در این جلسه که به ریاست استاندار یزد برگزار شد، ...» told after a
// session: the governor, named by his post, chaired it.
func TestR10cChairInRetelling(t *testing.T) {
	text := "کد خبر: ۸۵۷۷۷۱۱۱\n" +
		"تاریخ انتشار: ۵ بهمن ۱۴۰۴، ۱۹:۴۰\n\n" +
		"معاون وزیر نیرو در یزد از ایستگاه پمپاژ آب بازدید کرد\n\n" +
		"یزد- ایرنا- دکتر فرامرز آب‌نما معاون وزیر نیرو امروز با همراهی سهراب شن‌کوبی‌زاده استاندار یزد از ایستگاه پمپاژ خط انتقال آب بازدید کرد.\n\n" +
		"معاون وزیر نیرو سپس در جلسه شورای آب استان یزد شرکت کرد. در این جلسه که به ریاست استاندار یزد برگزار شد، مهدی قنات‌کارنژاد مدیرعامل شرکت آب منطقه‌ای یزد گزارشی از منابع آبی ارائه داد.\n"
	doc, err := File("retelling.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if m := strings.Join(got["meeting"], "|"); !strings.Contains(m, "سهراب شن‌کوبی‌زاده") {
		t.Errorf("meeting %q lacks its chair named by his post (events %q)", m, got)
	}
}
