package extract

import (
	"strings"
	"testing"
)

// «الف نیز با قدردانی از پیگیری‌های X ... گفت» after an opening: X is
// thanked for his work, not said to be at the opening; thanked «در این
// بخش از مراسم», he was there.
func TestR9cThankedForWork(t *testing.T) {
	head := "کد خبر: ۴۰۱۲۲\n" +
		"دوشنبه ۸ دی ۱۴۰۴ - ۱۴:۰۶\n\n" +
		"مخزن آب شرب ملایر به مدار آمد\n\n" +
		"به گزارش خبرنگار ما، مخزن ۱۰ هزار مترمکعبی آب شرب ملایر امروز با حضور کیانوش مهرآیین فرماندار ملایر و آرمان تیزرو نماینده مردم ملایر در مجلس به بهره‌برداری رسید.\n\n"
	for _, c := range []struct {
		last string
		want bool
	}{
		{"تیزرو نیز با قدردانی از پیگیری‌های بهراد سپیدکوه برای تکمیل این طرح گفت: شبکه فاضلاب شهر هم باید تکمیل شود.\n", false},
		{"فرماندار ملایر در این بخش از مراسم از زحمات بهراد سپیدکوه در دوره مدیریت خود قدردانی کرد.\n", true},
	} {
		doc, err := File("thanked.txt", []byte(head+c.last))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(strings.Join(eventsByType(doc)["opening"], "|"), "بهراد سپیدکوه")
		if got != c.want {
			t.Errorf("%q: the one thanked at the opening %v, want %v", c.last, got, c.want)
		}
	}
}
