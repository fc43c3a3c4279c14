package extract

import (
	"strings"
	"testing"
)

// TestSpeechTellsHandoverAtEvent checks that a speaker who tells that, at
// this event («در حاشیه این آیین»), a new head was introduced and the one
// before thanked names two who were there: both take part in the
// exhibition, though named inside his speech.
func TestSpeechTellsHandoverAtEvent(t *testing.T) {
	page := "نمایشگاه سفال نمونه‌آباد گشایش یافت\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه سفال نمونه‌آباد صبح امروز با حضور کامران تیزرو، مدیرکل میراث فرهنگی استان در موزه نمونه‌آباد گشایش یافت.\n\n" +
		"تیزرو در این آیین گفت: این آثار از کاوش‌های امسال به دست آمده است. وی افزود: در حاشیه این آیین، بیژن سرافرازنیا با حکم مدیرکل به عنوان رئیس جدید موزه نمونه‌آباد معرفی شد و از تلاش‌های یوسف کاظم‌پناه، رئیس پیشین موزه تقدیر شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "exhibition" {
		t.Fatalf("events %+v, want one exhibition", doc.Events)
	}
	got := strings.Join(doc.Events[0].Participants, "|")
	for _, p := range []string{"کامران تیزرو", "بیژن سرافرازنیا", "یوسف کاظم‌پناه"} {
		if !strings.Contains(got, p) {
			t.Errorf("participants %q lack %s", got, p)
		}
	}
}
