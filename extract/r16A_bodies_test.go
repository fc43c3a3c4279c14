package extract

import (
	"strings"
	"testing"
)

// A listed town whose name starts as a continuous verb does (می…) closes
// a body's name as any town does; a verb so shaped still ends it.
func TestR16ATownShapedAsVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"نماینده مجلس از انبار شرکت تعاونی سپیدار میاندوآب دیدن کرد.", "شرکت تعاونی سپیدار میاندوآب"},
		{"مدیرعامل شرکت تعاونی روستایی البرز میانه گفت: وام پرداخت شد.", "شرکت تعاونی روستایی البرز میانه"},
		{"اداره آموزش و پرورش شهرستان مینودشت امروز مدرسه را تحویل گرفت.", "اداره آموزش و پرورش شهرستان مینودشت"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	got := orgNames(t, "شرکت تعاونی سپیدار میخواهد وام بگیرد.")
	if !r14aHas(got, "شرکت تعاونی سپیدار") {
		t.Errorf("a verb after the name: got %q", got)
	}
}

// The noun of making up for a shortage before a passive (جبران می‌شود،
// برطرف شد) is the verb's, no word of the body's name before it.
func TestR16AShortageMadeUp(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"به گفته مدیرکل، نیاز مدارس روستایی امسال با فارغ‌التحصیلان دانشگاه فرهنگیان جبران می‌شود.", "دانشگاه فرهنگیان"},
		{"مشکل آب روستا با کمک شرکت آب منطقه‌ای برطرف شد.", "شرکت آب منطقه‌ای"},
		{"کمبود دارو با همکاری سازمان غذا و دارو جبران خواهد شد.", "سازمان غذا و دارو"},
	} {
		got := orgNames(t, c.text)
		if !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
		for _, g := range got {
			if strings.Contains(g, "جبران") || strings.Contains(g, "برطرف") {
				t.Errorf("%s: the verb's noun in %q", c.text, g)
			}
		}
	}
}

// A place's own office (استانداری، شهرداری) followed by a verbal noun is
// the office alone, the subject of the clause that noun starts.
func TestR16ALocalOfficeThenVerbalNoun(t *testing.T) {
	for _, text := range []string{
		"معاون عمرانی گفت: استانداری پیگیری ساخت این جاده را تا پایان سال بر عهده دارد.",
		"شهردار گفت: شهرداری تکمیل این پروژه را تا پایان سال تضمین می‌کند.",
		"فرماندار گفت: فرمانداری بررسی این پرونده را در دستور کار دارد.",
	} {
		for _, g := range orgNames(t, text) {
			if strings.Contains(g, "پیگیری") || strings.Contains(g, "تکمیل") || strings.Contains(g, "بررسی") {
				t.Errorf("%s: the verbal noun in %q", text, g)
			}
		}
	}
	if got := orgNames(t, "شهرداری تبریز پیگیری این طرح را بر عهده دارد."); !r14aHas(got, "شهرداری تبریز") {
		t.Errorf("the office's place: got %q", got)
	}
}

// After a counted or referring head («۱۷ شرکت»، «این شرکت») the kind
// word that follows (تعاونی) starts no body of its own.
func TestR16ACountedCooperatives(t *testing.T) {
	for _, text := range []string{
		"مدیر کل گفت: ۱۷ شرکت تعاونی دامداران استان در نمایشگاه غرفه دارند.",
		"مدیر کل گفت: این شرکت تعاونی دامداران استان وام گرفت.",
		"مدیر کل گفت: سه شرکت تعاونی مرزنشینان شهرستان وام گرفتند.",
	} {
		for _, g := range orgNames(t, text) {
			if strings.HasPrefix(g, "تعاونی") {
				t.Errorf("%s: the counted kind as a body: %q", text, g)
			}
		}
	}
	if got := orgNames(t, "شرکت تعاونی دامداران سپیدار وام گرفت."); !r14aHas(got, "شرکت تعاونی دامداران سپیدار") {
		t.Errorf("a named cooperative: got %q", got)
	}
}

