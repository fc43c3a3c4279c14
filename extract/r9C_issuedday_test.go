package extract

import "testing"

// A day in the clause of a decree's issuing («که ۱۲ آذرماه صادر شده
// بود») is the decree's; the ceremony the sentence reports is of the day
// it names itself («امروز در آیینی ... معرفی شد»).
func TestR9cIssuedDayIsNotTheEvents(t *testing.T) {
	text := "۱۸ آذر ۱۴۰۴ - ۰۸:۲۰\n" +
		"کد خبر: ۵۵۲۰۱\n\n" +
		"رئیس جدید دانشگاه نمونه معرفی شد\n\n" +
		"با حکم وزیر علوم، بهراد سپیدکوه که حکمش ۱۲ آذرماه صادر شده بود، امروز طی مراسمی با حضور کیانوش مهرآیین به عنوان رئیس دانشگاه نمونه معرفی شد.\n"
	doc, err := File("issued.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "ceremony" {
			if e.Date == nil || *e.Date != "2025-12-09" {
				t.Errorf("ceremony dated %v, want the report's day 2025-12-09, not the decree's", e.Date)
			}
			return
		}
	}
	t.Errorf("no ceremony: %+v", doc.Events)
}
