package extract

import (
	"strings"
	"testing"
)

// TestR18CCeremonyInTrip checks that a lead telling a trip within which a
// new holder is introduced at a ceremony («در سفر به روستای الف ... در
// آیینی X را به عنوان دهیار جدید معرفی کرد») reports a ceremony, with the
// one introduced and the one introducing at it.
func TestR18CCeremonyInTrip(t *testing.T) {
	page := "دهیار جدید روستای کندلان معرفی شد\n\n۱۲ آذر ۱۴۰۵ - ۰۷:۵۰\n\n" +
		"به گزارش خبرنگار ما، رسول بهارلونیا، بخشدار کوهسار امروز در سفر به روستای کندلان، در آیینی در حسینیه روستا ماهان ترکمان‌پور را به عنوان دهیار جدید معرفی کرد.\n"
	e := r17CEvent(t, page, "ceremony")
	for _, n := range []string{"رسول بهارلونیا", "ماهان ترکمان‌پور"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("ceremony participants %v, want %s", e.Participants, n)
		}
	}
	if e.Date == nil || *e.Date != "2026-12-03" {
		t.Errorf("ceremony %+v, want it on 2026-12-03", e)
	}
}

// TestR18CBackToEarlierEvent checks that a sentence opening «در این آیین
// ...» after a later, still-to-come workshop was told gives its persons to
// the ceremony told before, not to the workshop.
func TestR18CBackToEarlierEvent(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nمدیرکل جدید بهزیستی کوهسار معرفی شد\n\n" +
		"کوهسار- با حکم وزیر، رسول بهارلونیا مدیرکل بهزیستی استان کوهسار شد.\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه مدیرکل بهزیستی استان کوهسار امروز با حضور ماهان ترکمان‌پور، معاون استاندار کوهسار برگزار شد.\n\n" +
		"به گفته ترکمان‌پور، کارگاه آموزشی مددکاران یکشنبه ۱۵ آذر در سالن استانداری برگزار می‌شود.\n\n" +
		"در این آیین شاهین گلپایه‌زاد، رئیس اداره بهزیستی شهرستان کندلان نیز حضور داشت.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want the one present «در این آیین»", e.Participants)
	}
}

// r18CPort is a made-up report: a visit told the day before the report,
// an opening (the title's event) «عصر همان روز», then a meeting whose later
// sentences open «X در این نشست» and hold another event word in speech.
const r18CPort = "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۹ آذر ۱۴۰۵ - ۱۱:۴۸\n\n" +
	"سفر معاون وزیر به کوهسار؛\nپایانه مسافری بندر کندلان افتتاح شد\n\n" +
	"کوهسار- رسول بهارلونیا، معاون وزیر راه و شهرسازی، روز گذشته (یکشنبه) در سفر به استان کوهسار از اسکله‌های بندر کوهسار بازدید کرد.\n\n" +
	"پایانه مسافری بندر کندلان نیز عصر همان روز با حضور بهارلونیا و ماهان ترکمان‌پور، مدیرکل بنادر استان کوهسار افتتاح شد.\n\n" +
	"نشست مشترک مدیران بنادر و گمرک استان نیز امروز دوشنبه در محل اداره کل گمرک استان کوهسار با حضور شاهین گلپایه‌زاد، مدیرکل گمرک استان کوهسار برگزار شد.\n\n" +
	"گلپایه‌زاد در این نشست گفت: ترخیص کالا با راه‌اندازی سامانه تازه به کمتر از دو روز رسیده است.\n\n" +
	"نادر سپهری‌فرد، نماینده مردم کوهسار نیز در این نشست خواستار تسریع در واگذاری زمین شد.\n"

// TestR18CInThisOwnEvent checks that a sentence opening «X در این نشست»
// goes on telling the meeting, though its speech names an opening
// («راه‌اندازی»), so the persons of the sentences after it are at the
// meeting.
func TestR18CInThisOwnEvent(t *testing.T) {
	e := r17CEvent(t, r18CPort, "meeting")
	if !r17CHas(e.Participants, "نادر سپهری‌فرد") {
		t.Errorf("meeting participants %v, want the one who spoke «در این نشست»", e.Participants)
	}
}

