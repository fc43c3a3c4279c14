package extract

import "testing"

// TestR13BSeatOfPost checks «X که سمت R BODY را بر عهده دارد»: the seat
// names the post, and a post noun inside the body's name («سازمان مدیریت
// ...») is no post of its own.
func TestR13BSeatOfPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"seat of a chief executive", "کاوه نیکوپور که سمت مدیرعامل سازمان مدیریت پسماند شهرداری نطنز را بر عهده دارد، از طرح جدید خبر داد.",
			[]string{"کاوه نیکوپور|مدیرعامل|سازمان مدیریت پسماند شهرداری نطنز"}},
		{"seat of a head", "بهمن رادمنش که سمت رئیس اداره منابع طبیعی شهرستان نطنز را بر عهده دارد، گفت: مراتع آسیب دیده است.",
			[]string{"بهمن رادمنش|رئیس|اداره منابع طبیعی شهرستان نطنز"}},
	})
}
