package extract

import (
	"slices"
	"testing"
)

// TestR10B2RespectivelyCommaList checks «استاندار، الف، ب و ج را به
// ترتیب به سمت فرماندار X، فرماندار Y و بخشدار مرکزی Z منصوب کرد»: posts
// listed with commas as well as «و» go one to each name in order, a
// title before a name included.
func TestR10B2RespectivelyCommaList(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"three posts with commas", "استاندار یزد، کاوه نیکو، آرش سپهرفر و مهندس بهراد تابان را به ترتیب به سمت فرماندار شهرستان مهریز، فرماندار شهرستان میبد و بخشدار مرکزی شهرستان اردکان منصوب کرد.",
			[]string{"کاوه نیکو|فرماندار|فرمانداری شهرستان مهریز|", "آرش سپهرفر|فرماندار|فرمانداری شهرستان میبد|", "بهراد تابان|بخشدار|بخشداری مرکزی شهرستان اردکان|"}},
	})
}

// TestR10B2WrittenCountyForm checks that a body inferred from a post with
// «شهرستان» («فرماندار شهرستان میبد») takes the name the report writes
// for it («در فرمانداری میبد»), while one written in full keeps it.
func TestR10B2WrittenCountyForm(t *testing.T) {
	text := "کاوه نیکو به سمت فرماندار شهرستان میبد منصوب شد. آیین معارفه او فردا در فرمانداری میبد برگزار می‌شود. آرش سپهرفر نیز به سمت فرماندار شهرستان مهریز منصوب شد و در فرمانداری شهرستان مهریز معرفی شد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range doc.Appointments {
		got = append(got, ap.Person+"|"+ap.Organization)
	}
	for _, want := range []string{"کاوه نیکو|فرمانداری میبد", "آرش سپهرفر|فرمانداری شهرستان مهریز"} {
		if !slices.Contains(got, want) {
			t.Errorf("appointments %q, want %q", got, want)
		}
	}
}

// TestR10B2PostNoName checks that «پست» (a post) is no surname: «پست
// ریاست این هیئت خالی بود» names nobody.
func TestR10B2PostNoName(t *testing.T) {
	names, _ := personsOf("کاوه نیکو از امروز ریاست هیئت شنای شهرستان میبد را عهده‌دار شد؛ پست ریاست این هیئت از تیرماه خالی بود.")
	if slices.Contains(names, "پست") {
		t.Errorf("persons %q", names)
	}
}

// TestR10B2RespectivelyBarePosts checks «الف، ب و ج را به ترتیب به عنوان
// معاون فنی، معاون اداری و مالی و مدیر روابط عمومی این شرکت منصوب کرد»:
// bare posts listed before the one naming the body are in that body.
func TestR10B2RespectivelyBarePosts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"bare posts, the body last", "مدیرعامل شرکت آب منطقه‌ای یزد طی احکامی، علی مرادی، رضا حسنی و زینب قربانی را به ترتیب به عنوان معاون فنی، معاون اداری و مالی و مدیر روابط عمومی این شرکت منصوب کرد.",
			[]string{"علی مرادی|معاون فنی|شرکت آب منطقه‌ای یزد|", "رضا حسنی|معاون اداری و مالی|شرکت آب منطقه‌ای یزد|", "زینب قربانی|مدیر روابط عمومی|شرکت آب منطقه‌ای یزد|"}},
	})
}

// TestR10B2RespectivelyPredicates checks «الف، ب و ج به ترتیب فرماندار X،
// فرماندار Y و بخشدار مرکزی Z شدند»: posts told as the predicates of
// «شدند» after «به ترتیب» appoint one name each, in order; with «هستند»
// they are posts only.
func TestR10B2RespectivelyPredicates(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"became", "همچنین بهروز ملکی، کاوه رحیمی و سارا نادری به ترتیب فرماندار شهرستان مهریز، فرماندار شهرستان میبد و بخشدار مرکزی شهرستان اردکان شدند.",
			[]string{"بهروز ملکی|فرماندار|فرمانداری شهرستان مهریز|", "کاوه رحیمی|فرماندار|فرمانداری شهرستان میبد|", "سارا نادری|بخشدار|بخشداری مرکزی شهرستان اردکان|"}},
		{"are", "بهروز ملکی، کاوه رحیمی و سارا نادری به ترتیب فرماندار شهرستان مهریز، فرماندار شهرستان میبد و بخشدار مرکزی شهرستان اردکان هستند.", nil},
	})
}

// TestR10B2RespectivelyBodyBefore checks «در جلسه شورای X، ... ب و ج به
// ترتیب به عنوان نایب رئیس و منشی انتخاب شدند»: bare posts all, in the
// body named before in the sentence.
func TestR10B2RespectivelyBodyBefore(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"bare posts, the body before", "در جلسه امروز شورای اسلامی شهر مهریز، حسن کریمی و زهرا نیکزاد به ترتیب به عنوان نایب‌رئیس و منشی انتخاب شدند.",
			[]string{"حسن کریمی|نایب‌رئیس|شورای اسلامی شهر مهریز|", "زهرا نیکزاد|منشی|شورای اسلامی شهر مهریز|"}},
	})
}
