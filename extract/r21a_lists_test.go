package extract

import (
	"slices"
	"testing"
)

// TestR21aPairedPosts checks «الف و ب، R1 و R2 PLACE، ...» without «به
// ترتیب»: each name holds the post in the same place of the list, a bare
// post taking the last post's place or body, and the last name does not
// keep the first post.
func TestR21aPairedPosts(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"posts of their own offices", "شیراز- ایرنا- دیدار مردمی امروز برگزار شد. در این دیدار کیوان آبشارزاده و تورج برفاب‌نیا، فرماندار و شهردار کوهدشت، درباره طرح‌های عمرانی گفت‌وگو کردند.",
			[]string{"کیوان آبشارزاده|فرماندار|فرمانداری کوهدشت", "تورج برفاب‌نیا|شهردار|شهرداری کوهدشت"},
			[]string{"تورج برفاب‌نیا|فرماندار|فرمانداری شیراز", "تورج برفاب‌نیا|فرماندار|فرمانداری کوهدشت"}},
		{"posts of one body", "در این نشست سیمین آبنوس‌پور و بهرام دشتی‌فر، رئیس و معاون اداره کل ورزش و جوانان استان لرستان، حضور داشتند.",
			[]string{"سیمین آبنوس‌پور|رئیس|اداره کل ورزش و جوانان استان لرستان", "بهرام دشتی‌فر|معاون|اداره کل ورزش و جوانان استان لرستان"},
			[]string{"بهرام دشتی‌فر|رئیس|اداره کل ورزش و جوانان استان لرستان"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := r19aAffs(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("affiliations %q lack %q", got, w)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("affiliations %q hold %q", got, w)
				}
			}
		})
	}
}

// TestR21aPresidiumPost checks one presidium member elected with no body
// after the post: the post is in the council the presidium belongs to,
// told as a predicate or after «به عنوان/به سمت/در سمت».
func TestR21aPresidiumPost(t *testing.T) {
	lead := "شیراز- ایرنا- جلسه شورای اسلامی شهر کوهدشت امروز برگزار شد. "
	want := []string{"سیمین آبنوس‌پور|منشی|شورای اسلامی شهر کوهدشت|"}
	// After «در سمت» and «به عنوان» the post is read whole, «منشی هیئت
	// رئیسه» (r21bPlacedInPost, r21bPresidiumOwner); its head and body
	// are the same.
	whole := []string{"سیمین آبنوس‌پور|منشی هیئت رئیسه|شورای اسلامی شهر کوهدشت|"}
	checkAppointmentCases(t, []appointmentCase{
		{"predicate", lead + "در این انتخابات سیمین آبنوس‌پور نیز منشی هیئت رئیسه شد.", want},
		{"in the post", lead + "در این انتخابات سیمین آبنوس‌پور در سمت منشی هیئت رئیسه قرار گرفت.", whole},
		{"as title", lead + "در این انتخابات سیمین آبنوس‌پور به عنوان منشی هیئت رئیسه شورا انتخاب شد.", whole},
		{"own body", "سیمین آبنوس‌پور نیز منشی هیئت رئیسه انجمن صنفی نانوایان کوهدشت شد.", []string{"سیمین آبنوس‌پور|منشی|انجمن صنفی نانوایان کوهدشت|"}},
		{"no election", lead + "سیمین آبنوس‌پور در جلسه هیئت رئیسه شورا گفت.", nil},
	})
}

