package extract

import "testing"

// TestR13BOpenerBeforePost checks «در ادامه، R BODY گزارشی ارائه کرد.
// X گفت/افزود»: a short connective before the post still leaves the post
// the sentence's subject, named in the next sentence.
func TestR13BOpenerBeforePost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"in the sequel", "نشست شورای اداری شهرستان نطنز برگزار شد.\n" +
			"در ادامه، رئیس اداره منابع طبیعی شهرستان نطنز گزارشی از وضعیت مراتع ارائه کرد. کاوه نیکوپور افزود: بارش‌ها کم بوده است.",
			[]string{"کاوه نیکوپور|رئیس|اداره منابع طبیعی شهرستان نطنز"}},
		{"then", "نشست شورای اداری شهرستان نطنز برگزار شد.\n" +
			"سپس، مدیرکل بهزیستی استان یزد سخن گفت. به گفته بهمن رادمنش، ۲۰ مرکز جدید افتتاح می‌شود.",
			[]string{"بهمن رادمنش|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
}
