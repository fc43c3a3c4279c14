package extract

import (
	"strings"
	"testing"
)

// r14aHas reports a body named name (its first form) among got.
func r14aHas(got []string, name string) bool {
	for _, g := range got {
		if strings.Split(g, "|")[0] == name {
			return true
		}
	}
	return false
}

// r14aAffils returns the file's affiliations as «person|role|body».
func r14aAffils(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range doc.Affiliations {
		out = append(out, f.Person+"|"+f.Role+"|"+f.Organization)
	}
	return out
}

// A mosque's board of trustees is a body of its own, beside the mosque;
// a university's board is a part of the university.
func TestR14ATrusteeBoards(t *testing.T) {
	got := orgNames(t, "کامران تیموری‌فر گفت: زمین کتابخانه را هیئت امنای مسجد جامع نوشهر در اختیار شهرداری گذاشت.")
	if !r14aHas(got, "هیئت امنای مسجد جامع نوشهر") || !r14aHas(got, "مسجد جامع نوشهر") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "حاج بهروز سلیمانی‌تبار، رئیس هیئت امنای مسجد جامع نوشهر نیز از مرمت شبستان خبر داد.")
	if !r14aHas(got, "هیئت امنای مسجد جامع نوشهر") {
		t.Errorf("after a post: got %q", got)
	}
	got = orgNames(t, "هیئت امنای دانشگاه هنر نوشهر تشکیل جلسه داد.")
	if r14aHas(got, "هیئت امنای دانشگاه هنر نوشهر") {
		t.Errorf("a university's board: got %q", got)
	}
}

// A head noun inside the quoted name of a program names no body.
func TestR14AQuotedProgram(t *testing.T) {
	got := orgNames(t, "اداره تبلیغات اسلامی شهرستان نوشهر طرح «مسجد، کانون محله» را در ۳۰ مسجد اجرا می‌کند.")
	for _, g := range got {
		if strings.Contains(g, "کانون") || strings.Contains(g, "مسجد،") {
			t.Errorf("a program's name as a body: %q", got)
		}
	}
	if !r14aHas(got, "اداره تبلیغات اسلامی شهرستان نوشهر") {
		t.Errorf("got %q", got)
	}
}

// A company's brand may hold a place word: the name goes on to the place
// after it, or to a quarter of the brand, but not to the country's south.
func TestR14ACompanyPlaceInBrand(t *testing.T) {
	got := orgNames(t, "قزوین - جلسه شورای اداری استان قزوین برگزار شد. ۲۰۰ مددجو در قالب قرارداد با شرکت صنایع غذایی دماوند قزوین به کار مشغول‌اند.")
	if !r14aHas(got, "شرکت صنایع غذایی دماوند قزوین") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "ساخت این ایستگاه را شرکت ساختمانی سپیدسازان البرز جنوب انجام داده است.")
	if !r14aHas(got, "شرکت ساختمانی سپیدسازان البرز جنوب") {
		t.Errorf("quarter: got %q", got)
	}
	got = orgNames(t, "محصولات شرکت فولاد سپیدکوه اصفهان جنوب کشور را تأمین می‌کند.")
	if !r14aHas(got, "شرکت فولاد سپیدکوه اصفهان") {
		t.Errorf("the country's south: got %q", got)
	}
}

// A charity named by its own name is a body; «خیریه» after a body's head
// or «امور» is the kind of that body.
func TestR14ACharity(t *testing.T) {
	got := orgNames(t, "تجهیزات این درمانگاه را خیریه نیک‌اندیشان رودسر تأمین کرده است.")
	if !r14aHas(got, "خیریه نیک‌اندیشان رودسر") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "رئیس هیئت‌مدیره انجمن خیریه یاوران سلامت رودسر گفت: کار ادامه دارد.")
	for _, g := range got {
		if strings.HasPrefix(g, "خیریه") {
			t.Errorf("the kind of an association as a body: %q", got)
		}
	}
}

// The women's seminary of a province is a body apart from the province's
// seminary.
func TestR14AWomensSeminary(t *testing.T) {
	got := orgNames(t, "مدیر حوزه علمیه استان سمنان گفت: مدیر حوزه علمیه خواهران استان سمنان نیز در این نشست حضور داشت.")
	if !r14aHas(got, "حوزه علمیه استان سمنان") || !r14aHas(got, "حوزه علمیه خواهران استان سمنان") {
		t.Errorf("got %q", got)
	}
}

// A ministry named short by its acronym is the ministry the file names in
// full.
func TestR14AMinistryAcronym(t *testing.T) {
	got := orgNames(t, "سفر معاون وزیر صمت به ساوه\n\nدکتر کامیار نیک‌گهر، معاون وزیر صنعت، معدن و تجارت امروز از شهرک صنعتی کاوه بازدید کرد.")
	if r14aHas(got, "وزارت صمت") || !r14aHas(got, "وزارت صنعت، معدن و تجارت") {
		t.Errorf("got %q", got)
	}
}

