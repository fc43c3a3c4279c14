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
		"ملایر - روابط عمومی فرمانداری ملایر: کیانوش مهرآیین، فرماندار ملایر، بخشداران تازه بخش‌های مرکزی و سامن را برگزید.\n\n" +
		"این دو حکم روز یکشنبه ۲۳ آذر امضا شد و طبق آن بهراد سپیدکوه به عنوان بخشدار مرکزی ملایر منصوب شد و مهتاب روشن‌ضمیر سرپرستی بخشداری سامن را بر عهده گرفت.\n\n" +
		"امروز در سالن فرمانداری ملایر آیین معارفه هر دو بخشدار با حضور اعضای شورای اداری برپا شد.\n"
	doc, err := File("both.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(eventsByType(doc)["ceremony"], "|")
	if !strings.Contains(got, "بهراد سپیدکوه") || !strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("ceremony %q, want both appointees", got)
	}
}
