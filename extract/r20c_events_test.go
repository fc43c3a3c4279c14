package extract

import "testing"

// TestR20CSigningAfterThisVisit checks that «در حاشیه این بازدید
// تفاهم‌نامه ... امضا شد» tells of a signing (a meeting), with its
// signers, and not of the visit again: the agreement's noun after the
// visit's is no light verb of it.
func TestR20CSigningAfterThisVisit(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۰:۲۰\n\n" +
		"بازدید معاون وزیر از مزارع کوهسار\n\n" +
		"کوهسار- رسول بهارلونیا معاون وزیر نیرو امروز یکشنبه از سد مخزنی کندلان بازدید کرد.\n\n" +
		"در این بازدید ماهان ترکمان‌پور، مدیرعامل شرکت آب منطقه‌ای کوهسار حضور داشت.\n\n" +
		"در حاشیه این بازدید تفاهم‌نامه همکاری شرکت آب منطقه‌ای کوهسار و دانشگاه صنعتی کوهسار با حضور معاون وزیر امضا شد. " +
		"این تفاهم‌نامه را ترکمان‌پور و شاهین گلپایه‌زاد رئیس دانشگاه صنعتی کوهسار امضا کردند.\n"
	e := r17CEvent(t, page, "meeting")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("signing participants %v, want %s", e.Participants, n)
		}
	}
	if e.Date == nil || *e.Date != "2026-12-06" {
		t.Errorf("signing %+v, want it on the visit's day 2026-12-06", e)
	}
}

// TestR20CDecreeHandedAtDatedSession checks that a decree told handed
// over «روز X در جلسه Y ... ابلاغ شد» reports the session as a meeting held
// that day, with those the sentences after it name there.
func TestR20CDecreeHandedAtDatedSession(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: ۱۲ آذر ۱۴۰۵ - ۰۹:۱۰\n\n" +
		"رئیس جدید هیئت امنای کتابخانه کندلان منصوب شد\n\n" +
		"کوهسار- با حکم رسول بهارلونیا، مدیرکل کتابخانه‌های عمومی استان کوهسار، ماهان ترکمان‌پور رئیس هیئت امنای کتابخانه مرکزی کندلان شد.\n\n" +
		"به گزارش خبرنگار ما، این حکم عصر سه‌شنبه ۱۰ آذر در جلسه اعضای هیئت امنا و با حضور شاهین گلپایه‌زاد رئیس اداره کتابخانه‌های عمومی شهرستان کندلان ابلاغ شد. " +
		"بهارلونیا در این جلسه گفت: «ساختمان تازه کتابخانه تا پایان سال آماده می‌شود.»\n"
	e := r17CEvent(t, page, "meeting")
	for _, n := range []string{"شاهین گلپایه‌زاد", "رسول بهارلونیا"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("meeting participants %v, want %s", e.Participants, n)
		}
	}
	if e.Date == nil || *e.Date != "2026-12-01" {
		t.Errorf("meeting %+v, want it on 2026-12-01", e)
	}
}

// TestR20CHonouredAtThisUnderSubheading checks that a subheading over a
// paragraph whose first sentence tells its subject was honoured at the
// event told above («X که ... بود، در این آیین مورد تقدیر قرار گرفت»)
// opens no new article: the one honoured, and the signing done «در حاشیه
// این آیین» after it, belong to the report's ceremony and its day.
func TestR20CHonouredAtThisUnderSubheading(t *testing.T) {
	page := "خبرگزاری نمونه\nسه‌شنبه ۱۰ آذر ۱۴۰۵ / ۱۲:۴۰\n\n" +
		"مدیرعامل جدید کاشی کندلان معرفی شد\n\n" +
		"کوهسار- رسول بهارلونیا به عنوان مدیرعامل شرکت کاشی کندلان منصوب و در آیینی که صبح امروز در سالن همایش‌های این شرکت برگزار شد، معرفی شد.\n\n" +
		"در این آیین ماهان ترکمان‌پور فرماندار کندلان حضور داشت.\n\n" +
		"پایان دوره چهارساله\n\n" +
		"شاهین گلپایه‌زاد که چهار سال سکان این کارخانه را در دست داشت، در این آیین مورد تقدیر قرار گرفت. گلپایه‌زاد در سخنانی گفت: صادرات کاشی در این چهار سال دو برابر شد.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه همکاری شرکت کاشی کندلان و دانشگاه صنعتی کوهسار به امضای بهارلونیا و نادر سپهری‌فرد، رئیس دانشگاه صنعتی کوهسار رسید.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(arts), arts)
	}
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("ceremony participants %v, want the one honoured «در این آیین»", e.Participants)
	}
	m := r17CEvent(t, page, "meeting")
	if m.Date == nil || *m.Date != "2026-12-01" {
		t.Errorf("signing %+v, want it on the ceremony's day 2026-12-01", m)
	}
}

