package extract

// ruleR21cHeldBackRef names the rule of an event told back with the
// clause that it was held, when none was told before.
const ruleR21cHeldBackRef = "held, told back «در این نشست که ... برگزار شد», none told before"

// r21cHeldBackRef reports an event word at i after «این» that a relative
// clause right after it tells was held («الف در این نشست که در سالن ب
// برگزار شد، افزود ...»), in an article that has told of no event of
// its kind before: the lead named the session by its board only («در
// شورای اداری شهرستان ج از ... خبر داد»), so the event is this one.
func (a *analysis) r21cHeldBackRef(i, i1 int, typ string) bool {
	ts := a.toks
	j := i + eventWordLen(ts, i)
	if j >= i1 || ts[j].key != keyWhich {
		return false
	}
	held := false
	for k := j + 1; k+1 < i1; k++ {
		if ts[k].text == ":" || ts[k].text == "«" {
			return false
		}
		if ts[k].key == keyHeldWord && ts[k+1].key == keyBecame {
			held = true
			break
		}
	}
	if !held {
		return false
	}
	for _, e := range a.events {
		if e.typ == typ {
			return false
		}
	}
	return true
}

// r21cComingDayInSpeech reports a day after the article's told in a
// speech («فردا»، «پس‌فردا»): unlike «امروز» (nowadays), it is a day,
// the day of an event the speaker announces.
func r21cComingDayInSpeech(ts []token, i int) bool {
	d, _, ok := relativeDayAt(ts, i)
	return ok && d > 0
}
