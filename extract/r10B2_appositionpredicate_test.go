package extract

import "testing"

// TestR10B2PredicateAfterApposition checks «X، R1، R2 BODY است»: the post
// told as the predicate after a post in apposition is X's too; a past
// copula («بود») tells none.
func TestR10B2PredicateAfterApposition(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"present predicate", "بهراد تابان، مشاور استاندار، عضو هیئت علمی دانشکده هنر دانشگاه یزد است.",
			[]string{"بهراد تابان|مشاور استاندار|استانداری یزد", "بهراد تابان|عضو هیئت علمی|دانشکده هنر دانشگاه یزد"}},
		{"past predicate", "بهراد تابان، مشاور استاندار، پیش از این مدیرکل بهزیستی استان یزد بود.",
			[]string{"بهراد تابان|مشاور استاندار|استانداری یزد"}},
	})
}
