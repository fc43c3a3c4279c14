package extract

import "testing"

// TestR14BSurnameLikeVerb checks a surname that starts with «می» but has
// a first part of its own before a non-joiner and ends in a surname ending
// (میمه‌ای‌نژاد، میهن‌دوست): a surname, not a verb (می‌رود).
func TestR14BSurnameLikeVerb(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"با حکم مدیر شعب استان، کاوه میمه‌ای‌نژاد از امروز به عنوان رئیس شعبه ازنا منصوب شد.", "کاوه میمه‌ای‌نژاد"},
		{"بهروز میهن‌دوست در این نشست گفت: کار آغاز شده است.", "بهروز میهن‌دوست"},
	})
}
