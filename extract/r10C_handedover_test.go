package extract

import (
	"strings"
	"testing"
)

// «حکم X صبح امروز از سوی Y، معاون استاندار، در آیینی ... اهدا شد»: Y
// handed the decree over at the ceremony and takes part.
func TestR10cHandedOverAtCeremony(t *testing.T) {
	text := "کد خبر: ۲۷۳۰۵ | دوشنبه ۹ آذر ۱۴۰۵ - ۱۴:۱۰\n\n" +
		"فرماندار جدید شهرستان نمونه‌آباد منصوب شد\n\n" +
		"یزد- روابط عمومی استانداری: استاندار یزد در حکمی، کیوان شن‌پوش را به سمت فرماندار شهرستان نمونه‌آباد منصوب کرد.\n\n" +
		"حکم انتصاب شن‌پوش صبح امروز دوشنبه از سوی دکتر بردیا کاروان‌دار، معاون سیاسی استاندار یزد، در آیینی در محل فرمانداری شهرستان نمونه‌آباد اهدا شد.\n"
	doc, err := File("handed.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if c := strings.Join(got["ceremony"], "|"); !strings.Contains(c, "بردیا کاروان‌دار") {
		t.Errorf("ceremony %q lacks the one who handed the decree over at it (events %q)", c, got)
	}
}
