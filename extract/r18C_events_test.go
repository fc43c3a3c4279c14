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

// TestR18CBackToEarlierEvent checks that a sentence opening «در این آیین
// ...» after a later, still-to-come workshop was told gives its persons to
// the ceremony told before, not to the workshop.
func TestR18CBackToEarlierEvent(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nمدیرکل جدید بهزیستی کوهسار معرفی شد\n\n" +
		"کوهسار- با حکم وزیر، رسول بهارلونیا مدیرکل بهزیستی استان کوهسار شد.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه مدیرکل بهزیستی استان کوهسار امروز با حضور ماهان ترکمان‌پور، معاون استاندار کوهسار برگزار شد.\n\n" +
		"به گفته ترکمان‌پور، کارگاه آموزشی مددکاران یکشنبه ۱۵ آذر در سالن استانداری برگزار می‌شود.\n\n" +
		"در این آیین شاهین گلپایه‌زاد، رئیس اداره بهزیستی شهرستان کندلان نیز حضور داشت.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want the one present «در این آیین»", e.Participants)
	}
}
