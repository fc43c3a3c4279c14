package extract

import "testing"

// TestR17BRelativeAfterComma checks that a relative clause set off by a
// comma after a name («با دبیری الف، که از این پس دبیر این شورا است،»)
// gives the post to that name.
func TestR17BRelativeAfterComma(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"comma before «که»", "خبر\n\nعصر امروز جلسه شورای ورزش شهرستان بردسکن با دبیری کامران نیک‌فر، که از این پس دبیر این شورا است، برگزار شد.",
			[]string{"کامران نیک‌فر|دبیر|شورای ورزش شهرستان بردسکن"}},
	})
}
