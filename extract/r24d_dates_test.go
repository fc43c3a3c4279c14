package extract

import "testing"

// r24dEventDates returns the type and date of a page's events, "null"
// for no date.
func r24dEventDates(t *testing.T, page string) []string {
	t.Helper()
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range doc.Events {
		out = append(out, e.Type+" "+r23dDate(e))
	}
	return out
}

// r24dVisitPage is a made-up report of a visit «صبح امروز» under the
// dateline dl.
func r24dVisitPage(dl string) string {
	return "خبرگزاری نمونه\n" + dl + "\n\n" +
		"فرماندار کندلان از طرح‌های عمرانی بازدید کرد\n\n" +
		"کوهسار- شاهین گلپایه‌زاد فرماندار کندلان صبح امروز از طرح آبرسانی روستای بیدستان بازدید کرد.\n\n" +
		"وی در این بازدید گفت: این طرح تا پایان سال به بهره‌برداری می‌رسد.\n"
}

// TestR24DDatelineTypedOtherwise checks datelines whose date has spaces
// around its slashes or whose time of day is told in words: the visit
// «صبح امروز» takes the article's date.
func TestR24DDatelineTypedOtherwise(t *testing.T) {
	for _, c := range []struct{ dl, want string }{
		{"تاریخ انتشار: ۱۴۰۵ / ۰۹ / ۱۰", "visit 2026-12-01"},
		{"۱۴۰۵ / ۰۹ / ۱۱ - ۱۲:۳۰", "visit 2026-12-02"},
		{"سه‌شنبه ۱۱ آذر ۱۴۰۵ ساعت ۱۲ و ۳۰ دقیقه", "visit 2026-12-02"},
		{"سه شنبه، ۱۱ آذر ۱۴۰۵، ساعت ۹ و ۵ دقیقه", "visit 2026-12-02"},
		{"سه‌شنبه یازدهم آذرماه ۱۴۰۵ ساعت ۱۲ و ۳۰ دقیقه", "visit 2026-12-02"},
	} {
		got := r24dEventDates(t, r24dVisitPage(c.dl))
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("dateline «%s»: events %v, want [%s]", c.dl, got, c.want)
		}
	}
}

// TestR24DSpokenClockNoSentence checks that a sentence telling an hour
// is no dateline: «ساعت» and a number in a lead that ends with a stop.
func TestR24DSpokenClockNoSentence(t *testing.T) {
	if r24dSpokenClock("جلسه شورای شهر کندلان ساعت ۱۰ صبح امروز برگزار شد.") {
		t.Error("a sentence read as a dateline")
	}
	if !r24dSpokenClock("دوشنبه ۱۰ آذر ۱۴۰۵ ساعت ۹ و ۱۵ دقیقه") {
		t.Error("a dateline with its time in words not read")
	}
}

// r24dTripPage is a made-up report, dated Thursday 12 Azar 1405
// (2026-12-03), whose lead tells lead.
func r24dTripPage(title, lead string) string {
	return "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" + title + "\n\n" +
		"کوهسار- " + lead + "\n\n" +
		"وی گفت: تولید کارخانه‌های شهرستان باید دو برابر شود.\n"
}

