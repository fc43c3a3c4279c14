package extract

import "testing"

// TestChargeHeldBefore checks that «ریاست BODY را بر عهده دارد» is a post
// held now, «... خواهد داشت» one to be held, and «... بر عهده داشت» one
// held before, which is no affiliation.
func TestChargeHeldBefore(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"now", "کامران نیک‌فر ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده دارد.",
			[]string{"کامران نیک‌فر|رئیس|دانشکده کشاورزی دانشگاه سمنان"}},
		{"before", "بهمن کیانی از زحمات کامران نیک‌فر که شش سال ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده داشت، قدردانی کرد.", nil},
	})
}
