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
