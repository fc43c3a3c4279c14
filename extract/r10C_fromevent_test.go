package extract

import "testing"

// «یک روز پیش از این آیین» dates a visit the day before the ceremony
// told; «فردای آن روز» the day after.
func TestR10cDayCountedFromEvent(t *testing.T) {
	head := "کد خبر: ۱۲۳۴ | تاریخ انتشار: سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"فرماندار جدید شهرستان اردکان معرفی شد\n\n" +
		"اردکان- آیین معارفه بهنام کویرپیما به عنوان فرماندار شهرستان اردکان صبح دیروز با حضور معاون سیاسی استاندار یزد برگزار شد.\n\n"
	for _, c := range []struct{ sentence, want string }{
		{"کویرپیما یک روز پیش از این آیین از بیمارستان ضیایی اردکان بازدید کرد.", "2025-12-07"},
		{"فردای آن روز کویرپیما از بیمارستان ضیایی اردکان بازدید کرد.", "2025-12-09"},
	} {
		doc, err := File("fromevent.txt", []byte(head+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["visit"]; got != c.want {
			t.Errorf("%s: visit on %s, want %s (events %+v)", c.sentence, got, c.want, doc.Events)
		}
	}
}

// «دو روز پیش» counts back from the article's day; «دو روز پیش رو» is
// ahead and names no day.
func TestR10cDaysAgo(t *testing.T) {
	head := "کد خبر: ۱۲۳۴ | تاریخ انتشار: سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"بازدید فرماندار اردکان از بیمارستان\n\n"
	for _, c := range []struct{ sentence, want string }{
		{"فرماندار اردکان دو روز پیش از بیمارستان ضیایی اردکان بازدید کرد.", "2025-12-07"},
		{"فرماندار اردکان ۳ روز قبل از بیمارستان ضیایی اردکان بازدید کرد.", "2025-12-06"},
	} {
		doc, err := File("daysago.txt", []byte(head+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc)["visit"]; got != c.want {
			t.Errorf("%s: visit on %s, want %s", c.sentence, got, c.want)
		}
	}
	a := analyze("بارش برف در دو روز پیش رو ادامه دارد.")
	for i := range a.toks {
		if _, _, ok := relativeDayAt(a.toks, i); ok {
			t.Errorf("«دو روز پیش رو» read as a day at %q", a.toks[i].text)
		}
	}
}

// «روز قبل» with no count and no event after «از» is the day before the
// event told: «استاندار روز قبل از بیمارستان الف بازدید کرده بود».
func TestR10cDayBeforeTheEventTold(t *testing.T) {
	text := "کد خبر: ۱۲۳۴ | تاریخ انتشار: سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"فرماندار جدید شهرستان اردکان معرفی شد\n\n" +
		"اردکان- آیین معارفه بهنام کویرپیمایی به عنوان فرماندار شهرستان اردکان صبح دیروز با حضور معاون سیاسی استاندار یزد برگزار شد.\n\n" +
		"کویرپیمایی روز قبل از بیمارستان ضیایی اردکان بازدید کرده بود.\n"
	doc, err := File("daybefore.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventDates(doc)["visit"]; got != "2025-12-07" {
		t.Errorf("visit on %s, want the day before the ceremony, 2025-12-07", got)
	}
}
