package extract

import "testing"

// TestR17BElectingBoardBody checks that a post with no body of its own,
// given by «هیئت‌مدیره این HEAD» («هیئت‌مدیره این تعاونی الف را به عنوان
// مدیرعامل جدید برگزید»), is a post of the body of that head told before,
// and that with no board before it the post still finds no body.
func TestR17BElectingBoardBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the board of this cooperative", "خبر\n\nدر این آیین از خدمات کامران نیک‌فر در شرکت تعاونی روستایی نمونه‌آباد تقدیر شد. هیئت‌مدیره این تعاونی در نخستین جلسه خود، بهمن رستمی‌پور را به عنوان مدیرعامل جدید برگزید.\n",
			[]string{"بهمن رستمی‌پور|مدیرعامل|شرکت تعاونی روستایی نمونه‌آباد|کامران نیک‌فر"}},
		{"no board", "خبر\n\nدر این آیین از خدمات کامران نیک‌فر تقدیر شد. اعضا در نخستین جلسه خود، بهمن رستمی‌پور را به عنوان مدیرعامل جدید برگزیدند.\n", nil},
	})
}
