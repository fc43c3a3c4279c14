package extract

import "testing"

// A paper's name opening the lead as its dateline («پیام نمونه‌آباد -»)
// is no statement.
func TestR7cDatelineHeadIsNoEvent(t *testing.T) {
	text := "هیئت رئیسه جدید شورای شهر نمونه‌آباد مشخص شد\n\n" +
		"پیام نمونه‌آباد - اعضای شورای اسلامی شهر نمونه‌آباد در جلسه روز دوشنبه هیئت رئیسه سال چهارم را انتخاب کردند.\n\n" +
		"در این جلسه که با حضور بهمن پرتوی‌نیک، معاون فرماندار نمونه‌آباد، برگزار شد، کوروش مهرپاک به عنوان رئیس شورا انتخاب شد."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "statement" {
			t.Errorf("dateline head taken for a statement: %q", e.Title)
		}
	}
	if ts, _ := tokenize("پیام نمونه‌آباد - اعضای شورا جلسه داشتند."); !inDatelineHead(ts, 0) {
		t.Error("inDatelineHead")
	}
}
