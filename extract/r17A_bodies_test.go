package extract

import (
	"strings"
	"testing"
)

// r17aNames returns the names (no aliases) of the bodies of a made-up text.
func r17aNames(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, g := range orgNames(t, text) {
		out = append(out, strings.SplitN(g, "|", 2)[0])
	}
	return out
}

func r17aHasName(got []string, name string) bool {
	for _, g := range got {
		if g == name {
			return true
		}
	}
	return false
}

// A power distribution company's county unit is named «مدیریت توزیع
// برق شهرستان X», as a county's agriculture directorate is «مدیریت جهاد
// کشاورزی»: a body of its own after a post.
func TestR17APowerDistributionUnit(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"حکم کامران صدری به عنوان سرپرست مدیریت توزیع برق شهرستان کوهدشت ابلاغ شد.", "مدیریت توزیع برق شهرستان کوهدشت"},
		{"جلسه مدیریت توزیع نیروی برق شهرستان ازنا با حضور کارکنان برگزار شد.", "مدیریت توزیع نیروی برق شهرستان ازنا"},
	} {
		if got := r17aNames(t, c.text); !r17aHasName(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}

// A named occasion (هفته، روز، دهه and its noun) after a noun of marking
// it (گرامیداشت، بزرگداشت) is a word of the committee's name, not a date
// that ends it; a time word after «هفته» still makes it a date.
func TestR17AOccasionInName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"بهرام نیکزاد دبیر ستاد گرامیداشت هفته بسیج استان لرستان گفت: برنامه‌ها اعلام شد.", "ستاد گرامیداشت هفته بسیج استان لرستان"},
		{"جلسه ستاد بزرگداشت دهه فجر شهرستان بروجرد دیروز برگزار شد.", "ستاد بزرگداشت دهه فجر شهرستان بروجرد"},
		{"کمیته گرامیداشت روز معلم شهرستان ملایر برنامه‌های خود را اعلام کرد.", "کمیته گرامیداشت روز معلم شهرستان ملایر"},
	} {
		if got := r17aNames(t, c.text); !r17aHasName(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, g := range r17aNames(t, "ستاد گرامیداشت هفته آینده تشکیل جلسه می‌دهد.") {
		if strings.Contains(g, "هفته") {
			t.Errorf("a date after the body: %q", g)
		}
	}
}

// A parliament commission's fields listed with more than one comma
// («کمیسیون الف، ب، ج و د مجلس») are its name up to «مجلس».
func TestR17ACommissionFieldsList(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"داوود کیانفر عضو کمیسیون کشاورزی، آب، منابع طبیعی و محیط زیست مجلس، دیروز از سد دیدن کرد.", "کمیسیون کشاورزی، آب، منابع طبیعی و محیط زیست مجلس"},
		{"نشست کمیسیون آموزش، تحقیقات و فناوری مجلس با وزیر برگزار شد.", "کمیسیون آموزش، تحقیقات و فناوری مجلس"},
	} {
		if got := r17aNames(t, c.text); !r17aHasName(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}

// «کمیته امداد» is a national body's fixed name: the provincial
// directorate general «اداره کل کمیته امداد امام خمینی (ره) استان X» and
// the committee named with «استان» alone, or with no place, are one body.
func TestR17AReliefCommitteeForms(t *testing.T) {
	text := "تفاهم‌نامه ساخت مسکن میان اداره کل بهزیستی و اداره کل کمیته امداد امام خمینی (ره) استان زنجان امضا شد.\n" +
		"به گزارش خبرنگار ما، در این آیین کمیته امداد امام خمینی (ره) استان تعهد کرد ۲۰۰ واحد را تکمیل کند.\n" +
		"کیوان رستم‌زاده‌فر گفت: کمیته امداد هم سهم خود را می‌پردازد."
	got := orgNames(t, text)
	n := 0
	for _, g := range got {
		if strings.Contains(g, "کمیته امداد") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want the relief committee's forms as one body, got %q", got)
	}
}

// «این کمیته» after a post points to the body named «کمیته امداد X»
// before it, as to any «کمیته X».
func TestR17AThisCommitteeOfReliefBody(t *testing.T) {
	text := "انتصاب در کمیته امداد\n\nبا حکم مدیرکل، مسئولیت کمیته امداد امام خمینی (ره) شهرستان ابهر از روز شنبه به کاوه نیک‌سیرتان سپرده شد و وی به عنوان سرپرست جدید این کمیته جایگزین بهرام کاظمی شد.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := "کاوه نیک‌سیرتان|سرپرست|کمیته امداد امام خمینی (ره) شهرستان ابهر"
	var got []string
	for _, af := range doc.Affiliations {
		g := af.Person + "|" + af.Role + "|" + af.Organization
		if g == want {
			return
		}
		got = append(got, g)
	}
	t.Errorf("got %q, want %q", got, want)
}

// Of two short forms with as many words, the one named with its place
// joins its full form first: the bare form then finds one body only.
func TestR17APlacedFormSettlesFirst(t *testing.T) {
	text := "اداره کل کمیته امداد امام خمینی (ره) استان قزوین و اداره کل بهزیستی استان قزوین تفاهم‌نامه امضا کردند.\n" +
		"سیما افشار گفت: کمیته امداد هر سال ۳۰۰ خانوار را پوشش می‌دهد.\n" +
		"وی افزود: کمیته امداد استان امسال ۱۲۰ واحد را تکمیل کرده است.\n" +
		"همچنین مدیرکل کمیته امداد استان قزوین از افزایش کمک‌ها خبر داد.\n" +
		"رئیس کمیته امداد امام خمینی (ره) شهرستان تاکستان نیز در جلسه حضور داشت."
	for _, g := range orgNames(t, text) {
		if strings.SplitN(g, "|", 2)[0] == "کمیته امداد" {
			t.Errorf("the bare form left apart: %q", orgNames(t, text))
		}
	}
}

// «مدیر جهاد کشاورزی شهرستان X» heads the county's «مدیریت جهاد
// کشاورزی»: that body is listed, with the post's affiliation to it; a
// county office the report names as an «اداره» stays so.
func TestR17AFieldManagementOfCounty(t *testing.T) {
	text := "مهندس سعید فرهمند به عنوان مدیر جهاد کشاورزی شهرستان خرم‌بید معرفی شد."
	if got := r17aNames(t, text); !r17aHasName(got, "مدیریت جهاد کشاورزی شهرستان خرم‌بید") {
		t.Errorf("got %q", got)
	}
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, af := range doc.Affiliations {
		if af.Person == "سعید فرهمند" && af.Organization == "مدیریت جهاد کشاورزی شهرستان خرم‌بید" {
			found = true
		}
	}
	if !found {
		t.Errorf("no affiliation to the management: %+v", doc.Affiliations)
	}
	for _, g := range r17aNames(t, "رئیس اداره جهاد کشاورزی شهرستان سپیدان گفت: مدیر جهاد کشاورزی شهرستان سپیدان در جلسه بود.") {
		if strings.HasPrefix(g, "مدیریت") {
			t.Errorf("an «اداره» named, yet %q", g)
		}
	}
}

// A service's three-digit telephone code before the place is a word of
// its centre's name; a count or a date after a name still ends it.
func TestR17AServiceCodeInName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"مدیرعامل شرکت از مرکز فوریت‌های برق ۱۲۱ زنجان بازدید کرد.", "مرکز فوریت‌های برق ۱۲۱ زنجان"},
		{"مرکز فوریت‌های پزشکی ۱۱۵ استان سمنان امروز ۴۰ مأموریت انجام داد.", "مرکز فوریت‌های پزشکی ۱۱۵ استان سمنان"},
	} {
		if got := r17aNames(t, c.text); !r17aHasName(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, g := range r17aNames(t, "شرکت آب و فاضلاب روستایی ۱۲۰ روستا را آبرسانی کرد.") {
		if strings.Contains(g, "۱۲۰") {
			t.Errorf("a count in %q", g)
		}
	}
}

// «شورای اسلامی روستا» after «شورای اسلامی روستای X» is that council's
// short form, as a body named without its place is.
func TestR17AVillageCouncilShortForm(t *testing.T) {
	text := "در این جلسه اعضای شورای اسلامی روستای کهنک حضور داشتند.\n" +
		"بهمن یاوری رئیس شورای اسلامی روستا خواستار آسفالت معابر شد."
	got := orgNames(t, text)
	if len(got) != 1 || strings.SplitN(got[0], "|", 2)[0] != "شورای اسلامی روستای کهنک" {
		t.Errorf("want one council, «شورای اسلامی روستای کهنک», got %q", got)
	}
}

// A plural's joining «های» («مدیرکل زندان‌های استان X») reads as «ها»:
// the body the post names is a short form of «اداره کل زندان‌ها و ...
// استان X» named in full.
func TestR17APluralJoinedShortForm(t *testing.T) {
	text := "تفاهم‌نامه همکاری اداره کل زندان‌ها و اقدامات تأمینی و تربیتی استان یزد و دانشگاه یزد امضا شد.\n" +
		"به گزارش خبرنگار ما، سامان رزاقی با حکم مدیرکل زندان‌های استان به سمت رئیس زندان مهریز منصوب شد."
	for _, g := range r17aNames(t, text) {
		if strings.Contains(g, "زندان‌های") {
			t.Errorf("the plural's form left apart: %q", r17aNames(t, text))
		}
	}
}

// A deputy of a body named short, beside the head of that body's
// provincial branch, is the branch's deputy: the short name is the
// branch's form, not a national body of its own.
func TestR17ADeputyBesideBranchHead(t *testing.T) {
	text := "جلسه شورای برنامه‌ریزی استان یزد با حضور کاوه فرجی رئیس سازمان مدیریت و برنامه‌ریزی استان یزد برگزار شد.\n" +
		"همچنین سارا نوروزیان‌فر، معاون توسعه سازمان مدیریت و برنامه‌ریزی، گزارشی از اعتبارات ارائه کرد."
	for _, g := range r17aNames(t, text) {
		if g == "سازمان مدیریت و برنامه‌ریزی" {
			t.Errorf("the short form left apart as a national body: %q", orgNames(t, text))
		}
	}
}

// A research centre's division named with the centre after its field is
// a body of its own, the post held in it its affiliation.
func TestR17AResearchDivision(t *testing.T) {
	text := "دکتر نوید صالحان عضو هیئت علمی بخش تحقیقات گیاه‌پزشکی مرکز تحقیقات کشاورزی و منابع طبیعی استان زنجان درباره آفات توضیح داد."
	want := "بخش تحقیقات گیاه‌پزشکی مرکز تحقیقات کشاورزی و منابع طبیعی استان زنجان"
	if got := r17aNames(t, text); !r17aHasName(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, af := range doc.Affiliations {
		if af.Person == "نوید صالحان" && af.Organization == want {
			return
		}
	}
	t.Errorf("no affiliation to the division: %+v", doc.Affiliations)
}

// The outlet of the page's own line, which segmenting drops, names the
// outlet a byline gives short: «خبرنگار تسنیم» under «خبرگزاری تسنیم»,
// «خبرنگار نسیم:» under «نسیم آنلاین».
func TestR17AMastheadOutletOfByline(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"خبرگزاری تسنیم\nصفحه نخست > استان‌ها > یزد\n\nبازدید فرماندار از کارخانه\n\nبه گزارش خبرنگار تسنیم، فرماندار اردکان امروز از کارخانه کاشی دیدن کرد.\n", "خبرگزاری تسنیم"},
		{"نسیم آنلاین\nخانه » شهری\n\nشهردار جدید منطقه معرفی شد\n\nتهران - خبرنگار نسیم: شهردار جدید منطقه ۴ امروز در آیینی معرفی شد.\n", "نسیم آنلاین"},
	} {
		if got := r17aNames(t, c.text); !r17aHasName(got, c.want) {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// A masthead line's outlet comes back at the start of the desk's line
// («الف ب - گروه اجتماعی:»): the outlet is a body.
func TestR17AMastheadDeskLine(t *testing.T) {
	text := "نوای کویر | روزنامه صبح استان یزد\nاجتماعی\n\nجشن نیکوکاری در اردکان\n\nنوای کویر - گروه اجتماعی: جشن نیکوکاری با حضور فرماندار اردکان دیروز برگزار شد.\n"
	if got := r17aNames(t, text); !r17aHasName(got, "نوای کویر") {
		t.Errorf("got %q", got)
	}
}

// A body's name that is another's form (its bracketed short name) is
// that body: one name stands for one body in a file.
func TestR17ANameOfAnotherForm(t *testing.T) {
	text := "خبرگزاری جمهوری اسلامی (ایرنا)\nصفحه نخست › استان‌ها\n\nبازدید فرماندار از سد\n\nبروجن- ایرنا- فرماندار بروجن امروز از سد شهید عباسپور بازدید کرد.\n"
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "ایرنا") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want the agency once, got %q", orgNames(t, text))
	}
}

// Of forms with as many core words, those named with their place join
// one another before one named with «استان» alone looks for its full form.
func TestR17APlaceBeforePlaceWord(t *testing.T) {
	text := "کرمان- خبرنگار ما- مدیرکل آموزش فنی و حرفه‌ای کرمان گفت: ۲۰۰ کارآموز امسال مهارت آموختند.\n" +
		"در این آیین معاون اداره کل آموزش فنی و حرفه‌ای استان نیز حضور داشت.\n" +
		"با حکم مدیرکل آموزش فنی و حرفه‌ای استان، مهندس پرویز کاشانی به سمت سرپرست مرکز شماره دو کرمان منصوب شد.\n" +
		"اداره کل آموزش فنی و حرفه‌ای کرمان ۳۰ مرکز در استان دارد."
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "آموزش فنی") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one directorate, got %q", orgNames(t, text))
	}
}

