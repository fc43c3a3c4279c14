package extract

import (
	"strings"
	"testing"
)

// r23dEventWith returns the event of type typ whose title holds word.
func r23dEventWith(t *testing.T, page, typ, word string) Event {
	t.Helper()
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == typ && strings.Contains(e.Title, word) {
			return e
		}
	}
	t.Fatalf("no %s event with «%s» in %+v", typ, word, doc.Events)
	return Event{}
}

func r23dDate(e Event) string {
	if e.Date == nil {
		return "null"
	}
	return *e.Date
}

// TestR23DMarginPastOtherKind checks that «در حاشیه این آیین» dates the
// signing by the ceremony even when a speaker told of a meeting of the
// day before in between, and that a visit «عصر همان روز» after the
// signing keeps that day too.
func TestR23DMarginPastOtherKind(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۴:۱۰\n\n" +
		"مدیر جدید آبفای کندلان معرفی شد\n\n" +
		"کوهسار- ماهان ترکمان‌پور با حکم مدیرعامل شرکت آب و فاضلاب استان کوهسار به عنوان مدیر امور آب و فاضلاب شهرستان کندلان منصوب شد.\n\n" +
		"این حکم روز سه‌شنبه ۱۰ آذر صادر شده بود و مدیر جدید صبح امروز پنجشنبه در آیینی با حضور شاهین گلپایه‌زاد فرماندار کندلان در سالن فرمانداری کندلان معرفی شد.\n\n" +
		"فرماندار کندلان در این آیین یادآور شد: صبح دیروز (چهارشنبه) جلسه کارگروه آب شهرستان کندلان به ریاست اینجانب و با حضور بهرام نیک‌آیین برگزار شد و برنامه مصرف تصویب شد.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه همکاری شرکت آب و فاضلاب استان کوهسار و دانشگاه صنعتی کوهسار به امضای ترکمان‌پور و نادر سپهری‌فرد رئیس دانشگاه صنعتی کوهسار رسید.\n\n" +
		"مدیر جدید عصر همان روز همراه با فرماندار از تصفیه‌خانه آب کندلان بازدید کرد.\n"
	if m := r23dEventWith(t, page, "meeting", "تفاهم‌نامه"); r23dDate(m) != "2026-12-03" {
		t.Errorf("signing %+v, want it on the ceremony's day 2026-12-03", m)
	}
	if v := r23dEventWith(t, page, "visit", "بازدید"); r23dDate(v) != "2026-12-03" {
		t.Errorf("visit %+v, want it on the day just told 2026-12-03", v)
	}
}

// TestR23DBareMarginAndBeforeThis checks that a signing «در حاشیه آیین
// معارفه» (no «این») and an opening «پیش از برگزاری این آیین» take the
// ceremony's day, not that of a workshop announced between them.
func TestR23DBareMarginAndBeforeThis(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۹ آذر ۱۴۰۵ - ۱۳:۴۲\n\n" +
		"ترکمان‌پور سرپرست آموزش و پرورش کندلان شد\n\n" +
		"کوهسار- با حکم شاهین گلپایه‌زاد مدیرکل آموزش و پرورش استان کوهسار، ماهان ترکمان‌پور به سمت سرپرست اداره آموزش و پرورش شهرستان کندلان منصوب شد.\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه سرپرست جدید صبح امروز دوشنبه با حضور مدیرکل آموزش و پرورش استان در سالن فرمانداری کندلان برگزار شد.\n\n" +
		"ترکمان‌پور از برگزاری کارگاه آموزشی «مدرسه شاد» ویژه مدیران مدارس شهرستان در روز پنجشنبه ۱۲ آذر خبر داد.\n\n" +
		"پیش از برگزاری این آیین، هنرستان خیرساز روستای بیدستان با حضور مدیرکل آموزش و پرورش استان و نادر سپهری‌فرد رئیس مجمع خیرین مدرسه‌ساز استان کوهسار افتتاح شد.\n\n" +
		"در حاشیه آیین معارفه نیز تفاهم‌نامه همکاری اداره کل آموزش و پرورش استان کوهسار و مجمع خیرین مدرسه‌ساز استان کوهسار به امضای گلپایه‌زاد و سپهری‌فرد رسید.\n"
	if o := r23dEventWith(t, page, "opening", "افتتاح"); r23dDate(o) != "2026-11-30" {
		t.Errorf("opening %+v, want it on the ceremony's day 2026-11-30", o)
	}
	if m := r23dEventWith(t, page, "meeting", "تفاهم‌نامه"); r23dDate(m) != "2026-11-30" {
		t.Errorf("signing %+v, want it on the ceremony's day 2026-11-30", m)
	}
}

