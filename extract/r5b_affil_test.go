package extract

import "testing"

// TestCityNisbaWithSurnameEnding checks that a surname made of a city's
// nisba and a glued ending (a town that starts like a verb: «می…») is a
// surname, not a verb.
func TestCityNisbaWithSurnameEnding(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"nisba and پور", "یزد- ایرنا- در این نشست بیژن میبدی‌پور، رئیس اداره صمت اردکان گفت: کار آغاز شد.",
			[]string{"بیژن میبدی‌پور"}},
		{"nisba and نژاد", "ارومیه- ایرنا- در این نشست سارا میاندوآبی‌نژاد، رئیس اداره ثبت اسناد گفت: کار آغاز شد.",
			[]string{"سارا میاندوآبی‌نژاد"}},
	})
}

// TestConstituencyWithCommonWordTown checks a people's representative whose
// constituency lists a town whose name is also a common word: the list is
// read on to «در مجلس», and without «در» and a body such a word is no place.
func TestConstituencyWithCommonWordTown(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"role first, towns listed", "خبر\n\nدر این جلسه نماینده مردم کنگان، دیر و جم در مجلس شورای اسلامی، کیومرث سالاری‌فرد، گفت: برق روستاها پایدار نیست.",
			[]string{"کیومرث سالاری‌فرد|نماینده مردم|مجلس شورای اسلامی"}},
		{"name first", "خبر\n\nکیومرث سالاری‌فرد، نماینده مردم کنگان و دیر در مجلس شورای اسلامی گفت: برق روستاها پایدار نیست.",
			[]string{"کیومرث سالاری‌فرد|نماینده مردم|مجلس شورای اسلامی"}},
	})
}

// TestChairNamedByPost checks «به ریاست R، X»: the chair's post is R, not
// «ریاست R».
func TestChairNamedByPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"deputy governor chairs", "خبر\n\nنشست کارگروه آب استان به ریاست معاون عمرانی استاندار کردستان، هوشنگ ویسی‌مهر، در استانداری برگزار شد.",
			[]string{"هوشنگ ویسی‌مهر|معاون عمرانی استاندار|استانداری کردستان"}},
	})
}

// TestBareCouncilAfterItsName checks «X، نایب‌رئیس شورا،» after the council
// was named in full: «شورا» stands for that «شورای ...».
func TestBareCouncilAfterItsName(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"one post", "خبر\n\nدر جلسه شورای اسلامی شهر سنندج، نگین مرادی‌پویا، نایب‌رئیس شورا، گزارش کمیسیون را خواند.",
			[]string{"نگین مرادی‌پویا|نایب‌رئیس|شورای اسلامی شهر سنندج"}},
		{"two posts", "خبر\n\nدر جلسه شورای اسلامی شهر سنندج، نگین مرادی‌پویا، نایب‌رئیس و سخنگوی شورا، گزارش کمیسیون را خواند.",
			[]string{"نگین مرادی‌پویا|نایب‌رئیس|شورای اسلامی شهر سنندج", "نگین مرادی‌پویا|سخنگوی|شورای اسلامی شهر سنندج"}},
	})
}

// TestFacilityManagerHeadsFacility checks «مدیر نیروگاه X»: the manager of
// a facility heads the facility, not a «مدیریت نیروگاه X».
func TestFacilityManagerHeadsFacility(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"power plant", "خبر\n\nدر این بازدید مهندس یاسر کاووسی‌راد، مدیر نیروگاه گازی شهید منتظری گفت: تعمیرات آغاز شد.",
			[]string{"یاسر کاووسی‌راد|مدیر|نیروگاه گازی شهید منتظری"}},
		{"terminal", "خبر\n\nیاسر کاووسی‌راد، مدیر پایانه مرزی باشماق گفت: تردد کامیون‌ها بیشتر شد.",
			[]string{"یاسر کاووسی‌راد|مدیر|پایانه مرزی باشماق"}},
	})
}

// TestDirectorGeneralOfNamedDirectorate checks «مدیرکل F استانداری» after
// «اداره کل F استانداری X» was named: the post is in the directorate.
func TestDirectorGeneralOfNamedDirectorate(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"named before", "خبر\n\nاین کارگاه با همکاری اداره کل مدیریت بحران استانداری کردستان برپا شد و سرهنگ ناصر ویسی‌فر، مدیرکل مدیریت بحران استانداری، سخنرانی کرد.",
			[]string{"ناصر ویسی‌فر|مدیرکل|اداره کل مدیریت بحران استانداری کردستان"}},
	})
}