// «بنیاد مسکن» is a national body's fixed name: only its place (or the
// rest of its full name) follows it, so the object after it is no word of
// the name.
func TestR17AHousingFoundationName(t *testing.T) {
	text := "تفاهم‌نامه میان بنیاد مسکن انقلاب اسلامی شهرستان نطنز و فرمانداری نطنز امضا شد.\n" +
		"فرماندار نطنز گفت: بنیاد مسکن مصالح و نقشه‌های تیپ را تأمین می‌کند."
	got := r17aNames(t, text)
	if !r17aHasName(got, "بنیاد مسکن انقلاب اسلامی شهرستان نطنز") {
		t.Errorf("the full name: got %q", got)
	}
	for _, g := range got {
		if strings.Contains(g, "مصالح") {
			t.Errorf("the object in the name: %q", g)
		}
	}
}

// «حکم الف به عنوان X ... از سوی ب ابلاغ شد. وی جای ج را می‌گیرد»: «وی»
// is the one appointed, not the decree's issuer named after «از سوی».
func TestR17ADecreeAppointeeAntecedent(t *testing.T) {
	text := "معارفه سرپرست جدید\n\nدر پایان این آیین، حکم کامران صدری به عنوان سرپرست مدیریت توزیع برق شهرستان کوهدشت از سوی داوود کریمی‌فرد ابلاغ شد. وی جای بهرام نادری‌پور را می‌گیرد.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, ap := range doc.Appointments {
		if ap.Person == "کامران صدری" {
			if ap.Predecessor != "بهرام نادری‌پور" {
				t.Errorf("predecessor %q, want «بهرام نادری‌پور»", ap.Predecessor)
			}
			return
		}
	}
	t.Errorf("no appointment of the decree's appointee: %+v", doc.Appointments)
}

