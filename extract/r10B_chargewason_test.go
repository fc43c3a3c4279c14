package extract

import "testing"

// TestR10BChargeWasOn checks «مسئولیت/ریاست BODY پیش از این بر عهده Y بود»
// after a new head is introduced: Y held the post before and precedes
// him; «این اداره کل» is the directorate a post before it heads.
func TestR10BChargeWasOn(t *testing.T) {
	const intro = "کاوه نیکو به عنوان مدیرکل بهزیستی استان یزد معرفی شد. "
	want := []string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}
	checkAppointmentCases(t, []appointmentCase{
		{"this directorate's charge", intro + "مسئولیت این اداره کل پیش از این بر عهده بهمن راد بود.", want},
		{"years in the charge, then retired", intro + "بهمن راد پس از هشت سال مدیریت این اداره کل بازنشسته شد.", want},
		{"this post held", intro + "بهمن راد، که این سمت را از سال ۱۳۹۸ بر عهده داشت، بازنشسته شد.", want},
		{"the headship of the body named", intro + "ریاست اداره کل بهزیستی استان یزد از سال ۱۴۰۰ بر عهده بهمن راد بود.", want},
	})
}