// TestR20CIntroducedOnTrip checks that a lead telling nothing done on a
// trip but an introduction («... امروز در سفر به الف، X را به عنوان R
// معرفی کرد») reports a ceremony, with the one introduced at it, and that
// a trip on which a visit is told stays a visit.
func TestR20CIntroducedOnTrip(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۷ آذر ۱۴۰۵ - ۱۸:۲۰\n\n" +
		"سرپرست بخشداری کندلان معرفی شد\n\n" +
		"کوهسار- فرماندار کوهسار بعدازظهر امروز در سفر به کندلان، ماهان ترکمان‌پور را به عنوان سرپرست بخشداری کندلان معرفی کرد.\n\n" +
		"در این آیین از تلاش‌های شاهین گلپایه‌زاد، بخشدار پیشین کندلان، قدردانی شد.\n"
	e := r17CEvent(t, page, "ceremony")
	for _, n := range []string{"ماهان ترکمان‌پور", "شاهین گلپایه‌زاد"} {
		if !r17CHas(e.Participants, n) {
			t.Errorf("ceremony participants %v, want %s", e.Participants, n)
		}
	}
	visit := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۷ آذر ۱۴۰۵ - ۱۸:۲۰\n\n" +
		"سفر فرماندار کوهسار به کندلان\n\n" +
		"کوهسار- فرماندار کوهسار امروز در سفر به کندلان از طرح‌های عمرانی این بخش بازدید کرد و ماهان ترکمان‌پور را به عنوان سرپرست بخشداری کندلان معرفی کرد.\n"
	r17CEvent(t, visit, "visit")
}

// TestR20CIntroducedOnTripInBody checks the same in a body sentence after
// the report's own event: the introduction on the trip is a ceremony.
func TestR20CIntroducedOnTripInBody(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۷ آذر ۱۴۰۵ - ۱۸:۲۰\n\n" +
		"نشست شورای اداری کوهسار برگزار شد\n\n" +
		"کوهسار- نشست شورای اداری استان کوهسار صبح امروز به ریاست رسول بهارلونیا استاندار کوهسار برگزار شد.\n\n" +
		"بهارلونیا در این نشست گفت: طرح‌های نیمه‌تمام باید تا پایان سال تمام شوند.\n\n" +
		"معاون استاندار کوهسار نیز بعدازظهر روز گذشته در سفر به کندلان، ماهان ترکمان‌پور را به عنوان سرپرست بخشداری کندلان معرفی کرد.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the one introduced", e.Participants)
	}
}

// TestR20CTutorByPronoun checks that a workshop's tutor named by a pronoun
// takes part in it: «به گفته X، کارگاه ... با تدریس وی برگزار می‌شود» and,
// in the speaker's own words, «X اعلام کرد: کارگاه ... با تدریس اینجانب
// ... برگزار می‌شود».
func TestR20CTutorByPronoun(t *testing.T) {
	head := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۲:۱۰\n\n" +
		"سرپرست اداره برق کندلان معرفی شد\n\n" +
		"کوهسار- رسول بهارلونیا امروز در آیینی به عنوان سرپرست اداره برق کندلان معرفی شد.\n\n"
	for _, tc := range []struct{ line, tutor string }{
		{"همچنین به گفته ماهان ترکمان‌پور، مسئول ایمنی شرکت برق کوهسار، کارگاه آموزشی نگهداری ترانسفورماتور، پنجشنبه ۱۹ آذر با تدریس وی برای کارکنان شرکت برگزار می‌شود.\n", "ماهان ترکمان‌پور"},
		{"شاهین گلپایه‌زاد رئیس مرکز آموزش برق کوهسار اعلام کرد: کارگاه آموزشی نگهداری ترانسفورماتور روز پنجشنبه ۱۹ آذر با تدریس اینجانب در این مرکز برگزار می‌شود.\n", "شاهین گلپایه‌زاد"},
	} {
		e := r17CEvent(t, head+tc.line, "workshop")
		if !r17CHas(e.Participants, tc.tutor) {
			t.Errorf("workshop participants %v, want the tutor %s", e.Participants, tc.tutor)
		}
	}
}

