package extract

import "testing"

// TestPluralPostOfThisBody checks «X و Y به عنوان اعضای هیئت‌مدیره این
// شرکت منصوب شدند»: a plural post whose body is told by «این» and its head
// noun alone is a post in the body named before.
func TestPluralPostOfThisBody(t *testing.T) {
	lead := "با حکم وزیر نیرو، کاوه رستمی به عنوان مدیرعامل شرکت آب منطقه‌ای سمنان منصوب شد. "
	checkAppointmentCases(t, []appointmentCase{
		{"board members of this company", lead + "در احکامی جداگانه، سیما آقایی‌نژاد و بهرام نیک‌فر به عنوان اعضای هیئت‌مدیره این شرکت منصوب شدند.",
			[]string{"کاوه رستمی|مدیرعامل|شرکت آب منطقه‌ای سمنان|", "سیما آقایی‌نژاد|عضو هیئت‌مدیره|شرکت آب منطقه‌ای سمنان|", "بهرام نیک‌فر|عضو هیئت‌مدیره|شرکت آب منطقه‌ای سمنان|"}},
		{"deputies of this company", lead + "همچنین سیما آقایی‌نژاد و بهرام نیک‌فر به عنوان معاونان این شرکت منصوب شدند.",
			[]string{"کاوه رستمی|مدیرعامل|شرکت آب منطقه‌ای سمنان|", "سیما آقایی‌نژاد|معاون|شرکت آب منطقه‌ای سمنان|", "بهرام نیک‌فر|معاون|شرکت آب منطقه‌ای سمنان|"}},
	})
}
