package extract

import "testing"

// TestR10B2NominalElection checks «با انتخاب/معرفی X به عنوان R، ...»:
// the noun of the appointment before its appointee and post appoints X.
func TestR10B2NominalElection(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"with the election of", "همچنین با انتخاب مهندس پرویز رنجبر به عنوان مدیرعامل شرکت آب و فاضلاب استان یزد، نیما فرجی معاون بهره‌برداری این شرکت شد.",
			[]string{"پرویز رنجبر|مدیرعامل|شرکت آب و فاضلاب استان یزد|", "نیما فرجی|معاون بهره‌برداری|شرکت آب و فاضلاب استان یزد|"}},
		{"after the introduction of", "پس از معرفی سمیرا کاوه به سمت مدیرکل بهزیستی استان یزد، جلسه شورای اداری برگزار شد.",
			[]string{"سمیرا کاوه|مدیرکل|اداره کل بهزیستی استان یزد|"}},
	})
}
