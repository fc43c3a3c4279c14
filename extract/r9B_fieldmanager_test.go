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
		{"no company named: no body", "نادر امینی، مدیر امور مالی شرکت، گفت: سود بالا رفت.", nil},
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

// TestR9BBareHeadAcrossSubheading checks that a post with a bare head
// noun under a sub-heading («مترون بیمارستان») is in the body of that head
// named in the report's part before, and that a report with its own date
// takes no body from the report before it.
func TestR9BBareHeadAcrossSubheading(t *testing.T) {
	text := "آیین معارفه رئیس بیمارستان امام رضا بروجن صبح امروز در سالن اجتماعات بیمارستان برگزار شد.\n\nبازدید از بخش دیالیز\n\nپس از پایان مراسم، خانم نسرین رستمی، مترون بیمارستان، از بخش دیالیز بازدید کرد."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	if !has(affs, "نسرین رستمی | مترون | بیمارستان امام رضا بروجن") {
		t.Errorf("affiliations %q", affs)
	}
	two := "date 2025-01-05 آیین معارفه رئیس بیمارستان امام رضا بروجن صبح امروز برگزار شد.\n\ndate 2025-01-06 خانم نسرین رستمی، مترون بیمارستان، از بخش دیالیز بازدید کرد."
	if doc, err = File("t.txt", []byte(two)); err != nil {
		t.Fatal(err)
	}
	if affs, _ = affPairs(doc); has(affs, "نسرین رستمی | مترون | بیمارستان امام رضا بروجن") {
		t.Errorf("another report's body: %q", affs)
	}
}

// TestR9BThisBodyOfPostBefore checks «معاون پرورشی این اداره کل» after a
// post that heads a directorate the body rules never named: the post is
// in that directorate.
func TestR9BThisBodyOfPostBefore(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this directorate", "آیین معارفه مدیرکل آموزش و پرورش استان یزد برگزار شد. کاوه نیکو، معاون پرورشی این اداره کل گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|معاون پرورشی|اداره کل آموزش و پرورش استان یزد"}},
	})
}

// TestR9BUnitOfThisBody checks «سرپرست دانشکده فنی این دانشگاه»: a unit
// named by its own head noun before «این HEAD» is a body of its own, the
// unit of the body named before; plain post words stay in the post.
func TestR9BUnitOfThisBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"a school of this university", "رئیس دانشگاه یزد با صدور حکمی کاوه نیکو را به سمت سرپرست دانشکده فنی این دانشگاه منصوب کرد.",
			[]string{"کاوه نیکو|سرپرست|دانشکده فنی دانشگاه یزد|"}},
		{"a school named as a body, of this university", "رئیس دانشگاه یزد با صدور حکمی کاوه نیکو را به سمت سرپرست دانشکده پزشکی این دانشگاه منصوب کرد.",
			[]string{"کاوه نیکو|سرپرست|دانشکده پزشکی دانشگاه یزد|"}},
	})
	checkAffiliationCases(t, []affCase{
		{"post words before this", "شرکت فولاد سپید قرارداد امضا کرد. کاوه نیکو، مدیر فنی این شرکت گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیر فنی|شرکت فولاد سپید"}},
	})
}
