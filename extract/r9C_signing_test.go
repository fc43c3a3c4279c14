package extract

import (
	"strings"
	"testing"
)

// A signing page: a «؛» kicker over the title past the site's furniture;
// «مراسم امضای این تفاهم‌نامه ... برگزار شد» tells more of the signing in
// the title (one event, not a second meeting, and no new article), and a
// visit «پس از امضای تفاهم‌نامه» is a visit on the signing's day.
func TestR9cSigningReport(t *testing.T) {
	text := "شرکت گاز استان نمونه | پایگاه خبری\n" +
		"خانه / اخبار / رویدادهای شرکت\n" +
		"شناسه خبر: ۵۵۱۲\n" +
		"سه‌شنبه، ۴ آذر ۱۴۰۴ ساعت ۱۸:۱۵  |  بازدید: ۹۱\n\n" +
		"در راستای توسعه گازرسانی روستایی؛\n" +
		"تفاهم‌نامه گازرسانی به روستاهای بخش مرکزی نمونه‌آباد امضا شد\n\n" +
		"نمونه‌آباد – روابط عمومی گاز استان نمونه: تفاهم‌نامه همکاری شرکت گاز استان نمونه و بنیاد مسکن استان نمونه عصر دیروز دوشنبه به امضای بهراد سپیدکوه، مدیرعامل گاز استان و کیانوش مهرآیین، مدیرکل بنیاد مسکن استان رسید.\n\n" +
		"مراسم امضای این تفاهم‌نامه در تالار شرکت گاز با حضور خانم مهتاب روشن‌ضمیر، رئیس شورای اسلامی شهر نمونه‌آباد برگزار شد.\n\n" +
		"پس از امضای تفاهم‌نامه، ایستگاه تقلیل فشار روستای الف‌آباد با حضور آرمان تیزرو، فرماندار نمونه‌آباد مورد بازدید قرار گرفت.\n"
	arts := Segment(text)
	if len(arts) != 1 || !strings.HasPrefix(arts[0].Title, "تفاهم‌نامه گازرسانی") {
		t.Fatalf("got %d articles (first title %q), want 1 under the headline", len(arts), arts[0].Title)
	}
	doc, err := File("signing.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	meetings, visits := 0, 0
	for _, e := range doc.Events {
		switch e.Type {
		case "meeting":
			meetings++
			if !strings.Contains(strings.Join(e.Participants, "،"), "مهتاب روشن‌ضمیر") {
				t.Errorf("the signing lacks the one present at its ceremony: %v", e.Participants)
			}
		case "visit":
			visits++
			if e.Date == nil || *e.Date != "2025-11-24" {
				t.Errorf("visit dated %v, want the signing's day 2025-11-24", e.Date)
			}
		}
	}
	if meetings != 1 || visits != 1 {
		t.Errorf("%d meetings and %d visits, want one of each (events %+v)", meetings, visits, doc.Events)
	}
}

// In a report of an appointment, a signing the lead tells («...؛ همزمان
// تفاهم‌نامه همکاری ... به امضا رسید») stays a signing, a meeting, not
// the appointment's ceremony.
func TestR9cSigningInAppointmentReport(t *testing.T) {
	text := "کد خبر ۶۶۴۱۰\n" +
		"۲۶ آبان ۱۴۰۴، ۱۱:۴۸\n\n" +
		"سرپرست معاونت بهداشت دانشگاه علوم پزشکی نمونه منصوب شد\n\n" +
		"نمونه‌آباد - رئیس دانشگاه علوم پزشکی نمونه مهتاب روشن‌ضمیر را سرپرست معاونت بهداشت کرد؛ در همان روز تفاهم‌نامه دانشگاه و بهزیستی استان به امضا رسید.\n"
	doc, err := File("signing2.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "ceremony" {
			t.Errorf("the signing became a ceremony: %+v", e)
		}
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
		t.Errorf("events %+v, want the signing as a meeting", doc.Events)
	}
}

// «در حاشیه این آیین، تفاهم‌نامه ... به امضای الف و ب رسید» after an
// exhibition opened the next day: a signing at the exhibition, on its
// day; its signatories were at the exhibition, not at the main meeting.
func TestR9cSigningInMarginOfExhibition(t *testing.T) {
	text := "۱۵ آذر ۱۴۰۴ | ۱۷:۴۵   کد مطلب: ۸۰۴۴\n\n" +
		"بهراد سپیدکوه رئیس اتاق همدان شد\n\n" +
		"به گزارش روابط عمومی اتاق همدان، در نشست فوق‌العاده هیئت نمایندگان اتاق بازرگانی همدان که عصر پنجشنبه ۱۳ آذرماه برگزار شد، بهراد سپیدکوه به ریاست اتاق انتخاب شد.\n\n" +
		"همچنین صبح امروز نمایشگاه فرش و صنایع دستی همدان با حضور کیانوش مهرآیین در محل نمایشگاه‌های همدان گشایش یافت.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه صادرات فرش میان اتاق همدان و اتحادیه فرش‌بافان به امضای سپیدکوه و آرمان تیزرو، رئیس اتحادیه رسید.\n"
	doc, err := File("margin.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	signed := false
	for _, e := range doc.Events {
		ps := strings.Join(e.Participants, "،")
		switch {
		case e.Type == "meeting" && strings.HasPrefix(e.Title, "تفاهم‌نامه"):
			signed = true
			if e.Date == nil || *e.Date != "2025-12-06" || !strings.Contains(ps, "آرمان تیزرو") {
				t.Errorf("signing %v on %v, want its signatories on the exhibition's day", e.Participants, e.Date)
			}
		case e.Type == "meeting" && strings.Contains(ps, "آرمان تیزرو"):
			t.Errorf("the main meeting has a signatory of the exhibition's margin: %v", e.Participants)
		case e.Type == "exhibition" && !strings.Contains(ps, "آرمان تیزرو"):
			t.Errorf("exhibition %v lacks the signatory at its margin", e.Participants)
		}
	}
	if !signed {
		t.Errorf("no signing: %+v", doc.Events)
	}
}
