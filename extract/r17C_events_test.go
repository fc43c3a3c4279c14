package extract

import (
	"strings"
	"testing"
)

// r17CEvent returns the first event of type typ of page, failing the test
// when there is none.
func r17CEvent(t *testing.T, page, typ string) Event {
	t.Helper()
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == typ {
			return e
		}
	}
	t.Fatalf("no %s event in %+v", typ, doc.Events)
	return Event{}
}

func r17CHas(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// TestR17CFieldDay checks that a farm's field day («روز مزرعه»), the
// extension service's open day on a demonstration farm, is an event of
// type other, dated and with the persons at it.
func TestR17CFieldDay(t *testing.T) {
	page := "روز مزرعه کلزا در کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، روز مزرعه ارقام پاییزه کلزا صبح دیروز در مزرعه نمونه دهستان کوهسار با حضور شاهین گلپایه‌زاد، مدیر ترویج کشاورزی استان برپا شد.\n"
	e := r17CEvent(t, page, "other")
	if e.Date == nil || *e.Date != "2026-12-02" {
		t.Errorf("field day %+v, want it on 2026-12-02", e)
	}
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("participants %v, want the one present", e.Participants)
	}
}

// TestR17CIndefiniteAgreementSigned checks that an agreement told as an
// indefinite noun («تفاهم‌نامه‌ای ... به امضای الف و ب رسید») is a signing,
// a meeting, whose two signatories take part in it.
func TestR17CIndefiniteAgreementSigned(t *testing.T) {
	page := "نمایشگاه کتاب کودک در کوهسار گشایش یافت\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه کتاب کودک کوهسار صبح امروز با حضور رسول بهارلونیا، بخشدار کوهسار گشایش یافت.\n\n" +
		"همزمان با این نمایشگاه، تفاهم‌نامه‌ای میان کتابخانه عمومی کوهسار و انجمن قصه‌گویان استان برای کلاس‌های قصه‌گویی به امضای ماهان ترکمان‌پور رئیس کتابخانه و شاهین گلپایه‌زاد دبیر انجمن رسید.\n"
	e := r17CEvent(t, page, "meeting")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("signing participants %v, want %s", e.Participants, n)
		}
	}
}

// TestR17CSameDayBeforeLaterDate checks that an event told «عصر همان روز»
// takes the day told before, not a date a later sentence gives of
// something else (the day one present was appointed).
func TestR17CSameDayBeforeLaterDate(t *testing.T) {
	page := "رئیس تازه هیئت کوهنوردی کوهسار کار خود را آغاز کرد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، صبح امروز در آیین تودیع و معارفه رئیس هیئت کوهنوردی کوهسار، رسول بهارلونیا به عنوان رئیس جدید معرفی شد.\n\n" +
		"عصر همان روز رئیس جدید هیئت به همراه ماهان ترکمان‌پور از دیواره سنگنوردی پارک کوهسار بازدید کرد.\n\n" +
		"در این بازدید شاهین گلپایه‌زاد که روز شنبه ۸ آذر به سمت مسئول دیواره منصوب شده است، وضعیت ایمنی آن را شرح داد.\n"
	e := r17CEvent(t, page, "visit")
	if e.Date == nil || *e.Date != "2026-12-03" {
		t.Errorf("visit %+v, want it on the ceremony's day 2026-12-03", e)
	}
}

// TestR17CSeveralIntroduced checks that a handover ceremony of a plural
// post («آیین تودیع و معارفه بخشداران ...») has each of the article's
// appointees at it, though the decree's sentence is dated to another day,
// and that a meeting still to come «با حضور بخشداران جدید» has them too.
func TestR17CSeveralIntroduced(t *testing.T) {
	page := "دو بخشدار تازه در کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"کوهسار - استاندار با حکمی که شنبه هشتم آذرماه امضا کرد، ماهان ترکمان‌پور را به عنوان بخشدار دشت‌بان و شاهین گلپایه‌زاد را به سمت بخشدار چشمه‌سار گماشت.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه بخشداران دشت‌بان و چشمه‌سار صبح امروز با حضور رسول بهارلونیا فرماندار کوهسار در تالار فرمانداری برگزار شد.\n\n" +
		"نشست ستاد خدمات سفر شهرستان با حضور بخشداران جدید، روز یکشنبه ۱۶ آذر در فرمانداری تشکیل خواهد شد.\n"
	for _, typ := range []string{"ceremony", "meeting"} {
		e := r17CEvent(t, page, typ)
		for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
			if !r17CHas(e.Participants, n) {
				t.Errorf("%s participants %v, want %s", typ, e.Participants, n)
			}
		}
	}
}

