package extract

import (
	"strings"
	"testing"
)

// A post told again by the first words of its title («به همراه معاون
// هماهنگی امور عمرانی و مدیرکل ...» for «X، معاون هماهنگی امور عمرانی
// استاندار») puts its one holder at the visit.
func TestR10cPostToldByItsFirstWords(t *testing.T) {
	text := "کد خبر: ۸۵۹۱۲۰۴۷\n" +
		"۱۸ آبان ۱۴۰۴، ۱۱:۴۰\n\n" +
		"شورای برنامه‌ریزی استان یزد تشکیل جلسه داد\n\n" +
		"یزد- ایرنا- نشست شورای برنامه‌ریزی و توسعه استان یزد صبح امروز به ریاست استاندار و با حضور مدیران دستگاه‌های اجرایی در استانداری یزد برگزار شد.\n\n" +
		"در این نشست خسرو کویری‌نژاد، استاندار یزد؛ مهندس جمشید قنات‌آبادی، معاون هماهنگی امور عمرانی استاندار و محمدامین خشت‌مال‌زاده، مدیرکل راه و شهرسازی استان حضور داشتند.\n\n" +
		"استاندار یزد پس از پایان نشست به همراه معاون هماهنگی امور عمرانی و مدیرکل راه و شهرسازی استان از کارگاه ساخت پل میدان امام رضا(ع) بازدید کرد.\n"
	doc, err := File("shortpost.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if v := strings.Join(got["visit"], "|"); !strings.Contains(v, "جمشید قنات‌آبادی") {
		t.Errorf("visit %q lacks the holder of the post told by its first words (events %q)", v, got)
	}
}