// A number ending the line above (a dateline's time) counts nothing on the
// next line: the agency named there is a body.
func TestR14ANumberOnLineAbove(t *testing.T) {
	got := orgNames(t, "سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۰۹:۳۰\n\nخبرگزاری میزان - قزوین؛ نشست شورای قضایی استان قزوین صبح امروز برگزار شد.")
	if !r14aHas(got, "خبرگزاری میزان") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "در این طرح ۴۰ شرکت دانش‌بنیان حضور داشتند.")
	if len(got) != 0 {
		t.Errorf("a counted head: %q", got)
	}
}

// A numbered unit written alone is the office the article names with that
// unit: the one named before it, or else the first named after it.
func TestR14ANumberedUnitAlone(t *testing.T) {
	got := orgNames(t, "در آیین معارفه رئیس اداره آموزش و پرورش ناحیه ۳ کاشان که دیروز برگزار شد، گفته شد: ناحیه ۳ با ۴۰ هزار دانش‌آموز پرجمعیت است.")
	if r14aHas(got, "ناحیه ۳") || !r14aHas(got, "اداره آموزش و پرورش ناحیه ۳ کاشان") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "کامران نیک‌فر گفت: ۳۰ مدرسه ناحیه ۴ کاشان در این طرح شرکت کردند. رئیس آموزش و پرورش ناحیه ۴ کاشان نیز سخن گفت.")
	if r14aHas(got, "ناحیه ۴ کاشان") || !r14aHas(got, "آموزش و پرورش ناحیه ۴ کاشان") {
		t.Errorf("named after: got %q", got)
	}
}

// A bank's branch named by a locale of several words is a body.
func TestR14ABranchByLocale(t *testing.T) {
	got := orgNames(t, "کامران نیک‌فر گفت: شعبه شهرک صنعتی کاوه بانک توسعه صادرات آماده پرداخت تسهیلات است.")
	if !r14aHas(got, "شعبه شهرک صنعتی کاوه بانک توسعه صادرات") {
		t.Errorf("got %q", got)
	}
}

// «خبرگزاری» and an agency's acronym is the agency the masthead names in
// full.
func TestR14AAgencyHeadAndAcronym(t *testing.T) {
	got := orgNames(t, "خبرگزاری جمهوری اسلامی | استان‌ها > یزد\n\nبه گزارش خبرگزاری ایرنا از یزد، جلسه شورای اداری شهرستان میبد امروز برگزار شد.")
	if r14aHas(got, "خبرگزاری ایرنا") || !r14aHas(got, "خبرگزاری جمهوری اسلامی") {
		t.Errorf("got %q", got)
	}
}

// A bare head, then a verbal noun opening the object of «آن را»: the
// name ends at the head.
func TestR14ABareHeadBeforeObject(t *testing.T) {
	got := orgNames(t, "مدیر درمان دانشگاه علوم پزشکی سمنان گفت: ۱۰ تخت جدید اضافه می‌شود و معاونت درمان دانشگاه تأمین نیروی پزشک آن را در اولویت قرار داده است.")
	for _, g := range got {
		if strings.Contains(g, "تأمین") {
			t.Errorf("an object taken into a name: %q", got)
		}
	}
	got = orgNames(t, "سازمان تأمین اجتماعی استان سمنان هزینه درمان را پرداخت کرد.")
	if !r14aHas(got, "سازمان تأمین اجتماعی استان سمنان") {
		t.Errorf("got %q", got)
	}
}

// «اتاق ایران» is the national chamber, named in full when the file
// writes its whole name.
func TestR14AChamberOfIran(t *testing.T) {
	got := orgNames(t, "کامران نیک‌فر گفت: اتاق ایران از طرح ایجاد منطقه آزاد حمایت می‌کند.")
	if !r14aHas(got, "اتاق ایران") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی ایران به سمنان سفر کرد. کامران نیک‌فر گفت: اتاق ایران از این طرح حمایت می‌کند.")
	if r14aHas(got, "اتاق ایران") || !r14aHas(got, "اتاق بازرگانی، صنایع، معادن و کشاورزی ایران") {
		t.Errorf("long form: got %q", got)
	}
}

// «شبکه» before a province's name is the province's television channel;
// a network of something else is none.
func TestR14AProvinceChannel(t *testing.T) {
	got := orgNames(t, "کامران نیک‌فر گفت: شبکه گیلان در نظرسنجی اخیر رتبه نخست مخاطب را کسب کرد.")
	if !r14aHas(got, "شبکه گیلان") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "کامران نیک‌فر گفت: شبکه آبیاری دشت گیلان امسال تکمیل می‌شود.")
	if len(got) != 0 {
		t.Errorf("a network of canals as a body: %q", got)
	}
}