// TestR17CThenMeeting checks that a sentence telling a visit and then a
// meeting («... بازدید کرد و سپس در جلسه‌ای با ...») makes two events:
// those named before «سپس» are at both, the one named after it at the
// meeting only, and the next sentence («در این جلسه ...») tells of the
// meeting.
func TestR17CThenMeeting(t *testing.T) {
	page := "مدیرکل منابع طبیعی در کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، صبح امروز در آیین تودیع و معارفه رئیس منابع طبیعی کوهسار، رسول بهارلونیا به عنوان رئیس جدید معرفی شد.\n\n" +
		"عصر همان روز، مدیرکل منابع طبیعی استان به همراه ماهان ترکمان‌پور از نهالستان دشت‌بان بازدید کرد و سپس در جلسه‌ای با جنگلداران منطقه و شاهین گلپایه‌زاد مسئول تعاونی آنان، وضع قرق‌ها را بررسی کرد.\n\n" +
		"نوید پرستوئی‌فر از جنگلداران قدیمی نیز در این جلسه کمبود نگهبان را یادآور شد.\n"
	visit, meeting := r17CEvent(t, page, "visit"), r17CEvent(t, page, "meeting")
	if !r17CHas(visit.Participants, "ماهان ترکمان‌پور") || r17CHas(visit.Participants, "شاهین گلپایه‌زاد") || r17CHas(visit.Participants, "نوید پرستوئی‌فر") {
		t.Errorf("visit participants %v, want the visitors only", visit.Participants)
	}
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد", "نوید پرستوئی‌فر"} {
		if !r17CHas(meeting.Participants, n) {
			t.Errorf("meeting participants %v, want %s", meeting.Participants, n)
		}
	}
	if meeting.Date == nil || *meeting.Date != "2026-12-03" {
		t.Errorf("meeting %+v, want it on the ceremony's day", meeting)
	}
}

// TestR17CHandedOverInPresence checks that a thing handed over «با حضور X»
// in a passive («... تحویل داده شد») makes a ceremony with those present,
// and that the one a new holder replaced, told of in a later sentence of
// what was done before («از ماه گذشته جانشین Y شده است»), is not at it.
func TestR17CHandedOverInPresence(t *testing.T) {
	page := "قرارداد آبرسانی روستاهای کوهسار بسته شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، تفاهم‌نامه آبرسانی به ۱۴ روستای کوهسار صبح امروز با حضور رسول بهارلونیا فرماندار کوهسار امضا شد.\n\n" +
		"عصر همان روز، سند ۲۵ قطعه زمین کشاورزی با حضور ماهان ترکمان‌پور سرپرست اداره منابع طبیعی دشت‌بان به صاحبانش تحویل داده شد.\n\n" +
		"ترکمان‌پور از ماه گذشته با حکم مدیرکل منابع طبیعی جانشین شاهین گلپایه‌زاد در اداره دشت‌بان شده است و گلپایه‌زاد به استان دیگری رفته است.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the one present", e.Participants)
	}
	if r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want no one only replaced before", e.Participants)
	}
	if e.Date == nil || *e.Date != "2026-12-03" {
		t.Errorf("ceremony %+v, want it on the report's day", e)
	}
}

// TestR17CAppointedSinceFirst checks that one told as appointed «از اول
// مهرماه ... منصوب شده است» in a later sentence is not at the ceremony
// the report tells, while the one he replaced, honoured there, is.
func TestR17CAppointedSinceFirst(t *testing.T) {
	page := "جشن روز ورزش بانوان در کوهسار\n\n۲۴ دی ۱۴۰۴، ۰۹:۱۵\n\n" +
		"به گزارش خبرنگار ما، جشن روز ورزش بانوان کوهسار روز چهارشنبه با حضور رسول بهارلونیا مدیرکل ورزش و جوانان استان در سالن سرپوشیده شهر برگزار شد.\n\n" +
		"با حکم مدیرکل ورزش و جوانان استان، ماهان ترکمان‌پور از اول مهرماه به عنوان سرپرست اداره ورزش کوهسار منصوب شده است.\n\n" +
		"شاهین گلپایه‌زاد که پیش از او این اداره را می‌گرداند و امسال بازنشسته شد، در این مراسم تقدیر شد.\n"
	e := r17CEvent(t, page, "ceremony")
	if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want no one appointed since the first of the month", e.Participants)
	}
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want the one honoured there", e.Participants)
	}
}

