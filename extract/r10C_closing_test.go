package extract

import (
	"strings"
	"testing"
)

// A closing ceremony («آیین اختتامیه جشنواره ...») in the title, told in
// the lead «عصر امروز»: one ceremony, of that day, with the lead's
// persons.
func TestR10cClosingCeremonyInTitle(t *testing.T) {
	text := "دوشنبه ۱۹ آبان ۱۴۰۴ / ۱۶:۰۰\n\n" +
		"آیین اختتامیه جشنواره فرهنگی دانشجویان دانشگاه یزد برگزار شد\n\n" +
		"یزد- ایسنا- آیین اختتامیه نهمین جشنواره فرهنگی دانشجویان دانشگاه یزد عصر امروز با حضور دکتر فرشید ترمه‌بافان رئیس دانشگاه یزد در تالار فردوسی برگزار شد.\n"
	doc, err := File("closing.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-11-10" ||
		!strings.Contains(strings.Join(doc.Events[0].Participants, "،"), "فرشید ترمه‌بافان") {
		t.Errorf("events %+v, want one closing ceremony of 2025-11-10 with its guest", doc.Events)
	}
}
