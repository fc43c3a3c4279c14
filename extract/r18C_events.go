package extract

// r18CCeremonyInTrip returns the ceremony word of the sentence of a visit
// trigger k when that sentence introduces someone at the ceremony: «فرماندار
// الف‌آباد در سفر به روستای ب در آیینی X را به عنوان دهیار جدید معرفی کرد».
// The trip is the frame; what the sentence reports is the ceremony. It
// returns -1 when there is none.
func (a *analysis) r18CCeremonyInTrip(k int) int {
	ts := a.toks
	s := ts[k].sent
	for j := k + 1; j < len(ts) && ts[j].sent == s; j++ {
		if eventWordAt(ts, j) != "ceremony" {
			continue
		}
		for m := j + 1; m < len(ts) && ts[m].sent == s; m++ {
			if introWords[ts[m].key] || handoverWords[ts[m].key] {
				return j
			}
		}
		return -1
	}
	return -1
}

// r18CBackToEarlier returns the body event of found, told before e, that
// sentence s refers back to as it opens («در این آیین X و Y نیز حضور
// داشتند» after a workshop still to come was told): that event's kind, not
// e's. It returns nil when s opens with no such phrase.
func (a *analysis) r18CBackToEarlier(s int, e *eventMention, found []eventMention) *eventMention {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key != keyIn || !(ts[i+1].key == keyThis || sameDayWords[ts[i+1].key]) {
			continue
		}
		t := eventWordAt(ts, i+2)
		if t == "" || t == e.typ {
			return nil
		}
		for k := len(found) - 1; k >= 0; k-- {
			if found[k].typ == t && found[k].sent < e.sent && !a.bodyComing(&found[k]) {
				return &found[k]
			}
		}
		return nil
	}
	return nil
}
