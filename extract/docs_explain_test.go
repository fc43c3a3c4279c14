package extract

import (
	"bytes"
	"strings"
	"testing"
)

// TestExplainQuotesSourceLetters checks that --explain quotes each
// sentence, and spells each fact, in the file's own letters: Arabic ي and
// ك, «ئ», a zero-width non-joiner and Persian digits stay as the file
// has them, though the rules read them folded.
func TestExplainQuotesSourceLetters(t *testing.T) {
	text := "رئيس جديد اداره كل تعاون روستايي استان سمنان معرفي شد\n" +
		"كد خبر: ۷۱۲ تاريخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۰:۳۰\n" +
		"به گزارش خبرنگار ما، در آييني كه صبح امروز برگزار شد، كامران نيك‌فر به عنوان رئيس اداره كل تعاون روستايي استان سمنان معرفي شد.\n\n" +
		"نيك‌فر در اين آيين گفت: ۳۲ تعاوني روستايي استان نوسازي مي‌شود.\n"
	_, notes, err := Explain("letters.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteNotes(&buf, "letters.txt", notes); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"به گزارش خبرنگار ما، در آييني كه صبح امروز برگزار شد، كامران نيك‌فر به عنوان رئيس",
		"نيك‌فر در اين آيين گفت: ۳۲ تعاوني روستايي استان نوسازي مي‌شود.",
		"+ person      [given name + surname] كامران نيك‌فر",
		"2025-05-06 «۱۴۰۴/۰۲/۱۶»",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q", want)
		}
	}
	for _, folded := range []string{"رییس", "کامران نیک‌فر", "1404/02/16", " 32 "} {
		if strings.Contains(out, folded) {
			t.Errorf("explain output has the folded %q", folded)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}