// A month's name that is a given name too (آذر، بهمن) ends a company's
// brand; with a date's word after it, it tells the date.
func TestR16ABrandMonth(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"مدیرعامل شرکت لبنیات کوهسار آذر گفت: شیر بیشتری می‌خریم.", "شرکت لبنیات کوهسار آذر"},
		{"نمایندگان شرکت لبنیات کوهسار آذر برنده جایزه کیفیت شدند.", "شرکت لبنیات کوهسار آذر"},
		{"هیئت از کارخانه شرکت صنایع چوب نارون بهمن دیدن کرد.", "شرکت صنایع چوب نارون بهمن"},
		{"شرکت کشت و صنعت دشت‌آرا آذر برای ۴۰ جوان روستایی شغل ایجاد کرد.", "شرکت کشت و صنعت دشت‌آرا آذر"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, text := range []string{
		"شرکت صنایع چوب البرز آذر امسال تعطیل شد.",
		"شرکت صنایع چوب البرز آذر ماه تعطیل شد.",
		"شرکت صنایع چوب البرز ۱۵ آذر تعطیل شد.",
	} {
		for _, g := range orgNames(t, text) {
			if strings.Contains(g, "آذر") {
				t.Errorf("%s: a date in the name %q", text, g)
			}
		}
	}
}

// A sugar or cement factory named by its town is a body; a bare factory
// (کارخانه بسته‌بندی) is none.
func TestR16AStapleFactories(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"قرارداد خرید محصول با کارخانه قند مرند بسته شد.", "کارخانه قند مرند"},
		{"مدیرعامل کارخانه سیمان خاش گفت: تولید بیشتر شد.", "کارخانه سیمان خاش"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, g := range orgNames(t, "هیئت از کارخانه بسته‌بندی شرکت لبنیات کوهسار دیدن کرد.") {
		if strings.HasPrefix(g, "کارخانه") {
			t.Errorf("a bare factory as a body: %q", g)
		}
	}
}

// A verbal noun that starts the clause's object («تعمیر اساسی این هنرستان
// را») ends the body's name before it; «این استان» after a name is the
// body's place, and the head's first name word stays.
func TestR16AObjectBeforeDeterminer(t *testing.T) {
	for _, c := range []struct{ text, want, bad string }{
		{"به گفته وی اداره کل نوسازی مدارس تعمیر اساسی این هنرستان را پذیرفت.", "اداره کل نوسازی مدارس", "تعمیر"},
		{"وی گفت: سازمان نظام مهندسی ساختمان بررسی این پرونده را آغاز کرده است.", "سازمان نظام مهندسی ساختمان", "بررسی"},
		{"وی گفت: شرکت پخش فرآورده‌های نفتی تأمین سوخت این روستاها را تضمین کرد.", "شرکت پخش فرآورده‌های نفتی", "تأمین"},
	} {
		got := orgNames(t, c.text)
		if !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
		for _, g := range got {
			if strings.Contains(g, c.bad) {
				t.Errorf("%s: the object in %q", c.text, g)
			}
		}
	}
	if got := orgNames(t, "وی گفت: اداره کل نوسازی مدارس این استان تعمیر کلاس‌ها را پذیرفت."); !r14aHas(got, "اداره کل نوسازی مدارس این استان") && !r14aHas(got, "اداره کل نوسازی مدارس") {
		t.Errorf("the body of this province: got %q", got)
	}
	for _, g := range orgNames(t, "وی گفت: سازمان تدارکات این کالاها را خرید.") {
		if g == "سازمان" {
			t.Errorf("the head's first name word cut: %q", g)
		}
	}
}

// A popular body («ستاد مردمی ...») is not the state's body of the same
// field that its name holds the words of.
func TestR16APopularBody(t *testing.T) {
	got := orgNames(t, "دبیر ستاد رسیدگی به امور زندانیان استان گیلان از بند نسوان بازدید کرد. به گفته وی، ستاد مردمی رسیدگی به امور دیه و کمک به زندانیان نیازمند استان گیلان وام بلاعوض داد. ستاد دیه استان با خیران جلسه داشت.")
	if !r14aHas(got, "ستاد رسیدگی به امور زندانیان استان گیلان") || !r14aHas(got, "ستاد مردمی رسیدگی به امور دیه و کمک به زندانیان نیازمند استان گیلان") {
		t.Errorf("got %q", got)
	}
	if r14aHas(got, "ستاد دیه استان") || r14aHas(got, "ستاد دیه استان گیلان") {
		t.Errorf("the popular body's one-word short form apart: got %q", got)
	}
}

