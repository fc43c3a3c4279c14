package extract

import "testing"

// TestR15BChairedEventPost checks «ریاست/اداره این نشست بر عهده X، R BODY
// بود»: the post after the chair's name is the one X holds; a post held
// before («پیش از این X فرماندار Y بود») stays a past one.
func TestR15BChairedEventPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"chair of the ceremony", "آیین آغاز طرح برگزار شد.\nریاست این آیین بر عهده مهندس کاظم نوروزیان، مدیرعامل شرکت توزیع نیروی برق استان زنجان بود.",
			[]string{"کاظم نوروزیان|مدیرعامل|شرکت توزیع نیروی برق استان زنجان"}},
		{"running the session", "جلسه برگزار شد.\nاداره این جلسه بر عهده فریبرز مقیمی‌نژاد، معاون عمرانی استانداری زنجان بود.",
			[]string{"فریبرز مقیمی‌نژاد|معاون عمرانی|استانداری زنجان"}},
		{"a past post", "خبر\n\nپیش از این فریبرز مقیمی‌نژاد فرماندار ابهر بود.", nil},
	})
}
