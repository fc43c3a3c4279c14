package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR25CCityPairSurname checks that a surname whose two parts are
// towns' names typed apart («کاشان ممسنی») after a given name is read as
// the person's surname, not as two places.
func TestR25CCityPairSurname(t *testing.T) {
	names, _ := personsOf("دکتر شیرین کاشان ممسنی، معاون آموزشی دانشگاه یاسوج، گفت: این طرح ادامه دارد.")
	if !slices.Contains(names, "شیرین کاشان ممسنی") {
		t.Errorf("persons %q, want «شیرین کاشان ممسنی»", names)
	}
}

// TestR25CSuffixedStopWordSurname checks that a stop word with a
// surname's ending typed apart («ولی نیا») opens a surname.
func TestR25CSuffixedStopWordSurname(t *testing.T) {
	names, _ := personsOf("دکتر فرامرز ولی نیا کلاتی، رئیس دانشکده فنی، در این نشست گفت: کار ادامه دارد.")
	if !slices.Contains(names, "فرامرز ولی نیا کلاتی") {
		t.Errorf("persons %q, want «فرامرز ولی نیا کلاتی»", names)
	}
}

// TestR25CBylineCitySurname checks that a town's name that ends a byline's
// line after a surname («عکس: الف ب رودبار») is the surname's second part.
func TestR25CBylineCitySurname(t *testing.T) {
	names, _ := personsOf("نمایشگاه کتاب در دانشگاه یاسوج گشایش یافت.\n\nعکس: فرامرز نیکپی رودبار")
	if !slices.Contains(names, "فرامرز نیکپی رودبار") {
		t.Errorf("persons %q, want «فرامرز نیکپی رودبار»", names)
	}
}

// TestR25CNoPersonWords checks that a prefixed verb («برمی‌دارد») after a
// town that is also a given name, an interrogative with its copula
// («کیست») are no persons' words.
func TestR25CNoPersonWords(t *testing.T) {
	for text, bad := range map[string]string{
		"فرماندار گفت: این جاده بار کامیون‌ها را از شهر آستارا برمی‌دارد و کار ادامه دارد.": "برمی‌دارد",
		"فرامرز نیکپی‌زاده کیست؟\nفرامرز نیکپی‌زاده در سال ۱۳۶۰ به دنیا آمد.":               "کیست",
	} {
		names, _ := personsOf(text)
		for _, n := range names {
			if strings.Contains(n, bad) {
				t.Errorf("persons %q, want none with «%s»", names, bad)
			}
		}
	}
}

// TestR25CFormalPronounNoPerson checks that the formal «اینجانب» a speaker
// writes for himself («با حکم اینجانب») is no person of the page.
func TestR25CFormalPronounNoPerson(t *testing.T) {
	text := "گفت و گو با مدیر ناحیه دو\n\nفرامرز نیکپی زاده، مدیر آموزش و پرورش ناحیه دو یزد، به پرسش های ما پاسخ داد.\n\nخبرنگار: از تغییر مدیران بگویید.\n" +
		"نیکپی زاده: در مهرماه خانم شیرین کاشانی پور با حکم اینجانب سرپرست معاونت پرورشی ناحیه شد و جای آقای کاوه دلاورپور را گرفت.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Persons {
		if strings.Contains(p.Name, "اینجانب") {
			t.Errorf("person %q, want none", p.Name)
		}
	}
}

// TestR25CPluralStreetsNoPerson checks that a martyr's name after a
// plural of a street («خیابان‌های شهید الف و ب») names a street, no person.
func TestR25CPluralStreetsNoPerson(t *testing.T) {
	for _, text := range []string{
		"شهردار منطقه گفت: خیابان‌های شهید نیک‌گهر و ملک پرخطرترین معابر منطقه هستند.",
		"شهردار منطقه گفت: خیابان های شهید نیک گهر و ملک پرخطرترین معابر منطقه هستند.",
	} {
		doc, err := File("t.txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Persons) != 0 {
			t.Errorf("persons %+v, want none", doc.Persons)
		}
	}
}

// TestR25CTurkmenGivenName checks that a listed given name with the
// Turkmen ending «دردی» glued on («قربان‌دردی») opens a person's name.
func TestR25CTurkmenGivenName(t *testing.T) {
	names, _ := personsOf("در این نشست رحمان‌دردی آق‌تپه‌ای گفت: کار ادامه دارد.")
	if !slices.Contains(names, "رحمان‌دردی آق‌تپه‌ای") {
		t.Errorf("persons %q, want «رحمان‌دردی آق‌تپه‌ای»", names)
	}
}

// TestR25CSpacedSurnameParts checks two surnames typed with spaces for the
// non-joiner: a stop word and a next part the ending opens («ولی
// پورکیاکلایی»), and a town's name before the speaker's verb («دلاورپور
// سرخه گفت»).
func TestR25CSpacedSurnameParts(t *testing.T) {
	for text, want := range map[string]string{
		"در این جلسه خانم شیرین ولی پورکلاتی نیز با ۸ رأی به عنوان منشی برگزیده شد.": "شیرین ولی پورکلاتی",
		"در این نشست کاوه دلاورپور سرخه گفت: کار ادامه دارد.":                        "کاوه دلاورپور سرخه",
	} {
		names, _ := personsOf(text)
		if !slices.Contains(names, want) {
			t.Errorf("persons %q, want «%s»", names, want)
		}
	}
}

// TestR25CStationNamesakeNoPerson checks that a martyr after a road
// station's or a school's noun («راهدارخانه شهید الف»، «دبستان ۱۲ کلاسه
// شهید ب») names the place, no person.
func TestR25CStationNamesakeNoPerson(t *testing.T) {
	for _, text := range []string{
		"مدیرکل راهداری در حاشیه این آیین از راهدارخانه شهید نیک‌گهر در محور کرمان - بم بازدید کرد.",
		"مدیرکل نوسازی مدارس از آغاز ساخت دبستان ۱۲ کلاسه شهید کاوه دلاورپور در محله نو خبر داد.",
	} {
		doc, err := File("t.txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Persons) != 0 {
			t.Errorf("persons %+v, want none", doc.Persons)
		}
	}
}

// TestR25CCityThenNameWordSurname checks that a town's name and a name
// word after a given name, set off by a comma and a post («کاوه چگنی
// دلفروز، فرماندار ...»), are the person's surname typed apart.
func TestR25CCityThenNameWordSurname(t *testing.T) {
	names, _ := personsOf("در این آیین، کاوه چگنی دلفروز، فرماندار شهرستان کوهدشت، گفت: کار ادامه دارد.")
	if !slices.Contains(names, "کاوه چگنی دلفروز") {
		t.Errorf("persons %q, want «کاوه چگنی دلفروز»", names)
	}
}
