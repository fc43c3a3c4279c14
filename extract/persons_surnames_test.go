package extract

import (
	"reflect"
	"testing"
)

// TestRepeatedTwoWordSurname checks that a word written after a surname
// is the surname's second word when the article writes the two together
// again, and only then.
func TestRepeatedTwoWordSurname(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"repeated after «که»", "کامران نیک‌فر اصل به عنوان مدیر منطقه ۳ معرفی شد.\nنیک‌فر اصل که پیش از این معاون منطقه بود، گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر اصل", "نیک‌فر اصل"}},
		{"a city as the second word, repeated after a rank", "سردار بهمن رستمی سمیرم، فرمانده سپاه ناحیه گفت: کار آغاز شد.\nسردار رستمی سمیرم افزود: برنامه ادامه دارد.",
			[]string{"بهمن رستمی سمیرم", "رستمی سمیرم"}},
		{"not repeated: one word", "کامران نیک‌فر اصل به عنوان مدیر منطقه ۳ معرفی شد.\nنیک‌فر گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر", "نیک‌فر"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := personsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("persons %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGluedRankBeforeProductiveName checks that a rank typed glued to a
// given name of a productive pattern (…الله، …الدین) is a rank, while a
// listed compound given name stays one name.
func TestGluedRankBeforeProductiveName(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"سردارنعمت‌الله کیانی‌پور، فرمانده سپاه ناحیه گفت: کار آغاز شد.", "نعمت‌الله کیانی‌پور"},
		{"سرهنگ‌جلال‌الدین نیک‌فر در این مراسم سخن گفت.", "جلال‌الدین نیک‌فر"},
		{"امیرحسین کیانی‌پور در این مراسم سخن گفت.", "امیرحسین کیانی‌پور"},
	})
}

// TestNamesNearOtherWords checks names whose words are also other words:
// a month that is a given name, a surname that is a city's name with «ی»
// and starts like a verb, a Turkmen «...بردی» given name, and the judge's
// title «قاضی».
func TestNamesNearOtherWords(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"مهندس آذر کیانی‌پور به عنوان مشاور وزیر معرفی شد.", "آذر کیانی‌پور"},
		{"جلسه روز ۱۵ آذر کامران نیک‌فر را به ریاست برگزید.", "کامران نیک‌فر"},
		{"رئیس جدید هیئت جانشین کامران میبدی شد.", "کامران میبدی"},
		{"قاضی رحمان‌بردی تاتاری به عنوان رئیس دادگستری شهرستان کلاله منصوب شد.", "رحمان‌بردی تاتاری"},
	})
	for _, text := range []string{"این طرح کاربردی برای کشاورزان است.", "قاضی پرونده در این جلسه حاضر شد."} {
		if names, _ := personsOf(text); len(names) > 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}

// TestTechnologyAdjectiveIsNoSurname checks that a given name followed by
// an adjective of technology is no person (برات الکترونیک، a bill).
func TestTechnologyAdjectiveIsNoSurname(t *testing.T) {
	for _, text := range []string{"تأمین مالی از طریق برات الکترونیک انجام می‌شود.", "کلاس‌ها به صورت آموزش مجازی برگزار شد."} {
		if names, _ := personsOf(text); len(names) > 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}

// TestSurnameOpeningWithTitleWordAlone checks a surname that opens with a
// title word (شیخ الاسلامی), found alone after its full name.
func TestSurnameOpeningWithTitleWordAlone(t *testing.T) {
	names, _ := personsOf("مهندس کامران شیخ الاسلامی مدیرعامل شرکت آب منطقه‌ای سمنان گفت: سد پر شد. شیخ الاسلامی افزود: مصرف را مدیریت کنید.")
	if want := []string{"کامران شیخ الاسلامی", "شیخ الاسلامی"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
}

// TestSubjunctiveVerbIsNoSurname checks that a given name that is also a
// noun (صفر "zero") before a subjunctive verb is no person.
func TestSubjunctiveVerbIsNoSurname(t *testing.T) {
	if names, _ := personsOf("صف متقاضیان باید به صفر برسد."); len(names) > 0 {
		t.Errorf("persons %q, want none", names)
	}
}
