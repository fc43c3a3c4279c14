package extract

// noPartR24cAnnouncer: the one a sentence cites for an event still to come.
const noPartR24cAnnouncer = "cited («به گفته X») for an event still to come, not at it"

// r24cAnnouncerOfComing reports p cited by «به گفته» in the sentence of
// an event it tells as still to come («به گفته X، همایش الف هفته آینده
// برگزار می‌شود»): X announces the event, and is not said to attend it,
// unless the sentence names him there again («با حضور وی»، «با تدریس او»).
func (a *analysis) r24cAnnouncerOfComing(e *eventMention, p *personMention) bool {
	ts := a.toks
	i := p.start
	if i < 2 || ts[i].sent != e.sent || ts[i-2].key != keyTo || ts[i-1].key != keySaid || ts[i-2].sent != ts[i].sent {
		return false
	}
	_, i1 := a.sentRange(e.sent)
	for j := p.end; j < i1; j++ {
		if ts[j].key == keyHe || ts[j].key == keyR24cShe {
			return false // «... با حضور وی برگزار می‌شود»: he will be there
		}
	}
	return a.bodyComing(e)
}

var keyR24cShe = persianKey("او")
