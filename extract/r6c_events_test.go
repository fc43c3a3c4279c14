package extract

import (
	"reflect"
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// TestR6cEventDays checks two ways an article dates its events: a summary
// printed under the title («X در بازدید از ... گفت: ...») puts the day in
// the agency's «به گزارش» lead after it, not in a later sentence that
// dates another event; and «قرار است ... روز X در جلسه Y بررسی شود» is a
// meeting scheduled for that day.
func TestR6cEventDays(t *testing.T) {
	cases := []eventDaysCase{
		{"summary then lead", "بازدید فرماندار از درمانگاه شهید بهشتی ابهر\n\nسه‌شنبه ۱۵ مهر ۱۴۰۴ - ۰۹:۱۰\n\n" +
			"فرماندار ابهر در بازدید از درمانگاه شهید بهشتی ابهر گفت: تجهیزات این درمانگاه باید تا پایان سال نوسازی شود.\n\n" +
			"به گزارش خبرنگار ما از ابهر، داریوش کوهساری دیروز به همراه بیژن تاکستانی‌پور، رئیس شبکه بهداشت و درمان ابهر از بخش‌های این درمانگاه بازدید کرد.\n\n" +
			"کوهساری گفت: ۲۰ میلیارد ریال برای این طرح اختصاص می‌یابد.\n\n" +
			"قرار است گزارش این بازدید روز شنبه ۱۹ مهر در جلسه شورای اداری شهرستان ابهر بررسی شود.\n",
			map[string]string{"visit": "2025-10-06", "meeting": "2025-10-11"}},
		{"an inspection told as a visit", "بازرسی سرزده دادستان قزوین از زندان مرکزی قزوین\n\nسه‌شنبه ۱۵ مهر ۱۴۰۴ - ۰۹:۱۰\n\n" +
			"به گزارش خبرنگار ما، داریوش کوهساری، دادستان عمومی و انقلاب قزوین دیروز به همراه بیژن تاکستانی‌پور از بندهای زندان مرکزی قزوین بازدید کرد.\n\n" +
			"کوهساری در این بازدید گفت: پرونده ۳۰ زندانی بررسی می‌شود.\n",
			map[string]string{"inspection": "2025-10-06"}},
		{"scheduled review", "نشست هم‌اندیشی مدیران آموزش و پرورش قزوین\n\nیکشنبه ۴ آبان ۱۴۰۴ - ۱۲:۰۰\n\n" +
			"به گزارش خبرنگار ما، نشست هم‌اندیشی مدیران آموزش و پرورش استان قزوین امروز با حضور داریوش کوهساری برگزار شد.\n\n" +
			"قرار است نتایج این نشست روز چهارشنبه ۷ آبان در جلسه شورای آموزش و پرورش استان قزوین بررسی شود.\n",
			map[string]string{"meeting": "2025-10-26,2025-10-29"}},
		{"no schedule without a day", "نشست هم‌اندیشی مدیران آموزش و پرورش قزوین\n\nیکشنبه ۴ آبان ۱۴۰۴ - ۱۲:۰۰\n\n" +
			"به گزارش خبرنگار ما، نشست هم‌اندیشی مدیران آموزش و پرورش استان قزوین امروز با حضور داریوش کوهساری برگزار شد.\n\n" +
			"قرار است نتایج این نشست در جلسه شورای آموزش و پرورش استان قزوین بررسی شود.\n",
			map[string]string{"meeting": "2025-10-26"}},
	}
	checkEventDays(t, cases)
}

// TestR6cDatelineInMenuRun checks that a page's date line among the short
// lines of its furniture («ایلنا / استان‌ها / کد خبر : ... / ۱۴۰۴/۰۸/۱۰ -
// ساعت ۱۰:۰۰») is kept as the article's dateline, not dropped with the
// menu, so that a day without a year takes its year.
func TestR6cDatelineInMenuRun(t *testing.T) {
	for _, head := range []string{
		"ایلنا\nاستان‌ها\nکد خبر : ۹۸۷۶۵۴\n۱۴۰۴/۰۸/۱۰ - ساعت ۱۰:۰۰\n\n",
		"خبرگزاری ما\nاقتصادی\nصنعت\nشنبه ۱۰ آبان ۱۴۰۴ - ۱۰:۰۰\n\n",
	} {
		text := head + "نشست مدیران صنایع دستی استان گیلان برگزار شد\n\n" +
			"به گزارش خبرنگار ما از رشت، نشست مدیران صنایع دستی استان گیلان روز شنبه ۱۰ آبان با حضور فرهاد لاهیجانی‌پور، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان گیلان برگزار شد.\n\n" +
			"لاهیجانی‌پور در این نشست گفت: صادرات صنایع دستی استان ۲۰ درصد افزایش یافت.\n"
		doc, err := File("menu.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := eventDays(doc), map[string]string{"meeting": "2025-11-01"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: event dates %v, want %v", head, got, want)
		}
	}
}