// TestR18CSameDayMain checks that the title's event told «عصر همان روز»
// after a visit told on the day before the report takes the visit's day.
func TestR18CSameDayMain(t *testing.T) {
	e := r17CEvent(t, r18CPort, "opening")
	if e.Date == nil || *e.Date != "2026-11-29" {
		t.Errorf("opening %+v, want it on the visit's day 2026-11-29", e)
	}
}

// TestR18CDatedFestival checks that a festival the body says is held on a
// day it names («جشنواره ... چهارشنبه ۱۸ آذر ... برگزار می‌شود») is an
// event of kind other on that day, and that one a body won a prize at is
// not.
func TestR18CDatedFestival(t *testing.T) {
	page := "خبرگزاری نمونه\nانتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ ساعت ۱۴:۳۰\n\nکتابخانه ورزشی کندلان افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، کتابخانه ورزشی کندلان صبح امروز با حضور رسول بهارلونیا، فرماندار کندلان افتتاح شد.\n\n" +
		"همچنین به گفته روابط عمومی فرمانداری، جشنواره بازی‌های بومی کندلان چهارشنبه ۱۸ آذر در ورزشگاه شهر برگزار می‌شود.\n"
	e := r17CEvent(t, page, "other")
	if e.Date == nil || *e.Date != "2026-12-09" {
		t.Errorf("festival %+v, want it on 2026-12-09", e)
	}
	doc, err := File("q.txt", []byte(strings.Replace(page, "، جشنواره بازی‌های بومی کندلان چهارشنبه ۱۸ آذر در ورزشگاه شهر برگزار می‌شود", "، تیم کندلان در جشنواره بازی‌های بومی رتبه نخست را کسب کرد", 1)))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Events {
		if o.Type == "other" {
			t.Errorf("event %+v from a festival a team won at", o)
		}
	}
}

// TestR18CPresentAtThisGoesOn checks that a paragraph under a subheading
// whose first sentence, after a long clause, says its subject «نیز در این
// دیدار حضور داشت» goes on with the report above: one article, not two.
func TestR18CPresentAtThisGoesOn(t *testing.T) {
	page := "فرماندار کندلان در دیدار مدیران بهزیستی:\nخدمت به معلولان نباید گرفتار کاغذبازی شود\n\n" +
		"کندلان - رسول بهارلونیا، فرماندار کندلان، دیروز چهارشنبه در دیدار جمعی از مدیران بهزیستی شهرستان بر تسریع در رسیدگی به پرونده‌ها تأکید کرد.\n\n" +
		"بهارلونیا گفت: «هیچ پرونده‌ای نباید ماه‌ها در راهروها بماند.»\n\n" +
		"رئیس جدید بهزیستی\n\n" +
		"ماهان ترکمان‌پور که هفته گذشته با حکم مدیرکل بهزیستی استان به سمت رئیس اداره بهزیستی شهرستان کندلان منصوب شده است، نیز در این دیدار حضور داشت.\n\n" +
		"ترکمان‌پور گفت: «ساخت دو مرکز توان‌بخشی در دستور کار است.»\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Errorf("%d articles, want one: %+v", len(arts), arts)
	}
}

// TestR18CPastClauseClosed checks that a visit told in the past, its
// clause closed by «؛» before another clause in the present («... بازدید
// کردند؛ مرمت این بازار ... انجام می‌شود»), is a visit held, with the
// holder of the post its sentence names and the one the next sentence says
// was at it.
func TestR18CPastClauseClosed(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nمدیرکل جدید بهزیستی کوهسار معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رسول بهارلونیا، مدیرکل جدید بهزیستی استان کوهسار امروز با حضور ماهان ترکمان‌پور، فرماندار کندلان برگزار شد.\n\n" +
		"فرماندار کندلان و شاهین گلپایه‌زاد عصر همان روز از روند مرمت بازار کندلان بازدید کردند؛ مرمت این بازار با مشارکت شهرداری انجام می‌شود.\n\n" +
		"در این بازدید نادر سپهری‌فرد، شهردار کندلان نیز حضور داشت.\n"
	e := r17CEvent(t, page, "visit")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد", "نادر سپهری‌فرد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("visit participants %v, want %s", e.Participants, n)
		}
	}
}

