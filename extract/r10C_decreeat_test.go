package extract

import (
	"strings"
	"testing"
)

// A title «الف منصوب شد/ بازدید از ب»: the body's session «در جلسه شورای
// اسلامی شهر X با حضور Y» where «حکم Z ... به وی ابلاغ شد» has Z, Y and
// the next speaker «رئیس شورا، W، نیز گفت»; the visit after it is of
// that day, not of the farewell still to come «یکشنبه آینده».
func TestR10cDecreeDeliveredAtSession(t *testing.T) {
	text := "کد خبر: ۸۵۰۰۱۲۳۴\n" +
		"تاریخ انتشار: پنجشنبه ۴ دی ۱۴۰۴ - ۱۱:۰۵\n\n" +
		"شهردار جدید اردکان منصوب شد/ بازدید از پروژه بازار سنتی\n\n" +
		"اردکان- ایرنا- با حکم وزیر کشور، مهندس کاوه سفال‌پز به عنوان شهردار اردکان منصوب شد.\n\n" +
		"به گزارش ایرنا، حکم سفال‌پز صبح امروز در جلسه شورای اسلامی شهر اردکان با حضور بهرام قلعه‌بان فرماندار اردکان به وی ابلاغ شد.\n\n" +
		"قلعه‌بان در این جلسه از زحمات سهیل خشت‌پز سرپرست سابق شهرداری قدردانی کرد.\n\n" +
		"رئیس شورای اسلامی شهر اردکان، منصور انارستانی، نیز گفت: شورا از برنامه‌های شهردار جدید حمایت می‌کند.\n\n" +
		"پس از پایان این جلسه، شهردار جدید به همراه رئیس شورا از پروژه بازار سنتی اردکان بازدید کرد.\n\n" +
		"گفتنی است آیین تکریم خشت‌پز روز یکشنبه آینده در تالار شهرداری برگزار می‌شود.\n"
	doc, err := File("decreeat.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	m := strings.Join(got["meeting"], "|")
	for _, n := range []string{"کاوه سفال‌پز", "بهرام قلعه‌بان", "منصور انارستانی"} {
		if !strings.Contains(m, n) {
			t.Errorf("session %q lacks %s (events %q)", m, n, got)
		}
	}
	if d := eventDates(doc)["visit"]; d == "2025-12-28" {
		t.Errorf("visit dated by the farewell still to come")
	}
}
