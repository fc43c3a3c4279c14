package extract

import (
	"slices"
	"testing"
)

// r19aAffs returns the affiliations of a made-up page as
// "person|role|body" strings, from the document's output.
func r19aAffs(t *testing.T, text string) []string {
	t.Helper()
	d, err := File("page.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, af := range d.Affiliations {
		out = append(out, af.Person+"|"+af.Role+"|"+af.Organization)
	}
	return out
}

// TestR19aThankedHolderFromNow checks that «از خدمات Y قدردانی شد. وی از
// این پس ROLE BODY خواهد بود» gives the post from now on to the thanked
// outgoing holder Y, not to the newcomer named before him.
func TestR19aThankedHolderFromNow(t *testing.T) {
	text := "فرمانده جدید ناحیه مقاومت بسیج شهرستان کوهرنگ معرفی شد\n\nدر آیینی با حضور مسئولان، سرهنگ کیوان آبشارزاده به عنوان فرمانده ناحیه مقاومت بسیج شهرستان کوهرنگ معرفی شد. این آیین صبح امروز برگزار شد و از خدمات سرهنگ تورج برفاب‌نیا، فرمانده پیشین این ناحیه، قدردانی شد. وی از این پس جانشین فرمانده سپاه استان چهارمحال و بختیاری خواهد بود.\n"
	got := r19aAffs(t, text)
	want := "تورج برفاب‌نیا|جانشین فرمانده|سپاه استان چهارمحال و بختیاری"
	if !slices.Contains(got, want) {
		t.Errorf("affiliations %q lack %q", got, want)
	}
	for _, g := range got {
		if g == "کیوان آبشارزاده|جانشین فرمانده|سپاه استان چهارمحال و بختیاری" {
			t.Errorf("the newcomer got the outgoing holder's new post: %q", got)
		}
	}
}

// TestR19aIntensifiedCompoundVerb checks that a compound verb's noun with
// an adjective of degree before its light verb («حمایت کامل خواهد کرد»)
// does not end a body's name.
func TestR19aIntensifiedCompoundVerb(t *testing.T) {
	text := "دیدار استاندار\n\nفرهاد کوهسارنیا، فرمانده انتظامی استان ایلام گفت: فرماندهی انتظامی استان ایلام از هنگ مرزی دشت‌لاله حمایت کامل خواهد کرد.\n"
	d, err := File("page.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range d.Organizations {
		if o.Name == "هنگ مرزی دشت‌لاله حمایت" {
			t.Errorf("the verb's noun ended a body's name: %q", o.Name)
		}
	}
}

// TestR19aRepresentativeSeat checks that «X، عضو BODY1 و نماینده این شورا
// در BODY2» gives X a representative's post in BODY2, the body he sits
// in, resolved to its placed name told before.
func TestR19aRepresentativeSeat(t *testing.T) {
	text := "نشست شورای آموزش شهرستان کوهدشت\n\nنشست شورای آموزش شهرستان کوهدشت صبح امروز برگزار شد. کامران لاله‌زاری‌فر، عضو شورای اسلامی شهر کوهدشت و نماینده این شورا در شورای آموزش، نیز در این نشست حضور داشت.\n"
	got := r19aAffs(t, text)
	want := "کامران لاله‌زاری‌فر|نماینده این شورا|شورای آموزش شهرستان کوهدشت"
	if !slices.Contains(got, want) {
		t.Errorf("affiliations %q lack %q", got, want)
	}
}

// TestR19aChargeAdjuncts checks «مسئولیت BODY به جای وی/با حکم Z به X
// سپرده شد» (the adjuncts between the body and its new holder) and
// «الف پیش از این رئیس اداره ب بود و مسئولیت این اداره به ج سپرده شد»
// (the body of «این اداره», the post told before, its holder the
// predecessor).
func TestR19aChargeAdjuncts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"instead of him", "رئیس جدید بیمارستان امام رضا معرفی شد\n\nدر این آیین از زحمات دکتر فرامرز گلبانی‌نژاد، رئیس پیشین بیمارستان امام رضا شهرستان کازرون، قدردانی شد. همچنین مسئولیت ریاست بیمارستان امام رضا شهرستان کازرون به جای وی به دکتر سیاوش نخلستانی‌پور سپرده شد.",
			[]string{"سیاوش نخلستانی‌پور|رئیس|بیمارستان امام رضا شهرستان کازرون|فرامرز گلبانی‌نژاد"}},
		{"this office, by a decree", "معاونان جدید معرفی شدند\n\nدر این جلسه کیانوش سبزپوش‌نیا به عنوان معاون پشتیبانی اداره کل ورزش و جوانان استان فارس معرفی شد. سبزپوش‌نیا پیش از این رئیس اداره ورزش و جوانان شهرستان کازرون بود و مسئولیت این اداره با حکم مدیرکل به داریوش شکوفه‌زاری سپرده شد.",
			[]string{"کیانوش سبزپوش‌نیا|معاون پشتیبانی|اداره کل ورزش و جوانان استان فارس|", "داریوش شکوفه‌زاری|رئیس|اداره ورزش و جوانان شهرستان کازرون|سبزپوش‌نیا"}},
	})
}

// TestR19aTitledCompany checks that a post ending with a bare «شرکت»
// («X، مدیر مالی شرکت، ...») is in the report's own company, the one the
// title names, not in a shareholder company named last.
func TestR19aTitledCompany(t *testing.T) {
	text := "مجمع عمومی کاشی نگین کویر برگزار شد\n\nمجمع عمومی شرکت صنایع کاشی نگین کویر امروز برگزار شد. ریاست مجمع را کاوه ریگ‌زاری به نمایندگی از شرکت سرمایه‌گذاری ساختمان ماهان بر عهده داشت. بیژن شن‌گستر، مدیر مالی شرکت، نیز گزارشی ارائه کرد.\n"
	got := r19aAffs(t, text)
	want := "بیژن شن‌گستر|مدیر مالی|شرکت صنایع کاشی نگین کویر"
	if !slices.Contains(got, want) {
		t.Errorf("affiliations %q lack %q", got, want)
	}
}
