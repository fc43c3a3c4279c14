package extract

import "testing"

// TestR10BRelativeLead checks «از زحمات Y، سرپرست پیشین این اداره، که چندی
// پیش با حکم ... به سمت R منصوب شده است»: the relative clause with a time
// and the decree's issuer before its post appoints Y to R.
func TestR10BRelativeLead(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a time and the issuer before the post", "در این مراسم کاوه نیکو به عنوان سرپرست اداره کل ورزش و جوانان استان یزد معرفی شد و از تلاش‌های بهمن راد، سرپرست پیشین این اداره کل، که چندی پیش با حکم وزیر به سمت معاون توسعه ورزش همگانی وزارت ورزش و جوانان منصوب شده است، تجلیل شد.",
			[]string{"کاوه نیکو|سرپرست|اداره کل ورزش و جوانان استان یزد|بهمن راد", "بهمن راد|معاون توسعه ورزش همگانی|وزارت ورزش و جوانان|"}},
	})
}
