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

// TestR9BPredecessorNounSubject checks «سلف فرمانده جدید، ... به عنوان R
// منصوب شده است»: the outgoing holder thanked before takes post R.
func TestR9BPredecessorNounSubject(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"سلف as subject", "مراسم تکریم و معارفه فرمانده سپاه ناحیه بروجن برگزار شد و سرهنگ کاوه نیکو به عنوان فرمانده سپاه ناحیه بروجن معرفی شد. در این مراسم از خدمات سرهنگ بهمن راد قدردانی شد. سلف فرمانده جدید، پس از سه سال فرماندهی، به عنوان معاون عملیات سپاه استان چهارمحال و بختیاری منصوب شده است.",
			[]string{"کاوه نیکو|فرمانده|سپاه ناحیه بروجن|بهمن راد", "بهمن راد|معاون عملیات|سپاه استان چهارمحال و بختیاری|"}},
	})
}

// TestR9BLeadersRepresentative checks «نماینده ولی فقیه در BODY» as one
// post in that body, and none «در استان» with no body.
func TestR9BLeadersRepresentative(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"in a body", "در این مراسم حجت‌الاسلام بهمن راد نماینده ولی فقیه در سپاه ناحیه بروجن سخن گفت.",
			[]string{"بهمن راد|نماینده ولی فقیه|سپاه ناحیه بروجن"}},
		{"in a province", "در این مراسم حجت‌الاسلام بهمن راد نماینده ولی فقیه در استان سخن گفت.", nil},
	})
}

// TestR9BPredecessorByChargeOrDeparture checks the outgoing holder told
// by the charge he held («مدیریت/مسئولیت این شرکت را بر عهده داشت») or
// by the end of his term («پایان مأموریت X»، «بازنشستگی X»).
func TestR9BPredecessorByChargeOrDeparture(t *testing.T) {
	base := "با حکم مدیرعامل شرکت ملی گاز، مهندس کاوه نیکو به عنوان مدیرعامل شرکت گاز استان یزد منصوب شد. "
	want := []string{"کاوه نیکو|مدیرعامل|شرکت گاز استان یزد|بهمن راد"}
	checkAppointmentCases(t, []appointmentCase{
		{"held the management", base + "بهمن راد که به مدت پنج سال مدیریت این شرکت را بر عهده داشت، بازنشسته شد.", want},
		{"held the charge", base + "بهمن راد که به مدت پنج سال مسئولیت این شرکت را بر عهده داشت، بازنشسته شد.", want},
		{"end of a mission", base + "این انتصاب با پایان مأموریت بهمن راد انجام شد.", want},
		{"retirement", base + "این انتصاب پس از بازنشستگی بهمن راد انجام شد.", want},
	})
}

// TestR9BHandoverWordings checks three wordings of a handover: «X معرفی و
// از خدمات Y قدردانی شد» under a ceremony of the post (no title before
// X), «معارفه X، R جدید BODY و تودیع Y» (the farewell told after), and «Y،
// R سابق BODY، جای خود را به X داد» (X takes Y's former post).
func TestR9BHandoverWordings(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"introduced, no title", "آیین تودیع و معارفه مدیرکل بهزیستی استان یزد برگزار شد. در این آیین کاوه نیکو معرفی و از خدمات بهمن راد قدردانی شد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}},
		{"farewell after", "مراسم معارفه کاوه نیکو، سرپرست جدید اداره کل بهزیستی استان یزد و تودیع بهمن راد برگزار شد.",
			[]string{"کاوه نیکو|سرپرست|اداره کل بهزیستی استان یزد|بهمن راد"}},
		{"gave way", "بهمن راد، مدیرکل سابق بهزیستی استان یزد، جای خود را به کاوه نیکو داد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}},
	})
}
