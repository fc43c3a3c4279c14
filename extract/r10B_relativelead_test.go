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

// TestR10BThisPostInApposition checks «X، سرپرست اداره Y که هفته گذشته با
// حکم مدیرکل Z به این سمت منصوب شده است، گفت»: «این سمت» is the post in
// apposition before the relative clause.
func TestR10BThisPostInApposition(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"this post, in apposition", "کاوه نیکو، سرپرست اداره ورزش و جوانان شهرستان مهریز که هفته گذشته با حکم مدیرکل ورزش و جوانان استان یزد به این سمت منصوب شده است، در این آیین گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|سرپرست|اداره ورزش و جوانان شهرستان مهریز|"}},
	})
}
