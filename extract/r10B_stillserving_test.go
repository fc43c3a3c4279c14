package extract

import "testing"

// TestR10BStillServing checks «X ... استعفا داد، ولی کماکان به عنوان عضو
// شورا به کار خود ادامه می‌دهد»: the post kept is X's present one, the
// bare head standing for the body named before.
func TestR10BStillServing(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"still a member", "آرش سپهرفر با پنج رأی به ریاست شورای اسلامی شهر نایین رسید. کاوه نیکو ماه گذشته از ریاست استعفا داد، ولی کماکان به عنوان عضو شورا به کار خود ادامه می‌دهد.",
			[]string{"کاوه نیکو|عضو|شورای اسلامی شهر نایین"}},
	})
}
