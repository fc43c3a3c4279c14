package extract

import (
	"strings"
	"testing"
)

// TestDecreesIssuedApart checks that those a sentence of decrees issued
// apart names («استاندار طی احکامی که چهارشنبه صادر شد، علاوه بر الف، X
// را به سمت بخشدار ... منصوب کرد») take no part in the handover ceremony,
// while its own new holder does.
func TestDecreesIssuedApart(t *testing.T) {
	page := "فرماندار جدید نمونه‌آباد معرفی شد\n\n۶ بهمن ۱۴۰۴ - ۱۰:۲۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه فرماندار نمونه‌آباد صبح امروز در سالن فرمانداری نمونه‌آباد برگزار شد و کامران تیزرو به عنوان فرماندار نمونه‌آباد معرفی شد.\n\n" +
		"به گزارش پیام نمونه‌آباد، استاندار طی احکامی که چهارشنبه اول بهمن‌ماه صادر شد، علاوه بر تیزرو، بیژن سرافرازنیا را به عنوان بخشدار مرکزی نمونه‌آباد منصوب کرد.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Type != "ceremony" {
		t.Fatalf("events %+v, want the ceremony first", doc.Events)
	}
	got := strings.Join(doc.Events[0].Participants, "|")
	if !strings.Contains(got, "کامران تیزرو") || strings.Contains(got, "بیژن سرافرازنیا") {
		t.Errorf("participants %q, want the new governor and not the one appointed apart", got)
	}
}
