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

// TestR9BElidedTitlesOfAVote checks «الف به عنوان رئیس، ب نایب رئیس و ج
// منشی شورای X انتخاب شدند»: every item is appointed, «به عنوان» left out
// after the first, all in the body the last item names.
func TestR9BElidedTitlesOfAVote(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a vote's list", "در این جلسه کاوه نیکو به عنوان رئیس، خانم نسرین رستمی نائب رئیس و بهمن راد منشی شورای اسلامی شهر میبد انتخاب شدند.",
			[]string{"کاوه نیکو|رئیس|شورای اسلامی شهر میبد|", "نسرین رستمی|نائب رئیس|شورای اسلامی شهر میبد|", "بهمن راد|منشی|شورای اسلامی شهر میبد|"}},
	})
}

// TestR9BBareLocalOfficeOfCity checks «X را به عنوان سرپرست شهرداری تعیین
// کرد» in a report of a city: the city's municipality.
func TestR9BBareLocalOfficeOfCity(t *testing.T) {
	doc, err := File("t.txt", []byte("شورای شهر میبد کاوه نیکو را به مدت سه ماه به عنوان سرپرست شهرداری تعیین کرد."))
	if err != nil {
		t.Fatal(err)
	}
	if _, apps := affPairs(doc); !has(apps, "کاوه نیکو | سرپرست | شهرداری میبد") {
		t.Errorf("appointments %q", apps)
	}
}
