package extract

import "testing"

// TestR10B2FrontedCharge checks «ریاست هیئت X را (نیز) از امروز الف بر
// عهده گرفت»: the post opens the sentence as the object and its holder is
// named after it.
func TestR10B2FrontedCharge(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the post told first", "ریاست هیئت کوهنوردی استان یزد را نیز از امروز مجید فراهانی بر عهده گرفت.",
			[]string{"مجید فراهانی|رئیس|هیئت کوهنوردی استان یزد|"}},
		{"with no time", "مدیریت اداره کل بهزیستی استان یزد را کاوه نیکو به دست گرفت.",
			[]string{"کاوه نیکو|مدیر|اداره کل بهزیستی استان یزد|"}},
	})
}
