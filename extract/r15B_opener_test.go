package extract

import "testing"

// TestR15BBareOpenerSpeaker checks a sentence that opens with a short
// connective and no comma before an unnamed post («در ادامه R BODY گفت»)
// then names the speaker in the next sentence; one named with «نیز» is
// someone else.
func TestR15BBareOpenerSpeaker(t *testing.T) {
	const lead = "خبر\n\nعلیرضا قربانی‌فر مدیرکل بهزیستی استان گفت: اعتبارات افزایش یافت.\n"
	const boss = "علیرضا قربانی‌فر|مدیرکل|اداره کل بهزیستی استان"
	checkAffiliationCases(t, []affCase{
		{"in the sequel", lead + "در ادامه رئیس بهزیستی شهرستان مهاباد گفت: ۲۰ مرکز فعال است.\nکاوه رسولی‌پور افزود: مراکز جدید افتتاح می‌شود.",
			[]string{boss, "کاوه رسولی‌پور|رئیس|بهزیستی شهرستان مهاباد"}},
		{"also", lead + "همچنین رئیس بهزیستی شهرستان مهاباد گفت: ۲۰ مرکز فعال است.\nکاوه رسولی‌پور افزود: مراکز جدید افتتاح می‌شود.",
			[]string{boss, "کاوه رسولی‌پور|رئیس|بهزیستی شهرستان مهاباد"}},
		{"another speaker", lead + "در ادامه رئیس بهزیستی شهرستان مهاباد گفت: ۲۰ مرکز فعال است.\nکاوه رسولی‌پور نیز گفت: مراکز جدید افتتاح می‌شود.",
			[]string{boss}},
	})
}

// TestR15BSaidEarlierInPost checks «پیش از این، X R BODY گفته بود»: what
// X said before, in the post X holds; «پیش از این X R BODY بود» stays a
// post held before.
func TestR15BSaidEarlierInPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"said before", "خبر\n\nپیش از این، سمیرا اکبری معاون امور اجتماعی اداره کل بهزیستی استان گفته بود که طرح‌ها ادامه دارد.",
			[]string{"سمیرا اکبری|معاون امور اجتماعی|اداره کل بهزیستی استان"}},
		{"held before", "خبر\n\nپیش از این، سمیرا اکبری معاون امور اجتماعی اداره کل بهزیستی استان بود.", nil},
	})
}
