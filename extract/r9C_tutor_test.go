package extract

import (
	"strings"
	"testing"
)

// A workshop still to come whose news a manager gives the agency («X ...
// گفت: این کارگاه با تدریس Y برگزار خواهد شد»): the tutor named in the
// speech takes part; the one who tells of it does not, here or when she
// speaks again.
func TestR9cComingWorkshopTutorAndSource(t *testing.T) {
	text := "کدخبر: ۱۴۰۴۰۹۱۱۰۷\n" +
		"سه‌شنبه ۱۱ آذر ۱۴۰۴ / ۰۹:۴۰\n\n" +
		"کارگاه «نگارش پیشنهاده پژوهشی» برای دانشجویان\n\n" +
		"از سوی دیگر، کارگاه دو روزه «نگارش پیشنهاده پژوهشی» از شنبه ۱۵ آذرماه در تالار کتابخانه مرکزی برگزار می‌شود.\n\n" +
		"مهتاب روشن‌ضمیر، مدیر پژوهش دانشگاه، در این باره گفت: این کارگاه با تدریس کیانوش مهرآیین از استادان دانشگاه نمونه برگزار خواهد شد.\n\n" +
		"روشن‌ضمیر افزود: ثبت‌نام دانشجویان از طریق سامانه انجام می‌شود.\n"
	doc, err := File("tutor.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(eventsByType(doc)["workshop"], "|")
	if !strings.Contains(got, "کیانوش مهرآیین") || strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("workshop participants %q, want the tutor and not the one who tells of it", got)
	}
}
