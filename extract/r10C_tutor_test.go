package extract

import (
	"strings"
	"testing"
)

// «همزمان با این آیین، کارگاه آموزشی ... با تدریس X برگزار شد»: X
// teaches at the workshop, not at the ceremony it refers back to, nor at
// a visit told before.
func TestR10cTutorOfTheWorkshopOnly(t *testing.T) {
	text := "سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۲:۴۰\n\n" +
		"مدیرکل جدید بهزیستی استان یزد معرفی شد\n\n" +
		"یزد- آیین تکریم و معارفه مدیرکل بهزیستی استان یزد صبح امروز با حضور سعید نخل‌کار معاون وزیر کار برگزار شد و ناصر کویرپیما به عنوان مدیرکل جدید بهزیستی استان معرفی شد.\n\n" +
		"معاون وزیر کار روز گذشته نیز از مرکز توانبخشی شهید صدوقی یزد بازدید کرده بود. در این بازدید حمید قنات‌کن رئیس مرکز گزارشی از خدمات مرکز ارائه کرد.\n\n" +
		"همزمان با این آیین، کارگاه آموزشی «مهارت‌های زندگی» با تدریس دکتر شهره سنگ‌تراش‌پور در سالن اجتماعات بهزیستی برگزار شد.\n"
	doc, err := File("tutor.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	for _, typ := range []string{"ceremony", "visit"} {
		if x := strings.Join(got[typ], "|"); strings.Contains(x, "سنگ‌تراش‌پور") {
			t.Errorf("%s %q has the workshop's tutor", typ, x)
		}
	}
	if w := strings.Join(got["workshop"], "|"); !strings.Contains(w, "شهره سنگ‌تراش‌پور") {
		t.Errorf("workshop %q lacks its tutor (events %q)", w, got)
	}
}
