package extract

import (
	"strings"
	"testing"
)

// A visit's sentence that tells its persons came «پس از حضور در آیین
// افتتاح» the title's opening: they were at the opening too.
func TestR10cPresentAtMainInBodySentence(t *testing.T) {
	text := "کد خبر: ۱۲۳۴۵۶\n" +
		"تاریخ انتشار: سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۶:۲۲\n\n" +
		"۱۲ کیلومتر از راه روستایی شهرستان نمونه‌آباد به بهره‌برداری رسید\n\n" +
		"یزد- ایرنا- معاون وزیر راه و شهرسازی در سفر یک‌روزه به استان یزد، قطعه دوم راه روستایی نمونه‌آباد را افتتاح کرد.\n\n" +
		"به گزارش ایرنا، مهندس آرش کوهکن‌زاده صبح امروز با همراهی دکتر بردیا سنگ‌تراش‌پور، معاون عمرانی استاندار یزد، وارد فرودگاه یزد شد و پس از حضور در آیین افتتاح این قطعه، از پروژه تعریض گردنه نمونه نیز بازدید کرد.\n\n" +
		"کوهکن‌زاده در آیین بهره‌برداری گفت: این محور مسیر اصلی تردد است.\n"
	doc, err := File("present.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if o := strings.Join(got["opening"], "|"); !strings.Contains(o, "بردیا سنگ‌تراش‌پور") {
		t.Errorf("opening %q lacks one the visit's sentence says was at it (events %q)", o, got)
	}
	if v := strings.Join(got["visit"], "|"); !strings.Contains(v, "بردیا سنگ‌تراش‌پور") {
		t.Errorf("visit %q lacks a person of its sentence", v)
	}
}
