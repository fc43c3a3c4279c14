package extract

import "testing"

// TestR17BVerbEndsName checks that a light verb ending the sentence right
// after a surname («به امضای الف و ب رسید.») is the verb, not a second
// word of the surname, so that the surname alone names the person in the
// next sentence, where he takes up a charge.
func TestR17BVerbEndsName(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"signed by two", "تفاهم‌نامه همکاری در شهرکرد به امضای کامران نیک‌فر و مهندس بهمن رستمی‌پور رسید.",
			[]string{"کامران نیک‌فر", "بهمن رستمی‌پور"}},
		{"a two-word surname goes on", "بهمن رستمی‌پور کوهی در این آیین سخن گفت.",
			[]string{"بهمن رستمی‌پور کوهی"}},
	})
	checkAppointmentCases(t, []appointmentCase{
		{"the surname takes a charge", "خبر\n\nتفاهم‌نامه همکاری در شهرکرد به امضای کامران نیک‌فر و مهندس بهمن رستمی‌پور رسید. رستمی‌پور از ابتدای آذرماه سرپرستی مدیریت شعب بانک ملت استان سمنان را بر عهده گرفته است.\n",
			[]string{"رستمی‌پور|سرپرست|مدیریت شعب بانک ملت استان سمنان|"}},
	})
}
