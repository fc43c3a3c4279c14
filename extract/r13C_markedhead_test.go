package extract

import (
	"strings"
	"testing"
)

// TestMarkedHeadTitle checks a page that opens with a «date ...» marker
// and then prints its furniture (the site's name, a news code, a
// dateline) and a kicker over its title: the title is the headline, not
// the furniture's first line, and the lead after it tells the event, with
// the persons of the report's later sentences.
func TestMarkedHeadTitle(t *testing.T) {
	page := "date 2026-11-26\nپایگاه خبری نمونه‌آباد\nشناسه خبر: ۱۲۳۴۵\nپنجشنبه ۵ آذر ۱۴۰۵ ساعت ۱۰:۲۰\n\n" +
		"با حضور شهردار و اعضای شورای شهر؛\nپارک بانوان نمونه‌آباد در منطقه ۳ افتتاح شد\n\n" +
		"به گزارش نمونه‌آباد، پارک بانوان نمونه‌آباد صبح امروز پنجشنبه با حضور مهندس کامران تیزرو، شهردار نمونه‌آباد، افتتاح شد.\n\n" +
		"تیزرو در این آیین گفت: این پارک با ۴۰ میلیارد ریال اعتبار ساخته شده است.\n\n" +
		"دکتر بیژن سرافرازنیا که به نمایندگی از فرمانداری نمونه‌آباد در مراسم حضور داشت، ساخت پارک را نمونه همکاری دستگاه‌ها خواند.\n"
	arts := Segment(page)
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	want := "پارک بانوان نمونه‌آباد در منطقه ۳ افتتاح شد"
	if a := arts[0]; persianKey(a.Title) != persianKey(want) || a.Lines[0] != a.Title || a.Kicker == 0 {
		t.Errorf("title %q, first line %q, kicker %d; want %q with a kicker", a.Title, a.Lines[0], a.Kicker, want)
	}
	doc, err := File("m.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 {
		t.Fatalf("events %+v, want one opening", doc.Events)
	}
	e := doc.Events[0]
	if e.Type != "opening" || e.Date == nil || *e.Date != "2026-11-26" {
		t.Errorf("event %s %v, want an opening on 2026-11-26", e.Type, e.Date)
	}
	got := strings.Join(e.Participants, "|")
	for _, p := range []string{"کامران تیزرو", "بیژن سرافرازنیا"} {
		if !strings.Contains(got, p) {
			t.Errorf("participants %q lack %s", got, p)
		}
	}
}

// TestMarkedHeadClosedKicker checks that a kicker closed with «؛» over
// the title, on a page with a «date ...» marker, goes over the title.
func TestMarkedHeadClosedKicker(t *testing.T) {
	page := "date 2026-12-01\nکد خبر: ۸۵۱۲۴\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۳:۴۵\n\n" +
		"در شورای اداری نمونه‌آباد مطرح شد؛\nطرح‌های نیمه‌تمام آب شرب روستاهای نمونه‌آباد تا پایان سال به سرانجام می‌رسد\n\n" +
		"نمونه‌آباد- جلسه شورای اداری شهرستان نمونه‌آباد صبح امروز سه‌شنبه به ریاست مهندس کامران تیزرو، فرماندار نمونه‌آباد، برگزار شد.\n"
	arts := Segment(page)
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	if a := arts[0]; !strings.HasPrefix(a.Title, "طرح‌های نیمه‌تمام") {
		t.Errorf("title %q, want the headline under the kicker", a.Title)
	}
}

// TestElectionAssemblyEvent checks «مجمع انتخابات X ... برگزار شد» as a
// meeting, as «مجمع انتخاباتی» is.
func TestElectionAssemblyEvent(t *testing.T) {
	page := "هیئت شنای نمونه‌آباد رئیس تازه گرفت\n\n" +
		"نمونه‌آباد- مجمع انتخابات هیئت شنای استان نمونه‌آباد صبح امروز برگزار شد و مهندس کامران تیزرو با کسب ۱۲ رأی به عنوان رئیس این هیئت انتخاب شد.\n\n" +
		"بیژن سرافرازنیا، رئیس اداره ورزش و جوانان شهرستان نمونه‌آباد هم در این مجمع حضور داشت.\n"
	doc, err := File("e.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "meeting" {
		t.Fatalf("events %+v, want one meeting", doc.Events)
	}
	if got := strings.Join(doc.Events[0].Participants, "|"); !strings.Contains(got, "بیژن سرافرازنیا") {
		t.Errorf("participants %q lack بیژن سرافرازنیا", got)
	}
}
