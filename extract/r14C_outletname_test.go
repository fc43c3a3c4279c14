package extract

import "testing"

// TestOutletNameIsNoEvent checks that an event word opening an outlet's
// name («خبرنگار پیام نمونه‌آباد:»، «به گزارش پیام نمونه‌آباد») is no
// statement: the report's event is the ceremony its lead tells.
func TestOutletNameIsNoEvent(t *testing.T) {
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\n" +
		"نمونه‌آباد- خبرنگار پیام نمونه‌آباد: آیین تودیع و معارفه فرماندار نمونه‌آباد روز گذشته در سالن اجتماعات فرمانداری نمونه‌آباد برگزار شد و کامران تیزرو به عنوان فرماندار نمونه‌آباد معرفی شد.\n\n" +
		"به گزارش پیام نمونه‌آباد، بیژن سرافرازنیا معاون سیاسی استاندار در این آیین گفت: فرماندار جدید از مدیران باتجربه استان است.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "statement" {
			t.Errorf("events %+v hold a statement", doc.Events)
		}
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "ceremony" {
		t.Errorf("events %+v, want the ceremony first", doc.Events)
	}
}
