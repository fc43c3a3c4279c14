package extract

import (
	"slices"
	"testing"
)

// TestR23ECommonGivenBeforePost checks that a given name that is also a
// common word is read as a given name before a surname with no surname's
// ending when a post follows the name after a comma or after «(نیز) به
// عنوان»; and that the common word before a noun that is no name is still
// no person.
func TestR23ECommonGivenBeforePost(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no person
	}{
		{"امید تهرانچی، رئیس اداره راهداری شهرستان ساوه، در این نشست گفت: جاده‌ها آماده زمستان است.\n", "امید تهرانچی"},
		{"این نشست با حضور آرزو تهرانی، مدیر امور بانوان استانداری قزوین، برگزار شد.\n", "آرزو تهرانی"},
		{"پیام تبریک استاندار در این آیین خوانده شد.\n", ""}, // a post right after two words is a noun's chain
		{"در این آیین، امید ساروخانی نیز به عنوان معاون فنی شرکت گاز استان زنجان معرفی شد.\n", "امید ساروخانی"},
		{"در این آیین، کاپیتان امید ساروخانی به عنوان معاون دریایی اداره کل بنادر و دریانوردی استان بوشهر معرفی شد.\n", "امید ساروخانی"},
		{"کاپیتان امید ساروخانی در این نشست گفت: کشتی‌ها آماده‌اند.\n", "امید ساروخانی"}, // «کاپیتان» is a title
		{"امید مردم به آینده، رئیس این اداره را به تلاش بیشتر واداشت.\n", ""},
	}
	for _, tt := range tests {
		got, _ := personsOf(tt.text)
		if tt.want == "" {
			if len(got) > 0 {
				t.Errorf("%s: persons %q, want none", tt.text, got)
			}
			continue
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: persons %q, want «%s»", tt.text, got, tt.want)
		}
	}
}

// TestR23ESpacedSurnames checks surnames whose joined parts are typed with
// spaces: a second part before a word of the day's time, a third part before
// a comma or a post, and no part taken from the words of a sentence that
// runs on to its end.
func TestR23ESpacedSurnames(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"مهندس کاوه تابشی زرکوه صبح امروز از کارگاه سد بازدید کرد.\n", "کاوه تابشی زرکوه"},
		{"بهمن سرلک سیه کوه، مدیرکل راه و شهرسازی استان ایلام، گفت: جاده آماده است.\n", "بهمن سرلک سیه کوه"},
		{"در این نشست ژیلا کاوسی کلاته سرخ مدیرکل بهزیستی استان سمنان گزارش داد.\n", "ژیلا کاوسی کلاته سرخ"},
		{"در پایان از همراهی کاوه تابانی صمیمانه سپاسگزاریم.\n", "کاوه تابانی"},
	}
	for _, tt := range tests {
		if got, _ := personsOf(tt.text); !slices.Contains(got, tt.want) {
			t.Errorf("%s: persons %q, want «%s»", tt.text, got, tt.want)
		}
	}
}
