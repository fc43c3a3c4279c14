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
	text := "آیین تودیع و معارفه مدیرکل بنیاد مسکن استان گیلان برگزار شد. در این آیین از زحمات بهرام نیک‌سرشت قدردانی و کامران دلاوری‌پور معرفی شد. نیک‌سرشت به عنوان معاون عمرانی بنیاد مسکن منصوب شده است."
	got := r13DApps(t, text)
	for _, want := range []string{
		"کامران دلاوری‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌سرشت",
		"بهرام نیک‌سرشت | معاون عمرانی | بنیاد مسکن استان گیلان | ",
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
		"کامران دلاوری‌پور جایگزین بهرام نیک‌سرشت شد و به عنوان مدیرکل بنیاد مسکن استان گیلان آغاز به کار کرد.",
		"با حکم رئیس بنیاد مسکن، کامران دلاوری‌پور جایگزین بهرام نیک‌سرشت شد و به عنوان مدیرکل بنیاد مسکن استان گیلان منصوب شد.",
	} {
		got := r13DApps(t, s)
		want := "کامران دلاوری‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌سرشت"
		if !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", s, got, want)
		}
	}
}
