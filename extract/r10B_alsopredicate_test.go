package extract

import "testing"

// TestR10BAlsoPredicate checks «X نیز عضو هیئت علمی دانشگاه Y است»: the
// predicate after «نیز/هم» is X's present post; one held before is not.
func TestR10BAlsoPredicate(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"نیز before the post", "کاوه نیکو پیش از این معاون دانشگاه یزد بوده است. آرش سپهرفر نیز عضو هیئت علمی دانشگاه صنعتی شریف است.",
			[]string{"آرش سپهرفر|عضو هیئت علمی|دانشگاه صنعتی شریف"}},
		{"هم before the post", "آرش سپهرفر هم رئیس دانشکده هنر دانشگاه کاشان است.",
			[]string{"آرش سپهرفر|رئیس|دانشکده هنر دانشگاه کاشان"}},
	})
}
