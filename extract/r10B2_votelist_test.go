package extract

import "testing"

// TestR10B2VoteInPredicateList checks «الف با هشت رأی رئیس، ب نایب‌رئیس
// و ج منشی شورا شدند»: the tally after the first name leaves him the
// first post of the list.
func TestR10B2VoteInPredicateList(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a tally in the list", "در جلسه امروز شورای اسلامی شهر مهریز، حمید صالحی با هشت رأی رئیس، فاطمه نوری نایب‌رئیس و جواد کیانی منشی شورا شدند.",
			[]string{"حمید صالحی|رئیس|شورای اسلامی شهر مهریز|", "فاطمه نوری|نایب‌رئیس|شورای اسلامی شهر مهریز|", "جواد کیانی|منشی|شورای اسلامی شهر مهریز|"}},
	})
}
