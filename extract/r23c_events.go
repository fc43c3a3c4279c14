package extract

// r23cPastDayInSpeech reports a day before the article's told in a speech
// («دیروز»، «روز گذشته»): unlike «امروز» (nowadays), it is a day, that of
// an event the speaker tells of («وی افزود: روز گذشته در نشستی که ...
// برگزار شد ...»).
func r23cPastDayInSpeech(ts []token, i int) bool {
	d, _, ok := relativeDayAt(ts, i)
	return ok && d < 0
}
