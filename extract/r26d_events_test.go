package extract

import (
	"strings"
	"testing"
)

// TestR26DPhotoCaptionNoEvent checks that a caption in a photo list
// («در تصاویر:») that tells a moment of the report's exhibition («در
// گفت‌وگو با دانشجویان») makes no meeting of its own, and that the person
// it names takes part in the exhibition.
func TestR26DPhotoCaptionNoEvent(t *testing.T) {
	for _, mark := range []string{"- ", "۱- "} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
			"گشایش نمایشگاه صنایع دستی کندلان\n\n" +
			"کوهسار- نمایشگاه صنایع دستی شهرستان فسا صبح امروز در سالن فرمانداری کندلان گشایش یافت.\n\n" +
			"در تصاویر:\n" +
			mark + "شاهین گلپایه‌زاد، فرماندار کندلان، در حال بازدید از غرفه‌ها؛\n" +
			mark + "نادر سپهری‌فرد، رئیس اداره میراث فرهنگی شهرستان فسا، در گفت‌وگو با دانشجویان؛\n" +
			mark + "نمایی از غرفه‌های نمایشگاه.\n\n" +
			"گلپایه‌زاد گفت: این نمایشگاه تا جمعه برپاست.\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Type+" "+r23dDate(e)+" "+strings.Join(e.Participants, "|"))
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != "exhibition" || r23dDate(doc.Events[0]) != "2026-12-01" ||
			!strings.Contains(got[0], "سپهری‌فرد") {
			t.Errorf("mark «%s»: events %v, want one exhibition 2026-12-01 with the caption's persons", mark, got)
		}
	}
}

// r26dMessagePage is a made-up report of a signed message of
// congratulation, quoted under «به این شرح است:».
const r26dMessagePage = "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۰:۳۰\n\n" +
	"آغاز به کار رئیس جدید اداره ورزش فسا تبریک گفته شد\n\n" +
	"کوهسار- مدیرکل ورزش و جوانان استان فارس در پیامی انتصاب رئیس جدید اداره ورزش و جوانان شهرستان فسا را تبریک گفت.\n\n" +
	"متن این پیام که امروز منتشر شد، به این شرح است:\n\n" +
	"«جناب آقای نادر سپهری‌فرد\n" +
	"انتصاب شایسته جنابعالی به سمت رئیس اداره ورزش و جوانان شهرستان فسا را تبریک عرض می‌کنم.\n" +
	"همچنین از زحمات جناب آقای بهرام کوهدشتی‌نیا، رئیس پیشین این اداره، سپاسگزارم.\n\n" +
	"شاهین گلپایه‌زاد\n" +
	"مدیرکل ورزش و جوانان استان فارس»\n"

// TestR26DPostStartsWorkNoOpening checks that «آغاز به کار» followed by
// a post («آغاز به کار رئیس جدید اداره الف») is a person taking up a
// post, not an opening.
func TestR26DPostStartsWorkNoOpening(t *testing.T) {
	for _, e := range r24dEventDates(t, r26dMessagePage) {
		if strings.HasPrefix(e, "opening") {
			t.Errorf("events %v: want no opening", r24dEventDates(t, r26dMessagePage))
		}
	}
}

// TestR26DQuotedMessageOneArticle checks that a message quoted under a
// line ending with a colon, its address line «جناب آقای X» first, stays
// in the report: no new article starts at the address.
func TestR26DQuotedMessageOneArticle(t *testing.T) {
	doc, err := File("q.txt", []byte(r26dMessagePage))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 1 {
		var titles []string
		for _, a := range doc.Articles {
			titles = append(titles, a.Title)
		}
		t.Errorf("articles %q, want one", titles)
	}
}

// TestR26DSignedMessageSignerOnly checks that a signed message is its
// signer's alone: the persons it addresses and thanks take no part.
func TestR26DSignedMessageSignerOnly(t *testing.T) {
	doc, err := File("q.txt", []byte(r26dMessagePage))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Type+" "+r23dDate(e)+" "+strings.Join(e.Participants, "|"))
	}
	if len(got) != 1 || got[0] != "statement 2026-12-02 شاهین گلپایه‌زاد" {
		t.Errorf("events %v, want [statement 2026-12-02 شاهین گلپایه‌زاد]", got)
	}
}

// TestR26DBackToPresenceLead checks that a visit told in a sentence
// opening «در این بازدید» takes the persons and the day of the «با حضور»
// sentence before it, which names no event of its own.
func TestR26DBackToPresenceLead(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۰۹:۴۵\n\n" +
		"پیشرفت ۶۰ درصدی طرح‌های آبرسانی فسا\n\n" +
		"به گزارش خبرگزاری نمونه، روند اجرای طرح‌های آبرسانی شهرستان فسا روز گذشته با حضور شاهین گلپایه‌زاد، فرماندار فسا؛ " +
		"نادر سپهری‌فرد، مدیرعامل شرکت آب و فاضلاب استان فارس و بهرام کوهدشتی‌نیا، رئیس اداره منابع طبیعی شهرستان فسا، بررسی شد.\n\n" +
		"در این بازدید، مسئولان از مخزن ذخیره آب روستای نوبندگان دیدن کردند.\n\n" +
		"گلپایه‌زاد گفت: این طرح تا پایان سال تمام می‌شود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Type+" "+r23dDate(e)+" "+strings.Join(e.Participants, "|"))
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "visit" || r23dDate(doc.Events[0]) != "2026-12-02" || len(doc.Events[0].Participants) != 3 {
		t.Errorf("events %v, want one visit 2026-12-02 with the three persons of the «با حضور» list", got)
	}
}