// A short name that is a directorate's name without its office head,
// place and all («راه‌آهن منطقه X» of «اداره کل راه‌آهن منطقه X»), is
// that directorate.
func TestR17AOfficeHeadLeftOut(t *testing.T) {
	text := "مراسم معارفه مدیرکل جدید اداره کل راه‌آهن منطقه اراک امروز برگزار شد.\n" +
		"به گزارش روابط عمومی، راه‌آهن منطقه اراک امسال ۲۰ ایستگاه را بازسازی کرده است."
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "راه‌آهن منطقه اراک") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one directorate, got %q", orgNames(t, text))
	}
}

// A national body's fixed name with the country closing it is the body
// a generic head is written before too («شرکت راه‌آهن جمهوری اسلامی
// ایران»).
func TestR17ANationalFixedNameUnderGenericHead(t *testing.T) {
	text := "مدیرعامل شرکت راه‌آهن جمهوری اسلامی ایران از ایستگاه قم بازدید کرد.\n" +
		"وی گفت: راه‌آهن جمهوری اسلامی ایران امسال ۵۰ لکوموتیو جدید می‌خرد."
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "راه‌آهن جمهوری اسلامی ایران") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one body, got %q", orgNames(t, text))
	}
}

// «دهیار این روستا» heads the village named before it: «دهیاری روستای X».
func TestR17AThisVillagePost(t *testing.T) {
	text := "فرماندار از طرح هادی روستای گزیک بازدید کرد و در جلسه‌ای با اعضای شورای اسلامی روستای گزیک و سمانه رحیمی دهیار این روستا، مشکلات را بررسی کرد."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, af := range doc.Affiliations {
		if af.Person == "سمانه رحیمی" && af.Organization == "دهیاری روستای گزیک" {
			return
		}
	}
	t.Errorf("no post in the village's office: %+v", doc.Affiliations)
}

