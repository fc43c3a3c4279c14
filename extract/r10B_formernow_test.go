package extract

import "testing"

// TestR10BFormerThenPresent checks «Y، رئیس پیشین دانشکده X که اکنون
// معاون پژوهشی دانشگاه است»: the present post of the relative clause is
// Y's, though his former post stands between.
func TestR10BFormerThenPresent(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"former post, then the present one", "دکتر کاوه نیکو، رئیس پیشین دانشکده هنر که اکنون معاون پژوهشی دانشگاه کاشان است، در این همایش مقاله‌ای ارائه کرد.",
			[]string{"کاوه نیکو|معاون پژوهشی|دانشگاه کاشان"}},
	})
}
