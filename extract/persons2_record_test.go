package extract

import (
	"reflect"
	"testing"
)

// personCase is a made-up text and the person names it gives, as
// personsOf gives them.
type personCase struct {
	name, text string
	want       []string
}

// checkPersonCases checks the persons of each case as a subtest.
func checkPersonCases(t *testing.T, cases []personCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := personsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("persons %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRecordNounEndsName checks that a noun of a post's record or of
// holding a post («سابقه»، «مسئولیت»، «تجربه») written after a surname
// ends the name instead of becoming a second surname word.
func TestRecordNounEndsName(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"record", "کامران نیک‌فر به عنوان فرماندار مهدیشهر منصوب شد. نیک‌فر سابقه ریاست اداره کل تعاون روستایی استان سمنان را در کارنامه دارد.",
			[]string{"کامران نیک‌فر", "نیک‌فر"}},
		{"charge", "بهمن رستمی‌پور به عنوان مدیر منطقه ۳ معرفی شد. رستمی‌پور مسئولیت این منطقه را بر عهده گرفت.",
			[]string{"بهمن رستمی‌پور", "رستمی‌پور"}},
		{"experience", "سمیه کاظمی‌راد به عنوان سرپرست فرمانداری سرخه معرفی شد. کاظمی‌راد تجربه مدیریت در فرمانداری را دارد.",
			[]string{"سمیه کاظمی‌راد", "کاظمی‌راد"}},
	})
}

// TestAdjectiveGivenNameInQuote checks that an adjective listed as a
// given name only when a surname with a surname's ending follows
// («منتظر») makes no person of «منتظر خدمت» in a quote.
func TestAdjectiveGivenNameInQuote(t *testing.T) {
	text := "کامران نیک‌فر، فرماندار گرمسار گفت: مردم منتظر خدمت هستند."
	if got, _ := personsOf(text); !reflect.DeepEqual(got, []string{"کامران نیک‌فر"}) {
		t.Errorf("persons %q, want only کامران نیک‌فر", got)
	}
}

// TestUnitNamedAfterFigure checks that a name with no title right after a
// numbered unit («تیپ ۲۲ مستقل حسین خرازی») is the unit's name when it
// is named so twice and never otherwise, and a person when it is named
// once so or also elsewhere.
func TestUnitNamedAfterFigure(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"the unit's name", "آیین معارفه فرمانده تیپ ۲۲ مستقل حسین خرازی برگزار شد و سرهنگ کامران نیک‌فر به عنوان فرمانده تیپ ۲۲ مستقل حسین خرازی معرفی شد.",
			[]string{"کامران نیک‌فر"}},
		{"a holder named once", "فرمانده لشکر ۱۶ زرهی بهمن رستمی‌پور گفت: کار آغاز شد.",
			[]string{"بهمن رستمی‌پور"}},
		{"a person named elsewhere too", "فرمانده لشکر ۱۶ زرهی بهمن رستمی‌پور گفت: کار آغاز شد. بهمن رستمی‌پور افزود: برنامه ادامه دارد.",
			[]string{"بهمن رستمی‌پور", "بهمن رستمی‌پور"}},
	})
}