// TestR17CSpeechAfterSigningAtMain checks that after an agreement signed
// «در پایان این آیین», a sentence in which someone speaks and that names
// no agreement tells of the ceremony again: the speaker is at it, not at
// the signing.
func TestR17CSpeechAfterSigningAtMain(t *testing.T) {
	page := "جشن روز ورزش بانوان در کوهسار\n\n۲۴ دی ۱۴۰۴، ۰۹:۱۵\n\n" +
		"به گزارش خبرنگار ما، جشن روز ورزش بانوان کوهسار روز چهارشنبه با حضور رسول بهارلونیا مدیرکل ورزش و جوانان استان در سالن سرپوشیده شهر برگزار شد.\n\n" +
		"در پایان این آیین، قرارداد ساخت زمین چمن محله دشت‌بان به امضای بهارلونیا و ماهان ترکمان‌پور رسید. نوید پرستوئی‌فر، قهرمان دوومیدانی استان، از سوی ورزشکاران سخن گفت.\n"
	ceremony, signing := r17CEvent(t, page, "ceremony"), r17CEvent(t, page, "meeting")
	if !r17CHas(ceremony.Participants, "نوید پرستوئی‌فر") || r17CHas(signing.Participants, "نوید پرستوئی‌فر") {
		t.Errorf("ceremony %v, signing %v: want the speaker at the ceremony only", ceremony.Participants, signing.Participants)
	}
	if !r17CHas(signing.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("signing participants %v, want its signatory", signing.Participants)
	}
}

// TestR17CNameEndsBeforeReached checks that the verb «رسید/رسیدند» right
// after a name («به امضای الف و ب رسید») ends the name.
func TestR17CNameEndsBeforeReached(t *testing.T) {
	for _, verb := range []string{"رسید", "رسیدند"} {
		page := "قرارداد ساخت سالن ورزشی امضا شد\n\n۲۴ دی ۱۴۰۴، ۰۹:۱۵\n\n" +
			"به گزارش خبرنگار ما، قرارداد ساخت سالن ورزشی دشت‌بان به امضای رسول بهارلونیا و ماهان ترکمان‌پور " + verb + ".\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range doc.Persons {
			names = append(names, p.Name)
		}
		if !r17CHas(names, "ماهان ترکمان‌پور") {
			t.Errorf("%s: persons %v, want the name without the verb", verb, names)
		}
	}
}

// TestR17CPostFieldNoEvent checks that an event word right after a post
// or unit («معاون بهره‌برداری»، «مدیر نظارت»، «اداره بازرسی») names the
// post's field and no event, while the word alone stays one.
func TestR17CPostFieldNoEvent(t *testing.T) {
	checkEventWordCases(t, []eventWordCase{
		{"ماهان ترکمان‌پور معاون بهره‌برداری آبفا از تصفیه‌خانه دیدن کرد", "بهره‌برداری", ""},
		{"رسول بهارلونیا مدیر نظارت بر اماکن گفت", "نظارت", ""},
		{"اداره بازرسی استان گزارش داد", "بازرسی", ""},
		{"بهره‌برداری از پل دشت‌بان آغاز شد", "بهره‌برداری", "opening"},
	})
}

// TestR17CTakesPlaceOf checks that one named only as the holder whose place
// the new one takes («او جای X را می‌گیرد که به ... رفته است»), not
// thanked, is not at the introduction.
func TestR17CTakesPlaceOf(t *testing.T) {
	page := "رئیس تازه آبفای کوهسار معرفی شد\n\n۱۰ آذر ۱۴۰۵ - ۱۹:۰۵\n\n" +
		"به گزارش خبرنگار ما، رسول بهارلونیا رئیس تازه آبفای کوهسار صبح امروز در آیینی با حضور کارکنان معرفی شد.\n\n" +
		"همچنین حکم ماهان ترکمان‌پور به عنوان سرپرست آبفای دشت‌بان از سوی بهارلونیا ابلاغ شد. او جای شاهین گلپایه‌زاد را می‌گیرد که به آبفای چشمه‌سار رفته است.\n"
	e := r17CEvent(t, page, "ceremony")
	if r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want no one whose place is only taken", e.Participants)
	}
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the one handed his decree", e.Participants)
	}
}

