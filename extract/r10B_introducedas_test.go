package extract

import "testing"

// TestR10BIntroducedByPost checks «سخنران این همایش، X عضو هیئت علمی
// دانشگاه Y بود»: one introduced by his present post in the event; «X
// پیش از این مدیرکل Y بود» is still a past one.
func TestR10BIntroducedByPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"the speaker's post", "سخنران این همایش، دکتر نسرین رستمی عضو هیئت علمی دانشگاه یزد بود که درباره آب‌های زیرزمینی سخن گفت.",
			[]string{"نسرین رستمی|عضو هیئت علمی|دانشگاه یزد"}},
		{"the speaker's post, no comma before the name", "سخنران این مراسم کاوه نیکو، رئیس دانشگاه یزد بود.",
			[]string{"کاوه نیکو|رئیس|دانشگاه یزد"}},
		{"a past post", "نسرین رستمی پیش از این مدیرکل بهزیستی استان یزد بود.", nil},
	})
}
