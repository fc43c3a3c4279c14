package extract

import "testing"

// TestCoordinatedPostHandedToNextName checks that the last post of a
// coordination after one name goes to the name right after it when that
// name has no post of its own, and stays the first name's otherwise.
func TestCoordinatedPostHandedToNextName(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"the next name holds the last post", "خبر\n\nاین قرارداد با حضور کامران نیک‌فر، نماینده مردم دامغان در مجلس شورای اسلامی و رئیس دانشگاه صنعتی دامغان، مهندس بهرام سلیمی‌پور، امضا شد.",
			[]string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی", "بهرام سلیمی‌پور|رئیس|دانشگاه صنعتی دامغان"}},
		{"no name after: both posts are the first name's", "خبر\n\nکامران نیک‌فر، نماینده مردم دامغان در مجلس شورای اسلامی و رئیس دانشگاه صنعتی دامغان، گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی", "کامران نیک‌فر|رئیس|دانشگاه صنعتی دامغان"}},
		{"the next name has a post of its own", "خبر\n\nدر این آیین کامران نیک‌فر، معاون وزیر نیرو و مدیرعامل شرکت آب منطقه‌ای سمنان، بهرام سلیمی‌پور، فرماندار دامغان، حضور داشتند.",
			[]string{"کامران نیک‌فر|معاون وزیر|وزارت نیرو", "کامران نیک‌فر|مدیرعامل|شرکت آب منطقه‌ای سمنان", "بهرام سلیمی‌پور|فرماندار|فرمانداری دامغان"}},
	})
}

// TestPluralMinorPostsOfAVote checks «الف و ب به عنوان منشی‌های شورای X
// انتخاب شدند»: one appointment each to the plural post.
func TestPluralMinorPostsOfAVote(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"secretaries", "در این جلسه کامران نیک‌فر به عنوان رئیس و مینا سلیمی‌پور و بهرام کاظمیان‌مهر به عنوان منشی‌های شورای اسلامی شهر دامغان انتخاب شدند.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر دامغان|", "مینا سلیمی‌پور|منشی|شورای اسلامی شهر دامغان|", "بهرام کاظمیان‌مهر|منشی|شورای اسلامی شهر دامغان|"}},
	})
}

// TestPluralLocalHeadsOfBarePlaces checks «الف و ب، فرمانداران X و Y»: the
// plural of a local head lists its offices' places bare, one each.
func TestPluralLocalHeadsOfBarePlaces(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"governors", "خبر\n\nدر این مراسم کامران نیک‌فر و بهرام سلیمی‌پور، فرمانداران دامغان و شاهرود حضور داشتند.",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری دامغان", "بهرام سلیمی‌پور|فرماندار|فرمانداری شاهرود"}},
		{"one place is no list", "خبر\n\nدر این مراسم کامران نیک‌فر و بهرام سلیمی‌پور، فرمانداران دامغان حضور داشتند.",
			nil},
	})
	checkAppointmentCases(t, []appointmentCase{
		{"appointed in order", "کامران نیک‌فر و بهرام سلیمی‌پور به ترتیب به عنوان فرمانداران دامغان و شاهرود منصوب شدند.",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری دامغان|", "بهرام سلیمی‌پور|فرماندار|فرمانداری شاهرود|"}},
	})
}

// TestChargeFromNowIsAnAppointment checks that a charge to be held from
// now on («... را بر عهده خواهد داشت») is an appointment, and one held now
// is not.
func TestChargeFromNowIsAnAppointment(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"from now on", "بهرام کاظمیان‌مهر نیز از این پس ریاست پژوهشکده آب دانشگاه دامغان را بر عهده خواهد داشت.",
			[]string{"بهرام کاظمیان‌مهر|رئیس|پژوهشکده آب دانشگاه دامغان|"}},
		{"kept on", "تا آن زمان بهرام کاظمیان‌مهر، معاون دانشگاه دامغان، همچنان سرپرستی پژوهشکده آب دانشگاه دامغان را بر عهده خواهد داشت.", nil},
		{"held now", "بهرام کاظمیان‌مهر ریاست پژوهشکده آب دانشگاه دامغان را بر عهده دارد.", nil},
	})
}

