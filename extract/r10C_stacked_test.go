package extract

import (
	"strings"
	"testing"
)

// A page printing two headlines, one over the other, each a finished
// report: the first is the title and its event the main one; the second
// is told under a subheading later, on its own day, with the persons of
// its section; a visit «پس از این آیین» is of the opening's day.
const r10cStacked = "روزنامه نمونه\n" +
	"یکشنبه ۱۴ دی ۱۴۰۴ - شماره ۱۲۳۴\n\n" +
	"همایش «کتاب‌خوانی» برای ۲۰۰ کتابدار شهرستان نمونه‌آباد برگزار شد\n" +
	"کتابخانه عمومی روستای سبزدشت به بهره‌برداری رسید\n\n" +
	"گروه استان- کارگاه آموزشی «کتاب‌خوانی کودکان» امروز با شرکت ۲۰۰ کتابدار شهرستان نمونه‌آباد در سالن فرهنگسرای این شهرستان آغاز به کار کرد.\n\n" +
	"کوروش آبان‌پور، رئیس اداره فرهنگ و ارشاد اسلامی شهرستان نمونه‌آباد در افتتاح این کارگاه گفت: این کارگاه گام نخست یک برنامه است.\n\n" +
	"**گشایش کتابخانه در سبزدشت**\n\n" +
	"دیروز نیز کتابخانه عمومی روستای سبزدشت با حضور بهرام دشت‌آرا فرماندار نمونه‌آباد به بهره‌برداری رسید.\n\n" +
	"این کتابخانه با زیربنای ۳۰۰ مترمربع ساخته شده و هنوز ۲۰ کلاس درس در شهرستان نیازمند بازسازی است.\n\n" +
	"فریبرز کوه‌نشین رئیس انجمن کتابداران استان نیز در این مراسم حضور داشت.\n\n" +
	"گفتنی است فرماندار نمونه‌آباد پس از این آیین از روند ساخت تالار شهر بازدید کرد.\n"

func TestR10cStackedHeadlines(t *testing.T) {
	arts := Segment(r10cStacked)
	if len(arts) != 1 || !strings.HasPrefix(arts[0].Title, "همایش «کتاب‌خوانی»") {
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
		}
		t.Fatalf("titles %q, want one article under the first headline", titles)
	}
	doc, err := File("stacked.txt", []byte(r10cStacked))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if o := strings.Join(got["opening"], "|"); !strings.Contains(o, "فریبرز کوه‌نشین") || !strings.Contains(o, "بهرام دشت‌آرا") {
		t.Errorf("opening %q lacks the persons of its section (events %q)", o, got)
	}
	if c := strings.Join(got["ceremony"], "|"); strings.Contains(c, "فریبرز کوه‌نشین") {
		t.Errorf("main event %q has a person of the opening's section", c)
	}
	dates := eventDates(doc)
	if dates["opening"] != "2026-01-03" || dates["visit"] != "2026-01-03" {
		t.Errorf("dates %v, want the opening and the visit after it on 2026-01-03", dates)
	}
}

// A kicker over the title, closed by «؛», stays a kicker.
func TestR10cKickerNotStacked(t *testing.T) {
	if isStackedHeadline("در آیینی در شهر نمونه‌آباد؛", "کتابخانه عمومی روستای سبزدشت به بهره‌برداری رسید") {
		t.Error("a kicker closed by «؛» taken for a headline")
	}
	if isStackedHeadline("در آیین نمونه مطرح شد", "رئیس اداره نمونه: کتابخانه‌ها گسترش می‌یابد") {
		t.Error("a kicker over a quote taken for a headline")
	}
}

// «کلاس درس» and a number of «کلاس» are classrooms, not an event.
func TestR10cClassroomsNoEvent(t *testing.T) {
	a := analyze("هنوز ۴۰۰ کلاس درس در استان نمونه نیازمند بازسازی است.")
	for i := range a.toks {
		if eventWordAt(a.toks, i) == "workshop" {
			t.Errorf("%q read as a workshop", a.toks[i].text)
		}
	}
}

// A kicker opening with «با» over a title stays a kicker.
func TestR10cKickerWithNotStacked(t *testing.T) {
	if isStackedHeadline("با حضور استاندار یزد برگزار شد", "فرماندار جدید شهرستان اردکان معرفی شد") {
		t.Error("a kicker «با حضور ... برگزار شد» taken for a headline")
	}
}
