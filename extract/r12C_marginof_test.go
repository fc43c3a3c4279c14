package extract

import (
	"strings"
	"testing"
)

// «در حاشیه این کارگاه، تفاهم‌نامه ... به امضای X و Y رسید»: the
// memorandum told as the lead's news was signed at the workshop told
// before it, so its signers took part in the workshop too.
func TestR12cSignersInMarginOfWorkshop(t *testing.T) {
	text := "سه شنبه ۱۰ آذر ۱۴۰۵ - ۱۲:۰۰\n\n" +
		"مسئولیت امور مالیاتی ساوه به سپیدارپور سپرده شد\n\n" +
		"به گزارش خبرنگار ما، سرپرست جدید اداره امور مالیاتی شهرستان ساوه امروز معرفی شد؛ یک روز پس از آنکه اداره کل امور مالیاتی استان مرکزی و گمرک استان مرکزی برای تبادل داده‌های بازرگانان تفاهم‌نامه امضا کردند.\n\n" +
		"در آیینی که صبح امروز در فرمانداری ساوه برگزار شد، مسئولیت اداره امور مالیاتی شهرستان ساوه با حکم دکتر بهرام نارون‌زاده مدیرکل امور مالیاتی استان مرکزی به کیارش سپیدارپور سپرده شد.\n\n" +
		"روز گذشته نیز کارگاه آموزشی «آشنایی با صورتحساب الکترونیکی» ویژه بازرگانان استان با حضور ۱۲۰ نفر در سالن همایش‌های اداره کل امور مالیاتی استان مرکزی در اراک برگزار شد. در این کارگاه پریسا شمشادی‌فر معاون فنی اداره کل امور مالیاتی استان مرکزی به پرسش‌های حاضران پاسخ داد.\n\n" +
		"در حاشیه این کارگاه، تفاهم‌نامه همکاری تبادل اطلاعات گمرکی به امضای نارون‌زاده و آرمان کوهدشتی‌نیا مدیرکل گمرک استان مرکزی رسید.\n"
	doc, err := File("marginof.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(eventsByType(doc)["workshop"], "|")
	if !strings.Contains(w, "پریسا شمشادی‌فر") || !strings.Contains(w, "آرمان کوهدشتی‌نیا") || !strings.Contains(w, "بهرام نارون‌زاده") {
		t.Errorf("workshop %q, want its speaker and the memorandum's signers (events %+v)", w, doc.Events)
	}
	// The signers are the lead's memorandum's too.
	if m := strings.Join(eventsByType(doc)["meeting"], "|"); !strings.Contains(m, "بهرام نارون‌زاده") || !strings.Contains(m, "آرمان کوهدشتی‌نیا") {
		t.Errorf("memorandum %q, want both signers", m)
	}
}
