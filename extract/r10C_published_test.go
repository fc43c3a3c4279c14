package extract

import "testing"

// A lead telling a handover ceremony as held («در آیین تودیع و معارفه
// ... که با حضور X برگزار شد، ...») on no day: the article's date.
func TestR10cHeldOnPublishedDay(t *testing.T) {
	text := "فرمانده جدید انتظامی شهرستان نمونه‌آباد معرفی شد\n\n" +
		"چهارشنبه ۲۲ اسفند ۱۴۰۳ - ۱۴:۰۵\n\n" +
		"به گزارش خبرنگار ما، در آیین تودیع و معارفه فرمانده انتظامی شهرستان نمونه‌آباد که با حضور سردار بیژن کوهسارنیا، فرمانده انتظامی استان برگزار شد، سرهنگ داریوش آبشناس به عنوان فرمانده جدید معرفی و از خدمات سرهنگ کامبیز نخجیری‌پور قدردانی شد.\n\n" +
		"کوهسارنیا در این آیین گفت: امنیت جاده‌ها اولویت پلیس است.\n"
	doc, err := File("published.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["ceremony"]; d != "2025-03-12" {
		t.Errorf("ceremony dated %s, want the article's 2025-03-12", d)
	}
	// One still to come stays undated.
	text2 := "چهارشنبه ۲۲ اسفند ۱۴۰۳ - ۱۴:۰۵\n\n" +
		"آیین تودیع و معارفه فرمانده انتظامی شهرستان نمونه‌آباد برگزار می‌شود\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه فرمانده انتظامی شهرستان نمونه‌آباد با حضور سردار بیژن کوهسارنیا برگزار خواهد شد.\n"
	doc, err = File("coming.txt", []byte(text2))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["ceremony"]; d == "2025-03-12" {
		t.Errorf("ceremony still to come dated the article's day")
	}
}
