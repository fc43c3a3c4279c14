package extract

import "testing"

// TestR24CPressTalkNoMeeting checks that a talk given to a reporter typed
// in three tokens («در گفت و گو با خبرنگار») or to a body's press office
// («در گفت‌وگو با روابط عمومی») makes no meeting, in the lead or later.
func TestR24CPressTalkNoMeeting(t *testing.T) {
	for _, line := range []string{
		"کاوه نیک‌پندار در گفت و گو با خبرنگار ایرنا، خواستار افزایش سهمیه سوخت لنج‌ها شد.",
		"کاوه نیک‌پندار در گفت‌وگو با روابط عمومی، خواستار افزایش سهمیه سوخت لنج‌ها شد.",
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

// TestR24CAnnouncerOfComingEvent checks that one cited by «به گفته» for
// an event still to come is no participant of it, unless the sentence
// names him at it («با حضور وی»).
func TestR24CAnnouncerOfComingEvent(t *testing.T) {
	head := "نشست شورای اداری نطنز برگزار شد\n\nبه گزارش ایرنا، نشست شورای اداری شهرستان نطنز صبح امروز به ریاست کیوان دلبرنژاد فرماندار نطنز برگزار شد.\n\n"
	for line, want := range map[string]bool{
		"به گفته خانم ترانه سپیدکوه، معاون برنامه‌ریزی و سخنگوی فرمانداری نطنز، نخستین همایش سرمایه‌گذاری شهرستان چهارشنبه ۱۸ آذر با حضور ۱۲۰ فعال اقتصادی در نطنز برگزار می‌شود.":      false,
		"به گفته خانم ترانه سپیدکوه، معاون برنامه‌ریزی و سخنگوی فرمانداری نطنز، نخستین همایش سرمایه‌گذاری شهرستان چهارشنبه ۱۸ آذر با حضور وی و ۱۲۰ فعال اقتصادی در نطنز برگزار می‌شود.": true,
	} {
		doc, err := File("t.txt", []byte(head+line+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range doc.Events {
			for _, p := range e.Participants {
				if p == "ترانه سپیدکوه" && e.Type != "meeting" {
					got = true
				}
			}
		}
		if got != want {
			t.Errorf("%s: announcer at the coming event %v, want %v (events %+v)", line, got, want, doc.Events)
		}
	}
}