// TestR17CFieldDayInBody checks that a field day told later in a report,
// still to come on a day its sentence names, is an event of its own with
// the person to be present at it.
func TestR17CFieldDayInBody(t *testing.T) {
	page := "رئیس تازه ترویج کشاورزی کوهسار معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس ترویج کشاورزی کوهسار صبح امروز با حضور رسول بهارلونیا فرماندار کوهسار برگزار شد.\n\n" +
		"روز مزرعه برداشت کلزا نیز پنجشنبه ۲۶ آذر با حضور ماهان ترکمان‌پور کارشناس اصلاح بذر در مزرعه نمونه دشت‌بان برپا خواهد شد.\n"
	e := r17CEvent(t, page, "other")
	if e.Date == nil || *e.Date != "2026-12-17" || !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("field day %+v, want it on 2026-12-17 with the one to be present", e)
	}
}

// TestR17CAlsoAfterTimeGoesOn checks that a paragraph under a subheading
// that opens with a time and «همچنین» («شب گذشته همچنین ...») goes on
// with the report above and starts no article.
func TestR17CAlsoAfterTimeGoesOn(t *testing.T) {
	page := "رئیس تازه ارشاد کوهسار معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس اداره ارشاد کوهسار صبح امروز با حضور رسول بهارلونیا فرماندار کوهسار برگزار شد.\n\n" +
		"جشنواره فیلم کوتاه\n\n" +
		"شب گذشته همچنین جشنواره فیلم کوتاه دانشجویی با حضور فرماندار کوهسار و ماهان ترکمان‌پور کارگردان مستند در سینما آزادی شهر آغاز شد.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want one", len(arts))
	}
}

// TestR17CClauseDayBeforeEventDay checks that a relative day inside a «که»
// clause in the past perfect («... که روز گذشته برگزیده شده بود، امروز
// ... معرفی شد») is the clause's, and the event is dated by the day after
// the comma.
func TestR17CClauseDayBeforeEventDay(t *testing.T) {
	page := "دبیر تازه هیئت شطرنج کوهسار\n\nدوشنبه ۹ آذر ۱۴۰۵، ۲۰:۴۰\n\n" +
		"کوهسار - ماهان ترکمان‌پور دبیر هیئت شطرنج کوهسار که روز گذشته با حکم رئیس هیئت برگزیده شده بود، امروز در نشستی به مربیان شهر معرفی شد.\n"
	e := r17CEvent(t, page, "meeting")
	if e.Date == nil || *e.Date != "2026-11-30" {
		t.Errorf("meeting %+v, want it on the report's day 2026-11-30", e)
	}
}

// TestR17CNewHolderSpeaksLater checks that a post named «new» opening a
// later sentence whose holder speaks «در این آیین» is the one appointed to
// that body, though the appointment was told with another title
// («مسئولیت فرهنگسرای الف به X سپرده شد» and «رئیس جدید فرهنگسرای الف»),
// and that «... خبر داد» is speaking there too.
func TestR17CNewHolderSpeaksLater(t *testing.T) {
	head := "رئیس تازه کتابخانه‌های کوهسار معرفی شد\n\nدوشنبه ۹ آذر ۱۴۰۵، ۲۰:۴۰\n\n" +
		"به گزارش خبرنگار ما، در آیینی که صبح امروز با حضور رسول بهارلونیا مدیرکل کتابخانه‌های عمومی استان در تالار شهر برگزار شد، ماهان ترکمان‌پور به عنوان رئیس اداره کتابخانه‌های کوهسار معرفی شد.\n\n"
	for _, c := range []struct{ decree, later string }{
		{"با حکم دیگری، مسئولیت فرهنگسرای مرکزی کوهسار نیز به خانم نسرین آذرپیکان سپرده شد.\n\n",
			"رئیس جدید فرهنگسرای مرکزی کوهسار هم در این آیین گفت: کلاس‌های خوشنویسی از هفته آینده آغاز می‌شود.\n"},
		{"به موجب حکمی جداگانه، خانم نسرین آذرپیکان به عنوان مدیر فرهنگسرای مرکزی کوهسار منصوب شد.\n\n",
			"مدیر جدید فرهنگسرای مرکزی کوهسار هم در این آیین از راه‌اندازی کلاس نقاشی کودکان خبر داد.\n"},
	} {
		e := r17CEvent(t, head+c.decree+c.later, "ceremony")
		if !r17CHas(e.Participants, "نسرین آذرپیکان") {
			t.Errorf("%s: ceremony participants %v, want the new head who speaks at it", c.later, e.Participants)
		}
	}
}

