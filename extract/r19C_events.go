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
