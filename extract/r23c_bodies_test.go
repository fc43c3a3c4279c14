package extract

import "testing"

// TestR23CBareMinister checks that a minister told of only as a decree's
// issuer («با حکم وزیر نیرو») names no ministry, while a deputy minister
// with his holder («X، معاون وزیر نیرو») still does.
func TestR23CBareMinister(t *testing.T) {
	text := "با حکم وزیر نیرو، رسول بهارلونیا به عنوان مدیرعامل شرکت آب منطقه‌ای استان سمنان منصوب شد. " +
		"حکم وی روز گذشته از سوی وزیر نیرو صادر شده است."
	got := orgNames(t, text)
	if r22cHasBody(got, "وزارت نیرو") {
		t.Errorf("bodies %q, want no «وزارت نیرو»", got)
	}
	text = "در این آیین ماهان ترکمان‌پور، معاون وزیر نیرو، گفت: شرکت آب منطقه‌ای استان سمنان طرح تازه‌ای دارد."
	got = orgNames(t, text)
	if !r22cHasBody(got, "وزارت نیرو") {
		t.Errorf("bodies %q, want «وزارت نیرو»", got)
	}
}
