package extract

import "testing"

// TestR10BRelativeLead checks a relative clause with a time and the
// decree's issuer before its post: «Y، مدیرکل سابق، که اخیراً با حکم
// وزیر به سمت R منصوب شده، ...» appoints Y to R.
func TestR10BRelativeLead(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a time and the issuer before the post", "کاوه نیکو امروز به عنوان سرپرست اداره کل ورزش و جوانان استان یزد معرفی شد. همچنین از بهمن راد، مدیرکل سابق، که اخیراً با حکم وزیر ورزش به سمت معاون توسعه ورزش همگانی وزارت ورزش و جوانان منصوب شده، با اهدای لوح تقدیر شد.",
			[]string{"کاوه نیکو|سرپرست|اداره کل ورزش و جوانان استان یزد|بهمن راد", "بهمن راد|معاون توسعه ورزش همگانی|وزارت ورزش و جوانان|"}},
	})
}

// TestR10BThisPostInApposition checks «X، مدیر اداره Y که ماه پیش با حکم
// مدیرکل Z به این سمت منصوب شده، ... گفت»: «این سمت» is the post in
// apposition before the relative clause.
func TestR10BThisPostInApposition(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"this post, in apposition", "به گزارش خبرنگار ما، کاوه نیکو، رئیس اداره ورزش و جوانان شهرستان مهریز که ماه پیش با حکم مدیرکل ورزش و جوانان استان یزد به این سمت منصوب شده، در نشست خبری گفت: سالن ورزشی شهر تا بهار تکمیل می‌شود.",
			[]string{"کاوه نیکو|رئیس|اداره ورزش و جوانان شهرستان مهریز|"}},
	})
}
