package extract

import (
	"strings"
	"testing"
)

// «در این مراسم حکم X به عنوان R ... ابلاغ شد»: X is the appointee whose
// decree was handed over at the ceremony, and was there; «با حکم Y» is
// the issuer's, who was not.
func TestR9cDecreeOfAppointee(t *testing.T) {
	text := "کد خبر: ۷۷۲۱۰\n" +
		"سه‌شنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"سرای محله شهرک الف در منطقه ۴ افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، سرای محله شهرک الف صبح امروز با حضور کیانوش مهرآیین شهردار منطقه ۴ افتتاح شد.\n\n" +
		"در این مراسم حکم مهتاب روشن‌ضمیر به عنوان سرپرست معاونت اجتماعی شهرداری منطقه ۴ از سوی شهردار منطقه ابلاغ شد.\n"
	doc, err := File("decreeof.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["opening"], "|"); !strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("opening participants %q, want the appointee whose decree was handed over there", got)
	}
}

// «با حکم X، رئیس دانشگاه ...» then «رئیس دانشگاه در این آیین گفت»: the
// issuer, named at the ceremony by his post, was there.
func TestR9cIssuerPresentByPost(t *testing.T) {
	text := "کد خبر: ۷۷۲۱۱\n" +
		"سه‌شنبه ۱۸ دی ۱۴۰۳ - ۱۰:۰۰\n\n" +
		"رئیس جدید بیمارستان نمونه همدان معرفی شد\n\n" +
		"به نوشته پایگاه خبری دانشگاه، با حکم کیانوش مهرآیین، رئیس دانشگاه علوم پزشکی همدان، مهتاب روشن‌ضمیر به عنوان رئیس بیمارستان نمونه همدان منصوب شد.\n\n" +
		"دیروز مراسم معارفه رئیس تازه بیمارستان نمونه در تالار دانشکده برگزار شد.\n\n" +
		"رئیس دانشگاه علوم پزشکی همدان هم در این مراسم گفت: تخت‌های این بیمارستان باید افزایش یابد.\n"
	doc, err := File("issuer.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["ceremony"], "|"); !strings.Contains(got, "کیانوش مهرآیین") {
		t.Errorf("ceremony participants %q, want the issuer who spoke at it by his post", got)
	}
}
