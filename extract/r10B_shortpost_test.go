package extract

import "testing"

// TestR10BShortFormOfReportPost checks a report of the handover of
// «دادستان عمومی و انقلاب شهرستان X» whose appointee is told «به عنوان
// دادستان X»: the short form stands for the report's fuller body.
func TestR10BShortFormOfReportPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the short form of the report's post", "دادستان جدید اردکان معرفی شد\nآیین تودیع و معارفه دادستان عمومی و انقلاب شهرستان اردکان دیروز در محل دادگستری برگزار شد و کاوه نیکو با حکم رئیس کل دادگستری استان یزد به عنوان دادستان اردکان آغاز به کار کرد.",
			[]string{"کاوه نیکو|دادستان|دادسرای عمومی و انقلاب شهرستان اردکان|"}},
	})
}
