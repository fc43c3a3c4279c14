package extract

import (
	"strings"
	"testing"
)

// A council's session: the chair who resigned the week before
// («هفته گذشته ... کناره‌گیری کرده بود») is told of, not present; the
// outlet between the dateline's dashes («برازجان- نسیم جنوب-») is no
// participant; the acting mayor thanked «در شش ماه گذشته» is.
func TestR10cToldOfBeforeNotPresent(t *testing.T) {
	text := "کد خبر: ۴۸۲۷۱\n" +
		"تاریخ انتشار: دوشنبه ۱ دی ۱۴۰۴ - ۱۸:۲۰\n\n" +
		"رئیس جدید شورای شهر نمونه‌آباد برگزیده شد\n\n" +
		"نمونه‌آباد- نسیم جنوب- اعضای شورای اسلامی شهر نمونه‌آباد در جلسه فوق‌العاده صبح امروز، هیئت‌رئیسه جدید را برگزیدند و مهندس کامیار لاجوردی‌نیا را به عنوان شهردار نمونه‌آباد انتخاب کردند.\n\n" +
		"در این جلسه عبدالحمید شالیزاری‌فر با کسب پنج رأی به ریاست شورای اسلامی شهر نمونه‌آباد رسید.\n\n" +
		"منوچهر بیدبلندی‌پور که از ابتدای دوره ریاست شورا را بر عهده داشت، هفته گذشته به دلیل مشکلات جسمانی از این سمت کناره‌گیری کرده بود اما همچنان عضو شورا است.\n\n" +
		"شالیزاری‌فر از زحمات پرهام نیلوفری‌زاده که در شش ماه گذشته سرپرستی شهرداری نمونه‌آباد را بر عهده داشت قدردانی کرد.\n"
	doc, err := File("toldbefore.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	if strings.Contains(m, "بیدبلندی‌پور") {
		t.Errorf("meeting %q has one told of as resigned the week before", m)
	}
	if strings.Contains(m, "نسیم جنوب") {
		t.Errorf("meeting %q has the outlet of the dateline", m)
	}
	if !strings.Contains(m, "پرهام نیلوفری‌زاده") || !strings.Contains(m, "عبدالحمید شالیزاری‌فر") {
		t.Errorf("meeting %q lacks the chair or the one thanked (events %q)", m, got)
	}
}

// «بر اساس این گزارش، تعزیرات به مدیریت X از ابتدای دی ماه ۵۰۰ پرونده
// را رسیدگی کرده است»: X is told of, over a span up to now, not at the
// session.
func TestR10cToldOfSinceNotPresent(t *testing.T) {
	text := "کد خبر: ۵۵۵ | تاریخ انتشار: شنبه ۴ بهمن ۱۴۰۴ - ۱۱:۰۰\n\n" +
		"جلسه ستاد تنظیم بازار استان یزد برگزار شد\n\n" +
		"یزد- جلسه ستاد تنظیم بازار استان یزد صبح امروز به ریاست بهروز انارستانی‌پور معاون اقتصادی استاندار یزد برگزار شد.\n\n" +
		"بر اساس این گزارش، تعزیرات حکومتی استان به مدیریت کامیار ترازودار از ابتدای دی ماه ۵۰۰ پرونده تخلف را رسیدگی کرده است.\n"
	doc, err := File("since.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if m := strings.Join(got["meeting"], "|"); strings.Contains(m, "کامیار ترازودار") || !strings.Contains(m, "بهروز انارستانی‌پور") {
		t.Errorf("meeting %q, want its chair and not one told of since the month's start", m)
	}
}
