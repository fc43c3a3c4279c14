package extract

import (
	"slices"
	"testing"
)

// r22aCheckAffs checks that the affiliations of text hold every want
// and none of not ("person|role|body").
func r22aCheckAffs(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := r19aAffs(t, text)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("affiliations %q lack %q", got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("affiliations %q hold %q", got, w)
		}
	}
}

// TestR22aChamberRepresentatives checks «عضو هیئت نمایندگان اتاق X»: the
// board of representatives is part of the post, which is of the chamber.
func TestR22aChamberRepresentatives(t *testing.T) {
	text := "کرمان- ایرنا- هیئتی از اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان امروز از بازارچه مرزی دیدن کرد. " +
		"در این بازدید بردیا کوهساری‌نژاد، عضو هیئت نمایندگان اتاق کرمان، گفت: صادرات باید دو برابر شود."
	r22aCheckAffs(t, text,
		[]string{"بردیا کوهساری‌نژاد|عضو هیئت نمایندگان|اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان"},
		[]string{"بردیا کوهساری‌نژاد|عضو|هیئت نمایندگان اتاق کرمان"})
}

// TestR22aKeptInPosts checks holders kept in their posts («در سمت‌های خود
// ابقا شدند»), listed each with the post in brackets or after a comma: a
// bare post, or an inner unit with no parent or place, is in the body the
// report is about; a post of its own body stays there.
func TestR22aKeptInPosts(t *testing.T) {
	lead := "بجنورد- ایرنا- آیین معارفه مدیرکل جدید تعاون، کار و رفاه اجتماعی استان خراسان شمالی امروز برگزار شد و هومن ریگزاری‌پور به عنوان مدیرکل تعاون، کار و رفاه اجتماعی استان خراسان شمالی معرفی شد.\n\n"
	body := "اداره کل تعاون، کار و رفاه اجتماعی استان خراسان شمالی"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"brackets", lead + "در پایان این آیین، بردیا کوهساری‌نژاد (معاون توسعه کارآفرینی) و ترلان شبنمی‌فر (رئیس اداره حقوقی) در سمت‌های خود ابقا شدند.",
			[]string{"بردیا کوهساری‌نژاد|معاون توسعه کارآفرینی|" + body, "ترلان شبنمی‌فر|رئیس اداره حقوقی|" + body},
			[]string{"ترلان شبنمی‌فر|رئیس|اداره حقوقی"}},
		{"commas", lead + "همچنین بردیا کوهساری‌نژاد، معاون توسعه کارآفرینی و ترلان شبنمی‌فر، معاون روابط کار نیز در سمت خود ابقا شدند.",
			[]string{"بردیا کوهساری‌نژاد|معاون توسعه کارآفرینی|" + body, "ترلان شبنمی‌فر|معاون روابط کار|" + body}, nil},
		{"own body", lead + "در پایان این آیین، بردیا کوهساری‌نژاد (معاون توسعه کارآفرینی) و ترلان شبنمی‌فر (رئیس اداره تعاون، کار و رفاه اجتماعی شهرستان شیروان) در سمت‌های خود ابقا شدند.",
			[]string{"ترلان شبنمی‌فر|رئیس|اداره تعاون، کار و رفاه اجتماعی شهرستان شیروان"},
			[]string{"ترلان شبنمی‌فر|رئیس اداره تعاون، کار و رفاه اجتماعی شهرستان شیروان|" + body}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r22aCheckAffs(t, tc.text, tc.want, tc.not) })
	}
}

// TestR22aCoordinatedPostInGuestList checks a «با حضور» list whose middle
// item has two posts joined by «و» and is followed by «و» and the last
// named item: both posts are the middle guest's. Where the coordinated
// post closes the list, it stays an unnamed guest's.
func TestR22aCoordinatedPostInGuestList(t *testing.T) {
	lead := "شیراز- ایرنا- آیین معارفه سرپرست جدید سازمان آتش‌نشانی شیراز صبح امروز با حضور بردیا کوهساری‌نژاد معاون خدمات شهری شهرداری شیراز، ترلان شبنمی‌فر عضو شورای اسلامی شهر شیراز و رئیس کمیته عمران شورا"
	post := "ترلان شبنمی‌فر|رئیس|کمیته عمران شورای اسلامی شهر شیراز"
	r22aCheckAffs(t, lead+" و هومن ریگزاری‌پور فرماندار شیراز برگزار شد.",
		[]string{post, "ترلان شبنمی‌فر|عضو|شورای اسلامی شهر شیراز", "هومن ریگزاری‌پور|فرماندار|فرمانداری شیراز"}, nil)
	r22aCheckAffs(t, "شیراز- ایرنا- آیین معارفه سرپرست جدید سازمان آتش‌نشانی شیراز صبح امروز با حضور بردیا کوهساری‌نژاد معاون خدمات شهری شهرداری شیراز، ترلان شبنمی‌فر عضو شورای اسلامی شهر شیراز و فرماندار شیراز برگزار شد.",
		[]string{"ترلان شبنمی‌فر|عضو|شورای اسلامی شهر شیراز"}, []string{"ترلان شبنمی‌فر|فرماندار|فرمانداری شیراز"})
}
