package extract

import "testing"

// TestR10BPredicateAfterClause checks the present post told after a
// relative clause about X: after the clause's comma, or after a past post
// joined by «و اکنون».
func TestR10BPredicateAfterClause(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"after the clause's comma", "کاوه نیکو که چند سال در اداره کل بهزیستی خدمت کرده، اکنون مدیرکل بهزیستی استان یزد است.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
		{"a past post, then the present one", "کاوه نیکو که پیش‌تر معاون دانشگاه یزد بوده و اکنون رئیس دانشگاه کاشان است، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|رئیس|دانشگاه کاشان"}},
		{"a past post only", "کاوه نیکو که پیش‌تر معاون دانشگاه یزد بوده، گفت: کار ادامه دارد.", nil},
	})
}
