package extract

import "testing"

// TestR24CPressTalkNoMeeting checks that a talk given to a reporter typed
// in three tokens («در گفت و گو با خبرنگار») or to a body's press office
// («در گفت‌وگو با روابط عمومی») makes no meeting, in the lead or later.
func TestR24CPressTalkNoMeeting(t *testing.T) {
	for _, line := range []string{
		"کاوه نیک‌سرشت در گفت و گو با خبرنگار ایرنا، خواستار افزایش سهمیه سوخت لنج‌ها شد.",
		"کاوه نیک‌سرشت در گفت‌وگو با روابط عمومی، خواستار افزایش سهمیه سوخت لنج‌ها شد.",
	} {
		doc, err := File("t.txt", []byte("سهمیه سوخت صیادان\n\n"+line+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Events {
			t.Errorf("%s: event %s %q, want none", line, e.Type, e.Title)
		}
	}
}
