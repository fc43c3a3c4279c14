package extract

import (
	"slices"
	"testing"
)

// TestPublicRelationsMasthead checks that a page's masthead «روابط عمومی
// X» on a line of its own lists the office besides X, while «به گزارش
// روابط عمومی X» in the lead lists X alone.
func TestPublicRelationsMasthead(t *testing.T) {
	got := orgNames(t, "روابط عمومی دانشگاه صنعتی بیرجند\nسه‌شنبه ۴ آذر ۱۴۰۴\n\nکارگاه ایمنی آزمایشگاه‌ها برگزار شد\n\nکارگاه ایمنی آزمایشگاه‌های دانشگاه صنعتی بیرجند امروز برگزار شد.")
	if !slices.Contains(got, "روابط عمومی دانشگاه صنعتی بیرجند") || !slices.Contains(got, "دانشگاه صنعتی بیرجند") {
		t.Errorf("masthead: bodies %q, want the office and the university", got)
	}
	got = orgNames(t, "خبر\n\nبه گزارش روابط عمومی دانشگاه صنعتی بیرجند، کارگاه ایمنی آزمایشگاه‌ها امروز برگزار شد.")
	if slices.Contains(got, "روابط عمومی دانشگاه صنعتی بیرجند") {
		t.Errorf("lead: bodies %q, want no office", got)
	}
}

// TestDelegationIsNoBody checks that «هیئت اقتصادی» alone names a kind of
// delegation, no body, while a board named in full is one.
func TestDelegationIsNoBody(t *testing.T) {
	if got := orgNames(t, "خبر\n\nبازدید هیئت اقتصادی از شهرک صنعتی بافق\n\nهیئت تجاری روز گذشته وارد شد."); len(got) != 0 {
		t.Errorf("delegations: bodies %q, want none", got)
	}
	if got := orgNames(t, "خبر\n\nدبیر هیئت فوتبال استان یزد گفت: مسابقات آغاز شد."); !slices.Contains(got, "هیئت فوتبال استان یزد") {
		t.Errorf("board: bodies %q, want the board", got)
	}
}
