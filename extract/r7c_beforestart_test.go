package extract

import "testing"

// «پیش از آغاز مراسم، ... مورد بازدید قرار گرفت»: the ceremony is a time,
// the event told is the visit.
func TestR7cBeforeTheStartIsATime(t *testing.T) {
	text := "بخش جدید بیمارستان نمونه شهر الف‌آباد به بهره‌برداری رسید\n\n" +
		"به گزارش روابط عمومی دانشگاه نمونه، بخش جدید بیمارستان نمونه شهر الف‌آباد صبح امروز با حضور بهمن پرتوی‌نیک، معاون استاندار، به بهره‌برداری رسید.\n\n" +
		"پیش از آغاز مراسم، روند اجرای ساختمان اورژانس جدید بیمارستان نمونه با حضور معاون استاندار و کوروش مهرپاک، رئیس دانشگاه نمونه، مورد بازدید قرار گرفت."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	visit := false
	for _, e := range doc.Events {
		if e.Type == "ceremony" {
			t.Errorf("«پیش از آغاز مراسم» taken for a ceremony: %q", e.Title)
		}
		visit = visit || e.Type == "visit"
	}
	if !visit {
		t.Errorf("no visit in %+v", doc.Events)
	}
}
