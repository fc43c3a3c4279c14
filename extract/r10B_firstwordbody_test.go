package extract

import "testing"

// TestR10BFirstWordOfBody checks «دکتر X رئیس پارک رسید» after «پارک علم
// و فناوری استان Y» was named: the body's first word alone, ending the
// phrase, stands for that body; a word going on names no body.
func TestR10BFirstWordOfBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"first word before the verb", "تفاهم‌نامه همکاری پارک علم و فناوری استان یزد و شهرداری یزد به امضای دکتر کاوه نیکو رئیس پارک رسید.",
			[]string{"کاوه نیکو|رئیس|پارک علم و فناوری استان یزد"}},
		{"first word before the speech verb", "نمایشگاه پارک علم و فناوری استان یزد دیروز گشایش یافت. دکتر کاوه نیکو، رئیس پارک گفت: ۴۰ شرکت در نمایشگاه حاضرند.",
			[]string{"کاوه نیکو|رئیس|پارک علم و فناوری استان یزد"}},
	})
}
