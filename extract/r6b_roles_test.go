package extract

import (
	"slices"
	"testing"
)

// TestSpeakerPostHeldUnderAnotherForm checks that «R BODY گفت: ...» whose
// post was given to a named holder under a form of the body's name
// without «استان» is not handed to the next person named.
func TestSpeakerPostHeldUnderAnotherForm(t *testing.T) {
	text := "با حکم کامیار رزمجوپور، مدیرکل ورزش و جوانان استان زنجان، نوید شاکری‌فرد به عنوان سرپرست اداره ورزش و جوانان شهرستان ابهر منصوب شد.\n" +
		"مدیرکل ورزش و جوانان زنجان در این آیین گفت: کار ادامه دارد.\n" +
		"وی افزود: سالن تازه ساخته می‌شود.\n" +
		"شاکری‌فرد که پیش از این رئیس اداره ورزش شهرستان خدابنده بود، گفت: برنامه‌ها آماده است."
	for _, af := range affiliationsOf(text) {
		if af == "شاکری‌فرد|مدیرکل|اداره کل ورزش و جوانان زنجان" {
			t.Errorf("the director general's words given to the appointee: %q", affiliationsOf(text))
		}
	}
}

// TestSpeakerAppointedElsewhere checks that an unnamed speaker's post is
// not given to the next named speaker when the report appoints that one
// to another post.
func TestSpeakerAppointedElsewhere(t *testing.T) {
	text := "در این جلسه بردیا نوروزی‌فر به عنوان رئیس انجمن صنفی کارفرمایان ساختمان قزوین انتخاب شد.\n" +
		"مدیرکل راه و شهرسازی استان قزوین نیز گفت: طرح‌ها پیش می‌رود.\n" +
		"نوروزی‌فر در ادامه گفت: همکاری ادامه دارد."
	for _, af := range affiliationsOf(text) {
		if af == "نوروزی‌فر|مدیرکل|اداره کل راه و شهرسازی استان قزوین" {
			t.Errorf("the appointee took the unnamed speaker's post: %q", affiliationsOf(text))
		}
	}
}

// TestFormerHoldersOfSeveralPosts checks a decree list thanking two former
// holders: each is the predecessor of the post he held, a deputy of a body
// also of the acting head of that body's deputyship.
func TestFormerHoldersOfSeveralPosts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two thanked, two posts",
			"با حکم رئیس دانشگاه گیلان، دکتر پرهام کوشکی‌نیا به عنوان رئیس دانشکده کشاورزی و دکتر ژاله فرخی‌راد به عنوان سرپرست معاونت آموزشی دانشگاه منصوب شدند. در این احکام از دکتر بیژن آذرمی‌پور، رئیس پیشین دانشکده کشاورزی و دکتر کاوه صدری‌نسب، معاون پیشین آموزشی دانشگاه قدردانی شد.",
			[]string{"پرهام کوشکی‌نیا|رئیس|دانشکده کشاورزی|بیژن آذرمی‌پور", "ژاله فرخی‌راد|سرپرست|معاونت آموزشی دانشگاه|کاوه صدری‌نسب"}},
	})
}

// TestGivenNameThatIsACity checks a given name that is also a city's
// before a surname of two words joined by a non-joiner, and a month's name
// as a given name after a rank with an ordinal («سرهنگ دوم»).
func TestGivenNameThatIsACity(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"city as given name", "خبر\n\nدر این آیین دماوند حیدری‌کلارستاقی، فرماندار شهرستان نور گفت: کار آغاز شد.",
			[]string{"دماوند حیدری‌کلارستاقی"}},
		{"month as given name after a rank", "خبر\n\nدر این جلسه سرهنگ دوم بهمن قلی‌زاده‌نمین، فرمانده انتظامی شهرستان نمین حضور داشت.",
			[]string{"بهمن قلی‌زاده‌نمین"}},
	})
	a := analyze("این طرح در روز دوم بهمن افتتاح شد.")
	if len(a.persons) != 0 {
		t.Errorf("a date read as a person: %v", a.persons[0].name)
	}
}

