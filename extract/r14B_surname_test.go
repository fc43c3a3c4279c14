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

// TestR14BNoNameBeforeNextLinePost checks a word ending a line, with a
// post opening the next one (a kicker «اقتصادی | بانک و بیمه» above a
// title «مدیر شعب بانک X:»): no name set off before a post.
func TestR14BNoNameBeforeNextLinePost(t *testing.T) {
	text := "date 2026-12-05\nپایگاه خبری لرستان‌فردا\nاقتصادی | بانک و بیمه\nکد خبر: ۹۱۸۴۰\n\nمدیر بانک:\nتسهیلات پرداخت شد\n\nبه گزارش لرستان‌فردا، نشست بانک برگزار شد.\n"
	d, err := File("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Persons) != 0 {
		t.Errorf("persons %v, want none", d.Persons)
	}
}

// TestR14BHolyNameInBody checks «بیمارستان ۱۶۰ تختخوابی امام رضا (ع)
// X»: the holy name after a body's head and words that describe it names
// the body, no person; the person of the sentence stays.
func TestR14BHolyNameInBody(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"بیمارستان ۱۶۰ تختخوابی امام رضا (ع) ازنا با حضور دکتر کاوه نیک‌گهر افتتاح شد.", "کاوه نیک‌گهر"},
	})
}
