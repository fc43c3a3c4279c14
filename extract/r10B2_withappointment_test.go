package extract

import "testing"

// TestR10B2WithAppointmentOf checks «با انتصاب الف به سمت R، ب که چهار سال
// این مسئولیت را بر عهده داشت، به سمت R2 منصوب شد»: the post after «به
// سمت» is الف's, not ب's, and ب, who held it, precedes الف.
func TestR10B2WithAppointmentOf(t *testing.T) {
	text := "همچنین با انتصاب فرزانه مهرابی به سمت مدیرکل امور بانوان استانداری یزد، مریم رستمی که چهار سال این مسئولیت را بر عهده داشت، به سمت مشاور استاندار منصوب شد."
	checkAppointmentCases(t, []appointmentCase{
		{"the one who held it precedes", text,
			[]string{"فرزانه مهرابی|مدیرکل|اداره کل امور بانوان استانداری یزد|مریم رستمی", "مریم رستمی|مشاور استاندار|استانداری یزد|"}},
	})
	checkAffiliationCases(t, []affCase{
		{"no post of the first for the second", text, nil},
	})
}
