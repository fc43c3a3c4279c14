package extract

// r19COtherNewsBetween reports a sentence after e's own, up to and with s,
// that opens with «در خبری دیگر» (or «در خبر دیگری»): the report turns
// there to other news, and those it names from there on were not at e
// («... بازدید کرد. در خبری دیگر، X به سمت R منصوب شد.»). A sentence that
// names e's kind of event («در خبری دیگر، آیین معارفه ... برگزار شد»
// under a subheading of that ceremony) opens e's own report instead.
func (a *analysis) r19COtherNewsBetween(e *eventMention, s int) bool {
	for t := e.sent + 1; t <= s && t < len(a.sents); t++ {
		if a.r19COpensOtherNews(t) && !a.sentenceNamesKind(t, e.typ) {
			return true
		}
	}
	return false
}

// r19COpensOtherNews reports sentence s opening with «در خبری دیگر»،
// «در خبر دیگری».
func (a *analysis) r19COpensOtherNews(s int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	if i0+2 >= i1 || ts[i0].key != keyIn {
		return false
	}
	n, o := ts[i0+1].key, ts[i0+2].key
	return n == keyR19CNewsIndef && o == keyR19COther || n == keyNews && o == keyR19COtherIndef
}

var (
	keyR19CNewsIndef  = persianKey("خبری")
	keyR19COther      = persianKey("دیگر")
	keyR19COtherIndef = persianKey("دیگری")
)

// noPartOtherNews is the reason one named after «در خبری دیگر» takes no
// part in the event told before.
const noPartOtherNews = "named after the report turns to other news («در خبری دیگر»)"

// r19CSessionThenAppointed reports the handover word at i as «منصوب/انتصاب»
// in the title of a report whose lead tells a meeting e held («نشست شورای
// الف ... برگزار شد») and that names no farewell or introduction rite
// («تودیع»، «معارفه»، «تکریم») anywhere: the post given at the session
// («سرپرست اداره الف منصوب شد» over «در این نشست X به عنوان سرپرست ...
// معرفی شد») leaves it a meeting, as appointedAtMeeting does when the
// appointment is told only in the body.
func (a *analysis) r19CSessionThenAppointed(e *eventMention, i int) bool {
	ts := a.toks
	if e.typ != "meeting" || ts[i].sent != 0 || a.art.Title == "" || ts[i].key != keyAppointed && ts[i].key != keyAppointment {
		return false
	}
	if s := ts[e.trigger].sent; s == 0 || s >= a.leadSentences() {
		return false
	}
	held := false
	for j := e.trigger + 1; j < len(ts) && ts[j].sent == ts[e.trigger].sent; j++ {
		if completionVerbs[ts[j].key] {
			held = true
			break
		}
	}
	if !held || a.toldAsToCome(e.trigger) {
		return false
	}
	for j := range ts {
		if handoverWords[ts[j].key] && ts[j].key != keyAppointed && ts[j].key != keyAppointment {
			return false
		}
	}
	return true
}

// r19COnlyEntrusted reports a person named, in every mention outside e's
// own sentence, only as the one a post is handed to by decree («مسئولیت
// اداره الف با حکم مدیرکل به X سپرده شد»، «... به دکتر X سپرده شد»), in
// sentences that do not refer back to the event («در این جلسه ...»), nor
// is followed by one that does («وی نیز در این جلسه حضور داشت»): the
// report tells of the post given, not of X at the event.
func (a *analysis) r19COnlyEntrusted(e *eventMention, p *personMention) bool {
	ts := a.toks
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		s := ts[q.start].sent
		if s == e.sent || a.refersBackToEvent(s) || s+1 < len(a.sents) && a.refersBackToEvent(s+1) || q.end >= len(ts) || ts[q.end].key != keyR19CEntrusted {
			return false
		}
		if !(q.start > 0 && ts[q.start-1].key == keyTo || q.start > 1 && ts[q.start-2].key == keyTo && r19CHonorifics[ts[q.start-1].key]) {
			return false
		}
	}
	return true
}

var keyR19CEntrusted = persianKey("سپرده")

// r19CHonorifics are the honorifics that may stand between «به» and a
// name: «به دکتر X»، «به مهندس X».
var r19CHonorifics = keySet("دکتر", "مهندس", "آقای", "خانم", "سردار", "سرکار")

// noPartOnlyEntrusted is the reason one named only as the one a post is
// handed to takes no part in the event.
const noPartOnlyEntrusted = "named only as the one a post is handed to («مسئولیت ... به X سپرده شد»)"
