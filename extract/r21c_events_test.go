package extract

import (
	"slices"
	"testing"
)

// TestR21CHeldBackRef checks that «در این نشست که ... برگزار شد» is the
// meeting when the lead named the session by its board only («در شورای
// اداری شهرستان الف از ... خبر داد»), and that its speaker takes part.
func TestR21CHeldBackRef(t *testing.T) {
	text := "دامغان - خبرنگار ما - معاون استاندار سمنان در شورای اداری شهرستان دامغان از تخصیص ۴۰ درصد اعتبارات عمرانی این شهرستان خبر داد.\n\n" +
		"رسول بهارلونیا روز دوشنبه در این نشست که در سالن اجتماعات فرمانداری دامغان برگزار شد، افزود: طرح‌های نیمه‌تمام تا پایان سال تکمیل می‌شود."
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && slices.Contains(e.Participants, "رسول بهارلونیا") {
			return
		}
	}
	t.Errorf("events %+v, want a meeting with «رسول بهارلونیا»", doc.Events)
}
