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
	page := "روز مزرعه گندم دیم در نمونه‌آباد برگزار شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، روز مزرعه کشت گندم دیم صبح دیروز در اراضی روستای نمونه‌آباد با حضور شاهین گلپایه‌زاد، رئیس سازمان جهاد کشاورزی استان برگزار شد.\n"
	e := r17CEvent(t, page, "other")
	if e.Date == nil || *e.Date != "2026-12-02" {
		t.Errorf("field day %+v, want it on 2026-12-02", e)
	}
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("participants %v, want the head of the organization", e.Participants)
	}
}

// TestR17CIndefiniteAgreementSigned checks that an agreement told as an
// indefinite noun («تفاهم‌نامه‌ای ... به امضای الف و ب رسید») is a signing,
// a meeting, whose two signatories take part in it.
func TestR17CIndefiniteAgreementSigned(t *testing.T) {
	page := "نمایشگاه صنایع دستی نمونه‌آباد گشایش یافت\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه صنایع دستی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا، فرماندار نمونه‌آباد گشایش یافت.\n\n" +
		"در حاشیه این نمایشگاه، تفاهم‌نامه‌ای میان شهرداری نمونه‌آباد و دانشگاه نمونه‌آباد برای آموزش هنرجویان به امضای ماهان ترکمان‌پور شهردار نمونه‌آباد و شاهین گلپایه‌زاد رئیس دانشگاه نمونه‌آباد رسید.\n"
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
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، صبح امروز در آیین تودیع و معارفه فرماندار نمونه‌آباد، رسول بهارلونیا به عنوان فرماندار جدید معرفی شد.\n\n" +
		"عصر همان روز فرماندار جدید به همراه ماهان ترکمان‌پور از کارخانه قند نمونه‌آباد بازدید کرد.\n\n" +
		"در این بازدید همچنین شاهین گلپایه‌زاد که روز شنبه ۸ آذر به سمت مدیر کارخانه منصوب شده است، گزارشی از تولید ارائه کرد.\n"
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
	page := "دو بخشدار جدید در نمونه‌آباد منصوب شدند\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"نمونه‌آباد - استاندار در حکمی که شنبه هشتم آذرماه امضا شد، ماهان ترکمان‌پور را به عنوان بخشدار مرکزی و شاهین گلپایه‌زاد را به سمت بخشدار کوهسار منصوب کرد.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه بخشداران مرکزی و کوهسار صبح امروز با حضور رسول بهارلونیا فرماندار نمونه‌آباد در سالن فرمانداری برگزار شد.\n\n" +
		"بر اساس این گزارش، نخستین جلسه شورای اداری شهرستان با حضور بخشداران جدید، شنبه ۱۵ آذر به ریاست فرماندار برگزار می‌شود.\n"
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
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، صبح امروز در آیین تودیع و معارفه فرماندار نمونه‌آباد، رسول بهارلونیا به عنوان فرماندار جدید معرفی شد.\n\n" +
		"عصر همان روز، فرماندار جدید به همراه ماهان ترکمان‌پور از طرح آبرسانی روستای کوهسار بازدید کرد و سپس در جلسه‌ای با اعضای شورای اسلامی روستا و شاهین گلپایه‌زاد دهیار کوهسار، مشکلات اهالی را بررسی کرد.\n\n" +
		"در این جلسه نوید پرستوئی‌فر رئیس شورای اسلامی روستا خواستار احداث خانه بهداشت شد.\n"
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

// TestR17CHandedOverInPresence checks that keys handed over «با حضور X»
// in a passive («... تحویل داده شد») make a ceremony with those present,
// and that the one a new holder replaced, told of in a later sentence of
// what was done before («از هفته گذشته جانشین Y شده است»), is not at it.
func TestR17CHandedOverInPresence(t *testing.T) {
	page := "تفاهم‌نامه ساخت مسکن مددجویان در نمونه‌آباد امضا شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، تفاهم‌نامه ساخت ۲۰۰ واحد مسکونی مددجویان صبح امروز با حضور رسول بهارلونیا فرماندار نمونه‌آباد امضا شد.\n\n" +
		"عصر همان روز، کلید ۳۰ واحد مسکونی مددجویان با حضور ماهان ترکمان‌پور سرپرست اداره بهزیستی شهرستان کوهسار به خانواده‌ها تحویل داده شد.\n\n" +
		"ترکمان‌پور از هفته گذشته با حکم مدیرکل بهزیستی استان جانشین شاهین گلپایه‌زاد در اداره بهزیستی کوهسار شده است؛ گلپایه‌زاد اکنون معاون اداره کل بهزیستی استان است.\n"
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
// دی‌ماه ... منصوب شده است» in a later sentence is not at the ceremony
// the report tells, while the one he replaced, honoured there, is.
func TestR17CAppointedSinceFirst(t *testing.T) {
	page := "جشن دانش‌آموختگی مهارت‌آموزان نمونه‌آباد برگزار شد\n\n۲۴ دی ۱۴۰۴، ۱۶:۲۰\n\n" +
		"به گزارش خبرنگار ما، جشن دانش‌آموختگی ۴۰۰ مهارت‌آموز نمونه‌آباد روز چهارشنبه با حضور رسول بهارلونیا مدیرکل آموزش فنی و حرفه‌ای استان برگزار شد.\n\n" +
		"با حکم مدیرکل آموزش فنی و حرفه‌ای استان، ماهان ترکمان‌پور از اول دی‌ماه به عنوان سرپرست مرکز آموزش فنی و حرفه‌ای نمونه‌آباد منصوب شده است.\n\n" +
		"او جانشین شاهین گلپایه‌زاد شده که پس از ۳۰ سال خدمت بازنشسته شد و در این مراسم از وی تجلیل شد.\n"
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
	page := "جشن دانش‌آموختگی مهارت‌آموزان نمونه‌آباد برگزار شد\n\n۲۴ دی ۱۴۰۴، ۱۶:۲۰\n\n" +
		"به گزارش خبرنگار ما، جشن دانش‌آموختگی ۴۰۰ مهارت‌آموز نمونه‌آباد روز چهارشنبه با حضور رسول بهارلونیا مدیرکل آموزش فنی و حرفه‌ای استان برگزار شد.\n\n" +
		"در پایان این آیین، تفاهم‌نامه همکاری اداره کل و اتاق بازرگانی نمونه‌آباد به امضای بهارلونیا و ماهان ترکمان‌پور رسید. نوید پرستوئی‌فر، رتبه نخست دوره جوشکاری، هم به نمایندگی از دانش‌آموختگان سخن گفت.\n"
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
		page := "تفاهم‌نامه همکاری امضا شد\n\n۲۴ دی ۱۴۰۴، ۱۶:۲۰\n\n" +
			"به گزارش خبرنگار ما، تفاهم‌نامه همکاری دانشگاه و شهرداری نمونه‌آباد به امضای رسول بهارلونیا و ماهان ترکمان‌پور " + verb + ".\n"
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
	for _, c := range []struct {
		text, word, want string
	}{
		{"ماهان ترکمان‌پور معاون بهره‌برداری شرکت از مرکز بازدید کرد", "بهره‌برداری", ""},
		{"رسول بهارلونیا مدیر نظارت شرکت گفت", "نظارت", ""},
		{"اداره بازرسی استان گزارش داد", "بازرسی", ""},
		{"بهره‌برداری از پل نمونه‌آباد آغاز شد", "بهره‌برداری", "opening"},
	} {
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

// TestR17CTakesPlaceOf checks that one named only as the holder whose place
// the new one takes («وی جای X را می‌گیرد که از این پس مدیر ... است»), not
// thanked, is not at the introduction.
func TestR17CTakesPlaceOf(t *testing.T) {
	page := "مدیرعامل جدید شرکت آب نمونه‌آباد معرفی شد\n\n۱۰ آذر ۱۴۰۵ - ۱۷:۳۱\n\n" +
		"به گزارش خبرنگار ما، رسول بهارلونیا مدیرعامل جدید شرکت آب نمونه‌آباد صبح امروز در آیینی با حضور مسئولان استان معرفی شد.\n\n" +
		"در پایان این آیین، حکم ماهان ترکمان‌پور به عنوان سرپرست امور آب شهرستان کوهسار از سوی بهارلونیا ابلاغ شد. وی جای شاهین گلپایه‌زاد را می‌گیرد که از این پس مدیر امور آب شهرستان دشتستان است.\n"
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
	page := "مدیر جدید جهاد کشاورزی نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵، ۱۲:۵۸\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه مدیر جهاد کشاورزی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا فرماندار نمونه‌آباد برگزار شد.\n\n" +
		"به گفته فرماندار، روز مزرعه کشت زعفران با حضور دکتر ماهان ترکمان‌پور عضو هیئت علمی دانشگاه نمونه‌آباد سه‌شنبه ۲۴ آذر در روستای کوهسار برگزار می‌شود.\n"
	e := r17CEvent(t, page, "other")
	if e.Date == nil || *e.Date != "2026-12-15" || !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("field day %+v, want it on 2026-12-15 with the one to be present", e)
	}
}

// TestR17CAlsoAfterTimeGoesOn checks that a paragraph under a subheading
// that opens with a time and «همچنین» («عصر امروز همچنین ...») goes on
// with the report above and starts no article.
func TestR17CAlsoAfterTimeGoesOn(t *testing.T) {
	page := "مدیر جدید جهاد کشاورزی نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵، ۱۲:۵۸\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه مدیر جهاد کشاورزی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا فرماندار نمونه‌آباد برگزار شد.\n\n" +
		"نمایشگاه صنایع دستی عشایر\n\n" +
		"عصر امروز همچنین نمایشگاه صنایع دستی و محصولات کشاورزی عشایر با حضور فرماندار نمونه‌آباد و ماهان ترکمان‌پور در مجموعه فرهنگی شهر گشایش یافت.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want one", len(arts))
	}
}

// TestR17CClauseDayBeforeEventDay checks that a relative day inside a «که»
// clause in the past perfect («... که روز گذشته منصوب شده بود، امروز در
// آیینی معرفی شد») is the clause's, and the event is dated by the day
// after the comma.
func TestR17CClauseDayBeforeEventDay(t *testing.T) {
	page := "سرپرست جدید شبکه بهداشت نمونه‌آباد معرفی شد\n\nدوشنبه ۹ آذر ۱۴۰۵ / ساعت ۱۸:۲۲\n\n" +
		"نمونه‌آباد - ماهان ترکمان‌پور سرپرست شبکه بهداشت نمونه‌آباد که روز گذشته با حکم رئیس دانشگاه علوم پزشکی استان منصوب شده بود، امروز در آیینی به کارکنان این شبکه معرفی شد.\n"
	e := r17CEvent(t, page, "ceremony")
	if e.Date == nil || *e.Date != "2026-11-30" {
		t.Errorf("ceremony %+v, want it on the report's day 2026-11-30", e)
	}
}

// TestR17CNewHolderSpeaksLater checks that a post named «new» opening a
// later sentence whose holder speaks «در این آیین» is the one appointed to
// that body, though the appointment was told with another title
// («مسئولیت بیمارستان الف به X سپرده شد» and «رئیس جدید بیمارستان الف»),
// and that «... خبر داد» is speaking there too.
func TestR17CNewHolderSpeaksLater(t *testing.T) {
	head := "سرپرست جدید شبکه بهداشت نمونه‌آباد معرفی شد\n\nدوشنبه ۹ آذر ۱۴۰۵ / ساعت ۱۸:۲۲\n\n" +
		"به گزارش خبرنگار ما، در آیینی که صبح امروز با حضور رسول بهارلونیا رئیس دانشگاه علوم پزشکی استان برگزار شد، ماهان ترکمان‌پور به عنوان سرپرست شبکه بهداشت نمونه‌آباد معرفی شد.\n\n"
	for _, c := range []struct{ decree, later string }{
		{"با حکم دیگری که هفته گذشته صادر شد، مسئولیت بیمارستان امام نمونه‌آباد نیز به خانم دکتر نسرین آذرپیکان سپرده شد.\n\n",
			"رئیس جدید بیمارستان امام نمونه‌آباد هم در این آیین گفت: کمبود پزشک متخصص جدی است.\n"},
		{"با حکم دیگری که هفته گذشته صادر شد، خانم دکتر نسرین آذرپیکان به عنوان مدیر بیمارستان امام نمونه‌آباد منصوب شد.\n\n",
			"مدیر جدید بیمارستان امام نمونه‌آباد هم در این آیین از کمبود ۱۴ پزشک متخصص خبر داد.\n"},
	} {
		e := r17CEvent(t, head+c.decree+c.later, "ceremony")
		if !r17CHas(e.Participants, "نسرین آذرپیکان") {
			t.Errorf("%s: ceremony participants %v, want the new head who speaks at it", c.later, e.Participants)
		}
	}
}

// TestR17CAccompaniedPostsAtVisit checks that posts named «به همراه ...»
// in a later sentence telling the report's kind of event again («نماینده
// سپس به همراه فرماندار و رئیس جهاد کشاورزی شهرستان از کارخانه الف
// بازدید کرد») have their holders at the report's visit.
func TestR17CAccompaniedPostsAtVisit(t *testing.T) {
	page := "سفر یک‌روزه نماینده نمونه‌آباد به کوهسار\n\nپنجشنبه ۱۲ آذر ۱۴۰۵ - ساعت ۸:۰۵\n\n" +
		"کوهسار - رسول بهارلونیا نماینده مردم نمونه‌آباد در مجلس شورای اسلامی، دیروز در سفری یک‌روزه به شهرستان کوهسار از چند طرح عمرانی بازدید کرد.\n\n" +
		"به گزارش خبرنگار ما، نخستین برنامه این سفر نشست با هیئت‌مدیره شرکت تعاونی چایکاران کوهسار بود که با حضور ماهان ترکمان‌پور فرماندار کوهسار و شاهین گلپایه‌زاد رئیس اداره جهاد کشاورزی شهرستان کوهسار در محل تعاونی برگزار شد.\n\n" +
		"نماینده نمونه‌آباد سپس به همراه فرماندار و رئیس جهاد کشاورزی شهرستان از کارخانه چای‌سازی سبزینه بازدید کرد.\n"
	e := r17CEvent(t, page, "visit")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("visit participants %v, want %s", e.Participants, n)
		}
	}
}

