package extract

import "testing"

// TestR17BThisVillage checks «دهیار این روستا» after a body of the village
// was named («شورای اسلامی روستای X»): the village's «دهیاری روستای X»;
// with no village named before, no body is made up.
func TestR17BThisVillage(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"village named before", "خبر\n\nفرماندار در جلسه‌ای با اعضای شورای اسلامی روستای کلاته‌بالا و کامران نیک‌فر دهیار این روستا، مشکلات اهالی را بررسی کرد.",
			[]string{"کامران نیک‌فر|دهیار|دهیاری روستای کلاته‌بالا"}},
		{"no village named", "خبر\n\nفرماندار در جلسه‌ای با کامران نیک‌فر دهیار این روستا، مشکلات اهالی را بررسی کرد.", nil},
	})
}
