package extract

import "testing"

// TestR10BStillServing checks «X ... کناره‌گیری کرده بود اما همچنان به
// عنوان عضو شورا فعالیت می‌کند»: the post kept is X's present one, the
// bare head standing for the council named before.
func TestR10BStillServing(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"still a member", "آرش سپهرفر با پنج رأی به ریاست شورای اسلامی شهر نایین رسید. کاوه نیکو که از ابتدای دوره ریاست شورا را بر عهده داشت، هفته گذشته از این سمت کناره‌گیری کرده بود اما همچنان به عنوان عضو شورا فعالیت می‌کند.",
			[]string{"کاوه نیکو|عضو|شورای اسلامی شهر نایین"}},
	})
}
