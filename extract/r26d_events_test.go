package extract

import (
	"strings"
	"testing"
)

// TestR26DPhotoCaptionNoEvent checks that a caption in a photo list
// («در تصاویر:») that tells a moment of the report's exhibition («در
// گفت‌وگو با دانشجویان») makes no meeting of its own, and that the person
// it names takes part in the exhibition.
func TestR26DPhotoCaptionNoEvent(t *testing.T) {
	for _, mark := range []string{"- ", "۱- "} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
			"گشایش نمایشگاه صنایع دستی کندلان\n\n" +
			"کوهسار- نمایشگاه صنایع دستی شهرستان کندلان صبح امروز در سالن فرمانداری کندلان گشایش یافت.\n\n" +
			"در تصاویر:\n" +
			mark + "شاهین گلپایه‌زاد، فرماندار کندلان، در حال بازدید از غرفه‌ها؛\n" +
			mark + "نادر سپهری‌فرد، رئیس اداره میراث فرهنگی شهرستان کندلان، در گفت‌وگو با دانشجویان؛\n" +
			mark + "نمایی از غرفه‌های نمایشگاه.\n\n" +
			"گلپایه‌زاد گفت: این نمایشگاه تا جمعه برپاست.\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Type+" "+r23dDate(e)+" "+strings.Join(e.Participants, "|"))
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != "exhibition" || r23dDate(doc.Events[0]) != "2026-12-01" ||
			!strings.Contains(got[0], "سپهری‌فرد") {
			t.Errorf("mark «%s»: events %v, want one exhibition 2026-12-01 with the caption's persons", mark, got)
		}
	}
}