// TestR24DTwoDaysOneVerb checks that one verb telling two visits or two
// meetings on two days, each day with its own object, gives an event on
// each day.
func TestR24DTwoDaysOneVerb(t *testing.T) {
	for _, c := range []struct {
		title, lead string
		want        [2]string
	}{
		{"سفر دو روزه فرماندار به بخش مرکزی",
			"شاهین گلپایه‌زاد فرماندار کندلان روز دوشنبه از بیمارستان امام رضا (ع) کندلان و روز سه‌شنبه از کارخانه سیمان کندلان بازدید کرد.",
			[2]string{"visit 2026-11-30", "visit 2026-12-01"}},
		{"تولید سیمان کندلان دو برابر می‌شود",
			"شاهین گلپایه‌زاد فرماندار کندلان صبح دیروز از بیمارستان امام رضا (ع) کندلان و امروز از کارخانه سیمان کندلان بازدید کرد.",
			[2]string{"visit 2026-12-02", "visit 2026-12-03"}},
		{"رایزنی برای توسعه صادرات کندلان",
			"شاهین گلپایه‌زاد فرماندار کندلان روز دوشنبه با نادر سپهری‌فرد رئیس اتاق بازرگانی کندلان و روز سه‌شنبه با ماهان ترکمان‌پور مدیرکل گمرک استان کوهسار دیدار کرد.",
			[2]string{"meeting 2026-11-30", "meeting 2026-12-01"}},
		{"تولید سیمان کندلان دو برابر می‌شود",
			"شاهین گلپایه‌زاد فرماندار کندلان فردا از بیمارستان امام رضا (ع) کندلان و روز شنبه از کارخانه سیمان کندلان بازدید خواهد کرد.",
			[2]string{"visit 2026-12-04", "visit 2026-12-05"}},
		{"تولید سیمان کندلان دو برابر می‌شود",
			"شاهین گلپایه‌زاد فرماندار کندلان که روز دوشنبه از بیمارستان امام رضا (ع) کندلان بازدید کرده بود، امروز از کارخانه سیمان کندلان بازدید کرد.",
			[2]string{"visit 2026-11-30", "visit 2026-12-03"}},
	} {
		got := r24dEventDates(t, r24dTripPage(c.title, c.lead))
		if len(got) != 2 || got[0] != c.want[0] && got[1] != c.want[0] || got[0] != c.want[1] && got[1] != c.want[1] {
			t.Errorf("«%s»: events %v, want %v", c.lead, got, c.want)
		}
	}
}

// TestR24DOneDayOneVerb checks that a sentence naming one day, or two
// days of which one is not the event's («... که روز دوشنبه صادر شد»),
// gives one event.
func TestR24DOneDayOneVerb(t *testing.T) {
	for _, lead := range []string{
		"شاهین گلپایه‌زاد فرماندار کندلان روز دوشنبه از بیمارستان امام رضا (ع) کندلان و کارخانه سیمان کندلان بازدید کرد.",
		"شاهین گلپایه‌زاد فرماندار کندلان که حکم او روز دوشنبه صادر شد، امروز از کارخانه سیمان کندلان بازدید کرد.",
	} {
		if got := r24dEventDates(t, r24dTripPage("تولید سیمان کندلان دو برابر می‌شود", lead)); len(got) != 1 {
			t.Errorf("«%s»: events %v, want one", lead, got)
		}
	}
}

// TestR24DDatelineSpacedCueAndMonth checks a dateline's cue typed with
// spaces for the non-joiner («آخرین به روز رسانی:») and a date whose day,
// month's name and year slashes part («۱۱ / آذر / ۱۴۰۵»).
func TestR24DDatelineSpacedCueAndMonth(t *testing.T) {
	for _, c := range []struct{ dl, want string }{
		{"آخرین به روز رسانی: سه‌شنبه ۱۱ آذر ۱۴۰۵", "visit 2026-12-02"},
		{"۱۱ / آذر / ۱۴۰۵", "visit 2026-12-02"},
	} {
		got := r24dEventDates(t, r24dVisitPage(c.dl))
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("dateline «%s»: events %v, want [%s]", c.dl, got, c.want)
		}
	}
}

// TestR24DDatelineAtFoot checks a page with no dateline at its head whose
// date, with no cue, is printed under the report.
func TestR24DDatelineAtFoot(t *testing.T) {
	body := "فرماندار کندلان از طرح‌های عمرانی بازدید کرد\n\n" +
		"کوهسار- شاهین گلپایه‌زاد فرماندار کندلان صبح امروز از طرح آبرسانی روستای بیدستان بازدید کرد.\n\n" +
		"وی در این بازدید گفت: این طرح تا پایان سال به بهره‌برداری می‌رسد.\n\nانتهای پیام\n"
	for _, foot := range []string{"۱۴۰۵/۰۹/۱۱ - ۱۲:۳۰\n", "سه‌شنبه ۱۱ آذر ۱۴۰۵\nبرچسب‌ها: کندلان، فرمانداری\n"} {
		got := r24dEventDates(t, body+foot)
		if len(got) != 1 || got[0] != "visit 2026-12-02" {
			t.Errorf("foot «%s»: events %v, want [visit 2026-12-02]", foot, got)
		}
	}
}
