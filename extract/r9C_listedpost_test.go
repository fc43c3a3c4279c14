package extract

import (
	"strings"
	"testing"
)

// «با حضور فرماندار، سرهنگ الف و ب، شهردار ...»: a bare post whose
// neighbour across the comma holds a post of another head is an item of
// the list; its holder, told before, was at the meeting.
func TestR9cBarePostInList(t *testing.T) {
	text := "کد مطلب: ۷۳۱۸۸\n" +
		"پنجشنبه ۲۵ دی ۱۴۰۴ - ۱۶:۲۰\n\n" +
		"فرمانده انتظامی تویسرکان معرفی شد\n\n" +
		"تویسرکان - طی مراسمی صبح امروز با حضور کیانوش مهرآیین، فرماندار تویسرکان، سرهنگ آرمان تیزرو به عنوان فرمانده انتظامی شهرستان تویسرکان معرفی شد.\n\n" +
		"عصر همان روز نشست شورای ترافیک تویسرکان با حضور فرماندار، سرهنگ تیزرو و بهراد سپیدکوه، شهردار تویسرکان، در فرمانداری برگزار شد.\n"
	doc, err := File("list.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" {
			if !strings.Contains(strings.Join(e.Participants, "،"), "کیانوش مهرآیین") {
				t.Errorf("meeting participants %v lack the governor the list names by his post", e.Participants)
			}
			return
		}
	}
	t.Errorf("no meeting: %+v", doc.Events)
}
