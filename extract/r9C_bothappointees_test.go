package extract

import (
	"strings"
	"testing"
)

// «آیین معارفه هر دو بخشدار» after two decrees: both appointees were
// introduced at it, the one who took charge («سرپرستی ... را بر عهده
// گرفت») too.
func TestR9cIntroductionOfBoth(t *testing.T) {
	text := "سه‌شنبه ۲۵ آذر ۱۴۰۴\n\n" +
		"ملایر - روابط عمومی فرمانداری ملایر: کیانوش مهرآیین، فرماندار ملایر، طی احکامی جداگانه بخشداران مرکزی و سامن را منصوب کرد.\n\n" +
		"بر اساس این احکام که روز یکشنبه ۲۳ آذر صادر شد، بهراد سپیدکوه به عنوان بخشدار مرکزی ملایر منصوب شد و مهتاب روشن‌ضمیر سرپرستی بخشداری سامن را بر عهده گرفت.\n\n" +
		"آیین معارفه هر دو بخشدار صبح امروز در محل فرمانداری ملایر با حضور اعضای شورای اداری شهرستان برگزار شد.\n"
	doc, err := File("both.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(eventsByType(doc)["ceremony"], "|")
	if !strings.Contains(got, "بهراد سپیدکوه") || !strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("ceremony %q, want both appointees", got)
	}
}
