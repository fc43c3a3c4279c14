package extract

import "testing"

// TestListedPostHeldByOther checks «با حضور فرماندار، X و Y»: a post told
// before a comma and a name, whose holder the report named already, is a
// guest of the list, not the next name's post.
func TestListedPostHeldByOther(t *testing.T) {
	text := "نشست شورای ترافیک شهرستان نطنز برگزار شد\n\nدر این نشست کاوه رستمی، فرماندار نطنز گفت: کار ادامه دارد. " +
		"عصر همان روز جلسه ستاد اربعین شهرستان نطنز با حضور فرماندار، سرهنگ بهرام نیک‌فر و سیما آقایی‌نژاد، شهردار نطنز برگزار شد."
	got := affiliationsOf(text)
	for _, g := range got {
		if g == "بهرام نیک‌فر|فرماندار|فرمانداری نطنز" {
			t.Fatalf("a post held by another read as the listed name's: %q", got)
		}
	}
	want := map[string]bool{"کاوه رستمی|فرماندار|فرمانداری نطنز": false, "سیما آقایی‌نژاد|شهردار|شهرداری نطنز": false}
	wantAllOf(t, want, got)
}
