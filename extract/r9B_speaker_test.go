package extract

import "testing"

// TestR9BSpeakerAfterGuestClause checks a lead that opens with an unnamed
// post after a dateline «CITY- OUTLET-» and a next sentence «در این بازدید
// که الف و ب حضور داشتند، X گفت»: X holds the lead's post, the guests of
// the clause do not.
func TestR9BSpeakerAfterGuestClause(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"outlet between dashes", "میبد- یزد فردا- معاون هماهنگی امور عمرانی استاندار یزد صبح امروز از روند اجرای تصفیه خانه فاضلاب شهر میبد بازدید کرد. در این بازدید که مهندس بهمن راد فرماندار میبد و مهندس کاوه نیکو حضور داشتند، مهندس نادر امینی گفت: این طرح ۶۸ درصد پیشرفت دارد.",
			[]string{"بهمن راد|فرماندار|فرمانداری میبد", "نادر امینی|معاون هماهنگی امور عمرانی استاندار|استانداری یزد"}},
		{"no speech after the clause", "میبد- معاون هماهنگی امور عمرانی استاندار یزد صبح امروز از تصفیه خانه فاضلاب شهر میبد بازدید کرد. در این بازدید که مهندس بهمن راد فرماندار میبد حضور داشت، مهندس نادر امینی از کارگاه دیدن کرد.",
			[]string{"بهمن راد|فرماندار|فرمانداری میبد"}},
	})
}

// TestR9BNameInBrackets checks «R BODY (X) گفت»: the name in brackets
// right after a post holds it.
func TestR9BNameInBrackets(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"name in brackets", "مدیرکل بهزیستی استان یزد (کاوه نیکو) گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
}

// TestR9BNamedWithOwnPostIsNoSpeaker checks «R BODY گفت: ... . X، امام
// جمعه این شهرستان نیز گفت»: one told with a post of his own (even one
// of no body) is not the unnamed speaker before.
func TestR9BNamedWithOwnPostIsNoSpeaker(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"own post of no body", "فرماندار میبد گفت: کار ادامه دارد. کاوه نیکو، امام جمعه این شهرستان گفت: کار ادامه دارد.", nil},
		{"no post: the speaker", "فرماندار میبد گفت: کار ادامه دارد. کاوه نیکو افزود: کار ادامه دارد.",
			[]string{"کاوه نیکو|فرماندار|فرمانداری میبد"}},
	})
}
