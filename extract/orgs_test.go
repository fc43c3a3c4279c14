package extract

import (
	"reflect"
	"strings"
	"testing"
)

// orgNames returns the bodies of a made-up one-article file, each as its
// name followed by its aliases.
func orgNames(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range doc.Organizations {
		out = append(out, strings.Join(append([]string{o.Name}, o.Aliases...), "|"))
	}
	return out
}

// checkBodies checks the bodies, with their aliases, of each case's text.
func checkBodies(t *testing.T, tests []struct {
	text string
	want []string
}) {
	t.Helper()
	for _, tc := range tests {
		if got := orgNames(t, tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: bodies %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestProperHeadFromLexicon checks that a national body's short name used
// as a head is a short form of the fuller name it follows the head of, and
// that a news outlet's name is not.
func TestProperHeadFromLexicon(t *testing.T) {
	got := orgNames(t, "مدیرکل بهزیستی استان قم گفت: اداره کل بهزیستی استان قم آماده است.")
	if len(got) != 1 || got[0] != "اداره کل بهزیستی استان قم|بهزیستی استان قم" {
		t.Errorf("bodies %q, want one with the short form as alias", got)
	}
	got = orgNames(t, "به گزارش خبرگزاری صدا و سیما مرکز قم، مدیر صدا و سیما گفت: برنامه پخش شد.")
	if len(got) != 2 {
		t.Errorf("bodies %q, want the agency and the broadcaster apart", got)
	}
}

// TestPrepositionInName checks that a noun of action keeps its preposition
// inside a body's name, while elsewhere a preposition still ends it.
func TestPrepositionInName(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"رئیس دفتر ارتباط با صنعت دانشگاه سمنان گفت.", "دفتر ارتباط با صنعت دانشگاه سمنان"},
		{"ستاد مبارزه با مواد مخدر استان ایلام گزارش داد.", "ستاد مبارزه با مواد مخدر استان ایلام"},
		{"انجمن حمایت از بیماران کلیوی شهرستان بم تشکیل شد.", "انجمن حمایت از بیماران کلیوی شهرستان بم"},
		{"شرکت گاز استان ایلام با مردم همکاری کرد.", "شرکت گاز استان ایلام"},
	})
}

// TestNumberedAndMilitaryBodies checks numbered heads, a number glued to
// its head, and a territorial unit right after a head noun, which names
// no body of its own.
func TestNumberedAndMilitaryBodies(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"لشکر ۷۷ پیاده در رزمایش شرکت کرد.", "لشکر ۷۷ پیاده"},
		{"لشکر۵ زرهی در رزمایش شرکت کرد.", "لشکر ۵ زرهی"},
		{"کلانتری ۱۴ شهر ایلام اعلام کرد.", "کلانتری ۱۴ شهر ایلام"},
	})
	got := orgNames(t, "فرمانده سپاه ناحیه شهربابک گفت: کار ادامه دارد.")
	if len(got) != 1 || got[0] != "سپاه ناحیه شهربابک" {
		t.Errorf("bodies %q, want the one of the unit only", got)
	}
}

// TestCityThenProvince checks that a city's own province after it stays in
// the name, and another province does not.
func TestCityThenProvince(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"شرکت ذوب آهن مبارکه اصفهان اعلام کرد.", "شرکت ذوب آهن مبارکه اصفهان"},
		{"شرکت ذوب آهن مبارکه کرمان اعلام کرد.", "شرکت ذوب آهن مبارکه"},
		// «خلیج فارس» is the gulf, not the province.
		{"دانشگاه خلیج فارس بوشهر اعلام کرد.", "دانشگاه خلیج فارس بوشهر"},
	})
}

// TestPluralHeadDistributes checks that a plural head before a list of
// names is one body per name, with the place after the list, and that a
// plural of kinds or of a place is none.
func TestPluralHeadDistributes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"بانک‌های ملت و تجارت در این طرح شریک شدند.", []string{"بانک ملت", "بانک تجارت"}},
		{"بانکهای سپه، ملی و مسکن وام دادند.", []string{"بانک سپه", "بانک ملی", "بانک مسکن"}},
		{"شرکت های گاز و برق استان ایلام همکاری کردند.", []string{"شرکت گاز استان ایلام", "شرکت برق استان ایلام"}},
		{"شرکت‌های دولتی و خصوصی همکاری کردند.", nil},
		{"رؤسای بانک‌های استان حاضر بودند.", nil},
		{"بانک‌های ملت حاضر بودند.", nil},
	}
	checkBodies(t, tests)
}

