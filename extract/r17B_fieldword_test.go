package extract

import "testing"

// TestR17BFieldHeadBeforeMinister checks that a head noun naming no body
// inside a deputy's post, right before the minister or governor the post
// is under («معاون آب و آبفای وزیر نیرو»), is the post's field, and that
// one with no such post after it still begins the post's body.
func TestR17BFieldHeadBeforeMinister(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"field before the minister", "خبر\n\nدر این آیین دکتر کامران نیک‌فر معاون آب و آبفای وزیر نیرو حضور داشت.",
			[]string{"کامران نیک‌فر|معاون آب و آبفای وزیر|وزارت نیرو"}},
		{"a body's head with no post after it", "خبر\n\nدر این آیین دکتر کامران نیک‌فر معاون فنی آبفای شهرستان دامغان حضور داشت.",
			[]string{"کامران نیک‌فر|معاون فنی|آبفای شهرستان دامغان"}},
	})
}
