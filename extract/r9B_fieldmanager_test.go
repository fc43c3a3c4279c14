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

// TestR9BFieldManagerAcrossSubheading checks that the body of «مدیر FIELD
// دانشگاه» is found in the part of the file before a sub-heading.
func TestR9BFieldManagerAcrossSubheading(t *testing.T) {
	text := "رئیس دانشگاه صنعتی اراک طی حکمی دکتر کاوه نیکو را به عنوان سرپرست دانشکده فنی این دانشگاه منصوب کرد.\n\nکارگاه آموزشی برای دانشجویان\n\nاز سوی دیگر، کارگاه «نگارش مقاله» از روز شنبه در دانشگاه برگزار می‌شود.\n\nدکتر سارا مقدم، مدیر توسعه پژوهش و فناوری دانشگاه، در این باره گفت: کارگاه دو روزه است."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	if !has(affs, "سارا مقدم | مدیر توسعه پژوهش و فناوری | دانشگاه صنعتی اراک") {
		t.Errorf("affiliations %q", affs)
	}
}
