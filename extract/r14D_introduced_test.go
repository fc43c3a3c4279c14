package extract

import (
	"slices"
	"testing"
)

// TestR14DIntroducedUnposted checks a handover report that introduces its
// new holder with no post of his own, maybe after a relative clause
// closed by a comma: he takes the report's post, with or without an
// outgoing holder thanked.
func TestR14DIntroducedUnposted(t *testing.T) {
	lead := "آیین معارفه مدیرعامل جدید شرکت آب منطقه‌ای گیلان صبح امروز برگزار شد. "
	want := "کامران دلاورپور‌پور | مدیرعامل | شرکت آب منطقه‌ای گیلان | "
	for _, s := range []string{
		"در این آیین، کامران دلاورپور‌پور معرفی شد.",
		"در این آیین، کامران دلاورپور‌پور که با حکم وزیر نیرو منصوب شده است، معرفی شد.",
	} {
		if got := r13DApps(t, lead+s); !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", s, got, want)
		}
	}
	s := "در این آیین، کامران دلاورپور‌پور که با حکم وزیر نیرو منصوب شده بود، معرفی و از زحمات بهرام نیک‌گهر قدردانی شد."
	if got, w := r13DApps(t, lead+s), want+"بهرام نیک‌گهر"; !slices.Contains(got, w) {
		t.Errorf("appointments %q, want %q", got, w)
	}
	// Two introduced with no post: neither takes it.
	s = "در این آیین، کامران دلاورپور‌پور و مهسا زرین‌دل معرفی شدند."
	if got := r13DApps(t, lead+s); slices.Contains(got, want) {
		t.Errorf("appointments %q: two introduced, no one holder", got)
	}
}

// TestR14DPastHolderShortBody checks «پیش از این Y مدیرکل BODY بود» told
// after an appointment, with a short form of its body and no place of
// its own: Y is the predecessor; a body of another place is not.
func TestR14DPastHolderShortBody(t *testing.T) {
	lead := "کامران دلاورپور‌پور به عنوان مدیرکل بنیاد مسکن استان گیلان منصوب شد. "
	want := "کامران دلاورپور‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌گهر"
	for _, s := range []string{
		"پیش از این بهرام نیک‌گهر مدیرکل بنیاد مسکن استان بود.",
		"پیش از این بهرام نیک‌گهر مدیرکل بنیاد مسکن بود.",
	} {
		if got := r13DApps(t, lead+s); !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", s, got, want)
		}
	}
	s := "بهرام نیک‌گهر پیش از این مدیرکل بنیاد مسکن استان مازندران بود."
	if got := r13DApps(t, lead+s); slices.Contains(got, want) {
		t.Errorf("appointments %q: another province's body", got)
	}
}
