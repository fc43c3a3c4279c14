package extract

import "testing"

// TestR17BHelmsman checks «X سکاندار (جدید) BODY شد» («جدید» between): X
// becomes the head of the body, by the post that heads a body of its kind
// (an «اداره» by its «رئیس»).
func TestR17BHelmsman(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"municipality", "خبر\n\nکامران نیک‌فر سکاندار جدید شهرداری گرمسار شد.\n",
			[]string{"کامران نیک‌فر|شهردار|شهرداری گرمسار|"}},
		{"office", "خبر\n\nکامران نیک‌فر سکاندار اداره ورزش و جوانان شهرستان گرمسار شد.\n",
			[]string{"کامران نیک‌فر|رئیس|اداره ورزش و جوانان شهرستان گرمسار|"}},
		{"no verb", "خبر\n\nکامران نیک‌فر سکاندار شهرداری گرمسار در این جلسه گفت: طرح‌ها اجرا می‌شود.\n", nil},
	})
}
