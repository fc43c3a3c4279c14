package extract

import "testing"

// TestNameEndsBeforeDetachedContinuous checks that a noun before a light
// verb whose «می» is typed apart, or before a first person plural light
// verb, is the verb's noun and ends the body's name.
func TestNameEndsBeforeDetachedContinuous(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"معلمان مدارس با کارشناسان اداره کل بهزیستی استان قم همکاری می کنند.", "اداره کل بهزیستی استان قم"},
		{"مدیر شرکت گفت: با شهرداری قزوین تعامل داریم.", "شهرداری قزوین"},
		{"این طرح با کمک بنیاد مسکن انقلاب اسلامی پیگیری نمی کند.", "بنیاد مسکن انقلاب اسلامی"},
	})
}

// TestPluralPostsEndNameAfterAnd checks that «و» before the plural of a
// post lists the holders of the post, not a word of the body's name.
func TestPluralPostsEndNameAfterAnd(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"با همکاری شهرداری کوهپایه و دهیاران، گزارشی تهیه می‌شود.", "شهرداری کوهپایه"},
		{"مسئول مرکز خدمات کشاورزی دهستان سیرچ و دهیاران روستاها حاضر بودند.", "مرکز خدمات کشاورزی دهستان سیرچ"},
	})
}
