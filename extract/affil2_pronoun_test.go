package extract

import "testing"

// TestPronounPostAdverbAndPast checks «وی R BODY است» after an adverb
// («همچنین»، «نیز»), which then needs its present copula, and that «وی R
// BODY بود» tells a post held before, which is no affiliation.
func TestPronounPostAdverbAndPast(t *testing.T) {
	lead := "نشست برگزار شد\n\nکامران نیک‌فر فرماندار گرمسار گفت: کار آغاز شد. "
	first := "کامران نیک‌فر|فرماندار|فرمانداری گرمسار"
	checkAffiliationCases(t, []affCase{
		{"همچنین … است", lead + "وی همچنین عضو شورای فرهنگ عمومی استان سمنان است.",
			[]string{first, "کامران نیک‌فر|عضو|شورای فرهنگ عمومی استان سمنان"}},
		{"نیز … می‌باشد", lead + "وی نیز دبیر ستاد مدیریت بحران شهرستان گرمسار می‌باشد.",
			[]string{first, "کامران نیک‌فر|دبیر|ستاد مدیریت بحران شهرستان گرمسار"}},
		{"a phrase of time", lead + "وی در حال حاضر دبیر ستاد مدیریت بحران شهرستان گرمسار است.",
			[]string{first, "کامران نیک‌فر|دبیر|ستاد مدیریت بحران شهرستان گرمسار"}},
		{"a year", lead + "وی از سال ۱۴۰۱ دبیر ستاد مدیریت بحران شهرستان گرمسار است.",
			[]string{first, "کامران نیک‌فر|دبیر|ستاد مدیریت بحران شهرستان گرمسار"}},
		{"a phrase of time, past", lead + "وی از سال ۱۴۰۱ دبیر ستاد مدیریت بحران شهرستان گرمسار بود.",
			[]string{first}},
		{"an adverb before an object", lead + "وی همچنین معاون اداره جهاد کشاورزی شهرستان گرمسار را منصوب کرد.",
			[]string{first}},
		{"past", lead + "وی مدیرکل اداره کل جهاد کشاورزی استان سمنان بود.",
			[]string{first}},
	})
}
