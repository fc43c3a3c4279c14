package extract

import (
	"strings"
	"testing"
)

// Two appointees named in separate decrees; the farewell and introduction
// ceremony («آیین تودیع و معارفه») names no post, and only one of the two
// posts has an outgoing holder: its new holder and the one bid farewell
// take part. The decree's day told in a clause before («صادر شده بود و»)
// does not date the ceremony «صبح امروز».
func TestR10cFarewellOfTheHandedPost(t *testing.T) {
	text := "شناسه خبر: ۱۲۳۴۵\n" +
		"چهارشنبه, ۸ بهمن ۱۴۰۴ - ۱۶:۴۸\n\n" +
		"مدیرعامل و رئیس هیئت‌مدیره جدید شرکت گاز استان یزد منصوب شدند\n\n" +
		"یزد- روابط عمومی شرکت گاز استان یزد: طی احکامی جداگانه از سوی مدیرعامل شرکت ملی گاز ایران، مهندس کاوه زرین‌دشت به سمت مدیرعامل و دکتر نسرین آبگینه‌فر به سمت رئیس هیئت‌مدیره شرکت گاز استان یزد منصوب شدند.\n\n" +
		"این احکام روز شنبه چهارم بهمن‌ماه صادر شده بود و آیین تودیع و معارفه صبح امروز با حضور دکتر بابک سروقامت معاون عمرانی استاندار نمونه، نماینده مدیرعامل شرکت ملی گاز ایران و جمعی از کارکنان در سالن همایش‌های این شرکت برگزار شد.\n\n" +
		"زرین‌دشت جایگزین مهندس سهراب کوهپایه‌نشین مدیرعامل پیشین شرکت گاز استان یزد شد.\n\n" +
		"سروقامت در این آیین گفت: توسعه شبکه گاز روستایی اولویت استان است.\n"
	doc, err := File("handover.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	c := strings.Join(got["ceremony"], "|")
	if !strings.Contains(c, "کاوه زرین‌دشت") {
		t.Errorf("ceremony %q lacks the new holder of the post handed over (events %q)", c, got)
	}
	if d := eventDates(doc)["ceremony"]; d != "2026-01-28" {
		t.Errorf("ceremony dated %s, want 2026-01-28 («صبح امروز»), not the decree's Saturday", d)
	}
}
