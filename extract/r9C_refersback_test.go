package extract

import "testing"

// A subheading's paragraph that goes on with the report above — «پس از
// مراسم» anywhere in its opening, or «نیز» there — stays in its article.
func TestR9cRefersBackAfterAndAlso(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"شهردار جدید بلافاصله پس از مراسم به همراه اعضای شورا از بوستان ساحلی بازدید کرد.", true},
		{"نخستین جلسه شورای ترافیک بخش مرکزی به ریاست بخشدار جدید نیز روز دوشنبه برگزار می‌شود.", true},
		{"عصر امروز نیز نمایشگاه کتاب نمونه‌آباد گشایش یافت.", true},
		{"شهردار نمونه‌آباد از بوستان ساحلی بازدید کرد و پس از آن به شورا رفت.", false},
		{"نیز در آغاز جمله نیامده است و این سطر چیزی را پی نمی‌گیرد.", false},
	} {
		if got := refersBack(c.s); got != c.want {
			t.Errorf("refersBack(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	text := "شهردار جدید نمونه‌آباد معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه بهراد سپیدکوه به عنوان شهردار نمونه‌آباد صبح امروز با حضور فرماندار برگزار شد.\n\n" +
		"بازدید از بوستان ساحلی\n" +
		"شهردار جدید بلافاصله پس از مراسم به همراه کیانوش مهرآیین از بوستان ساحلی نمونه‌آباد بازدید کرد.\n\n" +
		"جلسه شورای ترافیک\n" +
		"نخستین جلسه شورای ترافیک شهر به ریاست شهردار جدید نیز روز سه‌شنبه برگزار می‌شود.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1 (two subheadings going on with the report)", len(arts))
	}
}
