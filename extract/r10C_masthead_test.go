package extract

import "testing"

// A newspaper's masthead on one line, ending with the page's section in
// brackets («... | صفحه ۴ (اقتصاد)»), dates the article: «عصر دیروز
// سه‌شنبه» is the day before.
func TestR10cMastheadWithSection(t *testing.T) {
	text := "روزنامه نمونه | شماره ۳۲۱۸ | چهارشنبه ۱۸ آذر ۱۴۰۵ | صفحه ۴ (اقتصاد)\n\n" +
		"مدیر جدید شعب بانک نمونه استان یزد معرفی شد\n\n" +
		"یزد- روزنامه نمونه: با حکم مدیرعامل بانک نمونه، پرهام کاشی‌ساز به سمت مدیر شعب بانک نمونه استان یزد منصوب شد.\n\n" +
		"آیین تودیع و معارفه عصر دیروز سه‌شنبه در سالن اجتماعات مدیریت شعب بانک نمونه استان یزد و با حضور دکتر سامان قنادزاده، عضو هیئت‌مدیره بانک نمونه، برگزار شد.\n"
	doc, err := File("masthead.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["ceremony"]; d != "2026-12-08" {
		t.Errorf("ceremony dated %s, want 2026-12-08", d)
	}
}

// An outlet named «الف‌آباد امروز» («به گزارش الف‌آباد امروز، ...») does
// not date the event «امروز»; «عصر دیروز چهارشنبه» does.
func TestR10cOutletNamedToday(t *testing.T) {
	text := "کد خبر: ۱۹۰۶۲ | پنجشنبه ۱۲ آذر ۱۴۰۵ | بازدید: ۸۴۱\n\n" +
		"شهردار نمونه‌آباد انتخاب شد\n\n" +
		"نمونه‌آباد- نمونه‌آباد امروز: با رأی اعضای شورای اسلامی شهر نمونه‌آباد، مهندس سهیل خاکپور به عنوان شهردار نمونه‌آباد انتخاب شد.\n\n" +
		"به گزارش نمونه‌آباد امروز، در جلسه فوق‌العاده شورا که عصر دیروز چهارشنبه به ریاست حاج رضا گلکاری‌نیا برگزار شد، خاکپور با شش رأی برگزیده شد.\n"
	doc, err := File("outlettoday.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d := eventDates(doc)["meeting"]; d != "2026-12-02" {
		t.Errorf("meeting dated %s, want 2026-12-02 («عصر دیروز چهارشنبه»)", d)
	}
}
