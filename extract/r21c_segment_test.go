package extract

import "testing"

// TestR21CMarkedSubheading checks that a «## ...» heading with a verb,
// set after a report's prose, is a subheading of the report, not the
// title of a new article.
func TestR21CMarkedSubheading(t *testing.T) {
	page := "خبرگزاری نمونه\nکد خبر: ۱۲۳۴۵\nپنجشنبه / ۱۲ آذر ۱۴۰۵ / ۱۸:۲۰\n\n" +
		"سکان برق کوهسار به بهارلونیا رسید\n\n" +
		"کوهسار- آیین تودیع و معارفه مدیرعامل شرکت توزیع نیروی برق استان کوهسار دیروز با حضور استاندار برگزار شد و رسول بهارلونیا معرفی شد.\n\n" +
		"## شبکه روستاها باید تا پایان سال نوسازی شود\n" +
		"بهارلونیا در سخنانی با اشاره به فرسودگی شبکه گفت: «شبکه برق روستاهای کوهسار پشتیبان اصلی کشاورزی است و باید نوسازی شود.»\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Errorf("%d articles, want 1 with a subheading: %+v", len(arts), arts)
	}
}
