package extract

import "testing"

// TestR17BMajorityVote checks the votes told by their share («با اکثریت
// آرا»، «با اتفاق آرا»), the votes cast told «از مجموع N رأی», and a term
// told by an ordinal («برای دومین سال پیاپی») before the post won.
func TestR17BMajorityVote(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"majority", "خبر\n\nدر جلسه امروز شورای اسلامی شهر گرمسار، کامران نیک‌فر با اکثریت آرا رئیس شورا شد.\n",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر گرمسار|"}},
		{"votes of a total", "خبر\n\nکامران نیک‌فر با کسب ۱۲ رأی از مجموع ۱۵ رأی رئیس هیئت شنا استان سمنان شد.\n",
			[]string{"کامران نیک‌فر|رئیس|هیئت شنا استان سمنان|"}},
		{"an ordinal term", "خبر\n\nدر انتخابات هیئت‌رئیسه شورای شهر گرمسار، کامران نیک‌فر برای دومین سال پیاپی رئیس شورا شد.\n",
			[]string{"کامران نیک‌فر|رئیس|شورای شهر گرمسار|"}},
	})
}