// TestR20CSignedAtEndOfWorkshop checks that the signers of an agreement
// signed «در پایان این کارگاه» take part in the workshop too, and that a
// later stop «در ادامه این سفر» keeps its persons to itself.
func TestR20CSignedAtEndOfWorkshop(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۱:۲۸\n\n" +
		"کارگاه آموزشی صادرات در کوهسار برگزار شد\n\n" +
		"کوهسار- کارگاه آموزشی «بسته‌بندی محصولات کشاورزی» روز گذشته در اتاق بازرگانی کوهسار برگزار شد.\n\n" +
		"به گزارش خبرنگار ما، رسول بهارلونیا مدیرکل استاندارد استان کوهسار در این کارگاه سخنرانی کرد.\n\n" +
		"در پایان این کارگاه، سند همکاری دوساله اداره کل استاندارد استان کوهسار و اتاق بازرگانی کوهسار در قالب یک تفاهم‌نامه به امضای بهارلونیا و ماهان ترکمان‌پور رئیس اتاق بازرگانی کوهسار رسید.\n"
	e := r17CEvent(t, page, "workshop")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("workshop participants %v, want the signer «در پایان این کارگاه»", e.Participants)
	}
	trip := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۱:۲۸\n\n" +
		"سفر نماینده کوهسار به کندلان\n\n" +
		"کوهسار- رسول بهارلونیا نماینده مردم کوهسار در مجلس شورای اسلامی امروز در سفر به کندلان از کارخانه چای این شهر بازدید کرد.\n\n" +
		"در ادامه این سفر، مدرسه شش‌کلاسه روستای ارسک با حضور بهارلونیا و ماهان ترکمان‌پور رئیس اداره آموزش و پرورش شهرستان کندلان افتتاح شد.\n"
	if v := r17CEvent(t, trip, "visit"); r17CHas(v.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want none of the later stop «در ادامه این سفر»", v.Participants)
	}
}

// TestR20CAlsoAfterPostEndsSpeech checks that a sentence opening with a
// name and its post, then «هم در این مراسم ... خبر داد», ends the speech
// of the sentence before (opened «... نیز گفت:» with no guillemets): the
// one it names spoke at the ceremony.
func TestR20CAlsoAfterPostEndsSpeech(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۹ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"رئیس جدید بیمارستان کندلان معرفی شد\n\n" +
		"کوهسار- آیین تودیع و معارفه رئیس بیمارستان کندلان صبح امروز با حضور رسول بهارلونیا، رئیس دانشگاه علوم پزشکی کوهسار برگزار شد.\n\n" +
		"بهارلونیا نیز گفت: خرید دو دستگاه دیالیز تا پایان سال انجام می‌شود. ماهان ترکمان‌پور، مدیر پرستاری بیمارستان کندلان هم در این مراسم از راه‌اندازی بخش سوختگی خبر داد.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the one who spoke «هم در این مراسم»", e.Participants)
	}
}