// TestR26DQuestionNoEvent checks that an interviewer's question («...
// چه زمانی افتتاح شد؟») makes no event; the answer that tells the
// opening does.
func TestR26DQuestionNoEvent(t *testing.T) {
	page := "روزنامه نمونه\nتاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ - ۰۹:۰۰\n\n" +
		"بخش تازه بیمارستان فسا به بیماران خدمت می‌دهد\n\n" +
		"شاهین گلپایه‌زاد، رئیس بیمارستان امام خمینی فسا، به پرسش‌های ما پاسخ داد.\n\n" +
		"روزنامه نمونه: این بخش چه زمانی افتتاح شد؟\n\n" +
		"گلپایه‌زاد: این بخش پنجشنبه گذشته، ۱۲ آذر، با حضور نادر سپهری‌فرد، رئیس دانشگاه علوم پزشکی فسا، افتتاح شد.\n"
	got := r24dEventDates(t, page)
	if len(got) != 1 || got[0] != "opening 2026-12-03" {
		t.Errorf("events %v, want only [opening 2026-12-03]", got)
	}
}

// TestR26DHeldInClause checks that a session told as the time of a
// statement («پس از جلسه X صادر شده است») is held all the same when its
// own clause gives its day and says so («که صبح دیروز ... برگزار شد»).
func TestR26DHeldInClause(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۰:۳۰\n\n" +
		"هشدار زرد هواشناسی فارس صادر شد\n\n" +
		"کوهسار- اداره کل هواشناسی استان فارس امروز با صدور اطلاعیه‌ای از وزش باد شدید در شهرستان فسا خبر داد.\n\n" +
		"این اطلاعیه پس از جلسه کارگروه مدیریت بحران شهرستان فسا صادر شده است که صبح دیروز با حضور شاهین گلپایه‌زاد، فرماندار فسا، در محل فرمانداری برگزار شد.\n"
	got := r24dEventDates(t, page)
	want := "meeting 2026-12-01"
	found := false
	for _, e := range got {
		found = found || e == want
	}
	if !found {
		t.Errorf("events %v, want a %s among them", got, want)
	}
}

// TestR26DSaidOpeningSpeaker checks that the speaker of a sentence
// opening «به گفته R، X،» that tells of a time to come takes part in the
// opening the report tells.
func TestR26DSaidOpeningSpeaker(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۰:۳۰\n\n" +
		"مخزن آب شرب فسا به بهره‌برداری رسید\n\n" +
		"کوهسار- مخزن ۵ هزار مترمکعبی آب شرب شهر فسا صبح امروز با حضور شاهین گلپایه‌زاد، فرماندار فسا، به بهره‌برداری رسید.\n\n" +
		"به گفته معاون بهره‌برداری شرکت آب و فاضلاب استان فارس، نادر سپهری‌فرد، با راه‌اندازی این مخزن افت فشار آب در محله‌های شمالی فسا برطرف می‌شود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Type+" "+r23dDate(e)+" "+strings.Join(e.Participants, "|"))
	}
	if len(got) != 1 || !strings.Contains(got[0], "سپهری‌فرد") || !strings.Contains(got[0], "گلپایه‌زاد") {
		t.Errorf("events %v, want one opening with both persons", got)
	}
}

// TestR26DGoesOnToReporter checks that one who goes on («X افزود:») with
// what he told a reporter in the sentence before takes no part in the
// press conference the report tells.
func TestR26DGoesOnToReporter(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ - ۱۰:۳۰\n\n" +
		"نوسازی شبکه برق فسا\n\n" +
		"کوهسار- شاهین گلپایه‌زاد، مدیرعامل شرکت توزیع نیروی برق شهرستان فسا، امروز در نشست خبری با اصحاب رسانه گفت: ۲۰۰ کیلومتر از شبکه فرسوده نوسازی شد.\n\n" +
		"رئیس اداره برق بخش مرکزی فسا نیز در گفت و گو با خبرنگار ما گفت: محله‌های شمالی بیشترین نوسازی را داشته‌اند. نادر سپهری‌فرد افزود: طرح جمع‌آوری انشعاب‌های غیرمجاز هم آغاز شده است.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		for _, n := range e.Participants {
			if strings.Contains(n, "سپهری‌فرد") {
				t.Errorf("%s %s: participants %v, want no سپهری‌فرد", e.Type, r23dDate(e), e.Participants)
			}
		}
	}
	if len(doc.Events) == 0 {
		t.Errorf("no event, want the press conference")
	}
}