// TestR18CFromTodayAfter checks that one given a post «از امروز», the
// report's day, after a session held two days before takes no part in it,
// while one named at the session does.
func TestR18CFromTodayAfter(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ ساعت ۹:۱۰\n\nبهارلونیا رئیس اتاق کندلان شد\n\n" +
		"به گزارش خبرنگار ما، نشست هیئت نمایندگان اتاق بازرگانی کندلان روز پنجشنبه ۱۲ آذر با حضور ماهان ترکمان‌پور، معاون استاندار کوهسار برگزار شد.\n\n" +
		"در این نشست رسول بهارلونیا به عنوان رئیس اتاق بازرگانی کندلان انتخاب شد.\n\n" +
		"بر اساس این گزارش، مسئولیت مرکز آموزش اتاق بازرگانی کندلان نیز از امروز شنبه با حکم بهارلونیا به خانم شیرین گلپایه‌زاد سپرده شد.\n"
	e := r17CEvent(t, page, "meeting")
	if r17CHas(e.Participants, "شیرین گلپایه‌زاد") {
		t.Errorf("meeting participants %v: the one given a post today was not at it", e.Participants)
	}
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v, want ماهان ترکمان‌پور", e.Participants)
	}
}

// TestR18CToldAsDone checks that work a speaker tells of in indirect
// speech in the present perfect («X افزود اداره الف سامانه ب را
// راه‌اندازی کرده است») is no opening.
func TestR18CToldAsDone(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۱۶ آذر ۱۴۰۵، ساعت ۰۸:۳۰\n\nشورای اداری کندلان تشکیل شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای اداری شهرستان کندلان روز شنبه ۱۴ آذر با حضور رسول بهارلونیا، فرماندار کندلان برگزار شد.\n\n" +
		"ماهان ترکمان‌پور، رئیس اداره ثبت اسناد کندلان، افزود اداره ثبت اسناد با همکاری دادگستری سامانه نوبت‌دهی اینترنتی را راه‌اندازی کرده است.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "opening" {
			t.Errorf("opening %+v from work a speaker tells of", e)
		}
	}
}

// TestR18CDeskDateline checks that a weekly's name opening the lead
// before a dash and its desk («نسترن کندلان- گروه شهرستان: ...») is no
// person.
func TestR18CDeskDateline(t *testing.T) {
	page := "هفته‌نامه نسترن کندلان | سال نهم\nتاریخ انتشار: دوشنبه ۱۶ آذر ۱۴۰۵، ساعت ۰۸:۳۰\n\nشورای اداری کندلان تشکیل شد\n\n" +
		"جلسه شورای اداری شهرستان کندلان روز شنبه ۱۴ آذر با حضور رسول بهارلونیا، فرماندار کندلان برگزار شد.\n\n" +
		"نسترن کندلان- گروه شهرستان: در این جلسه ماهان ترکمان‌پور، رئیس اداره ثبت اسناد کندلان نیز حضور داشت.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Persons {
		if p.Name == "نسترن کندلان" {
			t.Errorf("person %+v from an outlet's dateline", p)
		}
	}
}

