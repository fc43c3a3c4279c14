package extract

import "testing"

// TestR16BReplacedPerfect checks «الف جایگزین ب شده است که اکنون R است»:
// the clause after the perfect verb is of the one replaced, as after «شد».
func TestR16BReplacedPerfect(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"perfect", "خبر\n\nوی جایگزین کامران نیک‌فر شده است که اکنون معاون خدمات شهری شهرداری سمنان است.",
			[]string{"کامران نیک‌فر|معاون خدمات شهری|شهرداری سمنان"}},
		{"pluperfect", "خبر\n\nبهمن رستمی‌پور جانشین کامران نیک‌فر شده بود که هم‌اکنون مدیرعامل شرکت آب منطقه‌ای یزد است.",
			[]string{"کامران نیک‌فر|مدیرعامل|شرکت آب منطقه‌ای یزد"}},
		{"simple past", "خبر\n\nوی جانشین کامران نیک‌فر شد که هم‌اکنون معاون خدمات شهری شهرداری سمنان است.",
			[]string{"کامران نیک‌فر|معاون خدمات شهری|شهرداری سمنان"}},
		{"no replacing", "خبر\n\nجلسه با حضور کامران نیک‌فر برگزار شده است که اکنون معاون خدمات شهری شهرداری سمنان است.", nil},
	})
}
