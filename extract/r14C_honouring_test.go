package extract

import (
	"strings"
	"testing"
)

// TestHonouringAtOpening checks that «با حضور X و Y از پیمانکار طرح تقدیر
// شد», after an opening told and naming no day of its own, is done at the
// opening: no ceremony of its own, and X and Y take part in the opening.
func TestHonouringAtOpening(t *testing.T) {
	page := "درمانگاه نمونه‌آباد افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، درمانگاه شبانه‌روزی نمونه‌آباد صبح امروز با حضور کامران تیزرو، فرماندار نمونه‌آباد افتتاح شد.\n\n" +
		"با حضور بیژن سرافرازنیا و یوسف کاظم‌پناه، به ترتیب مدیرعامل شرکت ساختمانی نمونه‌سازان و رئیس شبکه بهداشت نمونه‌آباد، از پیمانکار و ناظران طرح تقدیر شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "opening" {
		t.Fatalf("events %+v, want one opening", doc.Events)
	}
	got := strings.Join(doc.Events[0].Participants, "|")
	for _, p := range []string{"بیژن سرافرازنیا", "یوسف کاظم‌پناه"} {
		if !strings.Contains(got, p) {
			t.Errorf("participants %q lack %s", got, p)
		}
	}
}