// TestEzafeYaDroppedFromPost checks that «سخنگوی شورا» gives the post
// «سخنگو».
func TestEzafeYaDroppedFromPost(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"سخنگوی", "سخنگو"}, {"سخنگوی دولت", "سخنگو دولت"}, {"رئیس", "رئیس"}, {"معاون اجرایی", "معاون اجرایی"},
	} {
		if got := dropEzafeYa(tc.in); got != tc.want {
			t.Errorf("dropEzafeYa(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPluralPostFieldsOfOneBody checks «معاونان F1 و F2 دانشگاه X، A و B»:
// one post of its field each, in order, in the body they share.
func TestPluralPostFieldsOfOneBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"names after", "خبر\n\nمعاونان آموزشی و پژوهشی دانشگاه صنعتی اراک، دکتر مهسا توکلی‌نژاد و دکتر بردیا صفایی‌راد، نیز سخن گفتند.",
			[]string{"مهسا توکلی‌نژاد|معاون آموزشی|دانشگاه صنعتی اراک", "بردیا صفایی‌راد|معاون پژوهشی|دانشگاه صنعتی اراک"}},
		{"names before", "خبر\n\nدر این نشست مهسا توکلی‌نژاد و بردیا صفایی‌راد، معاونان آموزشی و پژوهشی دانشگاه صنعتی اراک سخن گفتند.",
			[]string{"مهسا توکلی‌نژاد|معاون آموزشی|دانشگاه صنعتی اراک", "بردیا صفایی‌راد|معاون پژوهشی|دانشگاه صنعتی اراک"}},
		{"one name for two fields", "خبر\n\nمعاونان آموزشی و پژوهشی دانشگاه صنعتی اراک، دکتر مهسا توکلی‌نژاد، نیز سخن گفتند.",
			nil},
	})
}

// TestPostsOnBothSidesOfName checks «R1، X، R2»: a post before the name and
// one after are both X's, while in «R1، X، R2، Y» the second post is Y's.
func TestPostsOnBothSidesOfName(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"both sides", "خبر\n\nجلسه کمیته اشتغال شهرستان بافق با حضور دبیر کمیته، ترانه شجاعی‌پور، معاون اقتصادی فرمانداری بافق، تشکیل شد.",
			[]string{"ترانه شجاعی‌پور|معاون اقتصادی|فرمانداری بافق", "ترانه شجاعی‌پور|دبیر|کمیته اشتغال شهرستان بافق"}},
		{"a list of posts and holders", "خبر\n\nاین نشست با حضور رئیس دانشگاه یزد، ترانه شجاعی‌پور، مدیرکل بهزیستی استان یزد، فرشید نوبهارزاده برگزار شد.",
			[]string{"ترانه شجاعی‌پور|رئیس|دانشگاه یزد", "فرشید نوبهارزاده|مدیرکل|اداره کل بهزیستی استان یزد"}},
	})
}

// TestHealthInsurerNeedsPlace checks that «بیمه سلامت استان X» is a body
// (its director general's «اداره کل»), and the insurance itself is not.
func TestHealthInsurerNeedsPlace(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"chief executive", "خبر\n\nدرمانگاه با حضور مدیرعامل بیمه سلامت استان ایلام، مهندس آرمین صیدی‌پور، افتتاح شد.",
			[]string{"آرمین صیدی‌پور|مدیرعامل|بیمه سلامت استان ایلام"}},
		{"director general", "خبر\n\nمدیرکل بیمه سلامت استان ایلام، آرمین صیدی‌پور، گفت: کار آغاز شد.",
			[]string{"آرمین صیدی‌پور|مدیرکل|اداره کل بیمه سلامت استان ایلام"}},
	})
	if got := orgNames(t, "خبر\n\nآرمین صیدی‌پور گفت: پوشش بیمه سلامت روستاییان کامل شد."); len(got) != 0 {
		t.Errorf("the insurance: bodies %q, want none", got)
	}
}

// TestListOfGuestPostsBeforeName checks «R1، R2 و R3، X»: in a list of
// guests' posts only the last is X's.
func TestListOfGuestPostsBeforeName(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"guest list", "خبر\n\nدرمانگاه با حضور رئیس دانشگاه علوم پزشکی ایلام، معاون درمان و مدیرعامل شرکت داروپخش ایلام، آرمین صیدی‌پور، افتتاح شد.",
			[]string{"آرمین صیدی‌پور|مدیرعامل|شرکت داروپخش ایلام"}},
		{"two posts of one person", "خبر\n\nدرمانگاه با حضور معاون وزیر بهداشت و رئیس سازمان غذا و دارو، آرمین صیدی‌پور، افتتاح شد.",
			[]string{"آرمین صیدی‌پور|رئیس|سازمان غذا و دارو", "آرمین صیدی‌پور|معاون وزیر|وزارت بهداشت"}},
	})
}
