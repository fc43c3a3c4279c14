package extract

import (
	"slices"
	"testing"
)

// TestR25aPhotoListItems checks a photo report whose pictures are listed
// under «در تصاویر:», one numbered or bulleted caption a line with no
// closing mark: the captions are part of the report (one article, no
// title of a report of their own, though a caption over a longer one
// reads like a headline over its lead), so the persons they name with their
// posts take part in the report's event.
func TestR25aPhotoListItems(t *testing.T) {
	for _, mark := range []string{"۱- ", "- "} {
		mark2 := "۲- "
		if mark == "- " {
			mark2 = "- "
		}
		text := "عکس خبر / افتتاح کتابخانه عمومی روستای کهنه‌ده\n\n" +
			"سمنان- ایرنا- کتابخانه عمومی روستای کهنه‌ده صبح امروز با حضور مدیرکل کتابخانه‌های عمومی استان سمنان افتتاح شد. این کتابخانه ۴ هزار جلد کتاب دارد.\n\n" +
			"در تصاویر:\n" +
			mark + "تورج شاهسپرم‌نیا، مدیرکل کتابخانه‌های عمومی استان سمنان، در حال بریدن روبان\n" +
			mark2 + "ژیلا کهربایی‌پور، فرماندار دامغان، در کنار کودکان و معلمان مدرسه روستا هنگام بازدید از بخش کودکان کتابخانه\n\n" +
			"شاهسپرم‌نیا در این آیین گفت: کتابخانه‌های روستایی باید گسترش یابند.\n"
		t.Run(mark, func(t *testing.T) {
			if arts := Segment(text); len(arts) != 1 {
				t.Errorf("%d articles, want 1", len(arts))
			}
			d, err := File("page.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var opened []string
			for _, e := range d.Events {
				if e.Type == "opening" {
					opened = append(opened, e.Participants...)
				}
			}
			for _, n := range []string{"تورج شاهسپرم‌نیا", "ژیلا کهربایی‌پور"} {
				if !slices.Contains(opened, n) {
					t.Errorf("opening participants %q lack %q", opened, n)
				}
			}
		})
	}
}
