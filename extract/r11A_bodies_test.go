package extract

import (
	"strings"
	"testing"
)

// r11aNames returns the names of the bodies found in text.
func r11aNames(t *testing.T, text string) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	for _, g := range orgNames(t, text) {
		names[strings.Split(g, "|")[0]] = true
	}
	return names
}

// TestR11AClosedNationalBody checks that a national body's whole name
// (closed_bodies.txt) ends the body's name, inside a longer one or at its
// head, commas and all, but lets the place of a branch follow.
func TestR11AClosedNationalBody(t *testing.T) {
	names := r11aNames(t, "کیوان شریفی‌راد گفت: در کمیسیون عمران مجلس شورای اسلامی پیگیر ساخت این جاده هستیم و وزارت بهداشت، درمان و آموزش پزشکی اعتبار آن را داد. بهرام نیک‌فال پس از بیست سال در سازمان حفاظت محیط زیست بازنشسته شد.")
	for n := range r11aNames(t, "مهرداد کیانفر مدیرکل سازمان حفاظت محیط زیست استان زنجان است.") {
		names[n] = true
	}
	for _, want := range []string{"کمیسیون عمران مجلس شورای اسلامی", "وزارت بهداشت، درمان و آموزش پزشکی", "سازمان حفاظت محیط زیست", "سازمان حفاظت محیط زیست استان زنجان"} {
		if !names[want] {
			t.Errorf("bodies %v, want %q", names, want)
		}
	}
	for _, bad := range []string{"کمیسیون عمران مجلس شورای اسلامی پیگیر ساخت", "سازمان حفاظت محیط زیست بازنشسته"} {
		for n := range names {
			if strings.HasPrefix(n, bad) {
				t.Errorf("bodies %v, want no %q", names, n)
			}
		}
	}
}

// TestR11ASetUpOrRetiredBeforePassive checks that the noun of «برپا شد»
// (set up) or «بازنشسته شد» (retired) before a passive ends a body's name.
func TestR11ASetUpOrRetiredBeforePassive(t *testing.T) {
	names := r11aNames(t, "نمایشگاه کتاب که از دیروز در فرهنگسرای نیلوفر برپا شده است، ادامه دارد. بهرام نیک‌فال پس از سی سال در شرکت ملی نفت بازنشسته شد.")
	for _, want := range []string{"فرهنگسرای نیلوفر", "شرکت ملی نفت"} {
		if !names[want] {
			t.Errorf("bodies %v, want %q", names, want)
		}
	}
	for n := range names {
		if strings.HasSuffix(n, "برپا") || strings.HasSuffix(n, "بازنشسته") {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
}

// TestR11AOrdinalBeforeHeadDescribes checks that a head after a prenominal
// ordinal («نخستین روزنامه استانی X») is described, not named, while a
// board's numbered session («هفتمین شورای اداری شهرستان X») still names it.
func TestR11AOrdinalBeforeHeadDescribes(t *testing.T) {
	names := r11aNames(t, "روزنامه نسیم کویر نخستین روزنامه استانی استان سمنان است. هفتمین شورای اداری شهرستان ملایر در فرمانداری برگزار شد.")
	for n := range names {
		if strings.HasPrefix(n, "روزنامه استانی") {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
	if !names["شورای اداری شهرستان ملایر"] {
		t.Errorf("bodies %v, want «شورای اداری شهرستان ملایر»", names)
	}
}

// TestR11ARailwayStationIsAPlace checks that «ایستگاه راه‌آهن X» names a
// station, a place, and no railway body.
func TestR11ARailwayStationIsAPlace(t *testing.T) {
	names := r11aNames(t, "مانور امداد و نجات در ایستگاه راه‌آهن میبد برگزار شد و کیوان شریفی‌راد مدیرکل راه‌آهن منطقه فارس در آن حضور داشت.")
	for n := range names {
		if strings.HasPrefix(n, "راه‌آهن میبد") {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
	if len(names) == 0 {
		t.Errorf("bodies %v, want the railway of the region", names)
	}
}

// TestR11AParticipleBeforePassive checks that a past participle before a
// passive («دیده خواهد شد»، «گذاشته شد») ends a body's name.
func TestR11AParticipleBeforePassive(t *testing.T) {
	names := r11aNames(t, "کیوان شریفی‌راد گفت: اعتبار خرید دو دستگاه اتوبوس در بودجه سال آینده شرکت واحد اتوبوسرانی دیده خواهد شد.")
	for n := range names {
		if strings.HasSuffix(n, "دیده") {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
	if !names["شرکت واحد اتوبوسرانی"] {
		t.Errorf("bodies %v, want «شرکت واحد اتوبوسرانی»", names)
	}
}
