package extract

import (
	"slices"
	"testing"
)

// TestR15CAgreementExchanged checks «تفاهم‌نامه ... با امضای X و Y
// مبادله شد» after a ceremony: the exchange is a signing of its own, with
// its two signatories.
func TestR15CAgreementExchanged(t *testing.T) {
	text := "آیین معارفه رئیس جدید دانشکده فنی دانشگاه گیلان برگزار شد. در پایان، تفاهم‌نامه همکاری میان دانشکده فنی و شرکت آب منطقه‌ای گیلان با امضای کامران دلاوری‌پور و بهرام نیک‌سرشت مبادله شد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "meeting" && slices.Contains(e.Participants, "کامران دلاوری‌پور") && slices.Contains(e.Participants, "بهرام نیک‌سرشت") {
			found = true
		}
	}
	if !found || len(doc.Events) != 2 {
		t.Errorf("events %+v, want the ceremony and a signing by the two", doc.Events)
	}
}
