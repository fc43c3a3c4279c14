package extract

import "testing"

// TestR17BPronounAfterDecreeFor checks that «وی» in the sentence after
// «حکم الف به عنوان R ... از سوی/توسط ب ابلاغ شد» stands for الف, the one
// the decree is for, not for ب who handed it over: «وی جای ج را می‌گیرد»
// names ج الف's predecessor. An issuer after «با حکم» is still no
// antecedent.
func TestR17BPronounAfterDecreeFor(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"handed over by", "خبر\n\nدر پایان این آیین، حکم سجاد نیک‌فر به عنوان سرپرست اداره ورزش و جوانان شهرستان بردسکن از سوی کامران رستمی‌پور ابلاغ شد. وی جای بهمن کاظمی‌راد را می‌گیرد.\n",
			[]string{"سجاد نیک‌فر|سرپرست|اداره ورزش و جوانان شهرستان بردسکن|بهمن کاظمی‌راد"}},
		{"handed over by, with a title", "خبر\n\nدر پایان این آیین، حکم سجاد نیک‌فر به عنوان سرپرست اداره ورزش و جوانان شهرستان بردسکن توسط مهندس کامران رستمی‌پور ابلاغ شد. وی جای بهمن کاظمی‌راد را می‌گیرد.\n",
			[]string{"سجاد نیک‌فر|سرپرست|اداره ورزش و جوانان شهرستان بردسکن|بهمن کاظمی‌راد"}},
	})
}
