package extract

import "testing"

// A session at whose end a post is given («در پایان این جلسه ... منصوب
// شد») stays a meeting; a handover named in its lead makes it a ceremony.
func TestR7cPostGivenAtMeeting(t *testing.T) {
	meeting := "جلسه شورای هماهنگی ترافیک شهرستان نمونه‌آباد دیروز به ریاست بهمن پرتوی‌نیک، فرماندار نمونه‌آباد، در سالن جلسات فرمانداری برگزار شد.\n\n" +
		"در این جلسه کوروش مهرپاک، شهردار نمونه‌آباد، گزارشی از وضعیت معابر ارائه کرد.\n\n" +
		"در پایان این جلسه، با حکم فرماندار، مهندس سیاوش نیک‌اندیش به عنوان دبیر شورای هماهنگی ترافیک شهرستان منصوب شد."
	doc, err := File("t.txt", []byte(meeting))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
		t.Fatalf("want a meeting first, got %+v", doc.Events)
	}
	ceremony := "آیین معارفه فرماندار جدید شهرستان نمونه‌آباد دیروز با حضور کوروش مهرپاک، معاون استاندار، در سالن جلسات فرمانداری برگزار شد.\n\n" +
		"در این آیین، با حکم وزیر کشور، بهمن پرتوی‌نیک به عنوان فرماندار شهرستان نمونه‌آباد منصوب شد."
	doc, err = File("t.txt", []byte(ceremony))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "ceremony" {
		t.Fatalf("want a ceremony first, got %+v", doc.Events)
	}
}
