package extract

// r24cKeyPublicRelations is the key of «روابط», which opens «روابط عمومی».
var r24cKeyPublicRelations = persianKey("روابط")

// r24cInterviewAt reports a talk given to the press at k, before i1,
// that r20CInterviewAt does not read: the talk's word typed in three
// tokens («گفت و گو با خبرنگار») or a talk with a body's press office
// («گفت‌وگو با روابط عمومی ...»). Neither is a meeting of its own.
func (a *analysis) r24cInterviewAt(k, i1 int) bool {
	ts := a.toks
	j := k + 1
	switch {
	case k+3 < i1 && ts[k].key == keyR24cSay && ts[k+1].key == keyAnd && ts[k+2].key == keyR24cGo:
		j = k + 3
	case k+1 < i1 && r20CInterviewWords[ts[k].key]:
	default:
		return false
	}
	if j+1 >= i1 || ts[j].key != keyWith {
		return false
	}
	return ts[j+1].key == keyR20CReporter || ts[j+1].key == r24cKeyPublicRelations && j+2 < i1 && ts[j+2].key == keyR24cPublic
}

var (
	keyR24cSay    = persianKey("گفت")
	keyR24cGo     = persianKey("گو")
	keyR24cPublic = persianKey("عمومی")
)

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
