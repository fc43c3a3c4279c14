package extract

import "testing"

// TestR10BIntroducedByPost checks «مدرس این کارگاه، خانم دکتر X عضو هیئت
// علمی دانشگاه Y بود که ...»: the lecturer introduced by a present post;
// «X پیش از این مدیرکل Y بود» is still a past one.
func TestR10BIntroducedByPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"the lecturer's post", "مدرس این کارگاه، خانم دکتر نسرین رستمی عضو هیئت علمی دانشگاه فرهنگیان استان یزد بود که روش‌های نوین آموزش را تمرین کرد.",
			[]string{"نسرین رستمی|عضو هیئت علمی|دانشگاه فرهنگیان استان یزد"}},
		{"the speaker's post, no comma before the name", "سخنران این مراسم کاوه نیکو، رئیس دانشگاه یزد بود.",
			[]string{"کاوه نیکو|رئیس|دانشگاه یزد"}},
		{"a past post", "نسرین رستمی پیش از این مدیرکل بهزیستی استان یزد بود.", nil},
	})
}
