package extract

import "testing"

// TestR17BThisKindWord checks that «این خیریه» after «مؤسسه خیریه X»,
// with no body headed by «خیریه» itself, is that institute, and that «این
// مؤسسه خیریه» with no body headed by «مؤسسه» is the «خیریه X» named
// before.
func TestR17BThisKindWord(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this charity", "خبر\n\nآیین اهدای جهیزیه با مشارکت مؤسسه خیریه نیکوکاران نمونه‌آباد و با حضور حاج کامران نیک‌فر مدیرعامل این خیریه برگزار شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|مؤسسه خیریه نیکوکاران نمونه‌آباد"}},
		{"this institute of charity", "خبر\n\nبخشی از تجهیزات این بیمارستان را خیریه مهرآوران نمونه‌آباد تأمین کرده است. مدیرعامل این مؤسسه خیریه، حاج کامران نیک‌فر، گفت: خیرین مشارکت داشته‌اند.",
			[]string{"کامران نیک‌فر|مدیرعامل|خیریه مهرآوران نمونه‌آباد"}},
	})
}
