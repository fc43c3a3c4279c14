package extract

import (
	"slices"
	"testing"
)

// TestR14DThisPostHolder checks one told, after an appointment, to have
// held «this post» («در این سمت بود»، «عهده‌دار این مسئولیت بود»، «این
// مسئولیت را بر عهده داشت»): he is its predecessor; one who will stay in
// it is not.
func TestR14DThisPostHolder(t *testing.T) {
	lead := "کامران دلاورپور‌پور با حکم رئیس بنیاد مسکن به عنوان مدیرکل بنیاد مسکن استان گیلان منصوب شد. "
	want := "کامران دلاورپور‌پور | مدیرکل | بنیاد مسکن استان گیلان | بهرام نیک‌گهر"
	for _, s := range []string{
		"بهرام نیک‌گهر که هشت سال در این سمت بود، به عنوان مشاور رئیس سازمان منصوب شد.",
		"بهرام نیک‌گهر پیش از این عهده‌دار این مسئولیت بود.",
		"بهرام نیک‌گهر از سال ۱۴۰۰ این مسئولیت را بر عهده داشت.",
	} {
		if got := r13DApps(t, lead+s); !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", s, got, want)
		}
	}
	s := "بهرام نیک‌گهر در این سمت خواهد ماند."
	if got := r13DApps(t, lead+s); slices.Contains(got, want) {
		t.Errorf("%s: appointments %q, no predecessor told", s, got)
	}
}
