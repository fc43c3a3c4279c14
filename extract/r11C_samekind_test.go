package extract

import (
	"strings"
	"testing"
)

// «جلسه شورا ... برگزار شد» in the lead, the title's second event a
// «تفاهم‌نامه» signed at it: «در آغاز این جلسه، ...» and «در ادامه جلسه،
// ...» go on with the session, whose persons are the ones they name; only
// «در حاشیه این جلسه، تفاهم‌نامه ...» tells of the signing.
func TestR11cSessionGoesOnBeforeTheSigning(t *testing.T) {
	text := "سه‌شنبه ۱۶ دی ۱۴۰۴ - ۱۰:۰۰\n\n" +
		"در هشتادمین جلسه شورا؛\n" +
		"سرپرست جدید سازمان پارک‌ها معرفی شد / امضای تفاهم‌نامه شهرداری و دانشگاه ساوه\n\n" +
		"ساوه- هشتادمین جلسه رسمی شورای اسلامی شهر ساوه دیروز دوشنبه ۱۵ دی‌ماه به ریاست بهنام کوهساری‌نیا رئیس شورای اسلامی شهر ساوه و با حضور مهندس تورج آبنوسی‌فر شهردار ساوه و دکتر سیاوش لادن‌پور رئیس دانشگاه ساوه در تالار شورا برگزار شد.\n\n" +
		"در آغاز این جلسه، شهردار ساوه نوید چنارستانی را به عنوان سرپرست سازمان پارک‌ها و فضای سبز شهرداری ساوه به اعضای شورا معرفی کرد.\n\n" +
		"در ادامه جلسه، مهرداد سپیدارزاده عضو شورای اسلامی شهر ساوه گزارش کمیسیون عمران را ارائه کرد.\n\n" +
		"در حاشیه این جلسه، تفاهم‌نامه همکاری شهرداری ساوه و دانشگاه ساوه به امضای آبنوسی‌فر و لادن‌پور رسید.\n"
	doc, err := File("samekind.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var session string
	for _, e := range doc.Events {
		if e.Type == "meeting" && strings.Contains(strings.Join(e.Participants, "|"), "بهنام کوهساری‌نیا") {
			session = strings.Join(e.Participants, "|")
		}
	}
	for _, p := range []string{"نوید چنارستانی", "مهرداد سپیدارزاده"} {
		if !strings.Contains(session, p) {
			t.Errorf("session %q lacks %s (events %+v)", session, p, doc.Events)
		}
	}
}
