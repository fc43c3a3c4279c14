package extract

import "testing"

// TestSourcesAndReplacedTakeNoPart checks two persons a report names who
// take no part in its events: the holder of a post who announces an event
// still to come («رئیس جدید اتاق نیز گفت: کارگاه ... برگزار می‌شود»، «به
// گفته سرپرست جدید ...، کارگاه ... برگزار می‌شود»), and the one a holder
// elected at a meeting replaces («الف جایگزین ب می‌شود که ...»), who at a
// handover ceremony is bid farewell and takes part.
func TestSourcesAndReplacedTakeNoPart(t *testing.T) {
	election := "رئیس جدید اتاق بازرگانی سمنان انتخاب شد\n\n۲۹ اردیبهشت ۱۴۰۴ - ۱۹:۴۰\n\n" +
		"به گزارش خبرنگار ما، در جلسه هیئت نمایندگان اتاق بازرگانی سمنان که عصر امروز برگزار شد، کامران نیک‌فر با ۱۸ رأی به عنوان رئیس اتاق بازرگانی سمنان برگزیده شد.\n\n" +
		"نیک‌فر جایگزین بهرام فرجی‌نسب می‌شود که دوره چهارساله ریاست او به پایان رسیده بود.\n\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"speaker of a coming workshop", election + "رئیس جدید اتاق بازرگانی سمنان نیز گفت: کارگاه آموزشی مقررات صادرات روز پنجشنبه اول خرداد در محل اتاق برگزار می‌شود.\n",
			[]string{"meeting 2025-05-19: کامران نیک‌فر", "workshop 2025-05-22: "}},
		{"source of a coming workshop", election + "به گفته رئیس جدید اتاق بازرگانی سمنان، کارگاه آموزشی مقررات صادرات روز پنجشنبه اول خرداد در محل اتاق برگزار می‌شود.\n",
			[]string{"meeting 2025-05-19: کامران نیک‌فر", "workshop 2025-05-22: "}},
		{"replaced at a handover", "رئیس جدید اتاق بازرگانی سمنان معرفی شد\n\n۲۹ اردیبهشت ۱۴۰۴ - ۱۹:۴۰\n\n" +
			"به گزارش خبرنگار ما، آیین تودیع و معارفه رئیس اتاق بازرگانی سمنان عصر امروز برگزار شد و کامران نیک‌فر به عنوان رئیس اتاق بازرگانی سمنان معرفی شد.\n\n" +
			"نیک‌فر جایگزین بهرام فرجی‌نسب می‌شود که دوره چهارساله ریاست او به پایان رسیده بود.\n",
			[]string{"ceremony 2025-05-19: بهرام فرجی‌نسب، کامران نیک‌فر"}},
	})
}

// TestShortPostNamesItsHolder checks that a body event's sentence naming
// a post in short («معاون وزیر بهداشت سپس از ... بازدید کرد») has the
// person the article gave the post in full («X، معاون درمان وزارت
// بهداشت، درمان و آموزش پزشکی»), and nobody when two persons hold such
// posts.
func TestShortPostNamesItsHolder(t *testing.T) {
	head := "افتتاح بخش سوختگی بیمارستان شاهرود\n\n۲۴ مهر ۱۴۰۳ ۱۱:۲۰\n\n" +
		"به گزارش خبرنگار ما، بخش سوختگی بیمارستان امام حسین شاهرود دیروز با حضور کامران نیک‌فر، معاون درمان وزارت بهداشت، درمان و آموزش پزشکی افتتاح شد.\n\n"
	visit := "معاون وزیر بهداشت سپس از روند ساخت بیمارستان ۲۰۰ تختخوابی دامغان بازدید کرد.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"one holder", head + visit,
			[]string{"opening 2024-10-14: کامران نیک‌فر", "visit 2024-10-14: کامران نیک‌فر"}},
		{"two holders", head + "در این آیین بهرام فرجی‌نسب، معاون بهداشت وزارت بهداشت، درمان و آموزش پزشکی نیز حضور داشت.\n\n" + visit,
			[]string{"opening 2024-10-14: بهرام فرجی‌نسب، کامران نیک‌فر", "visit 2024-10-14: "}},
	})
}

// TestOtherSpeakerGoesOn checks that a paragraph opening «X نیز گفت»
// after the speeches of a body event goes on with that event: X is a
// participant of the meeting, not of the article's main event.
func TestOtherSpeakerGoesOn(t *testing.T) {
	text := "سفر وزیر نیرو به سمنان\n\n۲۰ شهریور ۱۴۰۴ - ۰۹:۱۵\n\n" +
		"به گزارش خبرنگار ما، کامران نیک‌فر، وزیر نیرو صبح امروز برای سفری یک‌روزه وارد سمنان شد.\n\n" +
		"نیک‌فر در نخستین برنامه این سفر در جلسه شورای آب استان سمنان شرکت کرد.\n\n" +
		"نیک‌فر در این جلسه گفت: سد آرادان تا پایان سال آبگیری می‌شود.\n\n" +
		"بهرام فرجی‌نسب، استاندار سمنان نیز گفت: کم‌آبی مهم‌ترین مسئله استان است.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{{"another speaker", text, []string{"meeting 2025-09-11: بهرام فرجی‌نسب، کامران نیک‌فر", "visit 2025-09-11: کامران نیک‌فر"}}})
}