// TestR17CAccompaniedPostsAtVisit checks that posts named «به همراه ...»
// in a later sentence telling the report's kind of event again («وزیر
// آنگاه به همراه استاندار و مدیرکل راه از پل الف بازدید کرد») have their
// holders at the report's visit.
func TestR17CAccompaniedPostsAtVisit(t *testing.T) {
	page := "سفر وزیر راه به کوهسار\n\nپنجشنبه ۱۲ آذر ۱۴۰۵ - ۰۶:۳۵\n\n" +
		"کوهسار - رسول بهارلونیا وزیر راه و شهرسازی دیروز در سفر به استان کوهسار از چند پروژه راه‌سازی بازدید کرد.\n\n" +
		"به گزارش خبرنگار ما، وزیر نخست در نشستی با پیمانکاران جاده دشت‌بان شرکت کرد که با حضور ماهان ترکمان‌پور فرماندار دشت‌بان و شاهین گلپایه‌زاد شهردار دشت‌بان در فرمانداری تشکیل شد.\n\n" +
		"وزیر آنگاه به همراه فرماندار دشت‌بان و شهردار دشت‌بان از پل رودخانه دشت‌بان بازدید کرد.\n"
	e := r17CEvent(t, page, "visit")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("visit participants %v, want %s", e.Participants, n)
		}
	}
}

// TestR17CTallyNoEvent checks that a tally up to now («تاکنون ۱۴ قرارداد
// ... منعقد شده است») is no event, so that an agreement signed at the
// report's opening later on is one.
func TestR17CTallyNoEvent(t *testing.T) {
	page := "پایانه مسافربری کوهسار افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۲۱:۱۰\n\n" +
		"کوهسار - پایانه مسافربری غرب کوهسار صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n" +
		"ساخت پایانه سه سال به طول انجامید و تاکنون ۱۴ قرارداد اجاره غرفه در آن منعقد شده است.\n\n" +
		"در همین مراسم، تفاهم‌نامه ایمنی سفرهای نوروزی به امضای ماهان ترکمان‌پور رئیس پلیس راه و شاهین گلپایه‌زاد مدیر پایانه رسید.\n"
	e := r17CEvent(t, page, "meeting")
	if !strings.Contains(e.Title, "تفاهم‌نامه") || !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting %+v, want the signing with its signatories, not the tally", e)
	}
}

// TestR17CAfterBareMainDated checks that an event told «پس از افتتاح،
// ...», after the report's opening named by its bare event word, is on
// the opening's day.
func TestR17CAfterBareMainDated(t *testing.T) {
	page := "پایانه مسافربری کوهسار افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۲۱:۱۰\n\n" +
		"کوهسار - پایانه مسافربری غرب کوهسار صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n" +
		"پس از افتتاح، استاندار و ماهان ترکمان‌پور از سکوهای پایانه که هر روز ۶۰ اتوبوس را راهی می‌کند بازدید کردند.\n"
	e := r17CEvent(t, page, "visit")
	if e.Date == nil || *e.Date != "2026-11-29" {
		t.Errorf("visit %+v, want it on the opening's day 2026-11-29", e)
	}
}

// TestR17CBoldSubheadingOverAlsoLead checks that a bold subheading inside
// a report over a paragraph that opens with the agency's lead and goes on
// with «نیز» («به گزارش الف، جشنواره ب نیز دیروز ...») starts no article.
func TestR17CBoldSubheadingOverAlsoLead(t *testing.T) {
	page := "رئیس تازه ارشاد کوهسار معرفی شد\n\nدوشنبه ۹ آذر ۱۴۰۵، ۲۰:۴۰\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس اداره ارشاد کوهسار صبح امروز با حضور رسول بهارلونیا مدیرکل ارشاد استان برگزار شد.\n\n" +
		"**جشنواره خوشنویسی جوانان**\n\n" +
		"به گزارش خبرنگار ما، جشنواره خوشنویسی جوانان نیز دیروز با حضور مدیرکل ارشاد استان و ماهان ترکمان‌پور استاد خوشنویسی در خانه هنر کوهسار آغاز شد.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want one", len(arts))
	}
}

