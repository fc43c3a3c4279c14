package extract

import (
	"testing"
)

// «پس از این آیین، X از بیمارستان الف بازدید کرد» after a ceremony held
// today and a workshop told between as still to come («... کارگاه را
// چهارشنبه برگزار می‌کند»): the visit is of the ceremony's day.
func TestR11cVisitAfterTheCeremonyNotTheComingWorkshop(t *testing.T) {
	text := "یکشنبه ۲۸ دی ۱۴۰۴ - ۱۳:۰۰\n\n" +
		"سه مدیر جدید در دانشگاه علوم پزشکی ساوه منصوب شدند\n\n" +
		"ساوه- رئیس دانشگاه علوم پزشکی ساوه طی احکامی که روز شنبه ۲۷ دی‌ماه صادر شد، سه مدیر جدید را منصوب کرد.\n\n" +
		"آیین معارفه مدیران جدید امروز یکشنبه در سالن اجتماعات دانشگاه با حضور دکتر بردیا نیلوفری‌راد رئیس دانشگاه علوم پزشکی ساوه و دکتر آناهیتا سروناز برگزار شد.\n\n" +
		"سروناز، سرپرست جدید معاونت بهداشت، نیز سلامت محیط را محور برنامه خود برشمرد و گفت: گروه سلامت محیط معاونت بهداشت دانشگاه علوم پزشکی ساوه کارگاه آموزشی «ایمنی غذا» را چهارشنبه اول بهمن با تدریس مهندس کاوه شمشادپور برای کارشناسان شهرستان‌ها برگزار می‌کند.\n\n" +
		"پس از این آیین، رئیس دانشگاه به همراه دکتر سروناز از بخش اورژانس بیمارستان امام ساوه بازدید کرد.\n"
	doc, err := File("afterceremony.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	dates := eventDates(doc)
	if dates["visit"] != "2026-01-18" {
		t.Errorf("visit dated %s, want the ceremony's day 2026-01-18 (events %+v)", dates["visit"], doc.Events)
	}
}
