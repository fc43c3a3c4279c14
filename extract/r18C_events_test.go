package extract

import "testing"

// TestR18CCeremonyInTrip checks that a lead telling a trip within which a
// new holder is introduced at a ceremony («در سفر به روستای الف ... در
// آیینی X را به عنوان دهیار جدید معرفی کرد») reports a ceremony, with the
// one introduced and the one introducing at it.
func TestR18CCeremonyInTrip(t *testing.T) {
	page := "دهیار جدید روستای کندلان معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، رسول بهارلونیا، بخشدار کوهسار امروز در سفر به روستای کندلان، در آیینی در حسینیه روستا ماهان ترکمان‌پور را به عنوان دهیار جدید معرفی کرد.\n"
	e := r17CEvent(t, page, "ceremony")
	for _, n := range []string{"رسول بهارلونیا", "ماهان ترکمان‌پور"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("ceremony participants %v, want %s", e.Participants, n)
		}
	}
	if e.Date == nil || *e.Date != "2026-12-03" {
		t.Errorf("ceremony %+v, want it on 2026-12-03", e)
	}
}
