package extract

import (
	"strings"
	"testing"
)

// «... گفت: دیروز تفاهم‌نامه الف به امضا رسید. این تفاهم‌نامه را X و Y
// امضا کردیم»: the sentence right after goes on with the memorandum, and
// the signers the speaker names, though in reported speech, took part.
func TestR12cSignersNamedInSpeech(t *testing.T) {
	text := "چهارشنبه ۱۷ دی ۱۴۰۴ - ۱۲:۰۰\n\n" +
		"جلسه شورای دانشگاه ساوه برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای دانشگاه ساوه امروز چهارشنبه به ریاست دکتر بهرام نارون‌زاده رئیس دانشگاه ساوه در سالن شورای دانشگاه برگزار شد.\n\n" +
		"رئیس دانشگاه ساوه افزود: دیروز سه‌شنبه ۱۶ دی تفاهم‌نامه همکاری دانشگاه ساوه و سازمان جهاد کشاورزی استان مرکزی در محل سازمان جهاد کشاورزی در اراک به امضا رسید. این تفاهم‌نامه را اینجانب و مهندس آرمان کوهدشتی‌نیا رئیس سازمان جهاد کشاورزی استان مرکزی امضا کردیم و محور آن پژوهش‌های کاربردی گندم است.\n"
	doc, err := File("signedthis.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "meeting" && e.Date != nil && *e.Date == "2026-01-06" {
			found = true
			if !strings.Contains(strings.Join(e.Participants, "|"), "آرمان کوهدشتی‌نیا") {
				t.Errorf("memorandum of 2026-01-06 %v, want its signer", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no memorandum on 2026-01-06: %+v", doc.Events)
	}
}
