package extract

import "testing"

// TestR9BSuccessorSpacedVerb checks «X جانشین Y می شود» with «می شود»
// typed with a space: Y is the predecessor of X's appointment.
func TestR9BSuccessorSpacedVerb(t *testing.T) {
	for _, text := range []string{
		"جلسه شورای اسلامی شهر بروجن دیروز برگزار شد. مهندس کاوه رستمی‌پور با ۵ رای بعنوان رئیس شورا انتخاب شد. رستمی‌پور جانشین حاج بهمن راد می شود.",
		"جلسه شورای اسلامی شهر بروجن دیروز برگزار شد. مهندس کاوه رستمی‌پور با ۵ رای بعنوان رئیس شورا انتخاب شد. رستمی‌پور جانشین حاج بهمن راد می‌شود.",
	} {
		doc, err := File("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Appointments) != 1 || doc.Appointments[0].Predecessor != "بهمن راد" {
			t.Errorf("%s: appointments %+v", text, doc.Appointments)
		}
	}
}

// TestR9BHonouredPredecessor checks «از خدمات/سال خدمت Y ... تجلیل شد»:
// the one honoured for his service is the predecessor.
func TestR9BHonouredPredecessor(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"years of service honoured", "با حکم وزیر راه و شهرسازی، مهندس کاوه نیکو به عنوان سرپرست اداره کل راه و شهرسازی استان یزد منصوب شد. در این مراسم از ۳۰ سال خدمت مهندس بهمن راد که بازنشسته شده است، با اهدای لوح سپاس تجلیل شد.",
			[]string{"کاوه نیکو|سرپرست|اداره کل راه و شهرسازی استان یزد|بهمن راد"}},
		{"services honoured", "با حکم وزیر راه و شهرسازی، مهندس کاوه نیکو به عنوان سرپرست اداره کل راه و شهرسازی استان یزد منصوب شد. در این مراسم از خدمات مهندس بهمن راد تجلیل شد.",
			[]string{"کاوه نیکو|سرپرست|اداره کل راه و شهرسازی استان یزد|بهمن راد"}},
	})
}
