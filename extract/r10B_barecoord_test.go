package extract

import "testing"

// TestR10BBareCoordinatedPosts checks «الف به سمت عضو هیئت‌مدیره و
// مدیرعامل و ب به سمت رئیس هیئت‌مدیره شرکت X منصوب شدند»: both bare posts
// of the first are in the body the list names last.
func TestR10BBareCoordinatedPosts(t *testing.T) {
	doc, err := File("t.txt", []byte("مجمع عمومی شرکت گاز استان یزد دیروز برگزار شد و در آن مهندس کاوه نیکو به سمت عضو هیئت‌مدیره و مدیرعامل و دکتر آرش سپهرفر به سمت رئیس هیئت‌مدیره شرکت گاز استان یزد انتخاب شدند."))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	for _, want := range []string{"کاوه نیکو | عضو هیئت‌مدیره | شرکت گاز استان یزد", "کاوه نیکو | مدیرعامل | شرکت گاز استان یزد", "آرش سپهرفر | رئیس هیئت‌مدیره | شرکت گاز استان یزد"} {
		if !has(affs, want) {
			t.Errorf("no %q in %q", want, affs)
		}
	}
}
