package extract

import (
	"strings"
	"testing"
)

// «رؤسای جدید دانشکده‌ها ... در جلسه شورای دانشگاه معرفی شدند»: each
// appointee to a faculty, head or acting head, was at the session; the
// one they replaced, thanked in a decree, was not.
func TestR10cNewHoldersByPluralPost(t *testing.T) {
	text := "سه‌شنبه ۲۴ آذر ۱۴۰۵ | ساعت ۱۵:۴۰\n\n" +
		"با احکام رئیس دانشگاه؛ دو دانشکده دانشگاه نمونه رؤسای جدید گرفتند\n\n" +
		"نمونه‌آباد- طی حکمی از سوی رئیس دانشگاه نمونه، دکتر کیانوش سپیدبرگ به عنوان رئیس دانشکده کشاورزی دانشگاه نمونه منصوب شد. در این حکم از تلاش‌های دکتر بهزاد سروکوهی، رئیس پیشین دانشکده، قدردانی شده است.\n\n" +
		"همچنین دکتر شیدا نیلوفرپور به عنوان سرپرست دانشکده علوم پایه دانشگاه نمونه منصوب شد.\n\n" +
		"رؤسای جدید دانشکده‌ها صبح امروز سه‌شنبه در جلسه شورای دانشگاه که به ریاست دکتر هومن چنارستانی، رئیس دانشگاه نمونه، برگزار شد، معرفی شدند.\n"
	doc, err := File("pluralnew.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if !strings.Contains(m, "کیانوش سپیدبرگ") || !strings.Contains(m, "شیدا نیلوفرپور") {
		t.Errorf("meeting %q lacks the new heads (events %q)", m, got)
	}
	if strings.Contains(m, "بهزاد سروکوهی") {
		t.Errorf("meeting %q has the one replaced", m)
	}
}
