package extract

import (
	"strings"
	"testing"
)

// A title of two events («افتتاح درمانگاه الف و برگزاری همایش ب»): the
// body tells the conference first, a speaker of it goes on in the next
// sentence, then «در حاشیه همایش» the opening «با حضور رئیس دانشگاه»:
// the speaker is the conference's, the university's head, named by his
// post in the opening's body sentence, the opening's.
func TestR10cTwoEventTitleSections(t *testing.T) {
	text := "روابط عمومی دانشگاه علوم پزشکی یزد\n" +
		"دوشنبه ۲۶ آبان ۱۴۰۴\n\n" +
		"افتتاح درمانگاه تخصصی کلیه و برگزاری همایش پرستاران\n\n" +
		"همایش سالانه پرستاران استان یزد صبح امروز با سخنرانی دکتر منصور کاشی‌نژادپور، رئیس دانشگاه علوم پزشکی یزد، در سالن همایش‌های دانشکده پزشکی آغاز شد.\n\n" +
		"معاون درمان دانشگاه، دکتر نیلوفر بادگیرنشین، نیز در این همایش درباره برنامه پرستاری سخن گفت.\n\n" +
		"بادگیرنشین گفت: کمبود پرستار در بیمارستان‌های استان رو به کاهش است.\n\n" +
		"در حاشیه همایش، درمانگاه تخصصی کلیه بیمارستان شهید صدوقی با حضور رئیس دانشگاه و مدیرعامل بیمه سلامت استان یزد، مهندس رامین قنات‌کن‌زاده، افتتاح شد.\n"
	doc, err := File("twotitle.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	o := strings.Join(got["opening"], "|")
	if !strings.Contains(o, "منصور کاشی‌نژادپور") {
		t.Errorf("opening %q lacks the head its body sentence names by his post (events %q)", o, got)
	}
	if strings.Contains(o, "نیلوفر بادگیرنشین") {
		t.Errorf("opening %q has the conference's speaker", o)
	}
}
