package extract

import (
	"strings"
	"testing"
)

// «همچنین در حکمی دیگر از سوی وزیر، X به عنوان R منصوب شد» in a report of
// a ceremony: X's appointment is told beside the ceremony, and X was not
// said to be there; «در این مراسم با حکمی جداگانه ... معرفی شد» was.
func TestR9cSeparateDecree(t *testing.T) {
	head := "کد خبر: ۶۶۱۰۲\n" +
		"دوشنبه ۱۰ آذر ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"رئیس جدید سازمان نمونه معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه کیانوش مهرآیین به عنوان رئیس سازمان نمونه دیروز با حضور وزیر جهاد کشاورزی برگزار شد.\n\n"
	for _, c := range []struct {
		last string
		want bool
	}{
		{"در حکمی دیگر، وزیر مهتاب روشن‌ضمیر را مشاور خود در امور دام منصوب کرد.\n", false},
		{"در حکمی دیگر، وزیر مهتاب روشن‌ضمیر را مشاور خود در امور دام منصوب کرد. روشن‌ضمیر پیش از این معاون اداره کل دامپزشکی همدان بود.\n", false},
		{"در این مراسم با حکمی جداگانه، مهتاب روشن‌ضمیر به عنوان مشاور وزیر معرفی شد.\n", true},
	} {
		doc, err := File("separate.txt", []byte(head+c.last))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(strings.Join(eventsByType(doc)["ceremony"], "|"), "مهتاب روشن‌ضمیر")
		if got != c.want {
			t.Errorf("%q: appointee at the ceremony %v, want %v", c.last, got, c.want)
		}
	}
}