// «مدیر X» under a listed management head (مدیریت توزیع برق) names that
// management as a body even with no holder beside the post; a field whose
// county office is an «اداره» names none so.
func TestR17AManagementWithoutHolder(t *testing.T) {
	text := "وی جای فرهاد کیان‌مهرپور را می‌گیرد که از این پس مدیر توزیع برق شهرستان دره‌شهر است."
	if got := r17aNames(t, text); !r17aHasName(got, "مدیریت توزیع برق شهرستان دره‌شهر") {
		t.Errorf("got %q", got)
	}
	for _, g := range r17aNames(t, "وی که از این پس مدیر آموزش و پرورش شهرستان دره‌شهر است، گفت: مدارس بازسازی شد.") {
		if strings.HasPrefix(g, "مدیریت") {
			t.Errorf("an «اداره» field named as a management: %q", g)
		}
	}
}

// A board met in a session or visit («نشست با هیئت‌مدیره شرکت X») is a
// body of its own, as after «جلسه هیئت‌مدیره».
func TestR17AMeetingWithBoard(t *testing.T) {
	text := "نخستین برنامه سفر نماینده، نشست با هیئت‌مدیره شرکت تعاونی مرغداران شهرستان رودبار بود."
	if got := r17aNames(t, text); !r17aHasName(got, "هیئت‌مدیره شرکت تعاونی مرغداران شهرستان رودبار") {
		t.Errorf("got %q", got)
	}
}

