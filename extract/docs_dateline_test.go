package extract

import (
	"strings"
	"testing"
)

// TestLeadDateline checks an agency's dateline opening the lead («سمنان-
// ایرنا- ...»، «اهواز - وبدا - ...»، «به گزارش خبرنگار مهر از ساری،»): the
// agency is a body and no person, the city is where the event was, the
// article's date dates «روز یکشنبه», and the event's title does not
// begin with the dateline.
func TestLeadDateline(t *testing.T) {
	cases := []struct{ name, lead, agency string }{
		{"city- agency-", "سمنان- ایرنا- ", "ایرنا"},
		{"city - agency -", "سمنان - ایسنا - ", "ایسنا"},
		{"reporter of", "به گزارش خبرنگار مهر از سمنان، ", "مهر"},
	}
	for _, c := range cases {
		text := "استاندار سمنان از بیمارستان گرمسار بازدید کرد\n\n۲۲ تیر ۱۴۰۴، ۱۸:۱۰\n\n" + c.lead +
			"استاندار سمنان روز یکشنبه در بازدید از بیمارستان ۱۲۰ تختخوابی گرمسار گفت: این طرح تا پایان سال تکمیل می‌شود.\n\n" +
			"کامران نیک‌فر در این بازدید افزود: ۶۰۰ میلیارد تومان برای تجهیز آن پیش‌بینی شده است.\n"
		doc, err := File(c.name+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Persons) != 1 || doc.Persons[0].Name != "کامران نیک‌فر" {
			t.Errorf("%s: persons %+v, want only کامران نیک‌فر", c.name, doc.Persons)
		}
		found := false
		for _, o := range doc.Organizations {
			found = found || o.Name == c.agency
		}
		if !found {
			t.Errorf("%s: bodies %+v lack the agency %s", c.name, doc.Organizations, c.agency)
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != "visit" || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-07-13" ||
			strings.Contains(doc.Events[0].Title, c.agency) {
			t.Errorf("%s: events %+v, want one visit of 2025-07-13 titled without the dateline", c.name, doc.Events)
		}
	}
}
