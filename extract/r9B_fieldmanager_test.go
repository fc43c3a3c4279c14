package extract

import "testing"

// TestR9BFieldManagerOfBareHead checks that «مدیر FIELD HEAD» with the
// head noun alone is a post in the body of that head named before, with
// the field in the post, not a «مدیریت» of its own.
func TestR9BFieldManagerOfBareHead(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"university named in an earlier part", "رئیس دانشگاه صنعتی اراک گفت: کار ادامه دارد.\n\nدکتر سارا مقدم، مدیر توسعه پژوهش و فناوری دانشگاه، در این باره گفت: کارگاه برگزار می‌شود.",
			[]string{"سارا مقدم|مدیر توسعه پژوهش و فناوری|دانشگاه صنعتی اراک"}},
		{"company named before", "مدیرعامل شرکت فولاد سپید گفت: کار ادامه دارد. نادر امینی، مدیر امور مالی شرکت، گفت: سود بالا رفت.",
			[]string{"نادر امینی|مدیر امور مالی|شرکت فولاد سپید"}},
		{"a named body after the field stays", "نادر امینی، مدیر امور مالی شرکت فولاد سپید، گفت: سود بالا رفت.",
			[]string{"نادر امینی|مدیر امور مالی|شرکت فولاد سپید"}},
	})
}