// TestR17CThankedAtThisProgramme checks that one thanked «در این برنامه»
// after a signing told under a subheading is at the report's event, not
// at the signing.
func TestR17CThankedAtThisProgramme(t *testing.T) {
	page := "نمایشگاه گل و گیاه کوهسار گشایش یافت\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه گل و گیاه کوهسار صبح امروز با حضور رسول بهارلونیا، بخشدار کوهسار گشایش یافت.\n\n" +
		"قرارداد گلخانه‌داران\n\n" +
		"همزمان با این نمایشگاه، قرارداد خرید گل شاخه‌بریده به امضای ماهان ترکمان‌پور و شاهین گلپایه‌زاد رسید.\n\n" +
		"در این برنامه از زحمات نوید پرستوئی‌فر، گلکار پیشکسوت کوهسار، قدردانی شد.\n"
	ex, signing := r17CEvent(t, page, "exhibition"), r17CEvent(t, page, "meeting")
	if !r17CHas(ex.Participants, "نوید پرستوئی‌فر") || r17CHas(signing.Participants, "نوید پرستوئی‌فر") {
		t.Errorf("exhibition %v, signing %v: want the one thanked at the exhibition only", ex.Participants, signing.Participants)
	}
}

// TestR17CSourcePostAttends checks that the post cited as the source of a
// meeting still to come «با حضور وی» («به گفته فرماندار الف، جلسه ... با
// حضور وی برگزار خواهد شد») has its holder at that meeting.
func TestR17CSourcePostAttends(t *testing.T) {
	page := "فرماندار تازه کوهسار معرفی شد\n\nچهارشنبه ۱۱ آذر ۱۴۰۵ - ۲۲:۱۵\n\n" +
		"کوهسار - صبح امروز در آیین تودیع و معارفه فرماندار کوهسار، ماهان ترکمان‌پور به عنوان فرماندار کوهسار معرفی شد.\n\n" +
		"به گفته فرماندار کوهسار، نشست ستاد تنظیم بازار شهرستان با حضور وی پنجشنبه ۱۹ آذر تشکیل خواهد شد.\n"
	e := r17CEvent(t, page, "meeting")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v, want the source who will attend", e.Participants)
	}
}

// TestR17CWeekdayOpensFullDate checks that a weekday opening a full date
// without a year («جمعه ۲۷ اسفند», also «سه شنبه» with a space) dates the
// title's event by that date, in the year before the report's when the
// report is of the new year, not by the last such weekday.
func TestR17CWeekdayOpensFullDate(t *testing.T) {
	for _, day := range []string{"سه‌شنبه ۲۶ اسفند", "سه شنبه ۲۶ اسفند"} {
		page := "جلسه ستاد خدمات سفر کوهسار برگزار شد\n\n۵ فروردین ۱۴۰۵ - ۲۳:۰۰\n\n" +
			"به گزارش خبرنگار ما، جلسه ستاد خدمات سفر کوهسار " + day + " با حضور رسول بهارلونیا بخشدار کوهسار برگزار شد.\n"
		e := r17CEvent(t, page, "meeting")
		if e.Date == nil || *e.Date != "2026-03-17" {
			t.Errorf("%s: meeting %+v, want it on 2026-03-17", day, e)
		}
	}
}

// TestR17CLeadDatelineHead checks that a dateline head opening the lead
// («الف‌آباد - ایسنا - ۱۲ آذر ۱۴۰۵ - ...») gives the report's date, from
// which the lead's days are read, and is not itself the event's day.
func TestR17CLeadDatelineHead(t *testing.T) {
	for _, c := range []struct{ day, want string }{
		{"پنجشنبه گذشته", "2026-11-26"},
		{"صبح امروز", "2026-12-03"},
		{"روز گذشته", "2026-12-02"},
	} {
		page := "جلسه هماهنگی باغداران دشت‌بان\n\n" +
			"کوهسار - ایسنا - ۱۲ آذر ۱۴۰۵ - جلسه هماهنگی باغداران دشت‌بان " + c.day + " با حضور رسول بهارلونیا بخشدار برپا شد.\n"
		e := r17CEvent(t, page, "meeting")
		if e.Date == nil || *e.Date != c.want {
			t.Errorf("%s: meeting %+v, want it on %s", c.day, e, c.want)
		}
	}
}