// «محلات» is the plural of «محله» as well as a county: only after «شهر»
// or «شهرستان» does it place a body.
func TestR16AMahallatMarked(t *testing.T) {
	for _, text := range []string{
		"فرمانده گفت: گشت‌های شبانه پلیس در محلات قدیمی بیشتر شد.",
		"شهردار گفت: شورایاری‌ها در اداره محلات به شهرداری کمک می‌کنند.",
	} {
		for _, g := range orgNames(t, text) {
			if strings.Contains(g, "محلات") {
				t.Errorf("%s: the quarters as a town in %q", text, g)
			}
		}
	}
	if got := orgNames(t, "فرماندار شهرستان گفت: اداره آموزش و پرورش شهرستان محلات مدرسه را تحویل گرفت."); !r14aHas(got, "اداره آموزش و پرورش شهرستان محلات") {
		t.Errorf("the county after «شهرستان»: got %q", got)
	}
}

// «X شهرستان» with no county after it, in a report that names the body
// of another county in full, is the body of the county named just before.
func TestR16ANearCountyOfGenericBody(t *testing.T) {
	text := "شیراز- سرهنگ علی کاوه‌نیا فرمانده انتظامی شهرستان داراب شد.\n\nبه گزارش خبرنگار ما از شیراز، آیین معارفه فرمانده انتظامی شهرستان داراب برگزار شد و فرمانده پیشین که اکنون در فرماندهی انتظامی شهرستان لامرد است، تقدیر شد. فرمانده جدید انتظامی داراب امروز به همراه سرهنگ رضا توکلی‌فر جانشین فرماندهی انتظامی شهرستان از کلانتری ۱۲ بازدید کرد."
	got := r14aAffils(t, text)
	want := "رضا توکلی‌فر|جانشین|فرماندهی انتظامی شهرستان داراب"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("got %q, want %q", got, want)
	}
}

// «دانشکده X دانشگاه», the bare head at the end, is the faculty of the
// university the report names before.
func TestR16AFacultyOfTheUniversity(t *testing.T) {
	text := "یاسوج- دکتر کاوه رضایی‌نسب رئیس دانشگاه علوم پزشکی یاسوج در آیین افتتاح گفت: بخش جدید آماده است. دکتر نادر کیانی‌پور رئیس دانشکده پزشکی دانشگاه نیز گفت: دانشجویان در این بخش آموزش می‌بینند."
	got := r14aAffils(t, text)
	want := "نادر کیانی‌پور|رئیس|دانشکده پزشکی دانشگاه علوم پزشکی یاسوج"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The bar association «کانون وکلای دادگستری X» is a body of its own; the
// justice of X is no body it names.
func TestR16ABarAssociation(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"رئیس کانون وکلای دادگستری زنجان گفت: آزمون برگزار می‌شود.", "کانون وکلای دادگستری زنجان"},
		{"رئیس کانون کارشناسان رسمی دادگستری استان گیلان گفت: آزمون برگزار می‌شود.", "کانون کارشناسان رسمی دادگستری استان گیلان"},
	} {
		got := orgNames(t, c.text)
		if !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
		for _, g := range got {
			if strings.HasPrefix(g, "دادگستری") {
				t.Errorf("%s: the justice as a body: %q", c.text, g)
			}
		}
	}
}

// A city's numbered education zone before its education body («منطقه ۲
// آموزش و پرورش X») is a body of its own, as «ناحیه ۲ ...» is.
func TestR16AEducationZone(t *testing.T) {
	got := orgNames(t, "کرج- مدیر منطقه ۲ آموزش و پرورش کرج گفت: مدارس بازگشایی شد.")
	if !r14aHas(got, "منطقه ۲ آموزش و پرورش کرج") {
		t.Errorf("got %q", got)
	}
	for _, g := range orgNames(t, "باران در منطقه ۲ شهر کرج شدید بود.") {
		if strings.HasPrefix(g, "منطقه") {
			t.Errorf("a zone with no body after it: %q", g)
		}
	}
}