// TestR20CSignedInBareMarginOfCeremony checks that those who signed «در
// حاشیه آیین معارفه» (no «این») after the report of that ceremony take
// part in the ceremony too.
func TestR20CSignedInBareMarginOfCeremony(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۳:۱۰\n\n" +
		"فرماندار جدید کندلان معرفی شد\n\n" +
		"کوهسار- آیین تودیع و معارفه فرماندار کندلان صبح امروز با حضور استاندار کوهسار برگزار شد و رسول بهارلونیا به عنوان فرماندار جدید این شهرستان معرفی شد.\n\n" +
		"بهارلونیا در این آیین گفت: اشتغال جوانان اولویت نخست است.\n\n" +
		"همچنین در حاشیه آیین معارفه، تفاهم‌نامه همکاری فرمانداری کندلان و ناحیه مقاومت بسیج سپاه کندلان به امضای فرماندار جدید و ماهان ترکمان‌پور فرمانده این ناحیه رسید.\n"
	e := r17CEvent(t, page, "ceremony")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want the signer «در حاشیه آیین معارفه»", e.Participants)
	}
}

// TestR20CSecondCeremonyNextWeek checks that a second ceremony told still
// to come «هفته آینده», after a dated ceremony of another appointee, is
// an event of its own, undated, with the one named at it.
func TestR20CSecondCeremonyNextWeek(t *testing.T) {
	page := "خبرگزاری نمونه\nیکشنبه ۸ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
		"دو انتصاب تازه در کوهسار\n\n" +
		"کوهسار- در دو حکم جدا، سرپرست دانشکده فنی کندلان و مدیرکل کتابخانه‌های عمومی استان کوهسار منصوب شدند.\n\n" +
		"آیین معارفه سرپرست جدید دانشکده، دوشنبه ۹ آذر با حضور رسول بهارلونیا برگزار می‌شود.\n\n" +
		"همچنین ماهان ترکمان‌پور روز گذشته به عنوان مدیرکل کتابخانه‌های عمومی استان کوهسار منصوب شد.\n\n" +
		"آیین تودیع و معارفه مدیرکل کتابخانه‌های عمومی استان کوهسار هفته آینده با حضور شاهین گلپایه‌زاد، استاندار کوهسار، برگزار خواهد شد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "ceremony" && e.Date == nil && r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
			found = true
		}
	}
	if !found {
		t.Errorf("events %+v, want an undated ceremony with شاهین گلپایه‌زاد", doc.Events)
	}
}

// TestR20CTutorInRelativeClause checks that «X که تدریس این کارگاه را بر
// عهده دارد» makes X the tutor of the workshop just told, though it is
// still to come and X speaks in the next sentence.
func TestR20CTutorInRelativeClause(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۲:۱۰\n\n" +
		"نشست خبری طرح امداد روستایی در کوهسار\n\n" +
		"کوهسار- رسول بهارلونیا مدیرکل امداد استان کوهسار در نشست خبری دیروز از اعزام ۴۰۰ امدادگر به روستاها خبر داد.\n\n" +
		"رئیس بیمارستان کندلان نیز اعلام کرد: کارگاه آموزشی «کمک‌های اولیه» روز سه‌شنبه ۱۷ آذر در سالن این بیمارستان برگزار می‌شود. " +
		"ماهان ترکمان‌پور که تدریس این کارگاه را بر عهده دارد، افزود: ۱۲ پزشک داوطلب نیز همراه امدادگران می‌روند.\n"
	e := r17CEvent(t, page, "workshop")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("workshop participants %v, want its tutor", e.Participants)
	}
}

// TestR20CSpokeToReporter checks that one who spoke «در گفت‌وگو با خبرنگار
// ...» in a later paragraph takes no part in the ceremony told, nor in
// the signing told in its margin just before.
func TestR20CSpokeToReporter(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ - ۱۰:۱۰\n\n" +
		"رئیس جدید اداره منابع طبیعی کندلان معرفی شد\n\n" +
		"کوهسار- آیین تودیع و معارفه رئیس اداره منابع طبیعی شهرستان کندلان امروز با حضور رسول بهارلونیا، مدیرکل منابع طبیعی استان کوهسار برگزار شد.\n\n" +
		"بهارلونیا در این آیین گفت: حفاظت از جنگل‌ها اولویت نخست است.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه اجرای طرح آبخیزداری روستای ارسک میان اداره منابع طبیعی شهرستان کندلان و بخشداری ارسک به امضای بهارلونیا و شاهین گلپایه‌زاد، بخشدار ارسک رسید.\n\n" +
		"ماهان ترکمان‌پور، معاون حفاظت اداره کل منابع طبیعی استان کوهسار، در گفت‌وگو با خبرنگار ما گفت: کار آبخیزداری ارسک از بهمن‌ماه آغاز می‌شود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
			t.Errorf("%s participants %v, want none who spoke to the reporter", e.Type, e.Participants)
		}
	}
}