// TestR23DDecreeDayInEarlierClause checks that a day told of the decree
// in an earlier clause («با حکم الف که روز گذشته صادر شد، ب منصوب شد و
// امروز در آیینی ... معرفی شد») does not date the ceremony its own clause
// dates.
func TestR23DDecreeDayInEarlierClause(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
		"مدیر جدید جهاد کشاورزی کندلان معرفی شد\n\n" +
		"کوهسار- مدیر جدید جهاد کشاورزی شهرستان کندلان معرفی شد.\n\n" +
		"به گزارش خبرنگار ما، با حکم شاهین گلپایه‌زاد رئیس سازمان جهاد کشاورزی استان کوهسار که روز گذشته صادر شد، ماهان ترکمان‌پور به سمت مدیر جهاد کشاورزی شهرستان کندلان منصوب شد و امروز در آیینی با حضور نادر سپهری‌فرد فرماندار کندلان به کارکنان این مدیریت معرفی شد.\n\n" +
		"گلپایه‌زاد در این آیین گفت: کندلان قطب باغداری استان است.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "ceremony" && r23dDate(e) == "2026-12-02" {
			t.Errorf("ceremony %+v dated by the decree's day; want 2026-12-03", e)
		}
	}
	r23dEventWith(t, page, "ceremony", "آیین")
}

// TestR23DFieldVisitInspection checks that a field visit («بازدید
// میدانی») is an inspection, and that the lead telling it «در بازدید
// امروز» under a headline and a quoted sub-headline is that inspection
// too, dated and with its persons.
func TestR23DFieldVisitInspection(t *testing.T) {
	page := "خبرگزاری نمونه | سرویس: استان‌ها - کوهسار\nکد خبر: 1405090906999\nدوشنبه / ۹ آذر ۱۴۰۵ / ۱۳:۴۰\n\n" +
		"بازدید میدانی از مزارع و انبارهای کندلان\n" +
		"رئیس سازمان جهاد کشاورزی کوهسار: کشت پاییزه باید تا آخر آذر تمام شود\n\n" +
		"خبرگزاری نمونه/کوهسار رئیس سازمان جهاد کشاورزی استان کوهسار در بازدید امروز از مزارع و انبارهای شهرستان کندلان گفت: بذر به اندازه کافی موجود است.\n\n" +
		"ماهان ترکمان‌پور که صبح امروز همراه با شاهین گلپایه‌زاد، معاون بهبود تولیدات گیاهی سازمان جهاد کشاورزی استان کوهسار به کندلان سفر کرده بود، افزود: کود در انبارها موجود است.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "visit" {
			t.Errorf("visit %+v, want the field visit typed inspection", e)
		}
		if e.Type == "inspection" && r23dDate(e) == "2026-11-30" {
			found = true
		}
	}
	if !found {
		t.Errorf("no inspection on 2026-11-30 in %+v", doc.Events)
	}
}

// TestR23DDecreesHandedAtSession checks that decrees handed over «امروز
// در نشست X به ریاست Y، مدیرعامل این سازمان، ... ابلاغ شد و ...» report
// the session as a meeting held that day, the apposition's commas and
// the clause joined by «و» notwithstanding.
func TestR23DDecreesHandedAtSession(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۱۶ آذر ۱۴۰۵ - ۱۲:۱۰\n\n" +
		"دو معاون جدید سازمان منطقه آزاد کوهسار معرفی شدند\n\n" +
		"کوهسار- با حکم مدیرعامل سازمان منطقه آزاد کوهسار، ماهان ترکمان‌پور و شاهین گلپایه‌زاد به ترتیب به عنوان معاون اقتصادی و معاون عمرانی این سازمان منصوب شدند.\n\n" +
		"به گزارش خبرنگار ما، احکام دو معاون جدید که روز گذشته صادر شده بود، امروز در نشست شورای معاونان سازمان منطقه آزاد کوهسار به ریاست نادر سپهری‌فرد، مدیرعامل این سازمان، به آنان ابلاغ شد و از خدمات بهرام نیک‌آیین، معاون اقتصادی پیشین، قدردانی شد.\n"
	if e := r23dEventWith(t, page, "meeting", "نشست"); r23dDate(e) != "2026-12-07" {
		t.Errorf("session %+v, want it on 2026-12-07", e)
	}
}

