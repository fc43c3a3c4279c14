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

// TestR9BNameInPost checks «X به عنوان/در سمت R BODY ... گفت» with no
// verb of appointment: X holds the post; with one, the appointment rules
// read it, and a post to come gives none.
func TestR9BNameInPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"as the post, speaking", "کاوه نیکو به عنوان مدیرکل بهزیستی استان یزد در این نشست گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
		{"in the post, speaking", "کاوه نیکو در سمت مدیرکل بهزیستی استان یزد گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
		{"a post to come", "کاوه نیکو از این پس به عنوان مشاور مدیرعامل شرکت فولاد سپید فعالیت خواهد کرد.", nil},
	})
}

// TestR9BPostOfSpeakerBefore checks «X گفت: ... . R BODY افزود: ...»: the
// post that goes on with X's speech is X's; «R BODY نیز گفت» is someone
// else's.
func TestR9BPostOfSpeakerBefore(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"goes on", "کاوه نیکو گفت: کار ادامه دارد. مدیرکل بهزیستی استان یزد افزود: برداشت آغاز شد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
		{"another speaker", "کاوه نیکو گفت: کار ادامه دارد. مدیرکل بهزیستی استان یزد نیز گفت: برداشت آغاز شد.", nil},
	})
}