// TestR20CCollaboratorNotPresent checks that one named «با همکاری X» as
// having drawn up a plan told at a ceremony takes no part in it.
func TestR20CCollaboratorNotPresent(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۰:۱۰\n\n" +
		"رئیس جدید اداره گاز کندلان معرفی شد\n\n" +
		"کوهسار- آیین تودیع و معارفه رئیس اداره گاز شهرستان کندلان امروز با حضور رسول بهارلونیا، مدیرعامل شرکت گاز استان کوهسار برگزار شد.\n\n" +
		"بهارلونیا در این آیین از برنامه صرفه‌جویی زمستان خبر داد و یادآور شد که این برنامه با همکاری ماهان ترکمان‌پور، رئیس دفتر مدیریت مصرف شرکت توزیع نیروی برق استان کوهسار، تدوین شده است.\n"
	e := r17CEvent(t, page, "ceremony")
	if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want none named «با همکاری»", e.Participants)
	}
}

// TestR20CPluralFutureAnnouncer checks that a visit told in the plural
// future («... بازدید خواهند کرد») is one still to come, whose source «به
// گفته سخنگوی شورا» takes no part in it.
func TestR20CPluralFutureAnnouncer(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۰:۱۰\n\n" +
		"جلسه شورای شهر کندلان برگزار شد\n\n" +
		"کوهسار- جلسه علنی شورای اسلامی شهر کندلان امروز به ریاست رسول بهارلونیا برگزار شد.\n\n" +
		"ماهان ترکمان‌پور، سخنگوی شورای اسلامی شهر کندلان، نیز در این جلسه از لایحه نوسازی ایستگاه‌های آتش‌نشانی دفاع کرد.\n\n" +
		"شاهین گلپایه‌زاد، مدیرعامل سازمان آتش‌نشانی شهرداری کندلان، گزارشی از ایستگاه‌ها ارائه کرد.\n\n" +
		"به گفته سخنگوی شورا، مدیرعامل سازمان آتش‌نشانی روز پنجشنبه ۱۲ آذر از ایستگاه شماره ۹ آتش‌نشانی بازدید خواهند کرد.\n"
	e := r17CEvent(t, page, "visit")
	if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want none who only told of it", e.Participants)
	}
}

// TestR20CReplacedAtSession checks that the one a board's session
// replaces, told of only («جانشین X می‌شود») and named in a speaker's
// words («از X سپاسگزاریم»), takes no part in the session, while one
// said present does.
func TestR20CReplacedAtSession(t *testing.T) {
	head := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۴:۳۰\n\n" +
		"مدیرعامل جدید فولاد کندلان انتخاب شد\n\n" +
		"کوهسار- هیئت مدیره شرکت فولاد کندلان در جلسه یکشنبه ۸ آذر، رسول بهارلونیا را به عنوان مدیرعامل این شرکت انتخاب کرد.\n\n" +
		"به گزارش خبرنگار ما، در همین جلسه ماهان ترکمان‌پور به ریاست هیئت مدیره برگزیده شد. بهارلونیا پیش از این معاون بهره‌برداری شرکت بود و جانشین شاهین گلپایه‌زاد می‌شود که از سال ۱۴۰۲ مدیریت عامل شرکت را بر عهده داشت.\n\n" +
		"ترکمان‌پور در حاشیه جلسه گفت: «صادرات ورق امسال دو برابر شده و از گلپایه‌زاد برای این کارنامه سپاسگزاریم.»\n"
	e := r17CEvent(t, head, "meeting")
	if r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("session participants %v, want none of the one replaced, only told of", e.Participants)
	}
	e = r17CEvent(t, head+"\nگلپایه‌زاد نیز در جلسه حاضر بود.\n", "meeting")
	if !r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("session participants %v, want the one replaced, said present", e.Participants)
	}
}