// TestR23DMarginOverSpeechDate checks that a visit told «در حاشیه این
// آیین» of the report's opening takes the opening's day, not a day a
// speaker announces in a later sentence of the visit.
func TestR23DMarginOverSpeechDate(t *testing.T) {
	page := "خبرگزاری نمونه\nاستان‌ها / کوهسار\nدوشنبه / ۹ آذر ۱۴۰۵ / ۱۰:۲۴\n\n" +
		"اورژانس جدید بیمارستان کندلان افتتاح شد\n\n" +
		"کوهسار- ساختمان جدید اورژانس بیمارستان کندلان با ۴۰ تخت صبح امروز دوشنبه به بهره‌برداری رسید.\n\n" +
		"به گزارش خبرنگار ما، این طرح با حضور ماهان ترکمان‌پور، رئیس دانشگاه علوم پزشکی کوهسار افتتاح شد.\n\n" +
		"در حاشیه این آیین، بخش سوختگی بیمارستان که در حال بازسازی است نیز مورد بازدید رئیس دانشگاه و همراهان قرار گرفت.\n\n" +
		"شاهین گلپایه‌زاد، رئیس بیمارستان کندلان، در این بازدید گفت: بخش سوختگی تا پایان دی‌ماه آماده می‌شود. این مقام مسئول افزود: جذب پرستاران از شنبه ۱۴ آذر آغاز می‌شود.\n"
	if v := r23dEventWith(t, page, "visit", "بازدید"); r23dDate(v) != "2026-11-30" {
		t.Errorf("visit %+v, want it on the opening's day 2026-11-30", v)
	}
}

// TestR23DSessionDayBefore checks that «گزارش این بازدید سه‌شنبه ۱۰ آذر در
// جلسه کمیسیون الف بررسی خواهد شد» schedules a meeting on that day.
func TestR23DSessionDayBefore(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: یکشنبه ۸ آذر ۱۴۰۵ - ۱۱:۴۲\n\n" +
		"بازدید اعضای شورای شهر کندلان از پروژه‌های نیمه‌تمام\n\n" +
		"کوهسار- پروژه‌های نیمه‌تمام شهر کندلان صبح امروز با حضور ماهان ترکمان‌پور رئیس شورای اسلامی شهر کندلان مورد بازدید قرار گرفت.\n\n" +
		"ترکمان‌پور گفت: تکلیف این پروژه‌ها تا پایان سال روشن می‌شود.\n\n" +
		"گزارش این بازدید سه‌شنبه ۱۰ آذر در جلسه کمیسیون عمران شورای اسلامی شهر کندلان بررسی خواهد شد.\n"
	if e := r23dEventWith(t, page, "meeting", "جلسه"); r23dDate(e) != "2026-12-01" {
		t.Errorf("session %+v, want it on 2026-12-01", e)
	}
}

// TestR23DElectedAtSessionAfterComma checks that «روز گذشته نیز در نشست
// اعضای شورای الف، X به عنوان رئیس ... انتخاب شدند» reports the session as
// a meeting held the day before.
func TestR23DElectedAtSessionAfterComma(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۹ آذر ۱۴۰۵ - ۱۴:۲۰\n\n" +
		"مدیرکل کار کوهسار از کارخانه کندلان بازدید کرد\n\n" +
		"کوهسار- ماهان ترکمان‌پور مدیرکل تعاون، کار و رفاه اجتماعی استان کوهسار صبح امروز از خطوط تولید شرکت فولاد کندلان بازدید کرد.\n\n" +
		"روز گذشته نیز در نشست اعضای شورای اسلامی کار شرکت فولاد کندلان، شاهین گلپایه‌زاد به عنوان رئیس و نادر سپهری‌فرد به عنوان دبیر این شورا انتخاب شدند.\n"
	if e := r23dEventWith(t, page, "meeting", "نشست"); r23dDate(e) != "2026-11-29" {
		t.Errorf("session %+v, want it on 2026-11-29", e)
	}
}

