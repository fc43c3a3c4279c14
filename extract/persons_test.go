package extract

import (
	"reflect"
	"testing"
)

// personsOf returns the names and titles of the persons a made-up sentence
// names.
func personsOf(text string) (names []string, titles [][]string) {
	a := analyze(text)
	for _, p := range a.persons {
		names = append(names, p.name)
		titles = append(titles, p.titles)
	}
	return names, titles
}

// checkOnePerson checks that each case's text names one person, want.
func checkOnePerson(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tc := range tests {
		names, _ := personsOf(tc.text)
		if len(names) != 1 || names[0] != tc.want {
			t.Errorf("%s: persons %q, want %q", tc.text, names, tc.want)
		}
	}
}

// checkPersonTitle checks that each case's text names one person with one
// title.
func checkPersonTitle(t *testing.T, tests []struct{ text, name, title string }) {
	t.Helper()
	for _, tc := range tests {
		names, titles := personsOf(tc.text)
		if len(names) != 1 || names[0] != tc.name || !reflect.DeepEqual(titles[0], []string{tc.title}) {
			t.Errorf("%s: persons %q titles %q, want %q with %q", tc.text, names, titles, tc.name, tc.title)
		}
	}
}

// TestCompoundGivenNames checks compound given names written glued, with
// a non-joiner or with a space, «سید» and «میر» glued on, and «...الله»
// names, none of which need be listed whole.
func TestCompoundGivenNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"امیررضا تابنده‌فر در جلسه سخن گفت.", "امیررضا تابنده‌فر"},
		{"محمدحسین آذرخشی در جلسه سخن گفت.", "محمدحسین آذرخشی"},
		{"علی‌اکبر تیموریان‌فر در جلسه سخن گفت.", "علی‌اکبر تیموریان‌فر"},
		{"علی اکبر تیموریان‌فر در جلسه سخن گفت.", "علی اکبر تیموریان‌فر"},
		{"سیدمهدی کوهساری در جلسه سخن گفت.", "مهدی کوهساری"},
		{"میرجواد تابش‌نیا در جلسه سخن گفت.", "میرجواد تابش‌نیا"},
		{"عبدالصمد گلریزان در جلسه سخن گفت.", "عبدالصمد گلریزان"},
		{"کرامت‌الله پرتوی در جلسه سخن گفت.", "کرامت‌الله پرتوی"},
		{"کیخسرو بامدادیان در جلسه سخن گفت.", "کیخسرو بامدادیان"},
		{"فرنگیس آبنوسی در جلسه سخن گفت.", "فرنگیس آبنوسی"},
	}
	checkOnePerson(t, tests)
}

// TestGluedRank checks a rank typed glued to the given name: the person
// is found, the rank is a title and not part of the name.
func TestGluedRank(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"سردارمحمد کیان‌پور فرمانده ناحیه گفت.", "محمد کیان‌پور", "سردار"},
		{"سرهنگ‌علیرضا دهقانی‌نژاد گفت.", "علیرضا دهقانی‌نژاد", "سرهنگ"},
		{"دکترمریم آبنوسی در جلسه سخن گفت.", "مریم آبنوسی", "دکتر"},
	}
	checkPersonTitle(t, tests)
	// A listed given name that starts like a rank is the name itself.
	if names, titles := personsOf("امیرحسین کاظمی‌پور در جلسه سخن گفت."); len(names) != 1 || names[0] != "امیرحسین کاظمی‌پور" || len(titles[0]) != 0 {
		t.Errorf("persons %q titles %q", names, titles)
	}
}

// TestSurnameIsPlaceOrWord checks that a surname that is also a county or
// a province's adjective stays after a given name.
func TestSurnameIsPlaceOrWord(t *testing.T) {
	tests := []struct{ text, want string }{
		{"در این جلسه فرزاد زابلی، مدیرکل بنادر استان، سخن گفت.", "فرزاد زابلی"},
		{"در این جلسه نسرین مرندی و فرزاد زابلی سخن گفتند.", "نسرین مرندی"},
		{"در این جلسه کیوان خوانساری سخن گفت.", "کیوان خوانساری"},
		{"در این جلسه بهروز کلانتری سخن گفت.", "بهروز کلانتری"},
		{"در این جلسه بهروز کلانتری، مدیرکل بنادر، سخن گفت.", "بهروز کلانتری"},
		{"در این جلسه مهندس زابلی سخن گفت.", "زابلی"},
		{"در این جلسه آقای کلانتری سخن گفت.", "کلانتری"},
	}
	for _, tc := range tests {
		names, _ := personsOf(tc.text)
		if len(names) == 0 || names[0] != tc.want {
			t.Errorf("%s: persons %q, want first %q", tc.text, names, tc.want)
		}
	}
}

// TestNotPersons checks fixed expressions that start with a given name and
// words that follow a name-like word without being a name.
func TestNotPersons(t *testing.T) {
	for _, text := range []string{
		"علی رغم کمبود بودجه، کار ادامه یافت.",
		"علیرغم کمبود بودجه، کار ادامه یافت.",
		"به امید خدا طرح تمام می‌شود.",
		"این کار با حسن نیت انجام شد.",
		"به لطف ایزد منان طرح تمام شد.",
		"حسن ختام مراسم اجرای سرود بود.",
		"علی الخصوص در روستاها کار ادامه یافت.",
		"بیش از هزار دانشجو و امدادگر عضو هلال‌احمر هستند.",
		"روستای حسن آباد و محله علی آباد آبرسانی شد.",
		"نوید پیروزی داده شد و کسری بودجه جبران شد.",
		"امین اموال تعیین شد.",
	} {
		if names, _ := personsOf(text); len(names) != 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}

// TestRanksFromLexicon checks ranks that persian.IsTitle does not list:
// they are titles, not words of the name.
func TestRanksFromLexicon(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"ناخدا دوم فرهاد آبنوسی فرمانده ناوگروه گفت.", "فرهاد آبنوسی", "ناخدا دوم"},
		{"گروهبان یکم کیوان تابش در مراسم حضور داشت.", "کیوان تابش", "گروهبان یکم"},
		{"ماموستا هیمن گلستانی در مراسم سخن گفت.", "هیمن گلستانی", "ماموستا"},
		{"سردار سرتیپ پاسدار کیومرث تابان گفت.", "کیومرث تابان", "سردار سرتیپ پاسدار"},
	}
	checkPersonTitle(t, tests)
}

// TestMultiWordSurnames checks surnames of two words before any word that
// goes on no name, and surnames opened or closed by a title word.
func TestMultiWordSurnames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"در این جلسه سید کاظم نیک‌پی تفرشی سخن گفت.", "کاظم نیک‌پی تفرشی"},
		{"امیرحسین کاظمی زاده خلیلی گفت.", "امیرحسین کاظمی زاده خلیلی"},
		{"در این جلسه بهروز حاجی نوروزی سخن گفت.", "بهروز حاجی نوروزی"},
		{"در این جلسه فرزین آل آقا سخن گفت.", "فرزین آل آقا"},
		// A noun in «ای» or of a compound verb after the surname is no
		// word of it.
		{"کاوه تابشی جلسه‌ای برگزار کرد.", "کاوه تابشی"},
		{"در این مراسم شیرین نیکویی سخنرانی کرد.", "شیرین نیکویی"},
	}
	checkOnePerson(t, tests)
}