// TestR17CTallyNoEvent checks that a tally up to now («تاکنون ۳۸ قرارداد
// ... منعقد شده است») is no event, so that an agreement signed at the
// report's opening later on is one.
func TestR17CTallyNoEvent(t *testing.T) {
	page := "شهرک صنعتی نمونه‌آباد افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۶:۲۰\n\n" +
		"نمونه‌آباد - شهرک صنعتی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n" +
		"این شهرک در زمینی به مساحت ۲۴۰ هکتار ساخته شده و تاکنون ۳۸ قرارداد واگذاری زمین در آن منعقد شده است.\n\n" +
		"همچنین در این آیین، تفاهم‌نامه تأمین آب شهرک به امضای ماهان ترکمان‌پور مدیرعامل شرکت آب منطقه‌ای و شاهین گلپایه‌زاد مدیرعامل شرکت شهرک‌ها رسید.\n"
	e := r17CEvent(t, page, "meeting")
	if !strings.Contains(e.Title, "تفاهم‌نامه") || !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting %+v, want the signing with its signatories, not the tally", e)
	}
}

// TestR17CAfterBareMainDated checks that an event told «پس از افتتاح،
// ...», after the report's opening named by its bare event word, is on
// the opening's day.
func TestR17CAfterBareMainDated(t *testing.T) {
	page := "شهرک صنعتی نمونه‌آباد افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۶:۲۰\n\n" +
		"نمونه‌آباد - شهرک صنعتی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n" +
		"پس از افتتاح، استاندار و ماهان ترکمان‌پور از نخستین واحد فعال شهرک که ماهانه ۱۵ هزار تن میلگرد تولید می‌کند بازدید کردند.\n"
	e := r17CEvent(t, page, "visit")
	if e.Date == nil || *e.Date != "2026-11-29" {
		t.Errorf("visit %+v, want it on the opening's day 2026-11-29", e)
	}
}