// A word with «می» first that does not end as a verb does is a noun of
// the name (میادین، میثاق، میگوی، میکروبیولوژی); a verb still ends it.
func TestR16AMiNouns(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"تبریز- مدیرعامل سازمان میادین میوه و تره‌بار شهرداری تبریز گفت: قیمت‌ها کاهش یافت.", "سازمان میادین میوه و تره‌بار شهرداری تبریز"},
		{"مدیرعامل شرکت تعاونی پرورش میگوی بندر گناوه گفت: صادرات آغاز شد.", "شرکت تعاونی پرورش میگوی بندر گناوه"},
		{"رئیس کانون میثاق تبریز گفت: برنامه‌ها اجرا شد.", "کانون میثاق تبریز"},
		{"مدیر گروه میکروبیولوژی دانشکده پزشکی تبریز گفت: پژوهش انجام شد.", "گروه میکروبیولوژی دانشکده پزشکی تبریز"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, k := range []string{"میکند", "میکنیم", "میگفت", "میتوان", "نمیشود", "میگیرند"} {
		if !isVerbLike(k) {
			t.Errorf("%s is a verb", k)
		}
	}
}

// «اتحادیه تعاونی‌های X استان» is the union the report names in full as
// «اتحادیه شرکت‌های تعاونی X ... استان Y».
func TestR16ACooperativeUnion(t *testing.T) {
	got := orgNames(t, "ارومیه- مهندس رسول کاظمی‌پور مدیرعامل اتحادیه شرکت‌های تعاونی تولید روستایی استان آذربایجان غربی گفت: اتحادیه تعاونی‌های تولید استان ۲۰ دستگاه کمباین خرید.")
	if !r14aHas(got, "اتحادیه شرکت‌های تعاونی تولید روستایی استان آذربایجان غربی") {
		t.Errorf("got %q", got)
	}
	for _, g := range got {
		if strings.HasPrefix(g, "اتحادیه تعاونی‌های") {
			t.Errorf("the short name apart: %q", got)
		}
	}
}

// «سازمان ورزش شهرداری X», the noun of a field for its adjective, is the
// «سازمان فرهنگی، اجتماعی و ورزشی شهرداری X» the report names in full;
// a body of another field stays apart.
func TestR16AFieldShortForm(t *testing.T) {
	got := orgNames(t, "سمنان- مهندس علی کاوه‌نیا به عنوان رئیس سازمان فرهنگی، اجتماعی و ورزشی شهرداری سمنان منصوب شد. کاوه‌نیا گفت: سازمان ورزش شهرداری سمنان مسابقات شنای بانوان را برگزار می‌کند.")
	if !r14aHas(got, "سازمان فرهنگی، اجتماعی و ورزشی شهرداری سمنان") || r14aHas(got, "سازمان ورزش شهرداری سمنان") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "سمنان- مهندس علی کاوه‌نیا به عنوان رئیس سازمان فرهنگی، اجتماعی و ورزشی شهرداری سمنان منصوب شد. وی گفت: سازمان پسماند شهرداری سمنان زباله‌ها را جمع کرد.")
	if !r14aHas(got, "سازمان پسماند شهرداری سمنان") {
		t.Errorf("another field: got %q", got)
	}
}

// A bank's branch takes its town after «در» as an office does.
func TestR16ABranchInTown(t *testing.T) {
	got := orgNames(t, "شیراز- مدیر شعبه مرکزی بانک ملت در شیراز گفت: وام پرداخت شد.")
	if !r14aHas(got, "شعبه مرکزی بانک ملت در شیراز") {
		t.Errorf("got %q", got)
	}
}

// A county whose official name joins two towns with «و» closes a body's
// name whole.
func TestR16ATwoTownCounties(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"مدیرکل گفت: فرمانداری شاهین‌شهر و میمه طرح را اجرا کرد.", "فرمانداری شاهین‌شهر و میمه"},
		{"اداره ورزش و جوانان شهرستان مانه و سملقان مسابقات برگزار کرد.", "اداره ورزش و جوانان شهرستان مانه و سملقان"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
