package extract

import "testing"

// TestR10B2ThisDirectorateGeneral checks «سرپرست این اداره کل» told after
// «اداره کل X» and before «اداره Y»: the directorate general named before,
// not the office named after.
func TestR10B2ThisDirectorateGeneral(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"this directorate general", "حکم کیوان رسولی به عنوان سرپرست اداره کل راهداری استان یزد صادر شد. رسولی از امروز به عنوان سرپرست این اداره کل آغاز به کار کرد. همچنین سینا کریمی به سمت رئیس اداره راهداری شهرستان میبد منصوب شد.",
			[]string{"رسولی|سرپرست|اداره کل راهداری استان یزد|", "سینا کریمی|رئیس|اداره راهداری شهرستان میبد|", "کیوان رسولی|سرپرست|اداره کل راهداری استان یزد|"}},
	})
}

// TestR10B2ChargeOfOfficeAlso checks «مسئولیت اداره X نیز به الف محول
// شد»: «نیز» before «به»، and an office («اداره»، not «اداره کل») headed
// by its «رئیس».
func TestR10B2ChargeOfOfficeAlso(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the office's charge", "مسئولیت اداره راهداری شهرستان اردکان نیز به رامین صادقی محول شد.",
			[]string{"رامین صادقی|رئیس|اداره راهداری شهرستان اردکان|"}},
	})
}