// TestR17CBoldSubheadingOverAlsoLead checks that a bold subheading inside
// a report over a paragraph that opens with the agency's lead and goes on
// with «نیز» («به گزارش الف، نمایشگاه ب نیز دیروز ...») starts no article.
func TestR17CBoldSubheadingOverAlsoLead(t *testing.T) {
	page := "رئیس جدید محیط زیست نمونه‌آباد منصوب شد\n\nدوشنبه ۹ آذر ۱۴۰۵ - ۱۱:۲۷\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس اداره حفاظت محیط زیست نمونه‌آباد صبح امروز با حضور رسول بهارلونیا مدیرکل حفاظت محیط زیست استان برگزار شد.\n\n" +
		"**نمایشگاه عکس حیات‌وحش کوهسار**\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه عکس «حیات‌وحش کوهسار» نیز دیروز با حضور مدیرکل حفاظت محیط زیست استان و ماهان ترکمان‌پور عکاس طبیعت در نگارخانه شهر گشایش یافت.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want one", len(arts))
	}
}

// TestR17CThankedAtThisProgramme checks that one thanked «در این برنامه»
// («در این برنامه همچنین از خدمات حاج X تقدیر شد») after a signing told
// under a subheading is at the report's event, not at the signing.
func TestR17CThankedAtThisProgramme(t *testing.T) {
	page := "نمایشگاه صنایع دستی نمونه‌آباد گشایش یافت\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، نمایشگاه صنایع دستی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا، فرماندار نمونه‌آباد گشایش یافت.\n\n" +
		"تفاهم‌نامه آموزش هنرجویان\n\n" +
		"در حاشیه این نمایشگاه، تفاهم‌نامه آموزش هنرجویان به امضای ماهان ترکمان‌پور و شاهین گلپایه‌زاد رسید.\n\n" +
		"در این برنامه همچنین از خدمات حاج نوید پرستوئی‌فر که ۱۲ سال مدیرعاملی تعاونی صنایع دستی را بر عهده داشت، تقدیر شد.\n"
	ex, signing := r17CEvent(t, page, "exhibition"), r17CEvent(t, page, "meeting")
	if !r17CHas(ex.Participants, "نوید پرستوئی‌فر") || r17CHas(signing.Participants, "نوید پرستوئی‌فر") {
		t.Errorf("exhibition %v, signing %v: want the one thanked at the exhibition only", ex.Participants, signing.Participants)
	}
}

