package extract

import "testing"

// TestR10B3PostFieldBeforeCopula checks «X که ... بود، اکنون R BODY در
// امور W است»: the field of the post between its body and the copula
// keeps the post a present one.
func TestR10B3PostFieldBeforeCopula(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"field after body", "بهراد تابان که پیش از این معاون استاندار بود، اکنون مشاور شهردار یزد در امور ورزشی است.",
			[]string{"بهراد تابان|مشاور شهردار|شهرداری یزد"}},
		{"past, with field", "بهراد تابان که پیش از این معاون استاندار بود، اکنون مشاور شهردار یزد در امور ورزشی بود.",
			nil},
	})
}
