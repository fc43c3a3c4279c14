package extract

import "testing"

// TestR10B3SupervisionPost checks «مدیر (هماهنگی و) نظارت بر W شرکت X»:
// the object of «نظارت بر» belongs to the post's title, whose body is
// the company named after it.
func TestR10B3SupervisionPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"supervision of", "در این آیین بهراد تابان مدیر نظارت بر توزیع برق شرکت توانیر سخن گفت.",
			[]string{"بهراد تابان|مدیر نظارت بر توزیع برق|شرکت توانیر"}},
		{"coordination and supervision", "در این آیین بهراد تابان مدیر هماهنگی و نظارت بر توزیع برق شرکت توانیر سخن گفت.",
			[]string{"بهراد تابان|مدیر هماهنگی و نظارت بر توزیع برق|شرکت توانیر"}},
	})
}