// «مدیر X شهرستان Y» of a field whose county office is an «اداره» names
// that office as a body, also as a past post with no holder beside it.
func TestR17APastCountyOfficePost(t *testing.T) {
	text := "مدیرکل جدید گفت: برنامه‌ها ادامه می‌یابد. وی پیش از این مدیر تعاون، کار و رفاه اجتماعی شهرستان آمل بوده است."
	if got := r17aNames(t, text); !r17aHasName(got, "اداره تعاون، کار و رفاه اجتماعی شهرستان آمل") {
		t.Errorf("got %q", got)
	}
}

// Bodies that end with the same fullest name are one body.
func TestR17ASameFullestNameOnce(t *testing.T) {
	text := "مدیر جدید شعب بانک ملت استان زنجان معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه مدیر جدید شعب بانک ملت استان زنجان دیروز برگزار شد و مهندس فرید سلامی به عنوان مدیر شعب بانک ملت استان زنجان معرفی شد.\n" +
		"سلامی پیش از این معاون مدیر شعب بانک ملت استان قزوین بوده است.\n"
	seen := map[string]int{}
	for _, g := range r17aNames(t, text) {
		seen[g]++
		if seen[g] > 1 {
			t.Errorf("%q twice: %q", g, orgNames(t, text))
		}
	}
}

// «هلدینگ X» is the one company of the file whose name ends with X.
func TestR17AHoldingIsItsCompany(t *testing.T) {
	text := "مدیرعامل شرکت صنایع معدنی کوثر نیلوفر از معدن بازدید کرد.\n" +
		"وی گفت: هلدینگ کوثر نیلوفر امسال سه طرح را به بهره‌برداری می‌رساند."
	got := r17aNames(t, text)
	if len(got) != 1 || got[0] != "شرکت صنایع معدنی کوثر نیلوفر" {
		t.Errorf("want the holding as the company's form, got %q", orgNames(t, text))
	}
}

// A field named with «شهرستان» alone («جهاد کشاورزی شهرستان») is the
// county's office of the field the file names in full, not the
// province's «سازمان».
func TestR17ACountyFieldShortForm(t *testing.T) {
	text := "در این نشست بهروز کاشفی رئیس اداره جهاد کشاورزی شهرستان رودسر حضور داشت.\n" +
		"نماینده سپس به همراه فرماندار و رئیس جهاد کشاورزی شهرستان از کارخانه چای بازدید کرد."
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "جهاد کشاورزی") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one county office, got %q", orgNames(t, text))
	}
}

// A zone that numbers the parent named after it («... ناحیه ۳ آموزش و
// پرورش X») is no part of the body a short name names: «هنرستان الف» is
// «هنرستان پسرانه الف ناحیه ۳ آموزش و پرورش X».
func TestR17AZoneOfParent(t *testing.T) {
	text := "دانش‌آموزان هنرستان پسرانه امیرکبیر ناحیه ۳ آموزش و پرورش مشهد در مسابقات شرکت کردند.\n" +
		"حمید توکلی‌زاده، مدیر هنرستان امیرکبیر، گفت: ۱۲ دانش‌آموز رتبه گرفتند."
	n := 0
	for _, g := range orgNames(t, text) {
		if strings.Contains(g, "امیرکبیر") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want the school once, got %q", orgNames(t, text))
	}
}