// TestR17CSourcePostAttends checks that the post cited as the source of a
// meeting still to come «با حضور وی» («به گفته فرماندار الف، جلسه ... با
// حضور وی برگزار خواهد شد») has its holder at that meeting.
func TestR17CSourcePostAttends(t *testing.T) {
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\nچهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۳:۴۰\n\n" +
		"نمونه‌آباد - صبح امروز در آیین تودیع و معارفه فرماندار نمونه‌آباد، ماهان ترکمان‌پور به عنوان فرماندار نمونه‌آباد معرفی شد.\n\n" +
		"به گفته فرماندار نمونه‌آباد، نخستین جلسه شورای اداری شهرستان نمونه‌آباد با حضور وی روز شنبه ۱۴ آذر برگزار خواهد شد.\n"
	e := r17CEvent(t, page, "meeting")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v, want the source who will attend", e.Participants)
	}
}

// TestR17CWeekdayOpensFullDate checks that a weekday opening a full date
// without a year («سه‌شنبه ۲۶ اسفند», also «سه شنبه» with a space) dates
// the title's event by that date, in the year before the report's when
// the report is of the new year, not by the last such weekday.
func TestR17CWeekdayOpensFullDate(t *testing.T) {
	for _, day := range []string{"سه‌شنبه ۲۶ اسفند", "سه شنبه ۲۶ اسفند"} {
		page := "نشست شورای اداری نمونه‌آباد برگزار شد\n\n۵ فروردین ۱۴۰۵ - ۱۰:۲۰\n\n" +
			"به گزارش خبرنگار ما، نشست شورای اداری شهرستان نمونه‌آباد " + day + " با حضور رسول بهارلونیا فرماندار نمونه‌آباد برگزار شد.\n"
		e := r17CEvent(t, page, "meeting")
		if e.Date == nil || *e.Date != "2026-03-17" {
			t.Errorf("%s: meeting %+v, want it on 2026-03-17", day, e)
		}
	}
}

