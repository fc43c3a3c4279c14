package extract

import "testing"

// TestR17BThisKindWord checks that «این خیریه» after «مؤسسه خیریه X»,
// with no body headed by «خیریه» itself, is that institute.
func TestR17BThisKindWord(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this charity", "خبر\n\nآیین اهدای جهیزیه با مشارکت مؤسسه خیریه نیکوکاران نمونه‌آباد و با حضور حاج کامران نیک‌فر مدیرعامل این خیریه برگزار شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|مؤسسه خیریه نیکوکاران نمونه‌آباد"}},
	})
}
