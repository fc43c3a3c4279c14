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