// TestR17CLeadDatelineHead checks that a dateline head opening the lead
// («الف‌آباد - ایرنا - ۱۲ آذر ۱۴۰۵ - ...») gives the report's date, from
// which the lead's days are read, and is not itself the event's day.
func TestR17CLeadDatelineHead(t *testing.T) {
	for _, c := range []struct{ day, want string }{
		{"پنجشنبه گذشته", "2026-11-26"},
		{"صبح امروز", "2026-12-03"},
		{"روز گذشته", "2026-12-02"},
	} {
		page := "نشست هم‌اندیشی فعالان اقتصادی نمونه‌آباد\n\n" +
			"نمونه‌آباد - ایرنا - ۱۲ آذر ۱۴۰۵ - نشست هم‌اندیشی فعالان اقتصادی شهرستان نمونه‌آباد " + c.day + " با حضور رسول بهارلونیا فرماندار برگزار شد.\n"
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
	page := "همایش ملی گردشگری در نمونه‌آباد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، همایش ملی گردشگری روستایی روز پنجشنبه ۱۹ آذر در نمونه‌آباد برگزار خواهد شد.\n\n" +
		"رسول بهارلونیا دبیر این همایش با اعلام این خبر گفت: ماهان ترکمان‌پور معاون وزیر میراث فرهنگی در این همایش سخنرانی می‌کند.\n"
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
		{"اختتامیه جشنواره تئاتر", "ceremony", "2026-12-02"},
		{"مسابقه قرآنی کارکنان", "other", "2026-12-02"},
	} {
		page := c.word + " نمونه‌آباد برگزار شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
			"به گزارش خبرنگار ما، " + c.word + " نمونه‌آباد عصر دیروز با حضور رسول بهارلونیا فرماندار در تالار شهر برگزار شد.\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != c.typ || doc.Events[0].Date == nil || *doc.Events[0].Date != c.date {
			t.Errorf("%s: events %+v, want one %s on %s", c.word, doc.Events, c.typ, c.date)
		}
	}
}

