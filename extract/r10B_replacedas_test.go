package extract

import "testing"

// TestR10BReplacedAsPost checks «X جایگزین Y به عنوان فرماندار Z شد»: X
// takes the post told after the one replaced, Y precedes him and holds no
// post; and «پیش از این Y ریاست این دانشکده را بر عهده داشت» after a
// «سرپرست» appointed: the acting head follows the head.
func TestR10BReplacedAsPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"replaced, then the post", "آرش سپهرفر جایگزین بهمن راد به عنوان فرماندار مهریز شد.",
			[]string{"آرش سپهرفر|فرماندار|فرمانداری مهریز|بهمن راد"}},
		{"the head before the acting head", "در حکمی از سوی رئیس دانشگاه یزد، کاوه نیکو به‌عنوان سرپرست دانشکده هنر منصوب شد. پیش از این بهمن راد ریاست این دانشکده را بر عهده داشت.",
			[]string{"کاوه نیکو|سرپرست|دانشکده هنر|بهمن راد"}},
	})
	checkAffiliationCases(t, []affCase{
		{"the one replaced holds no post", "آرش سپهرفر جایگزین بهمن راد به عنوان فرماندار مهریز شد.", nil},
	})
}
