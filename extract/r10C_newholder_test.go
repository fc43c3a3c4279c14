package extract

import (
	"strings"
	"testing"
)

// «مدیر جدید» of a meeting still to come is the one who came in, not the
// outgoing holder whose move to another province's post the report tells
// too.
func TestR10cNewHolderNotTheOutgoing(t *testing.T) {
	text := "دوشنبه ۲۴ آذر ۱۴۰۴ / ۱۴:۰۵\n\n" +
		"سکان مدیریت شعب بانک ملت استان یزد به «آذرپیکان» سپرده شد\n\n" +
		"یزد- مراسم تودیع و معارفه مدیر شعب بانک ملت استان یزد ظهر امروز برگزار شد و کیومرث آذرپیکان جایگزین بهادر نیک‌گهر‌پور شد.\n\n" +
		"در این آیین از خدمات نیک‌گهر‌پور که به عنوان مدیر شعب بانک ملت استان کرمان منصوب شده است، قدردانی شد.\n\n" +
		"همچنین روز پنجشنبه هفته جاری نشست مشترک مدیر جدید با تشکل‌های صنفی استان در اتاق بازرگانی یزد برگزار می‌شود.\n"
	doc, err := File("newholder.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if !strings.Contains(m, "کیومرث آذرپیکان") || strings.Contains(m, "نیک‌گهر‌پور") {
		t.Errorf("meeting %q, want the new holder only (events %q)", m, got)
	}
}

// «سرپرست جدید اداره کل» of a visit is the one brought into the general
// directorate, not the acting head of its deputy office named too.
func TestR10cNewHolderOfTheBodyNamed(t *testing.T) {
	text := "سه‌شنبه ۱۱ آذر ۱۴۰۴ - ۰۹:۴۰\n\n" +
		"سرپرست اداره کل راه و شهرسازی استان یزد منصوب شد\n\n" +
		"یزد- با حکم وزیر راه و شهرسازی، مهندس سیروس ریگ‌زاری‌پور به عنوان سرپرست اداره کل راه و شهرسازی استان یزد منصوب شد.\n\n" +
		"آیین معارفه مدیرکل راه و شهرسازی استان یزد دیروز با حضور دکتر فرشاد کلوت‌نشین، معاون وزیر راه و شهرسازی، برگزار شد.\n\n" +
		"در ادامه این مراسم، با حکم ریگ‌زاری‌پور، خانم مهندس مهتاب ساربان‌زاده به عنوان سرپرست معاونت مسکن و ساختمان اداره کل راه و شهرسازی استان معرفی شد.\n\n" +
		"بازدید از پروژه مسکن\n" +
		"عصر همان روز معاون وزیر به همراه سرپرست جدید اداره کل از پروژه ۳ هزار واحدی نهضت ملی مسکن در شهرک نمونه بازدید کرد.\n"
	doc, err := File("newholder2.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if v := strings.Join(got["visit"], "|"); !strings.Contains(v, "سیروس ریگ‌زاری‌پور") {
		t.Errorf("visit %q lacks the new head of the directorate (events %q)", v, got)
	}
}
