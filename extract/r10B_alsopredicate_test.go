package extract

import "testing"

// TestR10BAlsoPredicate checks «X نیز/هم R BODY است»: the predicate after
// «نیز/هم» is X's present post; one held before is not.
func TestR10BAlsoPredicate(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"نیز before the post", "کاوه نیکو پیش از این معاون دانشگاه یزد بوده است. آرش سپهرفر نیز رئیس پژوهشکده انرژی دانشگاه صنعتی شریف است.",
			[]string{"آرش سپهرفر|رئیس|پژوهشکده انرژی دانشگاه صنعتی شریف"}},
		{"هم before the post", "آرش سپهرفر هم رئیس دانشکده هنر دانشگاه کاشان است.",
			[]string{"آرش سپهرفر|رئیس|دانشکده هنر دانشگاه کاشان"}},
	})
}

// TestR10BAlsoRelative checks «X نیز که مدیرکل Y است، گفت»: the relative
// clause after «نیز/هم» is about X.
func TestR10BAlsoRelative(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"نیز before «که»", "کاوه نیکو نیز که مدیرکل بهزیستی استان یزد است، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
}
