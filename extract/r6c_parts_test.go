package extract

import "testing"

// TestR6cSessionsOfOneDay checks a general assembly and the board's first
// session held «عصر همان روز», told in a relative clause after the event
// word («در نخستین جلسه هیئت‌مدیره که عصر همان روز برگزار شد»): two
// meetings, each with its own persons; «رفاه اجتماعی» in a body's name is
// no gathering («اجتماع»). The holder a new one replaces takes part in a
// meeting when his sentence thanks him («... که در این جلسه از زحمات او
// تقدیر شد»), not when it only names him as replaced.
func TestR6cSessionsOfOneDay(t *testing.T) {
	assembly := "هیئت‌مدیره جدید تعاونی باغداران ملایر انتخاب شد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، مجمع عمومی عادی سالانه شرکت تعاونی باغداران ملایر روز یکشنبه ۱۱ آبان با حضور فرهاد لاهیجانی‌پور، مدیرکل تعاون، کار و رفاه اجتماعی استان همدان در سالن اجتماعات تعاونی برگزار شد.\n\n" +
		"در نخستین جلسه هیئت‌مدیره جدید که عصر همان روز برگزار شد، داریوش کوهساری به عنوان رئیس هیئت‌مدیره تعاونی باغداران ملایر انتخاب شد. " +
		"هیئت‌مدیره همچنین بیژن تاکستانی‌پور را به سمت مدیرعامل تعاونی باغداران ملایر برگزید.\n"
	council := "رئیس جدید شورای شهر نهاوند انتخاب شد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، در جلسه شورای اسلامی شهر نهاوند که عصر امروز برگزار شد، داریوش کوهساری با ۵ رأی به عنوان رئیس شورای اسلامی شهر نهاوند برگزیده شد.\n\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"assembly and first session", assembly, []string{
			"meeting 2025-11-02: بیژن تاکستانی‌پور، داریوش کوهساری",
			"meeting 2025-11-02: فرهاد لاهیجانی‌پور"}},
		{"social welfare", "مدیرعامل جدید تعاونی باغداران ملایر انتخاب شد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
			"مجمع عمومی سالانه شرکت تعاونی باغداران ملایر با حضور ۲۰۰ عضو برگزار شد.\n\n" +
			"به گزارش خبرنگار ما، این مجمع روز یکشنبه ۱۱ آبان با حضور فرهاد لاهیجانی‌پور، مدیرکل تعاون، کار و رفاه اجتماعی استان همدان و داریوش کوهساری، رئیس اداره تعاون، کار و رفاه اجتماعی شهرستان ملایر تشکیل شد.\n",
			[]string{"meeting 2025-11-02: داریوش کوهساری، فرهاد لاهیجانی‌پور"}},
		{"replaced and thanked", council + "کوهساری جانشین نادر سامن‌زاده می‌شود که چهار سال ریاست شورا را بر عهده داشت و در این جلسه از زحمات او تقدیر شد.\n",
			[]string{"meeting 2025-11-03: داریوش کوهساری، نادر سامن‌زاده"}},
		{"replaced only", council + "کوهساری جانشین نادر سامن‌زاده می‌شود که چهار سال ریاست شورا را بر عهده داشت.\n",
			[]string{"meeting 2025-11-03: داریوش کوهساری"}},
	})
}

// TestR6cSignedInTheMargin checks an agreement signed «در حاشیه این
// مراسم»: a meeting of its own, its signatories («به امضای الف و ب
// رسید») taking part in it and in the ceremony; «به امضای» a decree's
// signer still tells of one acting from afar.
func TestR6cSignedInTheMargin(t *testing.T) {
	head := "فرمانده جدید ناحیه مقاومت بسیج سپاه نطنز معرفی شد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه فرمانده ناحیه مقاومت بسیج سپاه نطنز عصر دیروز با حضور فرهاد لاهیجانی‌پور، فرماندار نطنز برگزار شد و داریوش کوهساری به عنوان فرمانده جدید ناحیه مقاومت بسیج سپاه نطنز معرفی شد.\n\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"agreement in the margin", head + "در حاشیه این مراسم، تفاهم‌نامه ساخت ۵۰ واحد مسکن میان ناحیه مقاومت بسیج سپاه نطنز و بنیاد مسکن انقلاب اسلامی شهرستان نطنز به امضای کوهساری و بیژن تاکستانی‌پور، رئیس بنیاد مسکن انقلاب اسلامی شهرستان نطنز رسید.\n",
			[]string{"ceremony 2025-11-02: بیژن تاکستانی‌پور، داریوش کوهساری، فرهاد لاهیجانی‌پور", "meeting 2025-11-02: بیژن تاکستانی‌پور، داریوش کوهساری"}},
		{"agreement apart", head + "عصر همان روز، تفاهم‌نامه ساخت ۵۰ واحد مسکن میان ناحیه مقاومت بسیج سپاه نطنز و بنیاد مسکن انقلاب اسلامی شهرستان نطنز به امضای کوهساری و بیژن تاکستانی‌پور، رئیس بنیاد مسکن انقلاب اسلامی شهرستان نطنز رسید.\n",
			[]string{"ceremony 2025-11-02: داریوش کوهساری، فرهاد لاهیجانی‌پور", "meeting 2025-11-02: بیژن تاکستانی‌پور، داریوش کوهساری"}},
	})
}

