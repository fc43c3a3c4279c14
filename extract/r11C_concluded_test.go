package extract

import (
	"strings"
	"testing"
)

// «در حاشیه این آیین، تفاهم‌نامه ... با امضای X و Y منعقد شد»: «منعقد شد»
// says the memorandum was concluded, an event of its own with its
// signers, on the ceremony's day.
func TestR11cMemorandumConcluded(t *testing.T) {
	text := "سه شنبه ۳ آذر ۱۴۰۵ - ۱۲:۰۰\n\n" +
		"نارون‌زاده جایگزین سپیدارپور در آبفای ساوه شد\n\n" +
		"به گزارش خبرنگار ما، مهندس بابک نارون‌زاده صبح امروز در آیین تودیع و معارفه‌ای با حضور مهندس فرزام کوهدشتی‌نیا فرماندار ساوه به عنوان مدیر آبفای ساوه معرفی شد.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه تامین آب شهرک صنعتی ساوه با امضای نارون‌زاده و مهندس آرمان شمشادی‌فر مدیرعامل شرکت شهرک‌های صنعتی ساوه منعقد شد.\n"
	doc, err := File("concluded.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m := strings.Join(eventsByType(doc)["meeting"], "|")
	if !strings.Contains(m, "آرمان شمشادی‌فر") || !strings.Contains(m, "بابک نارون‌زاده") || eventDates(doc)["meeting"] != "2026-11-24" {
		t.Errorf("memorandum %q on %s, want its signers on 2026-11-24 (events %+v)", m, eventDates(doc)["meeting"], doc.Events)
	}
}