// TestR17CSecretaryOfThisEvent checks that one named in a later sentence as
// the secretary of the event («X دبیر این همایش با اعلام این خبر گفت»)
// takes part in it, though he announces it as still to come, while the
// one he names in his speech does not.
func TestR17CSecretaryOfThisEvent(t *testing.T) {
	page := "همایش ملی سفال در کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، همایش ملی سفال و سرامیک روز پنجشنبه ۱۹ آذر در کوهسار برگزار خواهد شد.\n\n" +
		"رسول بهارلونیا دبیر این همایش با اعلام این خبر گفت: ماهان ترکمان‌پور استاد دانشگاه هنر در این همایش سخنرانی می‌کند.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if !r17CHas(e.Participants, "رسول بهارلونیا") || r17CHas(e.Participants, "ماهان ترکمان‌پور") {
			t.Errorf("%s: participants %v, want its secretary only", e.Title, e.Participants)
		}
	}
}

// TestR17CClosingAndContest checks that a closing told on its own
// («اختتامیه جشنواره ... برگزار شد») is a ceremony dated by its lead, and a
// contest («مسابقه») an event of type other.
func TestR17CClosingAndContest(t *testing.T) {
	for _, c := range []struct{ word, typ, date string }{
		{"اختتامیه جشنواره موسیقی نواحی", "ceremony", "2026-12-02"},
		{"مسابقه کتابخوانی کارکنان", "other", "2026-12-02"},
	} {
		page := c.word + " کوهسار برگزار شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
			"به گزارش خبرنگار ما، " + c.word + " کوهسار عصر دیروز با حضور رسول بهارلونیا بخشدار در فرهنگسرای شهر برگزار شد.\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != c.typ || doc.Events[0].Date == nil || *doc.Events[0].Date != c.date {
			t.Errorf("%s: events %+v, want one %s on %s", c.word, doc.Events, c.typ, c.date)
		}
	}
}

// TestR17CListedPostBesideOtherHolder checks that in a list «با حضور
// مدیرکل الف، شهردار ب، X و ...» the post whose neighbour X holds another
// post, while someone else of the report holds that one, stands for its
// holder.
func TestR17CListedPostBesideOtherHolder(t *testing.T) {
	page := "رئیس تازه هیئت فوتبال کوهسار معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، در آیینی که صبح امروز با حضور رسول بهارلونیا مدیرکل ورزش و جوانان استان و کیوان سبزه‌کار شهردار کوهسار برگزار شد، ماهان ترکمان‌پور به عنوان رئیس هیئت فوتبال کوهسار معرفی شد.\n\n" +
		"به موجب حکمی جداگانه، خانم نسرین آذرپیکان به عنوان رئیس هیئت شنای کوهسار منصوب شد.\n\n" +
		"افتتاح استخر\n\n" +
		"عصر امروز نیز استخر سرپوشیده محله دشت‌بان با حضور مدیرکل ورزش و جوانان استان، شهردار کوهسار، آذرپیکان و نوید پرستوئی‌فر، نیکوکاری که بخشی از هزینه آن را داده است، افتتاح شد.\n"
	e := r17CEvent(t, page, "opening")
	if !r17CHas(e.Participants, "کیوان سبزه‌کار") {
		t.Errorf("opening participants %v, want the mayor named by his post", e.Participants)
	}
}

// TestR17CSignedWithinTheCeremony checks that the signatories of an
// agreement signed «در این آیین» take part in the report's opening as
// well as in the signing, as those of one «در حاشیه این آیین» do, while
// those of an event told «در ادامه این سفر» are at that event only.
func TestR17CSignedWithinTheCeremony(t *testing.T) {
	head := "پایانه مسافربری کوهسار افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۲۱:۱۰\n\n" +
		"کوهسار - پایانه مسافربری غرب کوهسار صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n"
	for _, opening := range []string{"همچنین در این آیین", "در حاشیه این آیین"} {
		page := head + opening + "، قرارداد نگهداری سکوها به امضای ماهان ترکمان‌پور مدیر پایانه و شاهین گلپایه‌زاد مدیرعامل شرکت خدماتی رسید.\n"
		e := r17CEvent(t, page, "opening")
		if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
			t.Errorf("%s: opening participants %v, want the signatory at it", opening, e.Participants)
		}
	}
	page := "سفر وزیر راه به کوهسار\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۲۱:۱۰\n\n" +
		"کوهسار - رسول بهارلونیا وزیر راه و شهرسازی دیروز در سفر به استان کوهسار از چند پروژه راه‌سازی بازدید کرد.\n\n" +
		"در ادامه این سفر، پل رودخانه دشت‌بان با حضور بهارلونیا و ماهان ترکمان‌پور مدیرکل راه استان افتتاح شد.\n"
	if e := r17CEvent(t, page, "visit"); r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want no one of the opening told next", e.Participants)
	}
}

