package extract

import "testing"

// TestR10BThankedFormerHolders checks a list of appointments followed by
// «از زحمات الف، فرماندار پیشین X، و ب، فرماندار سابق Y، تشکر کرد»: each
// one thanked precedes the post in the place of his former post.
func TestR10BThankedFormerHolders(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two thanked, two places", "استاندار یزد روز گذشته کاوه نیکو را به عنوان سرپرست فرمانداری شهرستان مهریز و آرش سپهرفر را به عنوان سرپرست فرمانداری ویژه میبد منصوب کرد. وی در این احکام از زحمات نادر امینی، فرماندار پیشین میبد، و بهمن راد، فرماندار سابق مهریز، تشکر کرد.",
			[]string{"کاوه نیکو|سرپرست|فرمانداری شهرستان مهریز|بهمن راد", "آرش سپهرفر|سرپرست|فرمانداری ویژه میبد|نادر امینی"}},
	})
}