// TestR23DPastMeetingInSpeech checks that a speaker's «روز گذشته در نشست
// مشترکی که با حضور X ... برگزار شد، ...» reports that meeting, held the
// day before the article's.
func TestR23DPastMeetingInSpeech(t *testing.T) {
	page := "خبرگزاری نمونه\nسه‌شنبه / ۱۰ آذر ۱۴۰۵ / ۱۱:۰۵\n\n" +
		"توزیع ۵۰۰ تن علوفه بین دامداران کندلان\n\n" +
		"کوهسار- مدیر جهاد کشاورزی شهرستان کندلان از توزیع ۵۰۰ تن علوفه بین دامداران این شهرستان خبر داد.\n\n" +
		"ماهان ترکمان‌پور در گفت‌وگو با خبرنگار ما اظهار کرد: این سهمیه در ۱۰ مرکز توزیع در اختیار دامداران قرار می‌گیرد.\n\n" +
		"وی افزود: روز گذشته در نشست مشترکی که با حضور شاهین گلپایه‌زاد، مدیرکل امور عشایر استان، در محل مدیریت جهاد کشاورزی شهرستان کندلان برگزار شد، مقرر شد واکسیناسیون دام‌ها پیش از زمستان به پایان برسد.\n"
	if e := r23dEventWith(t, page, "meeting", "نشست"); r23dDate(e) != "2026-11-30" {
		t.Errorf("meeting %+v, want it on 2026-11-30", e)
	}
}

// TestR23DSpokeAtDatedMeeting checks that «X صبح امروز در نشست با اعضای
// الف افزود: ... برطرف می‌شود» reports a meeting held today: the verb of a
// time to come is the speaker's, inside the speech.
func TestR23DSpokeAtDatedMeeting(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۰:۳۰\n\n" +
		"تأمین آب ۴۰ واحد تولیدی شهرک صنعتی کندلان تا پایان سال\n\n" +
		"کوهسار - مدیرعامل شرکت شهرک‌های صنعتی استان کوهسار گفت: خط دوم آب شهرک صنعتی کندلان تا پایان سال به بهره‌برداری می‌رسد.\n\n" +
		"به گزارش خبرنگار ما، ماهان ترکمان‌پور صبح امروز در نشست با اعضای هیئت مدیره شرکت خدماتی شهرک صنعتی کندلان افزود: با اجرای این طرح، کمبود آب ۴۰ واحد تولیدی برطرف می‌شود.\n\n" +
		"شاهین گلپایه‌زاد، رئیس هیئت مدیره شرکت خدماتی شهرک صنعتی کندلان نیز در این نشست گفت: واحدها منتظر این طرح هستند.\n"
	e := r23dEventWith(t, page, "meeting", "نشست")
	if r23dDate(e) != "2026-12-06" {
		t.Errorf("meeting %+v, want it on 2026-12-06", e)
	}
}

// TestR23DIntroducedInMarginUnderHeading checks that an introduction told
// «در حاشیه این آیین، X معرفی شد» under a subheading naming it («معارفه
// ...») is a ceremony of its own on the opening's day, and that with no
// such heading it is none.
func TestR23DIntroducedInMarginUnderHeading(t *testing.T) {
	head := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"بوستان بانوان کندلان افتتاح شد\n\n" +
		"کوهسار- بوستان بانوان کندلان امروز با حضور ماهان ترکمان‌پور شهردار کندلان افتتاح شد.\n\n" +
		"شهردار کندلان در این آیین گفت: این بوستان در هشت هزار متر مربع ساخته شده است.\n\n"
	tail := "در حاشیه این آیین، معاون جدید خدمات شهری شهرداری کندلان معرفی شد. شاهین گلپایه‌زاد با حکم شهردار در سمت معاون خدمات شهری شهرداری کندلان قرار گرفت.\n"
	page := head + "معارفه معاون خدمات شهری\n" + tail
	if e := r23dEventWith(t, page, "ceremony", ""); r23dDate(e) != "2026-12-03" {
		t.Errorf("introduction %+v, want it on the opening's day 2026-12-03", e)
	}
	doc, err := File("q.txt", []byte(head+tail))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "ceremony" {
			t.Errorf("ceremony %+v with no heading naming it", e)
		}
	}
}

