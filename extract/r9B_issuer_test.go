package extract

import "testing"

// TestR9BDecreeIssuerNamed checks the issuer of a decree: named right
// after the post («با حکم وزیر نیرو بهمن راد، ...») he holds it; told by
// post in the lead and by name when the report tells the decree again,
// the name holds the post; the appointee after the comma does not.
func TestR9BDecreeIssuerNamed(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"name right after the issuer's post", "با حکم وزیر نیرو بهمن راد، کاوه نیکو به عنوان مدیرعامل شرکت آب منطقه‌ای یزد منصوب شد.",
			[]string{"بهمن راد|وزیر|وزارت نیرو"}},
		{"issuer named when told again", "با حکم مدیرعامل شرکت ملی گاز، مدیرعامل و اعضای هیئت‌مدیره شرکت گاز استان یزد منصوب شدند.\nبه گزارش ایرنا، با حکم مهندس بهمن راد، مهندس کاوه نیکو به عنوان مدیرعامل شرکت گاز استان یزد منصوب شد.",
			[]string{"بهمن راد|مدیرعامل|شرکت ملی گاز"}},
		{"the appointee is no issuer", "با حکم وزیر نیرو، کاوه نیکو به عنوان مدیرعامل شرکت آب منطقه‌ای یزد منصوب شد.", nil},
	})
}

// TestR9BLaterDecreeOfAppointee checks that a later decree issued by one
// appointed before («با حکم استاندار، الف فرماندار شد. با حکم الف، ب ...»)
// gives him no post of the first decree's issuer.
func TestR9BLaterDecreeOfAppointee(t *testing.T) {
	for _, af := range affiliationsOf("با حکم استاندار یزد، کاوه نیکو به عنوان فرماندار میبد منصوب شد. با حکم کاوه نیکو، بهمن راد به عنوان معاون فرماندار میبد منصوب شد.") {
		if af == "کاوه نیکو|استاندار|استانداری یزد" {
			t.Errorf("the appointee took the issuer's post: %q", af)
		}
	}
}
