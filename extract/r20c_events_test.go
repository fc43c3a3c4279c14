package extract

import "testing"

// TestR20CSigningAfterThisVisit checks that «در حاشیه این بازدید
// تفاهم‌نامه ... امضا شد» tells of a signing (a meeting), with its
// signers, and not of the visit again: the agreement's noun after the
// visit's is no light verb of it.
func TestR20CSigningAfterThisVisit(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"بازدید معاون وزیر از مزارع کوهسار\n\n" +
		"کوهسار- رسول بهارلونیا معاون وزیر نیرو امروز یکشنبه از سد مخزنی کندلان بازدید کرد.\n\n" +
		"در این بازدید ماهان ترکمان‌پور، مدیرعامل شرکت آب منطقه‌ای کوهسار حضور داشت.\n\n" +
		"در حاشیه این بازدید تفاهم‌نامه همکاری شرکت آب منطقه‌ای کوهسار و دانشگاه صنعتی کوهسار با حضور معاون وزیر امضا شد. " +
		"این تفاهم‌نامه را ترکمان‌پور و شاهین گلپایه‌زاد رئیس دانشگاه صنعتی کوهسار امضا کردند.\n"
	e := r17CEvent(t, page, "meeting")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("signing participants %v, want %s", e.Participants, n)
		}
	}
	if e.Date == nil || *e.Date != "2026-12-06" {
		t.Errorf("signing %+v, want it on the visit's day 2026-12-06", e)
	}
}