// r23dAfterCeremony is a made-up report of a ceremony held today, to which
// a test adds one sentence.
func r23dAfterCeremony(sentence string) string {
	return "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"مدیر جدید آموزش و پرورش کندلان معرفی شد\n\n" +
		"کوهسار- آیین معارفه مدیر جدید آموزش و پرورش شهرستان کندلان صبح امروز با حضور ماهان ترکمان‌پور فرماندار کندلان در سالن فرمانداری برگزار شد.\n\n" +
		"ترکمان‌پور در این آیین گفت: طرح‌های نیمه‌تمام باید تکمیل شوند.\n\n" + sentence + "\n\nانتهای پیام\n"
}

// TestR23DSpokeDuringVisit checks that «X عصر امروز ضمن بازدید از الف
// گفت: ...» reports a visit held that day.
func TestR23DSpokeDuringVisit(t *testing.T) {
	page := r23dAfterCeremony("شاهین گلپایه‌زاد مدیرکل آموزش و پرورش استان عصر امروز ضمن بازدید از هنرستان فنی کندلان گفت: این هنرستان باید توسعه یابد.")
	if e := r23dEventWith(t, page, "visit", "بازدید"); r23dDate(e) != "2026-12-01" {
		t.Errorf("visit %+v, want it on 2026-12-01", e)
	}
}

// TestR23DAnnouncedFestival checks that «X از برگزاری جشنواره الف در روز
// ۲۰ آذر خبر داد» reports the festival, of type other, on that day.
func TestR23DAnnouncedFestival(t *testing.T) {
	page := r23dAfterCeremony("گلپایه‌زاد همچنین از برگزاری جشنواره نوجوان کندلان در روز ۲۰ آذر خبر داد.")
	if e := r23dEventWith(t, page, "other", "جشنواره"); r23dDate(e) != "2026-12-11" {
		t.Errorf("festival %+v, want it on 2026-12-11", e)
	}
}

// TestR23DPastVisitInSpeech checks that a speaker's «دیروز از الف بازدید
// کردیم» reports a visit held the day before the article's.
func TestR23DPastVisitInSpeech(t *testing.T) {
	page := r23dAfterCeremony("شاهین گلپایه‌زاد افزود: دیروز از هنرستان فنی کندلان بازدید کردیم و مشکلات آن را بررسی کردیم.")
	if e := r23dEventWith(t, page, "visit", ""); r23dDate(e) != "2026-11-30" {
		t.Errorf("visit %+v, want it on 2026-11-30", e)
	}
}

// TestR23DAfterThisAcrossSubheading checks that an exhibition told «پس از
// این آیین ... گشایش یافت» under a subheading that opens a report of its
// own takes the day of the ceremony told above the subheading.
func TestR23DAfterThisAcrossSubheading(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ - ۱۲:۵۸\n\n" +
		"سرپرست اداره کل محیط زیست کوهسار معرفی شد\n\n" +
		"کوهسار- ماهان ترکمان‌پور با حکم رئیس سازمان حفاظت محیط زیست، سرپرست اداره کل حفاظت محیط زیست استان کوهسار شد.\n\n" +
		"به گزارش خبرنگار ما، این حکم روز چهارشنبه ۱۱ آذر صادر شد و آیین معارفه سرپرست جدید صبح امروز شنبه با حضور شاهین گلپایه‌زاد معاون سازمان حفاظت محیط زیست در سالن جلسات استانداری کوهسار برگزار شد.\n\n" +
		"گلپایه‌زاد در این آیین گفت: کوهسار از استان‌های راهبردی کشور است.\n\n" +
		"بازدید از تالاب کندلان و نمایشگاه «کوه سبز»\n\n" +
		"معاون سازمان حفاظت محیط زیست صبح دیروز همراه با سرپرست جدید از تالاب کندلان بازدید کرد.\n\n" +
		"پس از این آیین نیز نمایشگاه عکس «کوه سبز» با حضور گلپایه‌زاد در فرهنگسرای کوهسار گشایش یافت.\n\n" +
		"انتهای پیام/\n"
	if e := r23dEventWith(t, page, "exhibition", "نمایشگاه"); r23dDate(e) != "2026-12-05" {
		t.Errorf("exhibition %+v, want it on the ceremony's day 2026-12-05", e)
	}
}

