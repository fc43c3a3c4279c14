package extract

import "testing"

// TestR21BSpeakerPostNext checks «X نیز در این مراسم سخن گفت. R BODY با
// قدردانی از ... افزود: ...»: the post opening the next sentence, going
// on with the speech, is the speaker's; not so when that sentence names
// someone before «افزود».
func TestR21BSpeakerPostNext(t *testing.T) {
	text := "آیین معارفه مدیرکل جدید امروز برگزار شد.\n\n" +
		"کیومرث بهاروندی‌نژاد نیز در این مراسم سخن گفت. فرماندار ملایر با قدردانی از مدیر پیشین افزود: «همکاری ادامه دارد.»\n"
	affs, _, _ := r20bDoc(t, text)
	if !has(affs, "کیومرث بهاروندی‌نژاد | فرماندار | فرمانداری ملایر") {
		t.Errorf("affiliations %q, want the speaker's post told in the next sentence", affs)
	}
	text = "آیین معارفه مدیرکل جدید امروز برگزار شد.\n\n" +
		"کیومرث بهاروندی‌نژاد نیز در این مراسم سخن گفت. فرماندار ملایر با قدردانی از آرش دلنواز افزود: «همکاری ادامه دارد.»\n"
	affs, _, _ = r20bDoc(t, text)
	if has(affs, "کیومرث بهاروندی‌نژاد | فرماندار | فرمانداری ملایر") {
		t.Errorf("affiliations %q, want none when the sentence names another first", affs)
	}
}
