package extract

import (
	"reflect"
	"testing"
)

// TestStaffRankAndTitleGivenName checks a staff officer's rank ending in
// «ستاد» (no body «ستاد X»), and a given name that is also a title
// («امیر») before the surname of a person named with another given name.
func TestStaffRankAndTitleGivenName(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"در این مراسم امیر سرتیپ دوم ستاد کامران نیک‌فر به عنوان فرمانده جدید لشکر ۷۷ معرفی شد.", "کامران نیک‌فر"},
	})
	names, _ := personsOf("امیر سرتیپ کامران نیک‌فر در این مراسم حاضر بود.\nامیر نیک‌فر گفت: کار آغاز شد.")
	if want := []string{"کامران نیک‌فر", "نیک‌فر"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
	names, _ = personsOf("امیر نیک‌فر در این مراسم حاضر بود.\nامیر نیک‌فر گفت: کار آغاز شد.")
	if want := []string{"امیر نیک‌فر", "امیر نیک‌فر"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
}

// TestJudiciaryPosts checks the posts of a court below its head.
func TestJudiciaryPosts(t *testing.T) {
	got := affiliationsOf("کامران نیک‌فر، مستشار دادگاه تجدیدنظر استان سمنان گفت: پرونده بررسی شد.")
	if want := []string{"کامران نیک‌فر|مستشار|دادگاه تجدیدنظر استان سمنان"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGluedClericalTitle checks «حجتالاسلام» typed without its
// non-joiner: a title, so a speaker after a lead is named with it.
func TestGluedClericalTitle(t *testing.T) {
	_, titles := personsOf("حجتالاسلام کامران نیکفر گفت: جوانان مهم هستند.")
	if want := [][]string{{"حجتالاسلام"}}; !reflect.DeepEqual(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
}

// TestCommonWordGivenNames checks a given name that is also a common word
// (امید، آرزو): a name after a title or before a surname with a
// surname's ending, and a word elsewhere.
func TestCommonWordGivenNames(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"در این مراسم مهندس امید کیانی به عنوان مدیرکل جدید معرفی شد.", "امید کیانی"},
		{"آرزو صالحی‌پور در این نشست گفت: کار آغاز شد.", "آرزو صالحی‌پور"},
	})
	for _, text := range []string{"با امید به آینده کار ادامه دارد.", "پیام تبریک استاندار قرائت شد."} {
		if names, _ := personsOf(text); len(names) > 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}

// TestCommonWordSurnameBeforePost checks a surname that is a common word
// (بزرگ) right after a given name and set off before a post; elsewhere
// the word ends the name.
func TestCommonWordSurnameBeforePost(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"سعید بزرگ، مدیرکل ورزش و جوانان استان سمنان گفت: مسابقات برگزار شد.", "سعید بزرگ"},
	})
	if names, _ := personsOf("سعید بزرگ ترین سد استان را افتتاح کرد."); len(names) > 0 {
		t.Errorf("persons %q, want none", names)
	}
}

// TestTitleGivenNameNeedsTitledNamesake checks that «امیر X» stays a
// person of its own when the other person of surname X bears no «امیر».
func TestTitleGivenNameNeedsTitledNamesake(t *testing.T) {
	names, _ := personsOf("کامران نیک‌فر در این مراسم حاضر بود.\nامیر نیک‌فر گفت: کار آغاز شد.")
	if want := []string{"کامران نیک‌فر", "امیر نیک‌فر"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
}
