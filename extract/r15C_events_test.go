package extract

import (
	"slices"
	"testing"
)

// TestR15CAgreementExchanged checks «تفاهم‌نامه ... با امضای X و Y
// مبادله شد» after a ceremony: the exchange is a signing of its own, with
// its two signatories.
func TestR15CAgreementExchanged(t *testing.T) {
	text := "آیین معارفه رئیس جدید دانشکده فنی دانشگاه گیلان برگزار شد. در پایان، تفاهم‌نامه همکاری میان دانشکده فنی و شرکت آب منطقه‌ای گیلان با امضای کامران دلاورپور‌پور و بهرام نیک‌گهر مبادله شد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "meeting" && slices.Contains(e.Participants, "کامران دلاورپور‌پور") && slices.Contains(e.Participants, "بهرام نیک‌گهر") {
			found = true
		}
	}
	if !found || len(doc.Events) != 2 {
		t.Errorf("events %+v, want the ceremony and a signing by the two", doc.Events)
	}
}

// TestR15CSpeakerOfComingEvent checks speakers of a meeting report, one
// of whom tells in indirect speech of a visit still to come: both spoke
// at the meeting, and the visit to come takes neither.
func TestR15CSpeakerOfComingEvent(t *testing.T) {
	text := "نشست شورای اداری استان گیلان صبح امروز با حضور کامران دلاورپور‌پور استاندار گیلان برگزار شد.\n\n" +
		"دلاورپور‌پور در این نشست بر تسریع طرح‌های آب شرب تأکید کرد.\n\n" +
		"همچنین بهرام نیک‌گهر فرماندار شهرستان لاهیجان گفت فرمانداری شهرستان لاهیجان میزبان بازدید استاندار از طرح‌های آب شرب در روز جمعه خواهد بود.\n\n" +
		"مهسا زرین‌دل رئیس اداره آب و فاضلاب شهرستان لاهیجان نیز گفت طرح انتقال آب آماده بهره‌برداری است."
	doc, err := File("made-up.txt", []byte("date 2025-03-10\nخبر\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	var main *Event
	for i := range doc.Events {
		if doc.Events[i].Type == "meeting" {
			main = &doc.Events[i]
		}
	}
	if main == nil {
		t.Fatalf("events %+v: no meeting", doc.Events)
	}
	for _, p := range []string{"کامران دلاورپور‌پور", "بهرام نیک‌گهر", "مهسا زرین‌دل"} {
		if !slices.Contains(main.Participants, p) {
			t.Errorf("meeting participants %q, want %s", main.Participants, p)
		}
	}
	for _, e := range doc.Events {
		if e.Type == "visit" && (slices.Contains(e.Participants, "بهرام نیک‌گهر") || slices.Contains(e.Participants, "مهسا زرین‌دل")) {
			t.Errorf("visit to come has participants %q", e.Participants)
		}
	}
}

// r15CParticipants returns the participants of the article's events of
// type typ.
func r15CParticipants(t *testing.T, text, typ string) []string {
	t.Helper()
	doc, err := File("made-up.txt", []byte("date 2025-03-10\nخبر\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		if e.Type == typ {
			got = append(got, e.Participants...)
		}
	}
	return got
}

// TestR15CToldOfAtMeeting checks persons a meeting's report tells of
// only: the appointee of a decree named in indirect speech, the one he
// replaced, and a past holder («این سمت پیش از این بر عهده Y بود»).
func TestR15CToldOfAtMeeting(t *testing.T) {
	lead := "جلسه علنی شورای اسلامی شهر رشت صبح امروز به ریاست کامران دلاورپور‌پور رئیس شورا برگزار شد.\n\n"
	text := lead + "شهردار رشت در ادامه اعلام کرد با حکم وی، مهندس بهرام نیک‌گهر به عنوان شهردار منطقه دو رشت منصوب شده و جایگزین سعید کاوه‌پرور شده است؛ کاوه‌پرور که پیش از این دو سال شهرداری منطقه دو را اداره می‌کرد، اکنون مشاور شهردار است."
	got := r15CParticipants(t, text, "meeting")
	if !slices.Contains(got, "کامران دلاورپور‌پور") {
		t.Errorf("participants %q, want the chair", got)
	}
	for _, p := range []string{"بهرام نیک‌گهر", "سعید کاوه‌پرور"} {
		if slices.Contains(got, p) {
			t.Errorf("participants %q: %s is only told of", got, p)
		}
	}
	text = lead + "در این جلسه همچنین اعلام شد با حکم شهردار، مهندس بهرام نیک‌گهر به عنوان دبیر کمیسیون عمران شورا منصوب شده است؛ این سمت پیش از این بر عهده مهندس سعید کاوه‌پرور بود."
	if got := r15CParticipants(t, text, "meeting"); slices.Contains(got, "سعید کاوه‌پرور") {
		t.Errorf("participants %q: the past holder is only told of", got)
	}
}
