package extract

import "testing"

// TestBodyEndsBeforeFutureAndPassive checks that a body's name stops
// before the noun of a compound verb in the future (فعالیت خواهد کرد) and
// before a verbal noun of a passive (ارائه شود، راه‌اندازی خواهد شد), while
// a name that simply ends before «شد» keeps its last word.
func TestBodyEndsBeforeFutureAndPassive(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"وی از این پس در اداره کل تعاون روستایی استان سمنان فعالیت خواهد کرد.", []string{"اداره کل تعاون روستایی استان سمنان"}},
		{"کامران نیک‌فر به عنوان جانشین قرارگاه نصر خدمت خواهد کرد.", []string{"قرارگاه نصر"}},
		{"گزارش طرح‌ها باید به کمیسیون فنی شورا ارائه شود.", []string{"کمیسیون فنی شورا"}},
		{"این مرکز در دانشگاه نوبران راه‌اندازی خواهد شد.", []string{"دانشگاه نوبران"}},
		{"این مرکز در دانشگاه راه‌اندازی خواهد شد.", nil},
		{"کامران نیک‌فر سرپرست اداره ورزش نوبران شد.", []string{"اداره ورزش نوبران"}},
	})
}

// TestSourceBeforeQuoting checks that the outlet of a lead is a body when
// it quotes another source after it (به گزارش X به نقل از Y).
func TestSourceBeforeQuoting(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش ایرنا به نقل از روابط عمومی شرکت فولاد نوبران، تولید افزایش یافت.", []string{"ایرنا", "شرکت فولاد نوبران"}},
		{"به گزارش خبرنگار ایسنا به نقل از شرکت فولاد نوبران، تولید افزایش یافت.", []string{"ایسنا", "شرکت فولاد نوبران"}},
	})
}

// TestBodyHeadAloneTakesNoList checks that a one-word head alone before a
// comma lists no words of a name (دانشگاه، رفاه ... و ...), and that a
// head noun before «و» joins the words after it when they run to a place.
func TestBodyHeadAloneTakesNoList(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"وی گفت: توسعه دانشگاه، رفاه کارکنان و تکمیل ساختمان برنامه ماست.", nil},
		{"کامران نیک‌فر رئیس سازمان آتش‌نشانی و خدمات ایمنی شهرداری شاهرود شد.", []string{"سازمان آتش‌نشانی و خدمات ایمنی شهرداری شاهرود", "شهرداری شاهرود"}},
		{"شهرداری شاهرود و سازمان آتش‌نشانی و خدمات ایمنی شهرداری شاهرود همکاری کردند.", []string{"شهرداری شاهرود", "سازمان آتش‌نشانی و خدمات ایمنی شهرداری شاهرود"}},
		{"جلسه شورای کانون و تدوین برنامه سالانه برگزار شد.", nil}, // an unnamed part of the body the report is about, not listed alone
	})
}

// TestPlaceOnlyHeadNamesNoBody checks that «اداره» or «مرکز» followed by a
// place alone names no body, and that «مورد» (مورد بازدید قرار گرفت) ends
// a name.
func TestPlaceOnlyHeadNamesNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مردم در اداره کاشان مشارکت دارند.", nil},
		{"اداره ورزش کاشان اعلام کرد.", []string{"اداره ورزش کاشان"}},
		{"بخش جدید بیمارستان امید نوبران مورد بازدید قرار گرفت.", []string{"بیمارستان امید نوبران"}},
	})
}

// TestModalVerbEndsBody checks that the modal «توانست» after a body's
// name ends it like a verb.
func TestModalVerbEndsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شرکت فولاد نوبران توانست رکورد تولید را بشکند.", []string{"شرکت فولاد نوبران"}},
		{"دانشگاه سمنان بتواند رتبه بگیرد.", []string{"دانشگاه سمنان"}},
	})
}
