package extract

import "testing"

// TestR15BPluralFieldOffices checks «رؤسای ادارات/اداره FIELD
// شهرستان‌های الف و ب، X و Y»: each named head gets the field's office of
// one county, in order.
func TestR15BPluralFieldOffices(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"plural offices", "خبر\n\nرؤسای ادارات آموزش و پرورش شهرستان‌های آستارا و تالش، کریم نادری و جواد صمدی‌نیا، نیز سخن گفتند.",
			[]string{"کریم نادری|رئیس|اداره آموزش و پرورش شهرستان آستارا", "جواد صمدی‌نیا|رئیس|اداره آموزش و پرورش شهرستان تالش"}},
		{"singular office", "خبر\n\nرؤسای اداره منابع طبیعی شهرستان‌های رودبار و فومن، مسعود کاظمی و احمد رضایی‌پور، نیز حضور داشتند.",
			[]string{"مسعود کاظمی|رئیس|اداره منابع طبیعی شهرستان رودبار", "احمد رضایی‌پور|رئیس|اداره منابع طبیعی شهرستان فومن"}},
	})
}
