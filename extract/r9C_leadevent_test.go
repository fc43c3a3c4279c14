package extract

import (
	"strings"
	"testing"
)

// A lead that tells another event than the title's («X انتخاب شد/ افتتاح
// نمایشگاه Y» over «در نخستین جلسه ... X برگزیده شد») holds the sentences
// after it up to the next body event, here the title's event told again
// («عصر امروز نیز نمایشگاه ... افتتاح شد»): the persons elected at the
// meeting are the meeting's, not the exhibition's.
func TestR9cLeadEventUpToNextEvent(t *testing.T) {
	text := "کد خبر: ۷۷۱۰۲\n" +
		"دوشنبه ۱۰ آذر ۱۴۰۴ - ۱۲:۰۰\n\n" +
		"رئیس جدید انجمن صنفی نمونه‌آباد انتخاب شد/ افتتاح نمایشگاه فرش دستباف\n\n" +
		"به گزارش خبرنگار ما، در نخستین جلسه هیئت مدیره دوره جدید انجمن صنفی نمونه‌آباد که امروز برگزار شد، بهراد سپیدکوه با کسب ۹ رأی به ریاست انجمن برگزیده شد.\n\n" +
		"مهتاب روشن‌ضمیر هم در همین جلسه نایب‌رئیس انجمن شد.\n\n" +
		"عصر امروز نیز نمایشگاه فرش دستباف نمونه‌آباد با حضور کیانوش مهرآیین فرماندار نمونه‌آباد افتتاح شد.\n"
	doc, err := File("lead.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if m := strings.Join(got["meeting"], "|"); !strings.Contains(m, "مهتاب روشن‌ضمیر") {
		t.Errorf("meeting participants %q, want the one elected in the next sentence too (events %q)", m, got)
	}
	for typ, parts := range got {
		if typ != "meeting" && strings.Contains(strings.Join(parts, "|"), "مهتاب روشن‌ضمیر") {
			t.Errorf("%s has the one elected at the meeting: %q", typ, parts)
		}
	}
}

// «افتتاح الف و برگزاری همایش ب» over «... همایش ... آغاز شد» and «در
// حاشیه همایش، الف با حضور X افتتاح شد»: the sentence at the margin of
// the conference tells the opening, not the conference.
func TestR9cMarginSentenceOfTitleEvent(t *testing.T) {
	text := "دوشنبه ۲۶ آبان ۱۴۰۴\n\n" +
		"افتتاح درمانگاه دیابت و برگزاری همایش ماماهای استان\n\n" +
		"همایش ماماهای استان همدان صبح امروز با سخنرانی کیانوش مهرآیین در تالار دانشکده پرستاری آغاز شد.\n\n" +
		"در حاشیه همایش، درمانگاه دیابت بیمارستان نمونه با حضور آرمان تیزرو، مدیرعامل بیمه سلامت استان همدان، افتتاح شد.\n"
	doc, err := File("margin2.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if c := strings.Join(got["ceremony"], "|"); strings.Contains(c, "آرمان تیزرو") {
		t.Errorf("conference %q has the one at the opening at its margin", c)
	}
	if o := strings.Join(got["opening"], "|"); !strings.Contains(o, "آرمان تیزرو") {
		t.Errorf("opening %q lacks the one its sentence names", o)
	}
}
