package extract

import "testing"

// TestJoinedPostOfAnotherBodyNoComma checks «با حضور X R1 الف و R2 ب»: a
// post of another body joined to the post told with no comma after the
// name is another guest's; with a comma both posts are X's.
func TestJoinedPostOfAnotherBodyNoComma(t *testing.T) {
	title := "نشست ستاد تنظیم بازار استان سمنان برگزار شد\n\n"
	checkAffiliationCases(t, []affCase{
		{"no comma", title + "این نشست با حضور دکتر سیما آقایی‌نژاد مدیرکل پزشکی قانونی استان سمنان و رئیس اداره کل زندان‌های استان سمنان برگزار شد.",
			[]string{"سیما آقایی‌نژاد|مدیرکل|اداره کل پزشکی قانونی استان سمنان"}},
		{"comma", title + "در این نشست بهرام نیک‌فر، معاون وزیر نیرو و مدیرعامل شرکت آب منطقه‌ای سمنان گفت: کار ادامه دارد.",
			[]string{"بهرام نیک‌فر|معاون وزیر|وزارت نیرو", "بهرام نیک‌فر|مدیرعامل|شرکت آب منطقه‌ای سمنان"}},
	})
}