// TestR23DContestHeldToday checks that «مسابقات الف عصر امروز ... برگزار
// شد» reports the contest, of type other, held that day.
func TestR23DContestHeldToday(t *testing.T) {
	page := r23dAfterCeremony("عصر امروز نیز مسابقات قرآن فرهنگیان کندلان با حضور شاهین گلپایه‌زاد برگزار شد.")
	if e := r23dEventWith(t, page, "other", "مسابقات"); r23dDate(e) != "2026-12-01" {
		t.Errorf("contest %+v, want it on 2026-12-01", e)
	}
}

// TestR23DSessionRightAfterAssembly checks that «در نخستین جلسه هیئت‌رئیسه
// جدید که بلافاصله پس از مجمع برگزار شد، ...» reports a second meeting of
// the day, not the assembly told again.
func TestR23DSessionRightAfterAssembly(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"رئیس جدید هیئت کشتی کوهسار انتخاب شد\n\n" +
		"کوهسار- مجمع انتخاباتی هیئت کشتی استان کوهسار عصر دیروز با حضور ماهان ترکمان‌پور مدیرکل ورزش و جوانان استان برگزار شد و شاهین گلپایه‌زاد به عنوان رئیس هیئت انتخاب شد.\n\n" +
		"در نخستین جلسه هیئت‌رئیسه جدید که بلافاصله پس از مجمع برگزار شد، نادر سپهری‌فرد و بهرام نیک‌آیین به ترتیب به عنوان نایب‌رئیس و خزانه‌دار هیئت انتخاب شدند.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range doc.Events {
		if e.Type == "meeting" && r23dDate(e) == "2026-12-02" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d meetings on 2026-12-02 in %+v, want the assembly and the session after it", n, doc.Events)
	}
}

// TestR23DFirstSessionSameDay checks that «عصر همان روز در نخستین جلسه
// هیئت مدیره، الف و ب ... انتخاب شدند» reports a session held on the day
// told, after the assembly.
func TestR23DFirstSessionSameDay(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"مجمع عمومی شرکت معدنی کندلان برگزار شد\n\n" +
		"کوهسار- مجمع عمومی عادی سالیانه شرکت معدنی کندلان روز گذشته با حضور ماهان ترکمان‌پور برگزار شد.\n\n" +
		"عصر همان روز در نخستین جلسه هیئت مدیره، شاهین گلپایه‌زاد و نادر سپهری‌فرد به ترتیب به سمت رئیس هیئت مدیره و مدیرعامل شرکت معدنی کندلان انتخاب شدند.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range doc.Events {
		if e.Type == "meeting" && r23dDate(e) == "2026-12-02" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d meetings on 2026-12-02 in %+v, want the assembly and the board's first session", n, doc.Events)
	}
}

// TestR23DHandingOutInTitle checks that a title telling a handing out
// («توزیع ۵۰۰ تن علوفه بین دامداران الف») reports no event of its own.
func TestR23DHandingOutInTitle(t *testing.T) {
	page := "خبرگزاری نمونه\nسه‌شنبه / ۱۰ آذر ۱۴۰۵ / ۱۱:۰۵\n\n" +
		"توزیع ۵۰۰ تن علوفه بین دامداران کندلان\n\n" +
		"کوهسار- مدیر جهاد کشاورزی شهرستان کندلان از توزیع ۵۰۰ تن علوفه بین دامداران این شهرستان تا پایان آذرماه خبر داد.\n\n" +
		"ماهان ترکمان‌پور در گفت‌وگو با خبرنگار ما اظهار کرد: این سهمیه در ۱۰ مرکز توزیع در اختیار دامداران قرار می‌گیرد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "other" {
			t.Errorf("event %+v, want none for a handing out", e)
		}
	}
}

// r23dAfterDecree is a made-up report of an appointment by decree, to
// which a test adds one sentence.
func r23dAfterDecree(sentence string) string {
	return "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"مدیر جدید آموزش و پرورش کندلان منصوب شد\n\n" +
		"کوهسار- با حکم مدیرکل آموزش و پرورش استان کوهسار، بهرام نیک‌آیین به عنوان مدیر آموزش و پرورش شهرستان کندلان منصوب شد.\n\n" +
		sentence + "\n\nانتهای پیام\n"
}

