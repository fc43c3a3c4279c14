package extract

import "testing"

// A title ending with a quoted or bracketed name («... در اجلاس
// "پیشگامان صنعت"»، «... سپاه حضرت ولیعصر (عج)») or opening «گزارشی از»
// starts a report of its own on a page of several; a line of speech
// ending with a quote after a colon does not.
func TestR10cTitleClosedByName(t *testing.T) {
	page := "نشست کارگروه مالی سازمان نمونه برگزار شد\n" +
		"به گزارش روابط عمومی سازمان نمونه، نخستین نشست کارگروه مالی با حضور دکتر سامان بیدگلی‌نژاد مسئول سازمان در محل این سازمان برگزار شد.\n" +
		"بازرسی ویژه از عملکرد سازمان نمونه توسط دبیرخانه اشراف سپاه حضرت ولیعصر (عج)\n" +
		"به گزارش روابط عمومی سازمان نمونه، بازرسان ویژه دبیرخانه اشراف با حضور در این سازمان، روند عملکرد این مجموعه را ارزیابی کردند.\n" +
		"گزارشی از حضور سازمان نمونه در اجلاس \"پیشگامان صنعت و معدن\"\n" +
		"به گزارش روابط عمومی سازمان نمونه، در اجلاس کشوری \"پیشگامان صنعت و معدن\"، غرفه سازمان نمونه مورد توجه گسترده بازدیدکنندگان قرار گرفت.\n"
	if arts := Segment(page); len(arts) != 3 {
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
		}
		t.Errorf("%d articles %q, want 3", len(arts), titles)
	}
	if closedByName("وی گفت: «کار ادامه دارد»") {
		t.Error("a quote after a colon taken for a title's name")
	}
	if closedByName("این طرح به پایان رسید.»") {
		t.Error("a quote closing a sentence taken for a title's name")
	}
}

// A subheading over a paragraph opening «در ادامه، ...» goes on with the
// report above: one article.
func TestR10cContinuationUnderSubheading(t *testing.T) {
	page := "سرپرست معاونت درمان دانشگاه نمونه منصوب شد\n\n" +
		"نمونه‌آباد - با حکم رئیس دانشگاه نمونه، دکتر شهلا گلپونه‌زاده به عنوان سرپرست معاونت درمان این دانشگاه منصوب شد و صبح امروز در نشست شورای معاونان دانشگاه معرفی شد.\n\n" +
		"امضای تفاهم‌نامه با آموزش و پرورش\n" +
		"در ادامه، تفاهم‌نامه همکاری سه‌ساله میان دانشگاه نمونه و اداره کل آموزش و پرورش استان با امضای دکتر آرمین سپیدارنژاد و مهندس یاور نارون‌پور منعقد شد.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Errorf("%d articles, want one report going on under its subheading", len(arts))
	}
}

// A short paragraph of speech ending with a quote and no colon is no
// title.
func TestR10cSpeechQuoteNoTitle(t *testing.T) {
	if closedByName("وی در پایان گفت «ما آماده‌ایم»") {
		t.Error("speech ending with a quote taken for a title")
	}
}
