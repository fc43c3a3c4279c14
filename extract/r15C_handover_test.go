package extract

import (
	"slices"
	"testing"
)

// TestR15CHandoverPredecessorMoved checks a handover report whose
// outgoing holder is told appointed to a new post of his own: the one
// introduced still takes the report's post, with him as predecessor, and
// his move is a second appointment.
func TestR15CHandoverPredecessorMoved(t *testing.T) {
	text := "آیین تودیع و معارفه مدیرکل بنیاد مسکن استان گیلان برگزار شد. در این آیین از زحمات بهرام نیک‌گهر قدردانی و کامران دلاورپور‌پور معرفی شد. نیک‌گهر به عنوان معاون عمرانی بنیاد مسکن منصوب شده است."
	got := r13DApps(t, text)
	for _, want := range []string{
		"کامران دلاورپور‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌گهر",
		"بهرام نیک‌گهر | معاون عمرانی | بنیاد مسکن استان گیلان | ",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("appointments %q, want %q", got, want)
		}
	}
}

// TestR15CReplacedThenPost checks «الف جایگزین ب شد و به عنوان R ...»:
// the one replaced is the predecessor, not the one who takes the post.
func TestR15CReplacedThenPost(t *testing.T) {
	for _, s := range []string{
		"کامران دلاورپور‌پور جایگزین بهرام نیک‌گهر شد و به عنوان مدیرکل بنیاد مسکن استان گیلان آغاز به کار کرد.",
		"با حکم رئیس بنیاد مسکن، کامران دلاورپور‌پور جایگزین بهرام نیک‌گهر شد و به عنوان مدیرکل بنیاد مسکن استان گیلان منصوب شد.",
	} {
		got := r13DApps(t, s)
		want := "کامران دلاورپور‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌گهر"
		if !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", s, got, want)
		}
	}
}

// TestR15CPredecessorNowInCharge checks «از زحمات Y، دادستان سابق این
// شهرستان که اکنون ریاست BODY را بر عهده دارد، قدردانی شد»: the charge he
// holds now is his move, an appointment; a post told as a state («که
// اکنون معاون X است») stays an affiliation.
func TestR15CPredecessorNowInCharge(t *testing.T) {
	lead := "در این نشست، با حکم رئیس کل دادگستری استان، کامران دلاورپور‌پور به عنوان دادستان عمومی و انقلاب شهرستان لاهیجان معرفی و از زحمات بهرام نیک‌گهر، دادستان سابق این شهرستان "
	got := r13DApps(t, lead+"که اکنون ریاست شعبه سوم دادگاه تجدیدنظر استان گیلان را بر عهده دارد، قدردانی شد.")
	want := "بهرام نیک‌گهر | رئیس | شعبه سوم دادگاه تجدیدنظر استان گیلان | "
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
	got = r13DApps(t, lead+"که اکنون معاون دادگستری استان گیلان است، قدردانی شد.")
	for _, g := range got {
		if len(g) > len("بهرام نیک‌گهر") && g[:len("بهرام نیک‌گهر")] == "بهرام نیک‌گهر" {
			t.Errorf("appointments %q: a post told as a state is no appointment", got)
		}
	}
}