// TestOfficerOfBodyNamedByShortHead checks «به ترتیب به عنوان R1 و R2 اتاق
// انتخاب شدند»: «اتاق» alone, before the verb, is the body of the long
// head the article named, the one of its place before a national one.
func TestOfficerOfBodyNamedByShortHead(t *testing.T) {
	text := "یزد- خبرگزاری- جلسه هیئت نمایندگان اتاق بازرگانی، صنایع، معادن و کشاورزی یزد با حضور عضو هیئت رئیسه اتاق بازرگانی، صنایع، معادن و کشاورزی ایران برگزار شد.\n" +
		"در این جلسه سیما توکلی‌فرد و بهرام شفیعی‌نسب به ترتیب به عنوان نایب‌رئیس دوم و خزانه‌دار اتاق انتخاب شدند."
	got := appointmentsOf(text)
	for _, want := range []string{"سیما توکلی‌فرد|نایب‌رئیس دوم|اتاق بازرگانی، صنایع، معادن و کشاورزی یزد|", "بهرام شفیعی‌نسب|خزانه‌دار|اتاق بازرگانی، صنایع، معادن و کشاورزی یزد|"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

// TestReportLeadNamesTheOpeningSpeaker checks «R BODY ... گفت: ...» then
// «به گزارش X از Y، Z ...»: the lead names the post's holder even when its
// sentence is no speech; a lead naming one with a post of his own does not.
func TestReportLeadNamesTheOpeningSpeaker(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"lead names the holder", "خبر\n\nاستاندار گلستان در بازدید از بندر ترکمن گفت: اسکله تازه تا بهار آماده می‌شود.\nبه گزارش خبرنگار ما از گرگان، بهنام کوهساری‌فر دیروز از طرح‌های عمرانی بندر بازدید کرد.",
			[]string{"بهنام کوهساری‌فر|استاندار|استانداری گلستان"}},
		{"lead names another with a post", "خبر\n\nاستاندار گلستان در بازدید از بندر ترکمن گفت: اسکله تازه تا بهار آماده می‌شود.\nبه گزارش خبرنگار ما از گرگان، بهنام کوهساری‌فر، مدیرکل بنادر و دریانوردی استان گلستان دیروز از طرح‌ها گزارش داد.",
			[]string{"بهنام کوهساری‌فر|مدیرکل|اداره کل بنادر و دریانوردی استان گلستان"}},
	})
}

// TestPostBeforeItsHolderEndsACoordination checks «X، R1 و R2 BODY و R3
// دانشگاه دکتر Y»: the last post, told right before a name with no mark
// between, is Y's, its bare head «دانشگاه» the university named before.
func TestPostBeforeItsHolderEndsACoordination(t *testing.T) {
	text := "خبر\n\nتفاهم‌نامه همکاری دانشگاه سمنان و شرکت فولاد البرز امضا شد.\nدر این مراسم شیدا کلانتری‌پور، عضو هیئت‌مدیره و معاون مالی شرکت فولاد البرز و معاون آموزشی دانشگاه دکتر رامین سرخه‌ای‌نیا حضور داشتند."
	got := affiliationsOf(text)
	for _, want := range []string{
		"شیدا کلانتری‌پور|عضو هیئت‌مدیره|شرکت فولاد البرز",
		"شیدا کلانتری‌پور|معاون مالی|شرکت فولاد البرز",
		"رامین سرخه‌ای‌نیا|معاون آموزشی|دانشگاه سمنان",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	if slices.Contains(got, "شیدا کلانتری‌پور|معاون آموزشی|دانشگاه سمنان") {
		t.Errorf("the last post given to the first name: %q", got)
	}
}

// TestThankedFormerHeadPrecedesTheActingHead checks a board's acting head
// appointed by decree and a secretary introduced beside him: the thanked
// former head («رئیس پیشین هیئت X استان») precedes the acting head of that
// board named with its province, not the secretary named without it.
func TestThankedFormerHeadPrecedesTheActingHead(t *testing.T) {
	text := "با حکم مدیرکل ورزش و جوانان استان گیلان، آرمان لنگرودی‌پور به عنوان سرپرست هیئت شنای استان گیلان منصوب شد.\n" +
		"در این مراسم از زحمات فرهاد آستانه‌ای‌فر، رئیس پیشین هیئت شنای استان تقدیر شد و سحر رودباری‌نیا نیز به عنوان دبیر هیئت شنای استان معرفی شد."
	got := appointmentsOf(text)
	for _, want := range []string{
		"آرمان لنگرودی‌پور|سرپرست|هیئت شنای استان گیلان|فرهاد آستانه‌ای‌فر",
		"سحر رودباری‌نیا|دبیر|هیئت شنای استان|",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

// TestCountyManagerHeadsTheOffice checks «مدیر X شهرستان Y» for a field
// whose county office is an «اداره»: the post heads «اداره X شهرستان Y»;
// a utility's «امور X» is no «اداره» (its county unit, r23b).
func TestCountyManagerHeadsTheOffice(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"heritage", "خبر\n\nنیما زرندی‌پور، مدیر میراث فرهنگی، گردشگری و صنایع‌دستی شهرستان ساوه گفت: کار آغاز شد.",
			[]string{"نیما زرندی‌پور|مدیر|اداره میراث فرهنگی، گردشگری و صنایع‌دستی شهرستان ساوه"}},
		{"this county", "خبر\n\nدر شهرستان ساوه نیما زرندی‌پور، مدیر ورزش و جوانان این شهرستان گفت: کار آغاز شد.",
			[]string{"نیما زرندی‌پور|مدیر|اداره ورزش و جوانان شهرستان ساوه"}},
		{"water affairs", "خبر\n\nنیما زرندی‌پور، مدیر امور آب شهرستان ساوه گفت: کار آغاز شد.",
			[]string{"نیما زرندی‌پور|مدیر|امور آب شهرستان ساوه"}}, // r23b: the utility's county unit, as the gold's «امور منابع آب/برق شهرستان X»
	})
}

