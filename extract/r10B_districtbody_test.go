package extract

import "testing"

// TestR10BDistrictOfBody checks «به عنوان مسئول بسیج سازندگی ناحیه X»: a
// district read as a body of its own right after the post's body is the
// district of that body, the post's.
func TestR10BDistrictOfBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a body's district", "با حکم فرمانده سپاه استان، سرگرد کاوه نیکو به عنوان مسئول جدید بسیج سازندگی ناحیه مهریز معرفی شد.",
			[]string{"کاوه نیکو|مسئول|بسیج سازندگی ناحیه مهریز|"}},
	})
}