// TestR17CListedPostBesideOtherHolder checks that in a list «با حضور رئیس
// الف، فرماندار ب، X و ...» the post whose neighbour X holds another post,
// while someone else of the report holds that one, stands for its holder.
func TestR17CListedPostBesideOtherHolder(t *testing.T) {
	page := "سرپرست جدید شبکه بهداشت نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، در آیینی که صبح امروز با حضور رسول بهارلونیا رئیس دانشگاه علوم پزشکی استان و کیوان سبزه‌کار فرماندار نمونه‌آباد برگزار شد، ماهان ترکمان‌پور به عنوان سرپرست شبکه بهداشت نمونه‌آباد معرفی شد.\n\n" +
		"با حکم دیگری، خانم دکتر نسرین آذرپیکان به عنوان رئیس بیمارستان امام نمونه‌آباد منصوب شد.\n\n" +
		"افتتاح بخش دیالیز\n\n" +
		"عصر امروز نیز بخش دیالیز بیمارستان امام نمونه‌آباد با حضور رئیس دانشگاه علوم پزشکی استان، فرماندار نمونه‌آباد، آذرپیکان و حاج نوید پرستوئی‌فر، خیری که هزینه تجهیز این بخش را پرداخته است، افتتاح شد.\n"
	e := r17CEvent(t, page, "opening")
	if !r17CHas(e.Participants, "کیوان سبزه‌کار") {
		t.Errorf("opening participants %v, want the governor named by his post", e.Participants)
	}
}