// TestR20CNewsOfAppointmentNamedAgain checks that one whose appointment a
// speaker tells of («از انتصاب Y ... خبر داد و گفت Y جایگزین Z شده») takes
// no part in the ceremony, though the sentence names Y again.
func TestR20CNewsOfAppointmentNamedAgain(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۱۰:۱۰\n\n" +
		"کلید ۴۵ واحد مسکونی مددجویان کندلان تحویل شد\n\n" +
		"کوهسار- آیین تحویل کلید ۴۵ واحد مسکونی مددجویان روز گذشته با حضور رسول بهارلونیا، مدیرکل بهزیستی استان کوهسار در کندلان برگزار شد.\n\n" +
		"بهارلونیا در این آیین گفت: ساخت ۲۰ واحد دیگر آغاز شده است.\n\n" +
		"بهارلونیا هم از انتصاب ماهان ترکمان‌پور به سمت سرپرست اداره بهزیستی شهرستان کندلان خبر داد و گفت ترکمان‌پور جایگزین شاهین گلپایه‌زاد شده که اکنون معاون توانبخشی اداره کل بهزیستی استان کوهسار است.\n"
	e := r17CEvent(t, page, "ceremony")
	if r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("ceremony participants %v, want none whose appointment is told as news", e.Participants)
	}
}

// TestR20CNewHolderIntroducedAtSession checks that the new holder of a
// post a trip's title names («سفر استاندار به الف؛ بخشدار جدید ... معرفی
// شد»), introduced at a session told in the body, takes part in the
// session, not in the trip's visit.
func TestR20CNewHolderIntroducedAtSession(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۴:۲۰\n\n" +
		"سفر استاندار کوهسار به کندلان؛ بخشدار جدید بخش مرکزی معرفی شد\n\n" +
		"کندلان- رسول بهارلونیا استاندار کوهسار صبح امروز چهارشنبه در سفر به کندلان از سد خاکی ارسک بازدید کرد.\n\n" +
		"سپس جلسه شورای اداری شهرستان کندلان به ریاست استاندار برگزار شد. در این جلسه با حکم استاندار کوهسار، ماهان ترکمان‌پور به سمت بخشدار مرکزی کندلان منصوب شد و جایگزین شاهین گلپایه‌زاد شد.\n\n" +
		"ترکمان‌پور پیش از این مسئول دفتر فنی شهرداری کندلان بود.\n"
	v := r17CEvent(t, page, "visit")
	if r17CHas(v.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want none of the one introduced at the session", v.Participants)
	}
	m := r17CEvent(t, page, "meeting")
	if !r17CHas(m.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("session participants %v, want the one introduced at it", m.Participants)
	}
}

// TestR20CNewChiefOfCoordinatedPosts checks that «مدیرعامل جدید الف» names
// the one brought in as «عضو هیئت‌مدیره و مدیرعامل» of that company, who
// takes part in the visit the sentence tells.
func TestR20CNewChiefOfCoordinatedPosts(t *testing.T) {
	page := "خبرگزاری نمونه\nتاریخ انتشار: دوشنبه ۹ آذر ۱۴۰۵ - ۱۲:۳۰\n\n" +
		"مدیرعامل جدید آب و فاضلاب کوهسار معرفی شد\n\n" +
		"کوهسار- با حکم وزیر نیرو، رسول بهارلونیا به عنوان عضو هیئت‌مدیره و مدیرعامل شرکت آب و فاضلاب استان کوهسار منصوب و امروز در آیینی معرفی شد.\n\n" +
		"مدیرعامل جدید آب و فاضلاب استان کوهسار عصر همان روز به همراه ماهان ترکمان‌پور، معاون بهره‌برداری شرکت، از تصفیه‌خانه شماره ۳ کندلان بازدید کرد.\n"
	e := r17CEvent(t, page, "visit")
	if !r17CHas(e.Participants, "رسول بهارلونیا") {
		t.Errorf("visit participants %v, want the new chief executive", e.Participants)
	}
}