// TestAdverbsAndParticiplesEndName checks that adverbs (with or without
// their tanwin), predicative participles, agent nouns and the noun of a
// compound verb with داشتن end a body's name.
func TestAdverbsAndParticiplesEndName(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"شرکت توزیع برق مجدداً هشدار داد.", "شرکت توزیع برق"},
		{"شرکت توزیع برق مجددا هشدار داد.", "شرکت توزیع برق"},
		{"سازمان جهاد کشاورزی به‌زودی بذر توزیع می‌کند.", "سازمان جهاد کشاورزی"},
		{"شرکت نفت مستقر در منطقه کار کرد.", "شرکت نفت"},
		{"شرکت گاز متعهد شد.", "شرکت گاز"},
		{"دانشگاه هنر برگزارکننده این همایش بود.", "دانشگاه هنر"},
		{"سازمان میراث فرهنگی قصد دارد موزه بسازد.", "سازمان میراث فرهنگی"},
		{"شرکت خودروسازی حدود ۲۰۰ خودرو تحویل داد.", "شرکت خودروسازی"},
	})
}

// TestDatelineOutlets checks outlets of the lexicon in a dateline, in
// forms only the lexicon tells: several words, or an agency after
// «خبرنگار» with the city after it.
func TestDatelineOutlets(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"به گزارش عصر ایران، جلسه شورای شهر برگزار شد.", "عصر ایران"},
		{"به گزارش خبرنگار شبستان از زنجان، جلسه برگزار شد.", "شبستان"},
		{"به گزارش دنیای اقتصاد، جلسه برگزار شد.", "دنیای اقتصاد"},
	})
}

// TestStaffOfCommand checks that «ستاد X» of a command is an alias of X,
// and that a headquarters named for a task is a body of its own.
func TestStaffOfCommand(t *testing.T) {
	got := orgNames(t, "جلسه در ستاد فرماندهی انتظامی شهرستان خاش برگزار شد. فرمانده فرماندهی انتظامی شهرستان خاش گفت: کار ادامه دارد.")
	if len(got) != 1 || got[0] != "فرماندهی انتظامی شهرستان خاش|ستاد فرماندهی انتظامی شهرستان خاش" {
		t.Errorf("bodies %q, want the command with its headquarters as alias", got)
	}
	got = orgNames(t, "ستاد تنظیم بازار استان ایلام تشکیل جلسه داد.")
	if len(got) != 1 || got[0] != "ستاد تنظیم بازار استان ایلام" {
		t.Errorf("bodies %q", got)
	}
}

// TestBoardIsPartOfBody checks that a company's or university's board is
// no body of its own, and that a city's council is not its county's.
func TestBoardIsPartOfBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"هیئت مدیره شرکت لبنیات دامون تشکیل جلسه داد.", []string{"شرکت لبنیات دامون"}},
		{"هیئت‌مدیره شرکت لبنیات دامون تشکیل جلسه داد.", []string{"شرکت لبنیات دامون"}},
		{"هیئت امنای دانشگاه هنر اراک تشکیل جلسه داد.", []string{"دانشگاه هنر اراک"}},
		{"شورای اداری شهرستان خاش تشکیل شد. شورای شهر خاش هم جلسه داشت.", []string{"شورای اداری شهرستان خاش", "شورای شهر خاش"}},
	})
}

// TestGenericHeadPhrases checks that a head noun with only a qualifier of
// kind, a common noun that starts with a head noun, or a company's
// assembly is no named body, while the same head with a name is one; and
// that a verbal noun before a passive verb ends a name.
func TestGenericHeadPhrases(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"کمیته فنی تشکیل جلسه داد.", ""},
		{"کارگروه تخصصی این موضوع را بررسی کرد.", ""},
		{"کارگروه تخصصی سلامت استان ایلام این موضوع را بررسی کرد.", "کارگروه تخصصی سلامت استان ایلام"},
		{"بانک اطلاعات بیماران کامل شد.", ""},
		{"مجمع عمومی شرکت برگزار شد.", ""},
		{"بانک مرکزی نرخ را اعلام کرد.", "بانک مرکزی"},
		{"شرکت پخش دارو تکمیل شد.", "شرکت پخش دارو"},
		{"بیمارستان حضرت رقیه افتتاح شد.", "بیمارستان حضرت رقیه"},
		{"سرپرست دانشگاه تبریز شد.", "دانشگاه تبریز"},
	})
}

// TestIranEndsName checks that «ایران» after a name's words ends it, and
// that right after the head it is the name's own word.
func TestIranEndsName(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"شرکت ملی پالایش ایران قرارداد امضا کرد.", "شرکت ملی پالایش ایران"},
		{"شرکت ایران ترانسفو قرارداد امضا کرد.", "شرکت ایران ترانسفو"},
	})
}

// TestBracketShortName checks that a listed short name in brackets after
// a body's name is a form of that body, and that an electoral assembly of
// a body is none.
func TestBracketShortName(t *testing.T) {
	got := orgNames(t, "به گزارش ایسنا، خبرگزاری دانشجویان ایران (ایسنا) برنامه تازه‌ای دارد.")
	if len(got) != 1 || got[0] != "خبرگزاری دانشجویان ایران|ایسنا" {
		t.Errorf("bodies %q, want one with the short name as alias", got)
	}
	got = orgNames(t, "مجمع انتخاباتی هیئت تکواندو استان ایلام برگزار شد.")
	if len(got) != 1 || got[0] != "هیئت تکواندو استان ایلام" {
		t.Errorf("bodies %q, want the board only", got)
	}
}

