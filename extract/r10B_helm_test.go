package extract

import (
	"slices"
	"testing"
)

// TestR10BHelmOfBody checks «X سکان شهرداری/اداره کل Y را به دست گرفت»:
// the head's post the body's name tells, taken up; «سکان» is no part of
// the name before it; «سکان سازمان Y» names no post.
func TestR10BHelmOfBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the municipality's helm", "با رأی اعضای شورا، کاوه نیکو سکان شهرداری مهریز را به دست گرفت.",
			[]string{"کاوه نیکو|شهردار|شهرداری مهریز|"}},
		{"a directorate general's helm", "کاوه نیکو که به تازگی سکان اداره کل بهزیستی استان یزد را به دست گرفته، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|"}},
	})
	names, _ := personsOf("با رأی اعضای شورا، کاوه نیکو سکان شهرداری مهریز را به دست گرفت.")
	if slices.Contains(names, "کاوه نیکو سکان") {
		t.Errorf("persons %q", names)
	}
}

// TestR10BFromToday checks «X از امروز مدیرکل Y است»: the post from today
// is X's present one.
func TestR10BFromToday(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"from today", "کاوه نیکو از امروز مدیرکل بهزیستی استان یزد است.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
}
