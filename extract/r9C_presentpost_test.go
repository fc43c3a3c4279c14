package extract

import (
	"strings"
	"testing"
)

// «آیین معارفه مدیرعامل جدید ... با حضور الف معاون هماهنگی وزارت ب»: the
// post named beside one present is not the post handed over, so one the
// decree sends to another deputyship of that ministry is not the one
// introduced.
func TestR9cPresentPostIsNoHandover(t *testing.T) {
	text := "کد خبر: ۸۸۲۱۰\n" +
		"شنبه ۰۶ دی ۱۴۰۴ - ۱۲:۴۴\n\n" +
		"مدیرعامل جدید گاز همدان معرفی شد\n\n" +
		"همدان- با حکم وزیر نفت، بهراد سپیدکوه به عنوان مدیرعامل شرکت گاز استان همدان منصوب شد.\n\n" +
		"سپیدکوه جانشین مهتاب روشن‌ضمیر شد که به عنوان معاون برنامه‌ریزی وزارت نفت به تهران می‌رود.\n\n" +
		"آیین معارفه مدیرعامل جدید صبح امروز در ساختمان ستادی با حضور کیانوش مهرآیین معاون هماهنگی وزارت نفت برگزار شد.\n"
	doc, err := File("present.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(eventsByType(doc)["ceremony"], "|")
	if strings.Contains(got, "مهتاب روشن‌ضمیر") || !strings.Contains(got, "کیانوش مهرآیین") {
		t.Errorf("ceremony %q, want the one present and not the one sent to another post", got)
	}
}
