package extract

import (
	"strings"
	"testing"
)

// «در جلسه عصر دیروز سه‌شنبه شورا، X ... جای Y را گرفت»: what was done
// at a meeting held that day tells the meeting, with its persons.
func TestR10cDatedClauseMeeting(t *testing.T) {
	text := "چهارشنبه ۲۵ آذر ۱۴۰۵ | کد خبر: ۷۷۱۵۰\n\n" +
		"رئیس جدید شورای شهر اردکان انتخاب شد\n" +
		"اردکان- خبرگزاری نمونه: با رأی اعضای شورای اسلامی شهر اردکان، حاج منصور ریگ‌پوش به عنوان رئیس شورا انتخاب شد. در جلسه عصر دیروز سه‌شنبه شورا، ریگ‌پوش با پنج رأی جای بیژن کاهگلی‌نژاد را گرفت.\n"
	doc, err := File("datedclause.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if m := strings.Join(got["meeting"], "|"); !strings.Contains(m, "منصور ریگ‌پوش") {
		t.Errorf("meeting %q lacks the chair elected at it (events %q)", m, got)
	}
	if d := eventDates(doc)["meeting"]; d != "2026-12-15" {
		t.Errorf("meeting dated %s, want 2026-12-15", d)
	}
}
