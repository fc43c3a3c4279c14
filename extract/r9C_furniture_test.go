package extract

import "testing"

// Breadcrumbs parted by «/» or «»» and a «شناسه خبر» line are the page's
// furniture; a title joining two headlines with «/» is none.
func TestR9cSlashBreadcrumbAndNewsID(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"خانه / اخبار / اخبار دانشکده", true},
		{"استان‌ها / نمونه", true},
		{"صفحه نخست » استان‌ها » نمونه", true},
		{"شهردار جدید انتخاب شد/ گشایش نمایشگاه کتاب", false},
		{"نمونه / الف", false},
	} {
		if got := isBreadcrumb(c.s); got != c.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !isDatelineLine("شناسه خبر: ۴۴۲۱   |   دوشنبه ۱۰ آذر ۱۴۰۴   |   ساعت ۱۰:۰۰   |   بازدید: ۹۱") {
		t.Error("a «شناسه خبر» line is no dateline")
	}
	if !isDatelineLine("کد مطلب: ۸۸۱۲۳۴") {
		t.Error("a «کد مطلب» line is no dateline")
	}
	// The site's name, a «/» breadcrumb and a «شناسه خبر» line over a
	// kicker and the title are the article's head, and the view count
	// «بازدید: ۹۱» is no visit.
	text := "شبکه بهداشت شهرستان نمونه‌آباد\n" +
		"خانه / اخبار / رویدادهای شبکه\n" +
		"شناسه خبر: ۴۴۲۱   |   دوشنبه ۱۰ آذر ۱۴۰۴   |   ساعت ۱۰:۰۰   |   بازدید: ۹۱\n\n" +
		"با حکم رئیس دانشگاه علوم پزشکی نمونه؛\n" +
		"سرپرست جدید شبکه بهداشت نمونه‌آباد منصوب شد\n\n" +
		"نمونه‌آباد - روابط عمومی شبکه بهداشت: با حکم رئیس دانشگاه علوم پزشکی نمونه، بهراد سپیدکوه به عنوان سرپرست شبکه بهداشت شهرستان نمونه‌آباد منصوب شد.\n"
	arts := Segment(text)
	if len(arts) != 1 || arts[0].Title != "سرپرست جدید شبکه بهداشت نمونه‌آباد منصوب شد" {
		t.Fatalf("got %d articles (%+v), want 1 under its headline", len(arts), arts)
	}
	doc, err := File("head.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "visit" {
			t.Errorf("a view count read as a visit: %+v", e)
		}
	}
}

// A decree's day in a clause ending with a perfect left without «است»
// («حکم ... روز دوشنبه ۱۰ آذر صادر شده و آیین معارفه ... صبح امروز
// برگزار شد») does not date the ceremony; the ceremony's own day does,
// and a visit «پس از پایان مراسم», under a subheading past a blank line,
// takes the ceremony's day though the article has no main event.
func TestR9cPerfectClauseDayAndAfterCeremony(t *testing.T) {
	text := "کد خبر: ۹۹۱۰۳\n" +
		"پنجشنبه ۱۳ آذر ۱۴۰۴ - ۱۱:۰۰\n\n" +
		"سرپرست جدید شبکه بهداشت نمونه‌آباد منصوب شد\n\n" +
		"نمونه‌آباد - روابط عمومی شبکه بهداشت: با حکم رئیس دانشگاه، بهراد سپیدکوه به عنوان سرپرست شبکه بهداشت شهرستان نمونه‌آباد منصوب شد.\n\n" +
		"حکم او روز دوشنبه ۱۰ آذر صادر شده و مراسم معارفه وی صبح امروز در تالار بیمارستان با حضور کیانوش مهرآیین فرماندار نمونه‌آباد برگزار شد.\n\n" +
		"بازدید از بخش اورژانس\n\n" +
		"پس از پایان مراسم، فرماندار همراه سرپرست جدید شبکه و خانم مهتاب روشن‌ضمیر از بخش اورژانس بیمارستان بازدید کرد.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1 (the subheading goes on with the report)", len(arts))
	}
	doc, err := File("perfect.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	days := map[string]string{}
	for _, e := range doc.Events {
		if e.Date != nil {
			days[e.Type] = *e.Date
		}
	}
	if days["ceremony"] != "2025-12-04" || days["visit"] != "2025-12-04" {
		t.Errorf("days %v, want the ceremony and the visit on the report's day 2025-12-04", days)
	}
}
