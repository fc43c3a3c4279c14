package extract

import (
	"strings"
	"testing"
)

// «X جایگزین Y شد که بازنشسته شده است» in a report of an introduction
// alone: Y is told of, not at it; at a farewell («تودیع و معارفه») Y is
// bid farewell there.
func TestR9cReplacedAtIntroduction(t *testing.T) {
	for _, c := range []struct {
		rite string
		want bool
	}{
		{"آیین معارفه", false},
		{"آیین تودیع و معارفه", true},
	} {
		text := "کد خبر: ۵۵۱۰۳\n" +
			"سه‌شنبه ۱۳ آذر ۱۴۰۳ - ۱۰:۰۰\n\n" +
			"شهردار جدید منطقه ۵ همدان معرفی شد\n\n" +
			"به گزارش خبرنگار ما، " + c.rite + " کیانوش مهرآیین به عنوان شهردار منطقه ۵ همدان امروز با حضور شهردار همدان برگزار شد.\n\n" +
			"مهرآیین جایگزین مهتاب روشن‌ضمیر شد که پس از سی سال کار بازنشسته شده است.\n"
		doc, err := File("replaced.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(strings.Join(eventsByType(doc)["ceremony"], "|"), "مهتاب روشن‌ضمیر")
		if got != c.want {
			t.Errorf("%s: the one replaced at it %v, want %v", c.rite, got, c.want)
		}
	}
}
