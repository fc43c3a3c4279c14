package extract

import "testing"

// TestR9BAppointmentWordings checks three wordings of a change of post:
// «X جایگزین Y در سمت R BODY شد», «X با N رأی R BODY شد», and «معارفه X،
// مدیرکل جدید FIELD استان Z» (the directorate of the field).
func TestR9BAppointmentWordings(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"replaces in the post", "کاوه نیکو جایگزین بهمن راد در سمت مدیرکل بهزیستی استان یزد شد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}},
		{"elected by a vote", "کاوه نیکو با ۹ رأی از ۱۱ رأی شهردار میبد شد.",
			[]string{"کاوه نیکو|شهردار|شهرداری میبد|"}},
		{"a new director general of a field", "مراسم معارفه کاوه نیکو، مدیرکل جدید بهزیستی استان یزد برگزار شد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|"}},
	})
}
