package extract

import "testing"

// TestR10BReplacedIsNoAntecedent checks «X که جانشین Y شده است، ... گفت.
// وی ... منصوب شده است»: «وی» stands for X, the subject, not for Y, the
// one replaced inside the clause about X.
func TestR10BReplacedIsNoAntecedent(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the replaced one inside the clause", "کاوه نیکو که جانشین بهمن راد شده است، در این مراسم گفت: کار ادامه دارد. وی با حکم وزیر به عنوان مدیرکل بهزیستی استان یزد منصوب شده است.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}},
	})
}
