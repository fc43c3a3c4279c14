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
		"یزد- مراسم تودیع و معارفه مدیر شعب بانک ملت استان یزد ظهر امروز برگزار شد و کیومرث آذرپیکان جایگزین بهادر نیک‌سرشت‌پور شد.\n\n" +
		"در این آیین از خدمات نیک‌سرشت‌پور که به عنوان مدیر شعب بانک ملت استان کرمان منصوب شده است، قدردانی شد.\n\n" +
		"همچنین روز پنجشنبه هفته جاری نشست مشترک مدیر جدید با تشکل‌های صنفی استان در اتاق بازرگانی یزد برگزار می‌شود.\n"
	doc, err := File("newholder.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if !strings.Contains(m, "کیومرث آذرپیکان") || strings.Contains(m, "نیک‌سرشت‌پور") {
		t.Errorf("meeting %q, want the new holder only (events %q)", m, got)
	}
}