// TestPostThenNameAfterAnd checks a guest list of posts each followed by
// its holder, joined by «و»: «R1، X و R2، Y» gives R2 to Y.
func TestPostThenNameAfterAnd(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two guests", "خبر\n\nاین نشست با حضور معاون عمرانی استاندار سمنان، کامران نیک‌فر و مدیرکل بهزیستی استان سمنان، بهرام سلیمی‌پور برگزار شد.",
			[]string{"کامران نیک‌فر|معاون عمرانی استاندار|استانداری سمنان", "بهرام سلیمی‌پور|مدیرکل|اداره کل بهزیستی استان سمنان"}},
	})
}

// TestPostWordsJoinedByAnd checks «معاون سیاسی و امنیتی استاندار X»: the
// word after «و» is the post's own, not a surname before a post.
func TestPostWordsJoinedByAnd(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"name first", "خبر\n\nکامران نیک‌فر، معاون سیاسی و امنیتی استاندار سمنان گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|معاون سیاسی و امنیتی استاندار|استانداری سمنان"}},
		{"post first", "خبر\n\nمعاون فنی و عمرانی استاندار سمنان، کامران نیک‌فر گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|معاون فنی و عمرانی استاندار|استانداری سمنان"}},
	})
}

// TestChargeTakenInHand checks «X (سکان) ریاست BODY را به دست گرفت»: a
// post taken in hand is an appointment.
func TestChargeTakenInHand(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"in hand", "بهرام کاظمیان‌مهر ریاست پژوهشکده آب دانشگاه دامغان را به دست گرفت.",
			[]string{"بهرام کاظمیان‌مهر|رئیس|پژوهشکده آب دانشگاه دامغان|"}},
		{"the helm", "بهرام کاظمیان‌مهر سکان مدیریت شرکت آب منطقه‌ای سمنان را به دست گرفت.",
			[]string{"بهرام کاظمیان‌مهر|مدیر|شرکت آب منطقه‌ای سمنان|"}},
	})
}

// TestPostThenNameListWithSemicolons checks «R1، X؛ R2، Y و R3، Z»: each
// post goes to the name after it, not to the name before the «؛».
func TestPostThenNameListWithSemicolons(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"three guests", "خبر\n\nدر این جلسه معاون عمرانی استاندار سمنان، کامران نیک‌فر؛ فرماندار دامغان، بهرام سلیمی‌پور و شهردار دامغان، مینا کاظمی حضور داشتند.",
			[]string{"کامران نیک‌فر|معاون عمرانی استاندار|استانداری سمنان", "بهرام سلیمی‌پور|فرماندار|فرمانداری دامغان", "مینا کاظمی|شهردار|شهرداری دامغان"}},
		{"a name then its post after «؛»", "خبر\n\nکامران نیک‌فر؛ مدیرکل بهزیستی استان سمنان گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل بهزیستی استان سمنان"}},
	})
}

// TestListLinesWithAsTitle checks a list of appointments whose lines read
// «الف به عنوان R» after a plural verb: «به عنوان» is no verb ending the
// list.
func TestListLinesWithAsTitle(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"lines", "طی احکامی از سوی استاندار سمنان، افراد زیر منصوب شدند:\n- کامران نیک‌فر به عنوان فرماندار دامغان\n- بهرام سلیمی‌پور به عنوان فرماندار شاهرود",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری دامغان|", "بهرام سلیمی‌پور|فرماندار|فرمانداری شاهرود|"}},
	})
}

// TestBodyOfThisCounty checks «رئیس اداره X این شهرستان»: a body named
// without a place, then «این شهرستان», is the body of the county named
// before.
func TestBodyOfThisCounty(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this county", "خبر\n\nدر شهرستان دامغان نشستی برگزار شد. کامران نیک‌فر، رئیس اداره بهزیستی این شهرستان گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|اداره بهزیستی شهرستان دامغان"}},
	})
}
