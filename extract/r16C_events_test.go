package extract

import (
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// TestContractAdjective checks that «قراردادی» after a noun («کشت
// قراردادی»، «نیروهای روزمزد و قراردادی») is an adjective and no event,
// while the indefinite contract after a preposition or opening its
// sentence stays a meeting's word.
func TestContractAdjective(t *testing.T) {
	checkEventWordCases(t, []eventWordCase{
		{"طرح کشت قراردادی گندم در نمونه‌آباد بررسی شد", "قراردادی", ""},
		{"حقوق نیروهای روزمزد و قراردادی شهرداری نمونه‌آباد پرداخت شد", "قراردادی", ""},
		{"طی قراردادی میان شهرداری و شرکت الف، ساخت پل آغاز شد", "قراردادی", "meeting"},
		{"قراردادی به ارزش ۲۰ میلیارد ریال میان دو شرکت امضا شد", "قراردادی", "meeting"},
	})
}

// eventWordCase is a made-up sentence, a word of it, and the event kind
// eventWordAt gives that word ("" for none).
type eventWordCase struct{ text, word, want string }

// checkEventWordCases checks eventWordAt at the last token of each case
// written as its word.
func checkEventWordCases(t *testing.T, cases []eventWordCase) {
	t.Helper()
	for _, c := range cases {
		ts, _ := tokenize(c.text)
		k := -1
		for i, tk := range ts {
			if tk.text == c.word {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%s: no token %s", c.text, c.word)
		}
		if got := eventWordAt(ts, k); got != c.want {
			t.Errorf("%s: event word %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDateNamingPlaceAfterModifier checks that a date after a place's noun
// and one modifier («سالن ورزشی ۲۹ بهمن»، «سالن اجتماعات ۱۵ خرداد»)
// names the place, while «سالن در ۱۷ شهریور» or a weekday between keep
// the date.
func TestDateNamingPlaceAfterModifier(t *testing.T) {
	for _, c := range []struct {
		text string
		keep int
	}{
		{"این آیین عصر دیروز در سالن ورزشی ۲۹ بهمن نمونه‌آباد برگزار شد.", 0},
		{"این همایش در سالن اجتماعات ۱۵ خرداد نمونه‌آباد برگزار شد.", 0},
		{"این همایش در مجموعه فرهنگی ۲۲ بهمن نمونه‌آباد برگزار شد.", 0},
		{"این همایش در سالن شهرداری روز ۱۷ شهریور برگزار شد.", 1},
		{"این همایش در سالن شهرداری دوشنبه ۱۷ شهریور برگزار شد.", 1},
	} {
		ds := persian.FindDates(c.text, 1404)
		if len(ds) == 0 {
			t.Fatalf("%s: no date found", c.text)
		}
		if got := len(dropRankOrdinals(c.text, ds)); got != c.keep {
			t.Errorf("%s: %d dates kept, want %d", c.text, got, c.keep)
		}
	}
}

// TestSessionAhead checks that a session a clause dates and tells as still
// to come («گزارش آن در جلسه کارگروه الف روز دوشنبه ۲۳ آذر ارائه خواهد
// شد») is a meeting on that day, also after a word of work done in the
// same sentence («... نظارت می‌کند و ...»), and that a session told with
// no day is none.
func TestSessionAhead(t *testing.T) {
	head := "تفاهم‌نامه همکاری شهرداری و دانشگاه نمونه‌آباد امضا شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، تفاهم‌نامه همکاری شهرداری نمونه‌آباد و دانشگاه نمونه‌آباد صبح امروز با حضور کامران تیزرو، شهردار نمونه‌آباد امضا شد.\n\n"
	for _, c := range []struct {
		tail string
		date string
	}{
		{"بر اساس این تفاهم‌نامه، دانشگاه بر اجرای طرح نظارت می‌کند و نخستین گزارش آن در جلسه کارگروه اشتغال استان روز دوشنبه ۲۳ آذر ارائه خواهد شد.\n", "2026-12-14"},
		{"نخستین گزارش این طرح در نشست شورای شهر نمونه‌آباد روز شنبه ۲۱ آذر بررسی می‌شود.\n", "2026-12-12"},
		{"نخستین گزارش این طرح در جلسه کارگروه اشتغال استان ارائه خواهد شد.\n", ""},
	} {
		doc, err := File("q.txt", []byte(head+c.tail))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Events[1:] {
			if e.Type == "meeting" && e.Date != nil {
				got = append(got, *e.Date)
			}
		}
		if c.date == "" && len(got) > 0 || c.date != "" && (len(got) != 1 || got[0] != c.date) {
			t.Errorf("%s: later meetings on %v, want %q", c.tail, got, c.date)
		}
	}
}

// TestHostedInTitle checks that a title «الف میزبان مسابقات ب شد» over a
// lead that tells another event held («آیین تقدیر ... برگزار شد») makes
// the lead's event the main one, with the persons at it, and the hosted
// event one of its own on the day the body names, with no one at it;
// and that a lead telling the hosted event itself keeps it main.
func TestHostedInTitle(t *testing.T) {
	page := "نمونه‌آباد میزبان مسابقات شنای نوجوانان کشور شد\n\n۱۰ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
		"به گزارش خبرنگار ما، آیین تقدیر از ورزشکاران برتر استان عصر دیروز در سالن ورزشی نمونه‌آباد با حضور کامران تیزرو، مدیرکل ورزش و جوانان استان برگزار شد.\n\n" +
		"بیژن سرافرازنیا، رئیس هیئت شنای استان نیز در این مراسم گفت: مسابقات شنای نوجوانان کشور از یکشنبه ۲۲ آذر در نمونه‌آباد برگزار می‌شود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 2 || doc.Events[0].Type != "ceremony" || doc.Events[1].Type != "other" {
		t.Fatalf("events %+v, want the ceremony, then the competition", doc.Events)
	}
	if n := len(doc.Events[0].Participants); n != 2 {
		t.Errorf("ceremony participants %v, want both persons", doc.Events[0].Participants)
	}
	if len(doc.Events[1].Participants) != 0 || doc.Events[1].Date == nil || *doc.Events[1].Date != "2026-12-13" {
		t.Errorf("competition %+v, want no one at it, on 2026-12-10", doc.Events[1])
	}
	same := "نمونه‌آباد میزبان مسابقات شنای نوجوانان کشور شد\n\n۱۰ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
		"به گزارش خبرنگار ما، مسابقات کشتی جوانان کشور عصر دیروز در سالن ورزشی نمونه‌آباد با حضور کامران تیزرو، مدیرکل ورزش و جوانان استان آغاز شد.\n"
	doc, err = File("q.txt", []byte(same))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "other" {
		t.Errorf("events %+v, want the competition main", doc.Events)
	}
}

// TestComingIntroduction checks that a handover ceremony still to come,
// on no day told, of posts the report filled before («آیین معارفه
// فرماندار تفت نیز در روزهای آینده برگزار خواهد شد») is an event of
// its own with the appointee at it, while one of the report's new
// holder («مراسم معارفه شهردار جدید ... برگزار خواهد شد») is none.
func TestComingIntroduction(t *testing.T) {
	head := "فرمانداران جدید منصوب شدند\n\n۹ آذر ۱۴۰۵ - ۱۴:۱۰\n\n" +
		"به گزارش خبرنگار ما، استاندار در احکامی جداگانه که روز شنبه صادر شد، کامران تیزرو و بیژن سرافرازنیا را به ترتیب به سمت فرماندار شهرستان مهریز و فرماندار شهرستان تفت منصوب کرد.\n\n" +
		"حکم تیزرو صبح امروز دوشنبه در آیینی در محل فرمانداری شهرستان مهریز اهدا شد.\n\n"
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"به گفته معاون استاندار، آیین معارفه فرماندار تفت نیز در روزهای آینده برگزار خواهد شد.\n", true},
		{"بر اساس این گزارش، مراسم معارفه فرماندار جدید پس از صدور حکم برگزار خواهد شد.\n", false},
	} {
		doc, err := File("q.txt", []byte(head+c.tail))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range doc.Events[1:] {
			if e.Type == "ceremony" {
				got = true
				if c.want && (len(e.Participants) != 1 || e.Participants[0] != "بیژن سرافرازنیا") {
					t.Errorf("%s: participants %v, want the one appointed to that post", c.tail, e.Participants)
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: a ceremony to come %v, want %v (events %+v)", c.tail, got, c.want, doc.Events)
		}
	}
}

// TestSpeakerChairsComing checks that a speaker who tells of a meeting to
// come «به ریاست اینجانب» takes part in it, while one who tells of it
// with no such words does not.
func TestSpeakerChairsComing(t *testing.T) {
	head := "فرماندار جدید مهریز معرفی شد\n\n۶ بهمن ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه فرماندار مهریز صبح امروز در سالن فرمانداری مهریز برگزار شد و کامران تیزرو به عنوان فرماندار مهریز معرفی شد.\n\n"
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"تیزرو گفت: نخستین جلسه شورای اداری شهرستان مهریز پنجشنبه هفته جاری به ریاست اینجانب برگزار می‌شود.\n", true},
		{"تیزرو گفت: نخستین جلسه شورای اداری شهرستان مهریز پنجشنبه هفته جاری برگزار می‌شود.\n", false},
	} {
		doc, err := File("q.txt", []byte(head+c.tail))
		if err != nil {
			t.Fatal(err)
		}
		found, got := false, false
		for _, e := range doc.Events {
			if e.Type != "meeting" {
				continue
			}
			found = true
			for _, p := range e.Participants {
				if p == "کامران تیزرو" {
					got = true
				}
			}
		}
		if !found {
			t.Fatalf("%s: no meeting in %+v", c.tail, doc.Events)
		}
		if got != c.want {
			t.Errorf("%s: speaker at the meeting %v, want %v", c.tail, got, c.want)
		}
	}
}

// TestIssuerBetweenDateAndVerb checks that a decree's day told «روز شنبه
// ۴ بهمن ماه از سوی دکتر الف رئیس دانشگاه ب صادر شد» does not date the
// signing its lead tells, while «صبح امروز» after it does.
func TestIssuerBetweenDateAndVerb(t *testing.T) {
	page := "تفاهم‌نامه همکاری دانشگاه یزد و آموزش و پرورش امضا شد\n\nسه‌شنبه ۷ بهمن ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"یزد - با حکم رئیس دانشگاه علوم پزشکی یزد، کامران تیزرو به عنوان سرپرست معاونت بهداشت این دانشگاه منصوب شد؛ همزمان تفاهم‌نامه همکاری دانشگاه با آموزش و پرورش استان به امضا رسید.\n\n" +
		"به گزارش خبرنگار ما، حکم تیزرو روز شنبه ۴ بهمن ماه از سوی دکتر بیژن سرافرازنیا رئیس دانشگاه علوم پزشکی یزد صادر شد و صبح امروز در نشست شورای معاونان دانشگاه به وی ابلاغ شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
		t.Fatalf("events %+v, want the signing first", doc.Events)
	}
	if e := doc.Events[0]; e.Date == nil || *e.Date != "2026-01-27" {
		t.Errorf("signing %+v, want it on the report's day 2026-01-27", e)
	}
}

// TestIntroducedTitleOneArticle checks that a page titled «سرپرست جدید
// شبکه الف معرفی شد», whose lead quotes a speaker, and whose next
// paragraph tells «آیین تودیع و معارفه ... برگزار شد», is one report.
func TestIntroducedTitleOneArticle(t *testing.T) {
	page := "در آیینی در مهریز؛\nسرپرست جدید شبکه بهداشت مهریز معرفی شد\n\n۱۱ آذر ۱۴۰۵، ساعت ۱۴:۲۷\n\n" +
		"یزد رئیس دانشگاه علوم پزشکی یزد گفت: شبکه بهداشت شهرستان مهریز یکی از پرکارترین شبکه‌های استان است.\n\n" +
		"آیین تودیع و معارفه سرپرست شبکه بهداشت شهرستان مهریز صبح امروز با حضور دکتر بیژن سرافرازنیا، رئیس دانشگاه علوم پزشکی یزد برگزار شد.\n\n" +
		"در این آیین کامران تیزرو به عنوان سرپرست شبکه بهداشت شهرستان مهریز معرفی شد.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want one", len(arts))
	}
}