// TestR6cRankOrdinalNoDate checks that a rank's ordinal before a given
// name named for a month («سرهنگ دوم بهمن الف»، «ناخدا یکم آذر ب») is no
// date: the meeting «عصر همین روز» keeps the day of the ceremony.
func TestR6cRankOrdinalNoDate(t *testing.T) {
	for _, rank := range []string{"سرهنگ دوم", "ناخدا یکم", "ستوان دوم"} {
		text := "آیین معارفه بخشدار مرکزی آستارا\n\nیکشنبه ۹ آذر ۱۴۰۴ - ۱۰:۰۰\n\n" +
			"به گزارش خبرنگار ما، آیین معارفه بخشدار مرکزی آستارا روز شنبه ۸ آذر با حضور فرهاد لاهیجانی‌پور، فرماندار آستارا برگزار شد.\n\n" +
			"عصر همین روز نیز جلسه شورای تأمین شهرستان آستارا با حضور " + rank + " بهمن کوچصفهانی‌نیا، فرمانده انتظامی شهرستان آستارا برگزار شد.\n"
		doc, err := File("rank.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := eventDays(doc), map[string]string{"ceremony": "2025-11-29", "meeting": "2025-11-29"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: event dates %v, want %v", rank, got, want)
		}
	}
	if ds := dropRankOrdinals("روز دوم بهمن برگزار شد", persian.FindDates("روز دوم بهمن برگزار شد", 1404)); len(ds) != 1 {
		t.Errorf("«روز دوم بهمن» lost its date: %v", ds)
	}
}

