package extract

import (
	"strings"
	"testing"
)

// TestNewSpeakerEndsQuote checks that a sentence inside a quoted
// paragraph that opens reported speech of its own («X افزود: ...») ends
// the speech before it: X, named by the reporter as the next speaker,
// takes part in the meeting, while a name inside the words he says stays
// talked about.
func TestNewSpeakerEndsQuote(t *testing.T) {
	page := "جلسه شورای اداری نمونه‌آباد برگزار شد\n\n" +
		"به گزارش خبرنگار ما، جلسه شورای اداری شهرستان نمونه‌آباد صبح امروز به ریاست کامران تیزرو، فرماندار نمونه‌آباد برگزار شد.\n\n" +
		"رئیس اداره برق نمونه‌آباد در ادامه گفت: خاموشی‌ها امسال کاهش یافت. بیژن سرافرازنیا افزود: پروژه را یوسف کاظم‌پناه پیش از این آغاز کرده بود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "meeting" {
		t.Fatalf("events %+v, want one meeting", doc.Events)
	}
	got := strings.Join(doc.Events[0].Participants, "|")
	if !strings.Contains(got, "بیژن سرافرازنیا") {
		t.Errorf("participants %q lack the next speaker", got)
	}
	if strings.Contains(got, "یوسف کاظم‌پناه") {
		t.Errorf("participants %q hold one named in his speech", got)
	}
}
