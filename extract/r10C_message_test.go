package extract

import (
	"strings"
	"testing"
)

// «در این مراسم پیام X، وزیر ...، توسط Y قرائت شد»: X sent a message
// read out at the ceremony and was not there.
func TestR10cMessageReadOutNotPresent(t *testing.T) {
	text := "کد خبر: ۸۸۸ | تاریخ انتشار: یکشنبه ۵ بهمن ۱۴۰۴ - ۱۵:۰۰\n\n" +
		"همایش خیرین مدرسه‌ساز استان یزد برگزار شد\n\n" +
		"یزد- همایش خیرین مدرسه‌ساز استان یزد صبح امروز با حضور داریوش آجرپزنیا مدیرکل نوسازی مدارس استان برگزار شد.\n\n" +
		"در این مراسم پیام فریدون خشت‌زن‌پور، وزیر آموزش و پرورش، توسط مدیرکل آموزش و پرورش استان قرائت شد.\n"
	doc, err := File("message.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if c := strings.Join(got["ceremony"], "|"); strings.Contains(c, "خشت‌زن‌پور") || !strings.Contains(c, "داریوش آجرپزنیا") {
		t.Errorf("ceremony %q, want its guest and not the sender of a message read out", c)
	}
}

// messageReadOut itself: the sender after «پیام» in a sentence that reads
// it out, not one named after «پیام» elsewhere.
func TestR10cMessageReadOutRule(t *testing.T) {
	a := analyze("در این مراسم پیام فریدون خشت‌زن‌پور، وزیر آموزش و پرورش، توسط مدیرکل آموزش و پرورش استان قرائت شد.")
	found := false
	for pi := range a.persons {
		if p := &a.persons[pi]; strings.Contains(p.name, "خشت‌زن‌پور") {
			found = true
			if !a.messageReadOut(p) {
				t.Error("the sender of a message read out not told apart")
			}
		}
	}
	if !found {
		t.Fatalf("no person found in %+v", a.persons)
	}
}
