package extract

// r15CSpeechVerbAfter returns the first verb of speech («گفت»، «افزود»)
// after token i in its sentence with no other person named between, or
// -1: «X فرماندار شهرستان الف گفت ...».
func (a *analysis) r15CSpeechVerbAfter(i int) int {
	ts := a.toks
	if i >= len(ts) {
		return -1
	}
	s := ts[i].sent
	_, i1 := a.sentRange(s)
	for j := i; j < i1; j++ {
		if speechVerbs[ts[j].key] {
			return j
		}
		if ts[j].text == ":" || a.personStartingAt(j) != nil {
			return -1
		}
	}
	return -1
}

// r15CSpeakerOfOtherTime reports p as the speaker of a sentence whose
// other time («... روز جمعه میزبان بازدید استاندار خواهد بود») is told
// only in his words after the verb of speech: he spoke at the event
// reported, the time to come is what he told of.
func (a *analysis) r15CSpeakerOfOtherTime(p *personMention) bool {
	v := a.r15CSpeechVerbAfter(p.end)
	if v < 0 {
		return false
	}
	i0, _ := a.sentRange(a.toks[p.start].sent)
	return !a.tellsOfOtherTimeIn(i0, v)
}

// r15CToldInSpeech reports a body event told after a verb of speech in
// its sentence («X گفت فرمانداری میزبان بازدید ... خواهد بود»).
func (a *analysis) r15CToldInSpeech(e *eventMention) bool {
	i0, _ := a.sentRange(e.sent)
	for j := i0; j < e.trigger; j++ {
		if speechVerbs[a.toks[j].key] {
			return true
		}
	}
	return false
}