// TestR23DDoneAtSessionActive checks sessions told by what was done at
// them in the active voice, after a comma: «امروز در جلسه الف، X را ...
// معرفی کرد»، «امروز با حضور در جلسه الف، از X تقدیر کرد»، «عصر امروز در
// نخستین نشست خود با الف، برنامه‌هایش را تشریح کرد».
func TestR23DDoneAtSessionActive(t *testing.T) {
	for _, s := range []string{
		"ماهان ترکمان‌پور فرماندار کندلان امروز در جلسه شورای اداری، نیک‌آیین را به عنوان مدیر جدید معرفی کرد.",
		"ماهان ترکمان‌پور فرماندار کندلان امروز با حضور در جلسه شورای آموزش و پرورش شهرستان، از تلاش‌های مدیر پیشین تقدیر کرد.",
		"مدیر جدید عصر امروز در نخستین نشست خود با مدیران مدارس کندلان، برنامه‌هایش را تشریح کرد.",
	} {
		if e := r23dEventWith(t, r23dAfterDecree(s), "meeting", ""); r23dDate(e) != "2026-12-01" {
			t.Errorf("%s: meeting %+v, want it on 2026-12-01", s, e)
		}
	}
}

// TestR23DDuringRite checks that «وی امروز طی آیینی با حضور الف معرفی
// شد» reports a ceremony held today, as «در آیینی» does.
func TestR23DDuringRite(t *testing.T) {
	page := r23dAfterDecree("وی امروز طی آیینی با حضور ماهان ترکمان‌پور فرماندار کندلان معرفی شد.")
	if e := r23dEventWith(t, page, "ceremony", ""); r23dDate(e) != "2026-12-01" {
		t.Errorf("ceremony %+v, want it on 2026-12-01", e)
	}
}

// TestR23DSpokeInCourseOfEvent checks that a speech «در جریان/در حاشیه
// بازدید از الف» or a stress «ضمن دیدار با ب، بر ... تأکید کرد» reports
// the event it was made at, held that day.
func TestR23DSpokeInCourseOfEvent(t *testing.T) {
	for _, c := range []struct{ sentence, typ string }{
		{"ماهان ترکمان‌پور فرماندار کندلان صبح امروز در جریان بازدید از مدارس روستایی گفت: مدارس باید نوسازی شوند.", "visit"},
		{"ماهان ترکمان‌پور فرماندار کندلان صبح امروز در حاشیه بازدید از مدارس روستایی گفت: مدارس باید نوسازی شوند.", "visit"},
		{"ماهان ترکمان‌پور فرماندار کندلان صبح امروز ضمن دیدار با مدیر جدید، بر نوسازی مدارس تأکید کرد.", "meeting"},
	} {
		if e := r23dEventWith(t, r23dAfterDecree(c.sentence), c.typ, ""); r23dDate(e) != "2026-12-01" {
			t.Errorf("%s: %s %+v, want it on 2026-12-01", c.sentence, c.typ, e)
		}
	}
}

// TestR23DComingClauseAndOnShow checks that «الف روز پنجشنبه در آیینی با
// حضور ب معرفی خواهد شد» reports a ceremony to come on that Thursday, and
// that «نمایشگاه الف از ۱۸ تا ۲۲ آذرماه در ب برپاست» reports the
// exhibition from its first day.
func TestR23DComingClauseAndOnShow(t *testing.T) {
	page := r23dAfterDecree("نیک‌آیین روز پنجشنبه در آیینی با حضور ماهان ترکمان‌پور فرماندار کندلان معرفی خواهد شد.")
	if e := r23dEventWith(t, page, "ceremony", ""); r23dDate(e) != "2026-12-03" {
		t.Errorf("ceremony %+v, want it on 2026-12-03", e)
	}
	page = r23dAfterDecree("نمایشگاه دستاوردهای هنرستان‌ها از ۱۸ تا ۲۲ آذرماه در سالن فرمانداری برپاست.")
	if e := r23dEventWith(t, page, "exhibition", ""); r23dDate(e) != "2026-12-09" {
		t.Errorf("exhibition %+v, want it on 2026-12-09", e)
	}
}

