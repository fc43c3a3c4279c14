package extract

import "testing"

// TestR17BChargeLaidOn checks «مسئولیت BODY به/بر عهده X گذاشته شد»: the
// charge laid on X is his appointment; without the passive verb it is
// none.
func TestR17BChargeLaidOn(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"laid on", "خبر\n\nمسئولیت اداره ورزش و جوانان شهرستان دامغان به عهده کامران نیک‌فر گذاشته شد.\n",
			[]string{"کامران نیک‌فر|رئیس|اداره ورزش و جوانان شهرستان دامغان|"}},
		{"laid on, «بر»", "خبر\n\nاز این پس سرپرستی بخشداری امیریه بر عهده کامران نیک‌فر گذاشته شد.\n",
			[]string{"کامران نیک‌فر|سرپرست|بخشداری امیریه|"}},
		{"no verb", "خبر\n\nمسئولیت اداره ورزش و جوانان شهرستان دامغان به عهده کامران نیک‌فر است.\n", nil},
	})
}
