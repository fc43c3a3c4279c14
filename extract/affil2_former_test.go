package extract

import "testing"

// TestEarlierHolderAndFarewell checks that «مدیرکل اسبق Y» is a post held
// before (no affiliation) whose holder is no predecessor, and that «آیین
// تکریم X و معارفه Y» bids X farewell as the outgoing holder.
func TestEarlierHolderAndFarewell(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"farewell, an earlier holder present", "آیین تکریم بهمن رستمی‌پور و معارفه کامران نیک‌فر به عنوان مدیرکل امور عشایر استان سمنان برگزار شد. جواد صالحی‌مقدم، مدیرکل اسبق امور عشایر استان سمنان نیز حضور داشت.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل امور عشایر استان سمنان|بهمن رستمی‌پور"}},
		{"an earlier holder alone", "کامران نیک‌فر به عنوان مدیرکل امور عشایر استان سمنان معرفی شد. جواد صالحی‌مقدم، مدیرکل اسبق امور عشایر استان سمنان نیز حضور داشت.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل امور عشایر استان سمنان|"}},
	})
	if got := affiliationsOf("جواد صالحی‌مقدم، مدیرکل اسبق امور عشایر استان سمنان گفت: کار آغاز شد."); len(got) != 0 {
		t.Errorf("affiliations %q, want none", got)
	}
}