// TestHeadOfANumberedCourtBranch checks «رئیس شعبه N دادگاه X»: the post
// heads the numbered branch of the court, a body of its own.
func TestHeadOfANumberedCourtBranch(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"court branch", "خبر\n\nشاهین رودسری‌نیا با حکمی جداگانه به عنوان رئیس شعبه ۷ دادگاه تجدیدنظر استان گیلان منصوب شده است.",
			[]string{"شاهین رودسری‌نیا|رئیس|شعبه ۷ دادگاه تجدیدنظر استان گیلان|"}},
	})
}

// TestNeighbourhoodCouncilIsABody checks «رئیس شورایاری محله X»: the
// neighbourhood council is a body with its own head noun.
func TestNeighbourhoodCouncilIsABody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"council of a neighbourhood", "خبر\n\nدر این بازدید سیاوش کن‌آبادی‌فر، رئیس شورایاری محله یاخچی‌آباد گفت: کار آغاز شد.",
			[]string{"سیاوش کن‌آبادی‌فر|رئیس|شورایاری محله یاخچی‌آباد"}},
	})
}

// TestPostAfterABodilessPostAndItsPlace checks «X، امام جمعه Y و مدیرکل
// Z»: the Friday imam's post has no body, and the post joined after its
// place is X's too; «X، امام جمعه Y و W، R» still gives W his own post.
func TestPostAfterABodilessPostAndItsPlace(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two posts", "خبر\n\nدر این نشست حجت‌الاسلام رسول طبسی‌نیا، امام جمعه فردوس و مدیرکل تبلیغات اسلامی استان خراسان جنوبی سخنرانی کرد.",
			[]string{"رسول طبسی‌نیا|مدیرکل|اداره کل تبلیغات اسلامی استان خراسان جنوبی"}},
		{"two names", "خبر\n\nدر این نشست حجت‌الاسلام رسول طبسی‌نیا، امام جمعه فردوس و نادر قاینی‌پور، فرماندار شهرستان فردوس حضور داشتند.",
			[]string{"نادر قاینی‌پور|فرماندار|فرمانداری شهرستان فردوس"}},
	})
}

// TestReportLeadListingGuests checks that a lead listing names («به گزارش
// X، Y و Z ... حضور داشتند») gives none of them the opening speaker's post.
func TestReportLeadListingGuests(t *testing.T) {
	text := "خبر\n\nاستاندار گلستان در بازدید از بندر ترکمن گفت: اسکله تازه تا بهار آماده می‌شود.\nبه گزارش خبرنگار ما از گرگان، بهنام کوهساری‌فر و نسیم گنبدی‌پور نیز در این بازدید حضور داشتند."
	if got := affiliationsOf(text); len(got) != 0 {
		t.Errorf("got %q, want none", got)
	}
}
