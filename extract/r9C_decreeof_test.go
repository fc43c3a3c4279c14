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
		"در این مراسم حکم مهتاب نیک‌سرشت به عنوان سرپرست معاونت اجتماعی شهرداری منطقه ۴ از سوی شهردار منطقه ابلاغ شد.\n"
	doc, err := File("decreeof.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["opening"], "|"); !strings.Contains(got, "مهتاب نیک‌سرشت") {
		t.Errorf("opening participants %q, want the appointee whose decree was handed over there", got)
	}
}
