package extract

import "testing"

// «X در آیین گشایش گفت» in a report of an exhibition opened is that
// exhibition's ceremony: no opening of another thing.
func TestR9cOpeningCeremonySpeech(t *testing.T) {
	text := "کد خبر: ۷۰۸۸۱ | شنبه ۶ دی ۱۴۰۴ | ۱۶:۴۰\n\n" +
		"نمایشگاه دستاوردهای پژوهشی دانشگاه نمونه گشایش یافت\n\n" +
		"به نوشته پایگاه خبری دانشگاه نمونه، نمایشگاه دستاوردهای پژوهشی این دانشگاه روز پنجشنبه با حضور کیانوش مهرآیین رئیس دانشگاه نمونه گشایش یافت.\n\n" +
		"مهرآیین در آیین گشایش گفت: دانشگاه باید مسائل واقعی صنایع استان را حل کند.\n"
	doc, err := File("opening.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "opening" {
			t.Errorf("the exhibition's opening ceremony read as another opening: %+v", e)
		}
	}
	if !namesOpenedText("آیین گشایش نمایشگاه کتاب برگزار شد") || namesOpenedText("در آیین گشایش گفت: سخن") {
		t.Error("namesOpened")
	}
}

// namesOpenedText runs namesOpened on the first «آیین» of one sentence.
func namesOpenedText(s string) bool {
	a := analyze(s)
	for i, t := range a.toks {
		if t.key == persianKey("آیین") {
			return a.namesOpened(i, len(a.toks))
		}
	}
	return false
}
