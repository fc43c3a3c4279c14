package extract

import "testing"

// TestR10BFormerThenPresent checks «Y، رئیس پیشین دانشکده X که اکنون
// معاون آموزشی دانشگاه است»: the present post of the relative clause is
// Y's, though his former post stands between.
func TestR10BFormerThenPresent(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"former post, then the present one", "در این آیین از زحمات دکتر کاوه نیکو، رئیس پیشین دانشکده هنر که اکنون معاون پژوهشی دانشگاه کاشان است، تقدیر شد.",
			[]string{"کاوه نیکو|معاون پژوهشی|دانشگاه کاشان"}},
	})
}
