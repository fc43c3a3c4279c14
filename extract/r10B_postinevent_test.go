package extract

import "testing"

// TestR10BPostInTheEvent checks «X در این نشست به عنوان/در سمت R گفت»: the
// post X speaks in, told after the event's place; «... معرفی شد» stays an
// appointment.
func TestR10BPostInTheEvent(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"as the minister's representative", "کاوه نیکو در این نشست به عنوان نماینده وزیر کشور گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|نماینده وزیر|وزارت کشور"}},
		{"in the post", "کاوه نیکو در این مراسم در سمت مدیرکل بهزیستی استان یزد گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
	checkAppointmentCases(t, []appointmentCase{
		{"introduced in the post", "کاوه نیکو در این مراسم به عنوان مدیرکل جدید بهزیستی استان یزد معرفی شد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|"}},
	})
}
