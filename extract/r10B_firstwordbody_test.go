package extract

import "testing"

// TestR10BFirstWordOfBody checks «... با حضور دکتر X رئیس پارک امضا شد»
// after «پارک علم و فناوری استان Y» was named: the body's first word
// alone, ending the phrase, stands for that body.
func TestR10BFirstWordOfBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"first word before the verb", "قرارداد ساخت ساختمان پارک علم و فناوری استان یزد دیروز با حضور دکتر کاوه نیکو رئیس پارک امضا شد.",
			[]string{"کاوه نیکو|رئیس|پارک علم و فناوری استان یزد"}},
		{"first word before the speech verb", "نمایشگاه پارک علم و فناوری استان یزد دیروز گشایش یافت. دکتر کاوه نیکو، رئیس پارک گفت: ۴۰ شرکت در نمایشگاه حاضرند.",
			[]string{"کاوه نیکو|رئیس|پارک علم و فناوری استان یزد"}},
	})
}
