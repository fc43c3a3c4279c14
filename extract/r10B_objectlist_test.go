package extract

import "testing"

// TestR10BObjectListRespectively checks «استاندار یزد، الف و ب را به
// ترتیب به سمت فرمانداران X و Y / به عنوان R1 و R2 منصوب کرد»: the list
// before «را» is the decree's objects, each with the post in its place,
// and the issuer's post told before them is none of theirs.
func TestR10BObjectListRespectively(t *testing.T) {
	want := []string{"کاوه نیکو|فرماندار|فرمانداری مهریز|", "آرش سپهرفر|فرماندار|فرمانداری میبد|"}
	checkAppointmentCases(t, []appointmentCase{
		{"a plural post", "استاندار یزد، کاوه نیکو و آرش سپهرفر را به ترتیب به سمت فرمانداران مهریز و میبد منصوب کرد.", want},
		{"two posts", "استاندار یزد، کاوه نیکو و آرش سپهرفر را به ترتیب به عنوان فرماندار مهریز و فرماندار میبد منصوب کرد.", want},
	})
	checkAffiliationCases(t, []affCase{
		{"no issuer's post for the objects", "استاندار یزد، کاوه نیکو و آرش سپهرفر را به ترتیب به عنوان فرماندار مهریز و فرماندار میبد منصوب کرد.", nil},
		{"the apposition still holds", "استاندار یزد، کاوه نیکو، در این نشست گفت: کار ادامه دارد.", []string{"کاوه نیکو|استاندار|استانداری یزد"}},
	})
}
