package extract

import (
	"reflect"
	"testing"
)

// TestR9BSurnameSecondWords checks a surname's second word written apart:
// a city's name right before «به عنوان», and a given name right before a
// post; and that «شن و» or a month after «پایان» names no one.
func TestR9BSurnameSecondWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"city before as-title", "در همین حکم، دکتر سارا مقدم و مهندس نادر امینی بروجن به عنوان اعضای هیئت‌مدیره شرکت گاز استان قم منصوب شدند.",
			[]string{"سارا مقدم", "نادر امینی بروجن"}},
		{"city after a name elsewhere stays apart", "نادر امینی در بروجن سخن گفت.", []string{"نادر امینی"}},
		{"given name before a post", "سیدکاوه نیکو جلال بخشدار مرکزی در این جلسه گفت: کار ادامه دارد.", []string{"کاوه نیکو جلال"}},
		{"given name after a name, no post", "کاوه نیکو و جلال رستمی سخن گفتند.", []string{"کاوه نیکو", "جلال رستمی"}},
		{"a month after «پایان», words folded across «و»", "فرماندار گفت: همه باید تا پایان آذر ماشین‌آلات خود را آماده کنند و ۵۰۰ تن شن و نمک ذخیره شده است.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := personsOf(tc.text)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	got := appointmentsOf("با حکم مهندس بهمن راد، مهندس کاوه نیکو به عنوان مدیرعامل شرکت گاز استان قم منصوب شد. در همین حکم، دکتر سارا مقدم و مهندس نادر امینی بروجن به عنوان اعضای هیئت‌مدیره این شرکت منصوب شده‌اند.")
	want := []string{"کاوه نیکو|مدیرعامل|شرکت گاز استان قم|", "سارا مقدم|عضو هیئت\u200cمدیره|شرکت گاز استان قم|", "نادر امینی بروجن|عضو هیئت\u200cمدیره|شرکت گاز استان قم|"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestR9BSayingVerbNouns checks that the noun of a compound verb of
// saying (یادآور شد، متذکر شد، اضافه کرد) is no word of the name before it.
func TestR9BSayingVerbNouns(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"در این آیین نسرین رستمی یادآور شد که کار ادامه دارد.", "نسرین رستمی"},
		{"سپس کاوه نیکو متذکر شد که برنامه عقب است.", "کاوه نیکو"},
		{"مهندس بهمن راد اضافه کرد: کار ادامه دارد.", "بهمن راد"},
	})
	// A surname alone that reads like two given names (کاوه‌مهر) takes no
	// second word from the verb.
	for _, text := range []string{"نسرین رستمی، معاون استاندار، گفت: کار ادامه دارد. کاوه‌مهر یادآور شد که برنامه عقب است."} {
		if names, _ := personsOf(text); len(names) != 1 || names[0] != "نسرین رستمی" {
			t.Errorf("%s: persons %q", text, names)
		}
	}
}

// TestR9BLightVerbAfterGivenName checks «... سامان یابد»: a given name
// before a present form of «یافتن» names no one.
func TestR9BLightVerbAfterGivenName(t *testing.T) {
	if names, _ := personsOf("وی گفت: صادرات باید با ایجاد پایانه سامان یابد و کار ادامه یابد."); len(names) > 0 {
		t.Errorf("persons %q, want none", names)
	}
}

// TestR9BAdverbsAfterName checks that adverbs and nouns of time or speech
// after a name (شامگاه، خطاب، یادآوری، اذعان) are no word of it, also
// after a surname that is a given name too.
func TestR9BAdverbsAfterName(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"کاوه نیکو شامگاه دیروز گفت: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو بامداد امروز گفت: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو اخیراً گفت: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو پیش‌تر گفته بود: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو خطاب به مدیران گفت: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو یادآوری کرد: کار ادامه دارد.", "کاوه نیکو"},
		{"کاوه نیکو اذعان کرد: کار ادامه دارد.", "کاوه نیکو"},
	})
}

// TestR9BVerbAfterSecondGivenName checks a surname that is also a given
// name before the noun of a compound verb or a verb (کاوه نیکو هشدار
// داد، ... درگذشت، ... معتقد است): the name ends at the surname.
func TestR9BVerbAfterSecondGivenName(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"مهندس کاوه نیکو هشدار داد: کار عقب است.", "کاوه نیکو"},
		{"مهندس کاوه نیکو پیشنهاد کرد: کار ادامه یابد.", "کاوه نیکو"},
		{"مهندس کاوه نیکو سخنرانی کرد.", "کاوه نیکو"},
		{"مهندس کاوه نیکو برگزیده شد.", "کاوه نیکو"},
		{"مهندس کاوه نیکو معتقد است کار ادامه دارد.", "کاوه نیکو"},
		{"مهندس کاوه رستمی نوشت: کار ادامه دارد.", "کاوه رستمی"},
		{"علی اکبر رستمی در این نشست گفت: کار ادامه دارد.", "علی اکبر رستمی"},
	})
}

// TestR9BGrandAyatollahSpaced checks «آیت الله العظمی» typed with spaces:
// one title, no person «العظمی».
func TestR9BGrandAyatollahSpaced(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"در این مراسم آیت الله العظمی کاوه رستمی گفت: کار ادامه دارد.", "کاوه رستمی"},
	})
}

// TestR9BGluedClericalTitle checks «حجت‌الاسلام» typed glued to the given
// name after it: the title and the name.
func TestR9BGluedClericalTitle(t *testing.T) {
	checkPersonTitle(t, []struct{ text, name, title string }{
		{"حجت‌الاسلام‌کاوه رستمی در این نشست گفت: کار ادامه دارد.", "کاوه رستمی", "حجت\u200cالاسلام"},
	})
}

// TestR9BMartyrVenues checks that a barracks or an amphitheatre named
// after a martyr («پادگان/آمفی‌تئاتر شهید X») names no person.
func TestR9BMartyrVenues(t *testing.T) {
	for _, text := range []string{"مراسم در پادگان شهید کاوه رستمی برگزار شد.", "مراسم در آمفی‌تئاتر شهید کاوه رستمی برگزار شد."} {
		if names, _ := personsOf(text); len(names) > 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}