// TestR6cVisitAfterMeeting checks «X پس از پایان نشست ... از Y بازدید
// کرد»: the event told is the visit, with the persons of its sentences;
// the meeting named for its time is the one reported before.
func TestR6cVisitAfterMeeting(t *testing.T) {
	head := "شورای برنامه‌ریزی استان قزوین تشکیل جلسه داد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، نشست شورای برنامه‌ریزی و توسعه استان قزوین صبح امروز با حضور فرهاد لاهیجانی‌پور، استاندار قزوین برگزار شد.\n\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"after the end of", head + "استاندار قزوین پس از پایان نشست از پروژه تقاطع غیرهمسطح میدان آزادی قزوین بازدید کرد. در این بازدید داریوش کوهساری، شهردار قزوین گزارشی از روند کار ارائه داد.\n",
			[]string{"meeting 2025-11-03: فرهاد لاهیجانی‌پور", "visit 2025-11-03: داریوش کوهساری، فرهاد لاهیجانی‌پور"}},
		{"after", head + "استاندار قزوین بعد از نشست از پروژه تقاطع غیرهمسطح میدان آزادی قزوین بازدید کرد. در این بازدید داریوش کوهساری، شهردار قزوین گزارشی از روند کار ارائه داد.\n",
			[]string{"meeting 2025-11-03: فرهاد لاهیجانی‌پور", "visit 2025-11-03: داریوش کوهساری، فرهاد لاهیجانی‌پور"}},
	})
}

// TestR6cBoardMeetingNotHandover checks that a board meeting electing a
// chief executive stays a meeting when the article tells that the one
// replaced «به عنوان ... منصوب شده است» elsewhere: a post taken before,
// not a handover; the one replaced takes no part.
func TestR6cBoardMeetingNotHandover(t *testing.T) {
	text := "مدیرعامل جدید شرکت فولاد ابهر انتخاب شد\n\n۱۴۰۴/۰۸/۱۲ - ۰۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، در جلسه هیئت‌مدیره شرکت فولاد ابهر که عصر دیروز برگزار شد، داریوش کوهساری به عنوان مدیرعامل شرکت فولاد ابهر انتخاب شد.\n\n" +
		"کوهساری جایگزین نادر سامن‌زاده شد که به عنوان مشاور مدیرعامل شرکت ملی فولاد ایران منصوب شده است.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"board meeting", text, []string{"meeting 2025-11-02: داریوش کوهساری"}},
	})
}

// TestR6cIntroducedAtOpening checks «در این مراسم همچنین X معرفی شد» in
// the report of an opening: the adverb «همچنین» is no light verb making
// «مراسم» an event of its own; the one introduced takes part in the
// opening.
func TestR6cIntroducedAtOpening(t *testing.T) {
	text := "بخش دیالیز بیمارستان شهید رجایی قزوین افتتاح شد\n\n۱۴۰۴/۰۸/۱۲\n\n" +
		"به گزارش خبرنگار ما، بخش دیالیز بیمارستان شهید رجایی قزوین روز یکشنبه ۱۱ آبان با حضور فرهاد لاهیجانی‌پور، رئیس دانشگاه علوم پزشکی قزوین افتتاح شد.\n\n" +
		"در این مراسم همچنین با حکم رئیس دانشگاه، داریوش کوهساری به عنوان سرپرست بیمارستان شهید رجایی قزوین معرفی شد.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"introduced at an opening", text, []string{"opening 2025-11-02: داریوش کوهساری، فرهاد لاهیجانی‌پور"}},
	})
}

// TestR6cBarePostHolder checks a meeting «با حضور معاون وزیر» after the
// article gave that post in full to one person («X، معاون وزیر راه و
// شهرسازی»): he takes part.
func TestR6cBarePostHolder(t *testing.T) {
	head := "سفر معاون وزیر راه به زنجان\n\nدوشنبه ۱۹ آبان ۱۴۰۴\n\n" +
		"به گزارش خبرنگار ما، فرهاد لاهیجانی‌پور، معاون وزیر راه و شهرسازی صبح امروز از پروژه کنارگذر زنجان بازدید کرد.\n\n"
	meeting := "عصر همین روز نشست شورای مسکن استان زنجان با حضور معاون وزیر و داریوش کوهساری، مدیرکل راه و شهرسازی استان زنجان برگزار شد.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"one holder", head + meeting, []string{"meeting 2025-11-10: داریوش کوهساری، فرهاد لاهیجانی‌پور", "visit 2025-11-10: فرهاد لاهیجانی‌پور"}},
	})
}
