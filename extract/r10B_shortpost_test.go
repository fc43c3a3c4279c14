package extract

import "testing"

// TestR10BShortFormOfReportPost checks a report of «تودیع و معارفه دادستان
// عمومی و انقلاب شهرستان X» whose appointee is told «به عنوان دادستان X
// معرفی شد»: the short form stands for the report's fuller body.
func TestR10BShortFormOfReportPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the short form of the report's post", "آیین تودیع و معارفه دادستان عمومی و انقلاب اردکان برگزار شد.\nبه گزارش خبرنگار ما، آیین تودیع و معارفه دادستان عمومی و انقلاب شهرستان اردکان امروز برگزار شد. در این مراسم کاوه نیکو با حکم رئیس کل دادگستری استان یزد به عنوان دادستان اردکان معرفی شد.",
			[]string{"کاوه نیکو|دادستان|دادسرای عمومی و انقلاب شهرستان اردکان|"}},
	})
}