// TestR17CSignedWithinTheCeremony checks that the signatories of an
// agreement signed «در این آیین» take part in the report's opening as
// well as in the signing, as those of one «در حاشیه این آیین» do, while
// those of an event told «در ادامه این سفر» are at that event only.
func TestR17CSignedWithinTheCeremony(t *testing.T) {
	head := "شهرک صنعتی نمونه‌آباد افتتاح شد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۶:۲۰\n\n" +
		"نمونه‌آباد - شهرک صنعتی نمونه‌آباد صبح امروز با حضور رسول بهارلونیا استاندار به بهره‌برداری رسید.\n\n"
	for _, c := range []struct {
		opening string
		want    bool
	}{
		{"همچنین در این آیین", true},
		{"در حاشیه این آیین", true},
	} {
		page := head + c.opening + "، تفاهم‌نامه تأمین آب شهرک به امضای ماهان ترکمان‌پور مدیرعامل شرکت آب منطقه‌ای و شاهین گلپایه‌زاد مدیرعامل شرکت شهرک‌ها رسید.\n"
		e := r17CEvent(t, page, "opening")
		if got := r17CHas(e.Participants, "ماهان ترکمان‌پور"); got != c.want {
			t.Errorf("%s: opening participants %v, signatory at it %v, want %v", c.opening, e.Participants, got, c.want)
		}
	}
	page := "سفر نماینده به نمونه‌آباد\n\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۶:۲۰\n\n" +
		"نمونه‌آباد - رسول بهارلونیا نماینده مردم نمونه‌آباد در مجلس شورای اسلامی دیروز در سفری یک‌روزه به شهرستان کوهسار از چند طرح عمرانی بازدید کرد.\n\n" +
		"در ادامه این سفر، خانه بهداشت روستای کوهسار با حضور بهارلونیا و ماهان ترکمان‌پور سرپرست شبکه بهداشت شهرستان افتتاح شد.\n"
	if e := r17CEvent(t, page, "visit"); r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want no one of the opening told next", e.Participants)
	}
}

// TestR17CGuillemetsCloseSpeech checks that a speech opened with «« right
// after the colon ends at its «»»: one the reporter then says was present
// («... گفت: «...» X نیز در این آیین حضور داشت») takes part, while one
// named inside the guillemets does not.
func TestR17CGuillemetsCloseSpeech(t *testing.T) {
	page := "آیین اهدای جهیزیه در نمونه‌آباد برگزار شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"نمونه‌آباد - آیین اهدای ۱۲۰ سری جهیزیه به نوعروسان صبح امروز با حضور رسول بهارلونیا مدیرکل کمیته امداد استان برگزار شد.\n\n" +
		"بهارلونیا در این آیین گفت: «نیمی از هزینه را کیوان سبزه‌کار و دیگر خیران تأمین کرده‌اند.» حاج خانم نسرین آذرپیکان، از خیران این مؤسسه، نیز در این آیین حضور داشت.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "نسرین آذرپیکان") || r17CHas(e.Participants, "کیوان سبزه‌کار") {
		t.Errorf("ceremony participants %v, want the one present, not the one named in the speech", e.Participants)
	}
}

// TestR17CNewsOfAppointment checks that one whose appointment a speaker
// tells of in a later sentence («وی همچنین از انتصاب خانم X به سمت معاون
// ... خبر داد») is not at the handover ceremony the report tells.
func TestR17CNewsOfAppointment(t *testing.T) {
	page := "مدیر جدید آموزش و پرورش نمونه‌آباد معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه مدیر آموزش و پرورش نمونه‌آباد صبح امروز با حضور رسول بهارلونیا مدیرکل آموزش و پرورش استان برگزار شد و ماهان ترکمان‌پور به عنوان مدیر جدید معرفی شد.\n\n" +
		"وی همچنین از انتصاب خانم نسرین آذرپیکان به سمت معاون پرورشی اداره آموزش و پرورش نمونه‌آباد خبر داد و گفت: این پست چند ماه بدون متصدی مانده بود.\n"
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
		page := "همایش گردشگری نمونه‌آباد برگزار می‌شود\n\nپنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
			"به گزارش خبرنگار ما، همایش ملی گردشگری روستایی " + c.days + " با حضور رسول بهارلونیا فرماندار نمونه‌آباد برگزار می‌شود.\n"
		e := r17CEvent(t, page, "ceremony")
		if e.Date == nil || *e.Date != c.want {
			t.Errorf("%s: event %+v, want it on %s", c.days, e, c.want)
		}
	}
}