// TestR21aCoordinatedPosts checks one person given several posts of one
// body joined by «و» as the predicate of «شد»: an appointment to the body
// (told with the first post, as after «به عنوان»), each post an
// affiliation; none for a post held before.
func TestR21aCoordinatedPosts(t *testing.T) {
	text := "کیوان آبشارزاده عضو هیئت‌مدیره و مدیرعامل شرکت آب و فاضلاب استان لرستان شد."
	checkAppointmentCases(t, []appointmentCase{
		{"predicate", text, []string{"کیوان آبشارزاده|عضو هیئت‌مدیره|شرکت آب و فاضلاب استان لرستان|"}},
		{"past post", "کیوان آبشارزاده پیش از این عضو هیئت‌مدیره و مدیرعامل شرکت آب و فاضلاب استان لرستان شده بود.", nil},
	})
	got := r19aAffs(t, text)
	for _, w := range []string{"کیوان آبشارزاده|عضو هیئت‌مدیره|شرکت آب و فاضلاب استان لرستان", "کیوان آبشارزاده|مدیرعامل|شرکت آب و فاضلاب استان لرستان"} {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
}

// TestR21aSemicolonItems checks a «با حضور» list of «R، X» items closed by
// «؛»: the post after «؛» is the next name's, each name keeps the post
// told before it.
func TestR21aSemicolonItems(t *testing.T) {
	text := "این همایش با حضور مدیرکل ورزش و جوانان استان لرستان، کیوان آبشارزاده؛ معاون فنی اداره کل ورزش و جوانان استان لرستان و داور این همایش، سیمین آبنوس‌پور؛ رئیس هیئت شنای استان لرستان، بهرام دشتی‌فر و دبیر هیئت شنای استان لرستان، تورج برفاب‌نیا برگزار شد."
	got := r19aAffs(t, text)
	for _, w := range []string{
		"کیوان آبشارزاده|مدیرکل|اداره کل ورزش و جوانان استان لرستان",
		"سیمین آبنوس‌پور|معاون فنی|اداره کل ورزش و جوانان استان لرستان",
		"بهرام دشتی‌فر|رئیس|هیئت شنای استان لرستان",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
	if slices.Contains(got, "کیوان آبشارزاده|معاون فنی|اداره کل ورزش و جوانان استان لرستان") {
		t.Errorf("affiliations %q give the next item's post to the name before «؛»", got)
	}
}

// TestR21aPresidiumBrackets checks a presidium named before its members'
// names with their posts in brackets, no election told: each bare post is
// in the council the presidium belongs to, named by its first word.
func TestR21aPresidiumBrackets(t *testing.T) {
	text := "اتاق بازرگانی، صنایع، معادن و کشاورزی کوهدشت از کارخانه‌ها بازدید کرد. در این بازدید هیئت‌رئیسه اتاق با کیوان آبشارزاده (رئیس)، سیمین آبنوس‌پور (نایب‌رئیس اول) و بهرام دشتی‌فر (خزانه‌دار) حضور داشت."
	got := r19aAffs(t, text)
	for _, w := range []string{
		"کیوان آبشارزاده|رئیس|اتاق بازرگانی، صنایع، معادن و کشاورزی کوهدشت",
		"سیمین آبنوس‌پور|نایب‌رئیس اول|اتاق بازرگانی، صنایع، معادن و کشاورزی کوهدشت",
		"بهرام دشتی‌فر|خزانه‌دار|اتاق بازرگانی، صنایع، معادن و کشاورزی کوهدشت",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
}

// TestR21aPresidiumMembersListed checks «دیگر اعضای هیئت رئیسه عبارتند
// از: الف (...)، ب (...) و ج (...)» after a presidium's posts were told:
// each listed name is a member of the same council's presidium.
func TestR21aPresidiumMembersListed(t *testing.T) {
	text := "در نخستین جلسه هیئت‌رئیسه، کیوان آبشارزاده و سیمین آبنوس‌پور به ترتیب به عنوان نایب‌رئیس و خزانه‌دار هیئت شنای استان لرستان انتخاب شدند. دیگر اعضای هیئت‌رئیسه عبارتند از: بهرام دشتی‌فر (نماینده مربیان)، تورج برفاب‌نیا (نماینده داوران) و مهتاب سبزوار."
	got := r19aAffs(t, text)
	for _, w := range []string{
		"بهرام دشتی‌فر|عضو هیئت‌رئیسه|هیئت شنای استان لرستان",
		"تورج برفاب‌نیا|عضو هیئت‌رئیسه|هیئت شنای استان لرستان",
		"مهتاب سبزوار|عضو هیئت‌رئیسه|هیئت شنای استان لرستان",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
}