// TestR6cMastheadDate checks that a newspaper's masthead above the title
// («سال نهم - شماره ۲۴۱۸ - سه‌شنبه ۲ دی ۱۴۰۴»), which the page keeps
// apart from the body, dates the article, so that «روز گذشته» counts from
// it.
func TestR6cMastheadDate(t *testing.T) {
	text := "روزنامه صدای دماوند\nسال ششم - شماره ۱۱۰۲ - سه‌شنبه ۱۳ آبان ۱۴۰۴\nصفحه ۳ - شهرستان\n\n" +
		"فرماندار جدید فیروزکوه معارفه شد\n" +
		"گروه شهرستان: آیین معارفه فرماندار فیروزکوه روز گذشته با حضور فرهاد لاهیجانی‌پور، معاون استاندار تهران در سالن فرمانداری برگزار شد.\n\n" +
		"لاهیجانی‌پور در این آیین گفت: طرح‌های نیمه‌تمام شهرستان اولویت دارد.\n"
	doc, err := File("masthead.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"ceremony": "2025-11-03"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
}

// TestR6cCreditDateline checks a dateline that credits the outlet and its
// desk before a colon («خبرگزاری مهر، گروه استان‌ها: ۱۰ آبان ۱۴۰۴»):
// its date is the article's, and «امروز» counts from it; a title with a
// colon and a date is no dateline.
func TestR6cCreditDateline(t *testing.T) {
	text := "خبرگزاری مهر، گروه استان‌ها: ۱۰ آبان ۱۴۰۴\n\n" +
		"سمنان- فرهاد لاهیجانی‌پور، معاون وزیر راه و شهرسازی امروز شنبه از پروژه راه‌آهن سمنان بازدید کرد.\n\n" +
		"لاهیجانی‌پور گفت: این پروژه تا پایان سال آینده تکمیل می‌شود.\n"
	doc, err := File("credit.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"visit": "2025-11-01"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
	if isCreditDateline("استاندار سمنان: جلسه ۱۰ آبان ۱۴۰۴ برگزار می‌شود") {
		t.Error("a title with a colon read as a dateline")
	}
}

// TestR6cClauseAndStatementDays checks a sentence whose first clause
// dates a decree («این حکم روز شنبه ۱۰ آبان صادر شد و آیین معارفه ...
// دیروز برگزار شد»): the ceremony takes its own clause's day; and a
// statement issued «با انتشار اطلاعیه‌ای» takes the day named before its
// quoted text, not the day the text announces.
func TestR6cClauseAndStatementDays(t *testing.T) {
	text := "مدیرعامل جدید شرکت گاز استان قزوین منصوب شد\n\nتاریخ: چهارشنبه ۱۴ آبان ۱۴۰۴\n\n" +
		"به گزارش روابط عمومی شرکت گاز استان قزوین، با حکم مدیرعامل شرکت ملی گاز ایران، داریوش کوهساری به عنوان مدیرعامل شرکت گاز استان قزوین منصوب شد.\n\n" +
		"این حکم روز شنبه ۱۰ آبان صادر شد و آیین معارفه مدیرعامل شرکت دیروز با حضور فرهاد لاهیجانی‌پور، معاون عمرانی استاندار قزوین در قزوین برگزار شد.\n\n" +
		"همچنین شرکت گاز استان قزوین امروز با انتشار اطلاعیه‌ای اعلام کرد: گاز محله‌های جنوبی قزوین روز شنبه ۱۷ آبان از ساعت ۹ تا ۱۴ قطع خواهد شد.\n"
	doc, err := File("clause.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"ceremony": "2025-11-04", "statement": "2025-11-05"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
}

// TestR6cSameDayLater checks a body meeting «عصر همین روز» whose sentence
// also tells of another time («بودجه سال آینده ... تصویب شد»): it is of
// the day just told.
func TestR6cSameDayLater(t *testing.T) {
	text := "همایش پزشکان خانواده استان زنجان\n\nدوشنبه ۱۹ آبان ۱۴۰۴\n\n" +
		"همایش سالانه پزشکان خانواده استان زنجان صبح امروز با سخنرانی فرهاد لاهیجانی‌پور، رئیس دانشگاه علوم پزشکی زنجان آغاز شد.\n\n" +
		"همچنین عصر همین روز نشست هیئت امنای دانشگاه علوم پزشکی زنجان با حضور لاهیجانی‌پور و داریوش کوهساری برگزار شد و بودجه پیشنهادی سال آینده دانشگاه به تصویب رسید.\n"
	doc, err := File("sameday.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"ceremony": "2025-11-10", "meeting": "2025-11-10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
}

// TestR6cDemandTitle checks that a title saying what must be done
// («توزیع نهاده‌های دامی باید سامانه‌ای باشد») is no event; the lead's
// visit is the article's event.
func TestR6cDemandTitle(t *testing.T) {
	text := "توزیع نهاده‌های دامی باید سامانه‌ای باشد\n\nشنبه ۱۰ آبان ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"به گزارش خبرنگار ما، فرهاد لاهیجانی‌پور، استاندار زنجان صبح امروز در بازدیدی از انبار مرکزی شرکت پشتیبانی امور دام استان زنجان گفت: سهمیه دامداران باید از سامانه پرداخت شود.\n"
	doc, err := File("demand.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"visit": "2025-11-01"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
}

// TestR6cDistributionCompany checks that «توزیع برق/گاز» in a title names
// a distribution company, not a handing out («توزیع», other): the
// introduction ceremony is the article's one event.
func TestR6cDistributionCompany(t *testing.T) {
	text := "مدیرعامل جدید توزیع گاز گیلان معرفی شد\n\nشنبه ۱۰ آبان ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"داریوش کوهساری صبح امروز در آیینی با حضور فرهاد لاهیجانی‌پور، معاون شرکت ملی گاز ایران، به عنوان مدیرعامل شرکت گاز استان گیلان معرفی شد.\n"
	doc, err := File("utility.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := eventDays(doc), map[string]string{"ceremony": "2025-11-01"}; !reflect.DeepEqual(got, want) {
		t.Errorf("event dates %v, want %v", got, want)
	}
}
