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
	_, out := explainText(t, "letters.txt", text)
	wantNotes(t, out, []string{
		"به گزارش خبرنگار ما، در آييني كه صبح امروز برگزار شد، كامران نيك‌فر به عنوان رئيس",
		"نيك‌فر در اين آيين گفت: ۳۲ تعاوني روستايي استان نوسازي مي‌شود.",
		"+ person      [given name + surname] كامران نيك‌فر",
		"2025-05-06 «۱۴۰۴/۰۲/۱۶»",
	})
	for _, folded := range []string{"رییس", "کامران نیک‌فر", "1404/02/16", " 32 "} {
		if strings.Contains(out, folded) {
			t.Errorf("explain output has the folded %q", folded)
		}
	}
}

// explainText explains text as the file name and returns the document and
// the notes as WriteNotes prints them.
func explainText(t *testing.T, name, text string) (*Document, string) {
	t.Helper()
	doc, notes, err := Explain(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteNotes(&buf, name, notes); err != nil {
		t.Fatal(err)
	}
	return doc, buf.String()
}

// wantNotes fails t for each of wants that the explain output out lacks,
// and then logs out.
func wantNotes(t *testing.T, out string, wants []string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}
