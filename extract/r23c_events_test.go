package extract

import (
	"slices"
	"testing"
)

// TestR23CPastDayInSpeech checks that «روز گذشته» told in a speech dates
// the meeting the speaker tells of, a day before the article's, so that
// the meeting is an event and its guest takes part.
func TestR23CPastDayInSpeech(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - مدیر جهاد کشاورزی شهرستان کاشان از توزیع بذر گندم بین کشاورزان خبر داد.\n\n" +
		"رسول بهارلونیا افزود: روز گذشته در نشستی که با حضور ماهان ترکمان‌پور، فرماندار کاشان، در محل فرمانداری کاشان برگزار شد، مقرر شد توزیع تا پایان ماه تمام شود.\n\n" +
		"ترکمان‌پور نیز در این نشست گفته بود: کشاورزان باید بذر اصلاح‌شده بکارند."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && e.Date != nil && *e.Date == "2026-12-02" && slices.Contains(e.Participants, "ماهان ترکمان‌پور") {
			return
		}
	}
	t.Errorf("events %+v, want a meeting on 2026-12-02 with «ماهان ترکمان‌پور»", doc.Events)
}

// TestR23CPlanInSpeechOnly checks that «X صبح امروز در نشست با Y افزود:
// ... برطرف می‌شود» tells a meeting held today, the future verb being the
// speaker's words, and that X takes part.
func TestR23CPlanInSpeechOnly(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - مدیرعامل شرکت گاز استان اصفهان از گازرسانی به ۴۰ روستای کاشان تا پایان سال خبر داد.\n\n" +
		"رسول بهارلونیا صبح امروز در نشست با اعضای شورای اداری شهرستان کاشان افزود: با اجرای این طرح کمبود سوخت روستاها برطرف می‌شود."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && e.Date != nil && *e.Date == "2026-12-03" && slices.Contains(e.Participants, "رسول بهارلونیا") {
			return
		}
	}
	t.Errorf("events %+v, want a meeting on 2026-12-03 with «رسول بهارلونیا»", doc.Events)
}

// TestR23CTeacherOfWorkshop checks that the teacher a speaker names for a
// workshop he announces («... خبر داد و گفت: X مدرس این کارگاه است»)
// takes part in it, though named in the speech.
func TestR23CTeacherOfWorkshop(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - رسول بهارلونیا، رئیس اداره میراث فرهنگی کاشان از برگزاری کارگاه آموزشی «مرمت بناهای خشتی» در روز شنبه ۱۴ آذر در کاشان خبر داد و گفت: دکتر ماهان ترکمان‌پور عضو هیئت علمی دانشگاه کاشان مدرس این کارگاه است."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "workshop" && slices.Contains(e.Participants, "ماهان ترکمان‌پور") {
			return
		}
	}
	t.Errorf("events %+v, want a workshop with «ماهان ترکمان‌پور»", doc.Events)
}

// TestR23CPresentInToldEvent checks that those a speaker names «به ریاست»
// or «با حضور» of the session he tells as held take part in it.
func TestR23CPresentInToldEvent(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - سخنگوی شورای اسلامی شهر کاشان از تصویب بودجه نوسازی بافت تاریخی در جلسه علنی روز گذشته شورا خبر داد.\n\n" +
		"رسول بهارلونیا در گفت‌وگو با خبرنگار ما اظهار کرد: جلسه علنی شورای اسلامی شهر کاشان به ریاست ماهان ترکمان‌پور، رئیس شورا، و با حضور کاوه نیکوپور، شهردار کاشان، برگزار شد و لایحه با هفت رأی موافق تصویب شد."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && slices.Contains(e.Participants, "ماهان ترکمان‌پور") && slices.Contains(e.Participants, "کاوه نیکوپور") {
			return
		}
	}
	t.Errorf("events %+v, want a meeting with «ماهان ترکمان‌پور» and «کاوه نیکوپور»", doc.Events)
}

// TestR23CThanksFormerByPost checks that the holder a new one replaces
// takes part in an introduction whose sentence thanks «the former head»
// by his post, though he moved to another post.
func TestR23CThanksFormerByPost(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - رئیس جدید اداره میراث فرهنگی شهرستان کاشان صبح امروز در آیینی معرفی و از تلاش‌های رئیس پیشین این اداره قدردانی شد.\n\n" +
		"با حکم مدیرکل میراث فرهنگی استان اصفهان، رسول بهارلونیا به عنوان رئیس اداره میراث فرهنگی شهرستان کاشان منصوب شد. وی جایگزین ماهان ترکمان‌پور شد که به سمت معاون اداره کل میراث فرهنگی استان اصفهان منصوب شده است."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "ceremony" && slices.Contains(e.Participants, "ماهان ترکمان‌پور") {
			return
		}
	}
	t.Errorf("events %+v, want a ceremony with «ماهان ترکمان‌پور»", doc.Events)
}

// TestR23CSourcePostNotPresent checks that the holder of a post after
// «به گفته» is the source of what the sentence tells, not present at the
// opening it tells of, unless it puts him there («با حضور وی»).
func TestR23CSourcePostNotPresent(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - آیین تودیع و معارفه رئیس اداره بهزیستی شهرستان کاشان صبح امروز برگزار شد.\n\n" +
		"رسول بهارلونیا، معاون توانبخشی بهزیستی استان اصفهان در این آیین گفت: خدمات توانبخشی گسترش می‌یابد.\n\n" +
		"به گفته معاون توانبخشی بهزیستی استان اصفهان، در حاشیه این آیین مرکز روزانه توانبخشی کاشان با حضور فرماندار کاشان افتتاح شد."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "opening" && slices.Contains(e.Participants, "رسول بهارلونیا") {
			t.Errorf("events %+v, want no «رسول بهارلونیا» at the opening", doc.Events)
		}
	}
}

// TestR23CSelfTutor checks that the announcer of a workshop who says he
// teaches it himself («تدریس این کارگاه را خودم بر عهده دارم») takes part.
func TestR23CSelfTutor(t *testing.T) {
	text := "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۸:۳۰\n\n" +
		"کاشان - خبرنگار ما - آیین معارفه مدیر جدید پایگاه میراث جهانی کاشان صبح امروز با حضور ماهان ترکمان‌پور، فرماندار کاشان برگزار شد.\n\n" +
		"رسول بهارلونیا، رئیس اداره میراث فرهنگی کاشان نیز از برگزاری کارگاه آموزشی «مرمت کاشی‌های تاریخی» در روز شنبه ۱۴ آذر در کاشان خبر داد و گفت: تدریس این کارگاه را خودم بر عهده دارم."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "workshop" && slices.Contains(e.Participants, "رسول بهارلونیا") {
			return
		}
	}
	t.Errorf("events %+v, want a workshop with «رسول بهارلونیا»", doc.Events)
}
