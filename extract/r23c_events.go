package extract

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

// maxPresenceGap bounds the tokens between «با حضور» or «به ریاست» and a
// person of its list.
const maxPresenceGap = 12

// r23cPresentInToldEvent reports a person named in a speech inside «با
// حضور ...» or «به ریاست ...» of a sentence that tells e's kind of event
// as held («X اظهار کرد: جلسه علنی شورا به ریاست Y و با حضور Z برگزار
// شد»): the speaker tells who was at the event, not of them.
func (a *analysis) r23cPresentInToldEvent(e *eventMention, p *personMention) bool {
	ts := a.toks
	if p.start >= len(ts) || !a.quotedTokens()[p.start] {
		return false
	}
	s := ts[p.start].sent
	if !a.sentenceNamesKind(s, e.typ) || a.tellsOfOtherTime(s) {
		return false
	}
	i0, i1 := a.sentRange(s)
	held := false
	for k := p.end; k+1 < i1; k++ {
		if ts[k].key == keyHeldWord && isBecomeVerb(ts, k+1) {
			held = true
			break
		}
	}
	if !held {
		return false
	}
	for k := p.start - 1; k > i0 && k >= p.start-maxPresenceGap; k-- {
		if ts[k].punct && ts[k].text != "،" {
			return false
		}
		if (ts[k].key == keyPresence && ts[k-1].key == keyWith) || (ts[k].key == keyHeadship && ts[k-1].key == keyTo) {
			return true
		}
	}
	return false
}

// r23cThanksFormer reports a sentence that thanks a former holder by his
// post («... معرفی و از تلاش‌های رئیس پیشین این اداره قدردانی شد»): the
// introduction is a farewell too, and the one replaced is bid it there,
// though moved to another post.
func (a *analysis) r23cThanksFormer(s int) bool {
	i0, i1 := a.sentRange(s)
	thanks := false
	for i := i0; i < i1; i++ {
		k := a.toks[i].key
		if thanksWords[k] {
			thanks = true
		}
		if formerWords[k] && i > i0 && roleWordsAt(a.toks, i-1) > 0 {
			return thanks || a.sentenceThanks(s)
		}
	}
	return false
}

// r23cSourcePost reports a post at k right after «به گفته»: «به گفته معاون
// الف، در حاشیه این آیین ... با حضور ... افتتاح شد» names the source of
// what the sentence tells, not one present at it, unless the sentence
// puts him there («... با حضور وی برگزار شد»).
func (a *analysis) r23cSourcePost(k int) bool {
	ts := a.toks
	if k < 2 || ts[k-1].key != keySaid || ts[k-2].key != keyTo || ts[k-1].sent != ts[k].sent {
		return false
	}
	i0, i1 := a.sentRange(ts[k].sent)
	for i := i0; i+1 < i1; i++ {
		if ts[i].key == keyPresence && pronouns[ts[i+1].key] {
			return false
		}
	}
	return true
}

// r23cSelfWords tell in the speaker's words that he does it himself:
// «خودم»، «شخصاً»، or the first person's «بر عهده دارم».
var r23cSelfWords = keySet("خودم", "شخصا", "دارم", "میکنم", "میدهم")

// maxSelfTutorGap bounds the tokens from «تدریس این کارگاه» to the word
// that tells the speaker teaches it.
const maxSelfTutorGap = 6

// r23cSelfTutor reports p as the speaker of a workshop's sentence who
// says he teaches it himself («X از برگزاری کارگاه الف خبر داد و گفت:
// تدریس این کارگاه را خودم بر عهده دارم»): the announcer who teaches
// takes part.
func (a *analysis) r23cSelfTutor(e *eventMention, p *personMention) bool {
	if e.typ != "workshop" || e.trigger < 0 || e.trigger >= len(a.toks) {
		return false
	}
	ts := a.toks
	i0, i1 := a.sentRange(e.sent)
	for k := i0; k+2 < i1; k++ {
		if !tutorCues[ts[k].key] || ts[k+1].key != keyThis || eventWordAt(ts, k+2) != e.typ {
			continue
		}
		self := false
		for j := k + 3; j < i1 && j <= k+3+maxSelfTutorGap; j++ {
			if r23cSelfWords[ts[j].key] || r16CFirstPerson[ts[j].key] {
				self = true
				break
			}
		}
		q := a.lastPersonBefore(k)
		if !self || q == nil || ts[q.start].sent != e.sent || !r20CSpeechBetween(ts, q.end, k) {
			return false
		}
		return samePerson(q, p)
	}
	return false
}
