package extract

import "testing"

// A bold line «**افتتاح الف**» after a report's finished sentences is a
// subheading: the paragraph under it, «استاندار ... را افتتاح کردند», tells
// more of the same news and stays in the same article.
func TestR12cBoldSubheadingKeepsArticle(t *testing.T) {
	page := "سه شنبه ۳ آذر ۱۴۰۵ - ۱۲:۰۰\n\n" +
		"نارون‌زاده مدیرعامل آبفای ساوه شد\n\n" +
		"به گزارش خبرنگار ما، مهندس بابک نارون‌زاده صبح امروز در آیین تودیع و معارفه‌ای با حضور مهندس فرزام کوهدشتی‌نیا فرماندار ساوه به عنوان مدیرعامل آبفای ساوه معرفی شد.\n\n" +
		"کوهدشتی‌نیا در این آیین گفت: تامین آب شرب روستاهای ساوه در تابستان آینده اولویت نخست دستگاه‌های اجرایی شهرستان است.\n\n" +
		"**افتتاح مخزن آب نوبران**\n\n" +
		"فرماندار ساوه و مدیرعامل آبفای شهرستان عصر امروز مخزن ۲ هزار مترمکعبی آب شهر نوبران را افتتاح کردند و از روند اجرای طرح بازدید کردند.\n"
	if arts := Segment(page); len(arts) != 1 {
		t.Errorf("got %d articles, want the bold subheading kept inside one report: %+v", len(arts), arts)
	}
	// A bold title at the page's top still opens the report.
	top := "**نارون‌زاده مدیرعامل آبفای ساوه شد**\n\n" +
		"به گزارش خبرنگار ما، مهندس بابک نارون‌زاده صبح امروز در آیین تودیع و معارفه‌ای با حضور مهندس فرزام کوهدشتی‌نیا فرماندار ساوه به عنوان مدیرعامل آبفای ساوه معرفی شد.\n"
	if arts := Segment(top); len(arts) != 1 || arts[0].Title != "نارون‌زاده مدیرعامل آبفای ساوه شد" {
		t.Errorf("bold top title: %+v", arts)
	}
}
