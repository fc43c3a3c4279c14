package extract

import "testing"

// TestR10BInsteadOfPredicate checks «الف به جای ب/وی فرماندار X شد»: الف
// takes the post, ب is his predecessor and takes none.
func TestR10BInsteadOfPredicate(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"instead of a name", "با حکم استاندار یزد، آرش سپهرفر به جای کاوه نیکو فرماندار شهرستان مهریز شد.",
			[]string{"آرش سپهرفر|فرماندار|فرمانداری شهرستان مهریز|کاوه نیکو"}},
		{"instead of a pronoun", "کاوه نیکو که سه سال فرماندار مهریز بود، به عنوان مدیرکل دفتر امور شهری استانداری یزد منصوب شد و آرش سپهرفر به جای وی فرماندار مهریز شد.",
			[]string{"کاوه نیکو|مدیرکل|دفتر امور شهری استانداری یزد|", "آرش سپهرفر|فرماندار|فرمانداری مهریز|کاوه نیکو"}},
	})
}

// TestR10BInsteadOfInList checks «الف به جای ب به عنوان R1 و ج به جای د به
// عنوان R2 منصوب شدند»: each post's predecessor is the one named nearest
// before it.
func TestR10BInsteadOfInList(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two replaced", "بر این اساس، کاوه نیکو به جای بهمن راد به عنوان فرماندار مهریز و آرش سپهرفر به جای نادر امینی به عنوان فرماندار میبد منصوب شدند.",
			[]string{"کاوه نیکو|فرماندار|فرمانداری مهریز|بهمن راد", "آرش سپهرفر|فرماندار|فرمانداری میبد|نادر امینی"}},
	})
}