// TestR18CAlsoEvent checks that a sentence telling two events still to
// come, each in a clause of its own («کارگاه الف روز شنبه ۱۴ آذر با تدریس
// X برگزار می‌شود و رزمایش ب نیز روز چهارشنبه ۲۵ آذر برگزار می‌شود»),
// gives both, each on its own day, the tutor at the first only.
func TestR18CAlsoEvent(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵\n\nجلسه ستاد بحران کوهسار برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه ستاد مدیریت بحران استان کوهسار امروز با حضور رسول بهارلونیا، معاون استاندار کوهسار برگزار شد.\n\n" +
		"دبیر ستاد همچنین اعلام کرد کارگاه آموزشی هشدار سیلاب روز شنبه ۱۴ آذر با تدریس دکتر ماهان ترکمان‌پور در استانداری برگزار می‌شود و رزمایش استانی زلزله نیز روز چهارشنبه ۲۵ آذر در کندلان برگزار می‌شود.\n"
	w := r17CEvent(t, page, "workshop")
	if w.Date == nil || *w.Date != "2026-12-05" {
		t.Errorf("workshop %+v, want it on 2026-12-05", w)
	}
	o := r17CEvent(t, page, "other")
	if o.Date == nil || *o.Date != "2026-12-16" {
		t.Errorf("drill %+v, want it on 2026-12-16", o)
	}
	if r17CHas(o.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("drill participants %v: the workshop's tutor is not at it", o.Participants)
	}
}

// TestR18CTermBefore checks that one handed a post «از روز شنبه ۱۴ آذر»,
// a day before the session the report tells, takes no part in it, unless
// the next sentence says he was there.
func TestR18CTermBefore(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۲:۵۵\n\nکارگروه رفاه کوهسار تشکیل جلسه داد\n\n" +
		"جلسه کارگروه رفاه استان کوهسار صبح امروز با حضور رسول بهارلونیا، معاون استاندار کوهسار برگزار شد.\n\n" +
		"مسئولیت شعبه دو تأمین اجتماعی کندلان از روز شنبه ۱۴ آذر با حکم مدیرکل به ماهان ترکمان‌پور سپرده شد.\n"
	e := r17CEvent(t, page, "meeting")
	if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v: the one handed a post the day before was not at it", e.Participants)
	}
	e = r17CEvent(t, page+"وی نیز در این جلسه حضور داشت.\n", "meeting")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v, want the one the next sentence says was at it", e.Participants)
	}
}

// TestR18CElectedAt checks that a sentence telling one elected at an
// assembly («X پیشتر در مجمع انتخاباتی هیئت الف به ریاست این هیئت
// برگزیده شده است») gives a meeting with the one elected, on no day.
func TestR18CElectedAt(t *testing.T) {
	page := "خبرگزاری نمونه\nانتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ ساعت ۱۴:۳۰\n\nرئیس اداره ورزش کندلان منصوب شد\n\n" +
		"به گزارش خبرنگار ما، مراسم معارفه سرپرست تازه ورزش کندلان صبح امروز با حضور رسول بهارلونیا، مدیرکل ورزش استان کوهسار برگزار شد.\n\n" +
		"ماهان ترکمان‌پور که شش سال در این سمت بود، پیشتر در مجمع انتخاباتی هیئت کشتی استان کوهسار به ریاست این هیئت برگزیده شده است.\n"
	e := r17CEvent(t, page, "meeting")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("assembly participants %v, want the one elected", e.Participants)
	}
	if e.Date != nil {
		t.Errorf("assembly %+v dated %s, want no day", e, *e.Date)
	}
}

// TestR18CScheduledClause checks that an exhibition told in a clause «که
// قرار است ... برگزار شود» is one to come and takes no day from the
// session the report tells.
func TestR18CScheduledClause(t *testing.T) {
	page := "نشست کارگروه صنایع دستی کوهسار\n\n" +
		"نشست کارگروه صنایع دستی استان کوهسار شنبه ۳۰ فروردین ۱۴۰۴ با حضور رسول بهارلونیا، معاون استاندار کوهسار برگزار شد.\n\n" +
		"در این نشست غرفه‌های هنرمندان کندلان برای نمایشگاه فرش و گلیم که قرار است خردادماه در شیراز برگزار شود، تعیین شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "exhibition" && e.Date != nil {
			t.Errorf("exhibition %+v dated %s: it is still to come", e, *e.Date)
		}
	}
}