// TestR17CGuillemetsCloseSpeech checks that a speech opened with «« right
// after the colon ends at its «»»: one the reporter then says was present
// («... گفت: «...» X هم در جایگاه حاضر بود») takes part, while one named
// inside the guillemets does not.
func TestR17CGuillemetsCloseSpeech(t *testing.T) {
	page := "اهدای ویلچر به معلولان کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"کوهسار - آیین اهدای ۴۰ ویلچر به معلولان کوهسار صبح امروز با حضور رسول بهارلونیا مدیرکل بهزیستی استان برگزار شد.\n\n" +
		"بهارلونیا در این آیین گفت: «هزینه ۱۵ ویلچر را کیوان سبزه‌کار پرداخته است.» خانم نسرین آذرپیکان، از نیکوکاران شهر، نیز در این آیین حضور داشت.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "نسرین آذرپیکان") || r17CHas(e.Participants, "کیوان سبزه‌کار") {
		t.Errorf("ceremony participants %v, want the one present, not the one named in the speech", e.Participants)
	}
}

// TestR17CNewsOfAppointment checks that one whose appointment a speaker
// tells of in a later sentence («او از انتصاب خانم X به عنوان دبیر ...
// خبر داد») is not at the handover ceremony the report tells.
func TestR17CNewsOfAppointment(t *testing.T) {
	page := "رئیس تازه هیئت شنای کوهسار معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه رئیس هیئت شنای کوهسار صبح امروز با حضور رسول بهارلونیا مدیرکل ورزش و جوانان استان برگزار شد و ماهان ترکمان‌پور به عنوان رئیس جدید معرفی شد.\n\n" +
		"او از انتصاب خانم نسرین آذرپیکان به عنوان دبیر هیئت شنای کوهسار نیز خبر داد و گفت: مسابقات استانی در راه است.\n"
	e := r17CEvent(t, page, "ceremony")
	if r17CHas(e.Participants, "نسرین آذرپیکان") || !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the one introduced, not the one told of", e.Participants)
	}
}

// TestR17CFirstOfListedDays checks that an event held «در روزهای ۲۲ و ۲۳
// آذر» (or «۲۱، ۲۲ و ۲۳ آذر») is dated by its first day.
func TestR17CFirstOfListedDays(t *testing.T) {
	for _, c := range []struct{ days, want string }{
		{"در روزهای ۲۲ و ۲۳ آذر", "2026-12-13"},
		{"در روزهای ۲۱، ۲۲ و ۲۳ آذر", "2026-12-12"},
		{"روز ۲۳ آذر", "2026-12-14"},
	} {
		page := "همایش سفال کوهسار برگزار می‌شود\n\nپنجشنبه ۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
			"به گزارش خبرنگار ما، همایش ملی سفال و سرامیک " + c.days + " با حضور رسول بهارلونیا بخشدار کوهسار برگزار می‌شود.\n"
		e := r17CEvent(t, page, "ceremony")
		if e.Date == nil || *e.Date != c.want {
			t.Errorf("%s: event %+v, want it on %s", c.days, e, c.want)
		}
	}
}

// TestR17CSetUpEndsName checks that «برپا» of «برپا شد» right after a
// post's body ends the body's name, as «برگزار» does.
func TestR17CSetUpEndsName(t *testing.T) {
	page := "جشن گلریزان در کوهسار\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، جشن گلریزان آزادی زندانیان صبح امروز با حضور کیوان سبزه‌کار شهردار کوهسار برپا شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if strings.Contains(o.Name, "برپا") {
			t.Errorf("body %q, want its name to end before «برپا»", o.Name)
		}
	}
}