// TestHeadsOfCourtsAndUnits checks heads added to the lexicon: courts,
// border regiments, air bases and a national body named without a head.
func TestHeadsOfCourtsAndUnits(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"دادگاه انقلاب اسلامی شهرستان خاش رای صادر کرد.", "دادگاه انقلاب اسلامی شهرستان خاش"},
		{"هنگ مرزی میرجاوه اعلام کرد.", "هنگ مرزی میرجاوه"},
		{"در آستان قدس رضوی برگزار شد.", "آستان قدس رضوی"},
		{"در دادگاه حاضر شد.", ""},
	})
}

// TestAcronymAfterHead checks that an acronym after the head word its long
// form starts with joins the long form's body.
func TestAcronymAfterHead(t *testing.T) {
	got := orgNames(t, "رئیس سازمان صنعت، معدن و تجارت استان ایلام گفت: سازمان صمت استان ایلام آماده است.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "سازمان صنعت، معدن و تجارت استان ایلام|") || !strings.Contains(got[0], "سازمان صمت استان ایلام") {
		t.Errorf("bodies %q, want the acronym's form as an alias of the long one", got)
	}
}

// TestCommaListOfCommonNouns checks that common nouns listed with commas
// stay in a name that runs on to its place, and end it otherwise.
func TestCommaListOfCommonNouns(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"اداره کل تعاون، کار و رفاه اجتماعی استان خراسان جنوبی اعلام کرد.", "اداره کل تعاون، کار و رفاه اجتماعی استان خراسان جنوبی"},
		{"اداره کل نوسازی، توسعه و تجهیز مدارس استان یزد اعلام کرد.", "اداره کل نوسازی، توسعه و تجهیز مدارس استان یزد"},
		{"اعضای شورای تامین، مسئولان و کارشناسان حضور داشتند.", "شورای تامین"},
	})
}

// TestQuotedNameAfterHead checks a body's name in quotes after its head,
// and a quoted name that starts with a head, which is whole.
func TestQuotedNameAfterHead(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"شرکت «فولاد سبز البرز» قرارداد امضا کرد.", "شرکت «فولاد سبز البرز»"},
		{"شرکت «» قرارداد امضا کرد.", ""},
		{"«مرکز رشد فناوری و دانشگاه» فراخوان جذب طرح‌ها را منتشر کرد.", "مرکز رشد فناوری و دانشگاه"},
	})
}

// TestEzafeBeforePlace checks a national body's name with the ezafe «ی»
// glued on before a place or a province's centre, and that the same «ی»
// before another word (the indefinite one) makes no body.
func TestEzafeBeforePlace(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"مدیرکل صدا و سیمای مرکز یزد گفت.", "صدا و سیمای مرکز یزد"},
		{"صداوسیمای مرکز یزد برنامه پخش کرد.", "صداوسیمای مرکز یزد"},
		{"آموزش و پرورشی قوی لازم است.", ""},
	})
}

// TestNewsSiteInDateline checks that a news site named after «به گزارش»
// keeps its whole name, whatever its words, and that a body's own website
// is that body.
func TestNewsSiteInDateline(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"به گزارش پایگاه خبری آوای کویر امروز، جلسه برگزار شد.", "پایگاه خبری آوای کویر امروز"},
		{"به گزارش پایگاه خبری صبح ساحل از بوشهر، جلسه برگزار شد.", "پایگاه خبری صبح ساحل"},
		{"به گزارش پایگاه اطلاع‌رسانی وزارت نیرو، جلسه برگزار شد.", "وزارت نیرو"},
	})
}

// TestShortFormEndsGenericHeadedName checks that a short form joins the
// one body under a generic head whose name ends with it.
func TestShortFormEndsGenericHeadedName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرعامل شرکت صنایع پتروشیمی کاوه سبز گفت: پتروشیمی کاوه سبز فعال است.",
			[]string{"شرکت صنایع پتروشیمی کاوه سبز|پتروشیمی کاوه سبز"}},
	})
}

// TestShortFormOfHomeProvince checks that a short form with no place joins,
// of two bodies it may stand for, the one of the report's own province.
func TestShortFormOfHomeProvince(t *testing.T) {
	got := orgNames(t, "رئیس دانشگاه علوم پزشکی یزد گفت: با دانشگاه علوم پزشکی کرمان همکاری داریم و دانشگاه علوم پزشکی در استان یزد فعال است. استاندار یزد هم گفت.")
	for _, g := range got {
		if g == "دانشگاه علوم پزشکی" {
			t.Fatalf("bodies %q: the short form stays apart", got)
		}
	}
	if !has(got, "دانشگاه علوم پزشکی یزد|دانشگاه علوم پزشکی") {
		t.Errorf("bodies %q, want the short form under the report's province", got)
	}
}