// TestR23DIntroducedInPresence checks that «الف صبح امروز با حضور ب به
// عنوان مدیر ج معرفی شد» reports a ceremony held today, with both.
func TestR23DIntroducedInPresence(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"مدیر جدید آموزش و پرورش کندلان معرفی شد\n\n" +
		"کوهسار- شاهین گلپایه‌زاد صبح امروز با حضور ماهان ترکمان‌پور فرماندار کندلان به عنوان مدیر آموزش و پرورش شهرستان کندلان معرفی شد.\n"
	e := r23dEventWith(t, page, "ceremony", "")
	if r23dDate(e) != "2026-12-01" {
		t.Errorf("ceremony %+v, want it on 2026-12-01", e)
	}
	for _, n := range []string{"شاهین گلپایه‌زاد", "ماهان ترکمان‌پور"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("participants %v, want %s", e.Participants, n)
		}
	}
}

// TestR23DWeekdayNight checks that a weekday's night written as one word
// («دوشنبه‌شب») dates an event by that weekday.
func TestR23DWeekdayNight(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"نشست شورای اداری کندلان برگزار شد\n\n" +
		"کوهسار- نشست شورای اداری شهرستان کندلان دوشنبه‌شب با حضور ماهان ترکمان‌پور فرماندار کندلان در سالن فرمانداری برگزار شد.\n"
	if e := r23dEventWith(t, page, "meeting", ""); r23dDate(e) != "2026-11-30" {
		t.Errorf("meeting %+v, want it on Monday 2026-11-30", e)
	}
}

// TestR23DIntroducedAtSessionStaysMeeting checks that «الف با حکم ب ...
// منصوب شد و عصر امروز در جلسه شورای اداری ج معرفی شد» reports the session
// as a meeting, not a ceremony.
func TestR23DIntroducedAtSessionStaysMeeting(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"مدیر جدید آموزش و پرورش بیدستان معرفی شد\n\n" +
		"کوهسار- شاهین گلپایه‌زاد با حکم مدیرکل آموزش و پرورش استان کوهسار به عنوان مدیر آموزش و پرورش بیدستان منصوب شد و عصر امروز در جلسه شورای اداری بیدستان معرفی شد.\n"
	if e := r23dEventWith(t, page, "meeting", "جلسه"); r23dDate(e) != "2026-12-01" {
		t.Errorf("session %+v, want a meeting on 2026-12-01", e)
	}
}

// TestR23DElectedAtSessionStaysMeeting checks that a council's session
// told «در جلسه فوق‌العاده شورا که عصر دیروز برگزار شد، الف ... به عنوان
// شهردار انتخاب شد» stays a meeting though the report tells the mayor
// appointed («منصوب شد»).
func TestR23DElectedAtSessionStaysMeeting(t *testing.T) {
	page := r23dAfterDecree("در جلسه فوق‌العاده شورای اسلامی شهر کندلان که عصر دیروز برگزار شد، شاهین گلپایه‌زاد با ۷ رأی به عنوان شهردار انتخاب شد.")
	if e := r23dEventWith(t, page, "meeting", "جلسه"); r23dDate(e) != "2026-11-30" {
		t.Errorf("session %+v, want a meeting on 2026-11-30", e)
	}
}

// TestR23DPastCompletionInSpeech checks that a speaker's «الف روز گذشته
// به بهره‌برداری رسید»، «دیروز افتتاح شد»، «دیروز ... گشایش یافت» report
// the event completed the day before the article's.
func TestR23DPastCompletionInSpeech(t *testing.T) {
	for _, c := range []struct{ sentence, typ string }{
		{"شاهین گلپایه‌زاد افزود: هنرستان فنی روستای بیدستان روز گذشته به بهره‌برداری رسید.", "opening"},
		{"شاهین گلپایه‌زاد افزود: هنرستان فنی روستای بیدستان دیروز افتتاح شد.", "opening"},
		{"شاهین گلپایه‌زاد افزود: نمایشگاه دستاوردهای هنرستان‌ها دیروز در سالن فرمانداری گشایش یافت.", "exhibition"},
	} {
		if e := r23dEventWith(t, r23dAfterCeremony(c.sentence), c.typ, ""); r23dDate(e) != "2026-11-30" {
			t.Errorf("%s: %s %+v, want it on 2026-11-30", c.sentence, c.typ, e)
		}
	}
}
