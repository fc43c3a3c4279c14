package extract

// r23cPastDayInSpeech reports a day before the article's told in a speech
// («دیروز»، «روز گذشته»): unlike «امروز» (nowadays), it is a day, that of
// an event the speaker tells of («وی افزود: روز گذشته در نشستی که ...
// برگزار شد ...»).
func r23cPastDayInSpeech(ts []token, i int) bool {
	d, _, ok := relativeDayAt(ts, i)
	return ok && d < 0
}

// r23cTellsOfComingOutsideSpeech is tellsOfComing read outside the
// sentence's reported speech: «X در نشست با Y افزود: این طرح اجرا خواهد
// شد» tells a meeting held, the plan being the speaker's words.
func (a *analysis) r23cTellsOfComingOutsideSpeech(i0, i1 int) bool {
	quoted := a.quotedTokens()
	for j := i0; j < i1; j++ {
		if !quoted[j] && (isPlanVerb(a.toks, j, i1) || schedulesAt(a.toks, j, i1)) {
			return true
		}
	}
	return false
}

// r23cEventOffices are more offices of an event a person is said to hold
// in its sentence: its teacher («X مدرس این کارگاه است»)، and its
// lecturer.
var r23cEventOffices = []string{"مدرس", "سخنران"}

func init() {
	for _, w := range r23cEventOffices {
		eventOffices[persianKey(w)] = true
	}
}
