package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// eventMention is an event an article reports.
type eventMention struct {
	typ      string
	title    string
	trigger  int // token of the event word
	sent     int
	date     *persian.DateMatch
	dateText string
	dateRule string // the rule that dated it, for --explain
	rule     string // the rule that found it, for --explain
	// headline is set on a main event the title names after «/» and the
	// body reports later («الف منصوب شد/ افتتاح ب»): the body's events
	// are read from the lead on.
	headline bool
	// coming caches toCome (0 not known, 1 no, 2 yes); sources the
	// names of those who tell of it in a speech (announcesInSpeech).
	coming   int8
	sources  map[string]bool
	chairs   []*personMention
	speakers []*personMention
	place    string
	handover bool
	// listed events are items of a list («برنامه‌ها ... X، Y و Z»): their
	// participants are only the persons named in the item.
	listed     bool
	start, end int // the item's tokens, for a listed event
	// scope, when set, holds the only sentences whose persons take part;
	// exclude holds sentences whose persons belong to another event.
	scope, exclude map[int]bool
	// holders are the persons whose posts the event's sentence names
	// without their names («دیدار مدیرکل ... با استاندار»), found once
	// the article's posts are known.
	holders      []*personMention
	holdersFound bool
	// subject is the person a pronoun opening the event's sentence
	// stands for («وی همچنین در جلسه ... شرکت کرد»).
	subject *personMention
	// main is set on the article's main event, from its title or lead.
	main bool
	// r17CUntil, when set, is the token of its sentence from which on
	// the persons named belong to the next event it tells (r17CThenEvent).
	r17CUntil int
}

// Rules of participation, named for --explain.
const (
	partHolder     = "holds a post the event's sentence names"
	partSubject    = "the person «وی» opening the event's sentence stands for"
	partScope      = "named in the event's sentences"
	partArticle    = "named in the article of its main event"
	partItem       = "named in the listed item"
	partHandover   = "the holder a handover's sentence introduces or bids farewell"
	noPartHoly     = "one of the holy or the dead"
	noPartIssue    = "issuer of a decree"
	noPartCue      = "named as the one who ordered or proposed it, as a source, or in a byline"
	noPartQuote    = "named only in reported speech"
	noPartScope    = "named outside the event's sentences"
	noPartItem     = "named outside the listed item"
	noPartAside    = "named in an aside («گفتنی است ...») that does not name the event"
	noPartComing   = "named in a sentence of an event still to come, or held before"
	noPartOtherDay = "named in a sentence dated to another day than the event's, naming no event"
	noPartSource   = "named before, or outside the sentence of, a body's event still to come"
	partOfficer    = "the event's officer «X دبیری این نمایشگاه را بر عهده دارد»"
	partSigner     = "a signer «این تفاهم‌نامه را X و Y امضا کردیم»"
	partTutor      = "the tutor («با تدریس X»، «مدرس ... X»)"
	noPartSeparate = "named in a separate decree («در حکمی دیگر/جداگانه») told beside the event"
)

// separateWords after «حکم/حکمی/احکامی» make it another decree than the
// event's: «در حکمی دیگر»، «با حکم جداگانه»، «در احکامی جداگانه».
var (
	decreeWords   = keySet("حکم", "حکمی", "احکام", "احکامی")
	separateWords = keySet("دیگر", "دیگری", "جداگانه", "جداگانهای", "جداگانه‌ای")
)

// introducedBySeparateDecree reports a person first named in a sentence
// of a separate decree that names no event («در احکامی جداگانه، X سرپرست
// فرمانداری الف شد»): later words of his background («X که پیش از این
// ...») do not put him at the report's event either.
func (a *analysis) introducedBySeparateDecree(p *personMention) bool {
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(q, p) {
			continue
		}
		s := a.toks[q.start].sent
		return a.separateDecree(s) && !a.sentenceNamesAnyEvent(s)
	}
	return false
}

// sentenceNamesAnyEvent reports an event word in sentence s.
func (a *analysis) sentenceNamesAnyEvent(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if eventWordAt(a.toks, i) != "" {
			return true
		}
	}
	return false
}

// separateDecree reports a sentence that tells of a separate decree.
func (a *analysis) separateDecree(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i+1 < i1; i++ {
		if decreeWords[a.toks[i].key] && separateWords[a.toks[i+1].key] {
			return true
		}
	}
	return false
}

// tutorCues stand before a workshop's tutor: «با تدریس X»، «مدرس X».
var tutorCues = keySet("تدریس", "مدرس", "مدرسی")

// tutorAt reports p named right after a tutor's cue («با تدریس دکتر X»)
// or as the tutor of a sentence «X، ...، مدرس این کارگاه بود».
func (a *analysis) tutorAt(p *personMention) bool {
	ts := a.toks
	return p.start > 0 && tutorCues[ts[p.start-1].key] && ts[p.start-1].sent == ts[p.start].sent
}

// announcesInSpeech reports p as the speaker of a sentence whose speech
// tells of e's kind of event still to come («X ... گفت: این کارگاه ...
// برگزار خواهد شد»): the source of the news, not one at the event.
func (a *analysis) announcesInSpeech(e *eventMention, p *personMention) bool {
	if !a.toCome(e) {
		return false
	}
	if e.sources == nil {
		e.sources = map[string]bool{}
		for qi := range a.persons {
			if q := &a.persons[qi]; a.announcesAt(e, q) {
				e.sources[q.name] = true
			}
		}
	}
	for qi := range a.persons {
		if q := &a.persons[qi]; e.sources[q.name] && samePerson(q, p) {
			return true // «طالب‌لو افزود: ...» later is the same source
		}
	}
	return false
}

// toCome reports an event the report tells only as still to come: a body
// event told so (bodyComing), or a main event whose first sentence past
// the title that names its kind, outside speech, tells of it so
// («کارگاه ... از روز شنبه ... برگزار می‌شود»).
func (a *analysis) toCome(e *eventMention) bool {
	if e.coming == 0 {
		e.coming = 1
		if a.toComeUncached(e) {
			e.coming = 2
		}
	}
	return e.coming == 2
}

// toComeUncached computes toCome.
func (a *analysis) toComeUncached(e *eventMention) bool {
	if e.scope != nil {
		return a.bodyComing(e)
	}
	quoted := a.quotedTokens()
	for s := max(e.sent, 1); s < len(a.sents); s++ {
		i0, i1 := a.sentRange(s)
		for j := i0; j < i1; j++ {
			if !quoted[j] && eventWordAt(a.toks, j) == e.typ {
				return a.tellsOfComing(i0, i1)
			}
		}
	}
	return false
}

// announcesAt is announcesInSpeech for one mention p.
func (a *analysis) announcesAt(e *eventMention, p *personMention) bool {
	if !containsMention(e.speakers, p) {
		return false
	}
	s := a.toks[p.start].sent
	i0, i1 := a.sentRange(s)
	quoted := a.quotedTokens()
	named, coming := false, false
	for j := i0; j < i1; j++ {
		if !quoted[j] {
			continue
		}
		if t := eventWordAt(a.toks, j); t == e.typ {
			named = true
		}
		if named && isPlanVerb(a.toks, j, i1) {
			coming = true
		}
	}
	return named && coming
}

// attendWords stand before the pronoun of one who attends: «با حضور
// وی»، «به ریاست وی»، «به همراه وی».
var attendWords = keySet("حضور", "ریاست", "همراه")

// sourceAttends reports «با حضور/به ریاست وی» after e's event word in its
// sentence: the source of the news («به گفته X، جلسه ... با حضور وی
// تشکیل می‌شود») will be at the event too.
func (a *analysis) sourceAttends(e *eventMention) bool {
	_, i1 := a.sentRange(e.sent)
	for j := e.trigger + 1; j+1 < i1; j++ {
		if attendWords[a.toks[j].key] && (pronouns[a.toks[j+1].key] || r16CFirstPerson[a.toks[j+1].key] && a.quotedTokens()[j+1]) {
			return true // «X گفت: جلسه ... به ریاست اینجانب برگزار می‌شود»: the speaker
		}
	}
	return false
}

// sourceOf reports the person or post at token k, before e's event word,
// as the one who tells of e: named after «بنا بر اعلام»، «به گفته»، «به
// نقل از», or before the reported speech that tells of e («X افزود:
// کارگاه ... برگزار می‌شود»).
func (a *analysis) sourceOf(e *eventMention, k int) bool {
	quoted := a.quotedTokens()
	if quoted[e.trigger] && !quoted[k] {
		return true
	}
	if a.toks[k].sent == e.sent && a.announcesAfter(k, e.trigger) {
		return true
	}
	if k < 1 || a.toks[k-1].sent != e.sent {
		return false
	}
	c := a.toks[k-1].key
	return c == keyAnnouncement || c == keySaid || c == keyFrom && k > 1 && a.toks[k-2].key == keyQuote
}

// maxAnnouncerWords bounds the words from the one who announces an event
// to his verb.
const maxAnnouncerWords = 12

// announcesAfter reports a verb of announcing between the person at k
// and the event word at trigger, outside speech and with no punctuation
// but a comma: «X نیز در پایان اعلام کرد نخستین جلسه ... برگزار
// می‌شود»، «X از برگزاری ... خبر داد».
func (a *analysis) announcesAfter(k, trigger int) bool {
	ts := a.toks
	for j := k + 1; j+1 < trigger && j <= k+maxAnnouncerWords; j++ {
		if ts[j].punct && ts[j].text != "،" {
			return false
		}
		if ts[j].key == keyAnnouncement && (ts[j+1].key == keyDid || ts[j+1].key == keyDidPl) {
			return true
		}
		if ts[j].key == keyToldVerb {
			return true // «X گفت فرمانداری الف میزبان بازدید ... خواهد بود»
		}
	}
	return false
}

var keyToldVerb = persianKey("گفت")

// sourceCues stand before the one a report cites: «بنا بر اعلام X»، «به
// گفته X»، «به نقل از X».
var (
	keyAnnouncement = persianKey("اعلام")
	keyQuote        = persianKey("نقل")
)

// bodyComing reports a body event e (one with a scope of sentences) that
// its sentence tells as still to come: a present or future verb after its
// event word in its clause («... هفته آینده برگزار می‌شود»), or «قرار
// است» before it.
func (a *analysis) bodyComing(e *eventMention) bool {
	if e.scope == nil || e.listed {
		return false
	}
	i0, i1 := a.sentRange(e.sent)
	quoted := a.quotedTokens()
	inQuote := quoted[e.trigger]
	for j := e.trigger + 1; j < i1 && quoted[j] == inQuote && (inQuote || a.toks[j].text != ":"); j++ {
		// A speech told at the event («در جمع X گفت: ... می‌شود») is
		// not the event.
		if a.r18CPastClauseClosed(e.trigger, j) {
			break
		}
		if isPlanVerb(a.toks, j, i1) || r18CScheduledClause(a.toks, e.trigger, j, i1) {
			return true
		}
	}
	for j := i0; j < e.trigger; j++ {
		if schedulesAt(a.toks, j, e.trigger) {
			return true
		}
	}
	return false
}

// participation reports whether the person named at p takes part in e,
// and by which rule, or why not. The holy and the dead, the issuers of
// decrees and those named as ordering or proposing from afar, as a source
// or in a byline take part in none; a listed event has the persons of its
// item; others those of the sentences the event covers, the holders of
// the posts its sentence names, the person its opening «وی» stands for
// and the holders a handover's sentence introduces. A person named only
// inside reported speech («X افزود: ... Y همچنان سرپرست است») is talked
// about, not present, save the incoming and outgoing holders a handover
// ceremony's speaker names; so is one named only in an aside («گفتنی
// است ...») that does not name the event, or in a sentence that tells of
// an event of another time («جلسه بعدی ...»، «هفته گذشته ... داده بود»).
// The agent of a passive event («از سوی X مورد بازدید قرار گرفت») is
// there, though «از سوی» elsewhere tells of one acting from afar.
func (a *analysis) participation(e *eventMention, p *personMention) (bool, string) {
	switch {
	case isReligiousFigure(p) || p.start > 0 && deadWords[a.toks[p.start-1].key]:
		return false, noPartHoly
	case e.typ == "statement" && a.r26dHasSigner():
		return a.r26dSignerOf(p)
	case e.r17CUntil > 0 && p.start >= e.r17CUntil && a.toks[p.start].sent == e.sent:
		return false, noPartThen
	case e.rule == ruleAlsoEvent && p.start < e.trigger && a.toks[p.start].sent == e.sent:
		return false, noPartAlsoBefore
	case p.start > 0 && a.toks[p.start-1].key == keyDecree && e.holdsNamedPost(a, p):
		// «با حکم X، رئیس دانشگاه ...» and «رئیس دانشگاه در این آیین
		// گفت»: the issuer, named by his post at the event, was there.
		return true, partHolder
	case p.start > 0 && a.toks[p.start-1].key == keyDecree && asTitleAt(a.toks, p.end) <= p.end && !a.decreeOfAppointee(p) && !a.r20CAfterLineBreak(p.start):
		// «با حکم X» issued it; «حکم X به عنوان R ... ابلاغ شد» is the
		// decree of X, the appointee.
		return false, noPartIssue
	case (a.absentCueBefore(p) || a.r20CCollaboratorOf(p)) && !a.agentOfPassive(e, p):
		return false, noPartCue
	case e.listed && (p.start < e.start || p.end > e.end):
		return false, noPartItem
	case e.listed:
		return true, partItem
	case a.r24cAnnouncerOfComing(e, p):
		return false, noPartR24cAnnouncer
	case e.holdsNamedPost(a, p) && !a.r20CHolderToldElsewhere(e, p):
		return true, partHolder
	case e.subject != nil && samePerson(e.subject, p) && !(a.bodyComing(e) && a.quotedTokens()[e.trigger]):
		// «وی افزود: کارگاه ... برگزار می‌شود»: the speaker tells of it.
		return true, partSubject
	case a.introducedAt(e, p):
		return true, partHandover
	case a.r24aGroupPronounOf(e, p):
		return true, r24aPartGroup
	case a.tutorAt(p) && a.tutorOf(e, p):
		// «با تدریس X»، «مدرس این کارگاه X»: the tutor, told in a
		// speech too, teaches at it.
		return true, partTutor
	case a.r20CTutorByPronoun(e, p) || a.r20CTutorClause(e, p) || a.r23cSelfTutor(e, p):
		// «با تدریس وی»، «با تدریس اینجانب»: the one the pronoun stands for.
		return true, partTutor
	case a.introducedBySeparateDecree(p) && !a.sentenceNamesKind(a.toks[p.start].sent, e.typ):
		// «همچنین در حکمی دیگر از سوی وزیر، X به عنوان R منصوب شد»: an
		// appointment told beside the event, not at it.
		return false, noPartSeparate
	case a.officerOfThis(e, p):
		// «... خبر داد و گفت: X دبیری این نمایشگاه را بر عهده دارد»:
		// the event's secretary the speaker names runs it.
		return true, partOfficer
	case a.quotedTokens()[p.start] && a.signerOfThis(e, p):
		// «... گفت: تفاهم‌نامه الف به امضا رسید. این تفاهم‌نامه را X و
		// Y امضا کردیم»: the signers the speaker names signed it.
		return true, partSigner
	case a.quotedTokens()[p.start] && e.main && a.changesPost(p) && a.refersBackToEvent(a.toks[p.start].sent):
		// «وی افزود: در حاشیه این آیین، X به عنوان رئیس جدید معرفی و از
		// تلاش‌های Y تقدیر شد»: the speaker tells of a handover made at
		// the event; both holders were there.
		return true, partHandover
	case a.r23cPresentInToldEvent(e, p):
		// «X اظهار کرد: جلسه ... به ریاست Y و با حضور Z برگزار شد»: the
		// speaker tells who was there.
		return true, partScope
	case a.quotedTokens()[p.start] && !(e.handover && e.typ == "ceremony" && a.changesPost(p)):
		return false, noPartQuote
	case a.announcesInSpeech(e, p):
		return false, noPartSource
	}
	s := a.toks[p.start].sent
	if e.rule == ruleAnnounced && s == e.sent && p.end <= e.trigger {
		// «X از برگزاری نمایشگاه الف ... خبر داد»: who tells of it.
		return false, noPartSource
	}
	if e.sent > 0 && a.bodyComing(e) && (s != e.sent || p.end <= e.trigger && a.sourceOf(e, p.start) && !a.sourceAttends(e)) {
		// «X افزود: مانور ... هفته آینده برگزار می‌شود»، «بنا بر اعلام
		// X، کارگاه ... برگزار می‌شود»: who tells of an event still to
		// come is its source; those of other sentences were at others.
		return false, noPartSource
	}
	if s != e.sent && !e.listed {
		if a.isAside(s) && !a.sentenceNamesKind(s, e.typ) {
			return false, noPartAside
		}
		if a.r20CToReporter(s) && !a.refersBackToEvent(s) {
			return false, noPartR20CReporter
		}
		if a.r26dGoesOnToReporter(s, p) {
			return false, noPartR20CReporter
		}
		if a.tellsOfOtherTime(s) && !a.r15CSpeakerOfOtherTime(p) && !a.r26dSaidOpening(p) && (!a.tellsOfOtherTime(e.sent) || !a.sentenceNamesEvent(s, e)) && !a.leadTellsTitleEvent(s, e) {
			return false, noPartComing
		}
		if a.issuesDecrees(s) && !a.namesEventOutsideOutlet(s) && !a.quotedTokens()[p.start] {
			// «استاندار طی احکامی که چهارشنبه صادر شد، علاوه بر الف، X را
			// به سمت ... منصوب کرد»: decrees issued apart from the event.
			return false, noPartSeparate
		}
		if (a.datedOtherDay(s, e) || a.r18CFromTodayAfter(s, e)) && !a.quotedTokens()[p.start] {
			// «با حکم شهردار، X روز سه‌شنبه سوم آذر به عنوان سرپرست ...
			// منصوب شد» after an opening on the fifth: done on another
			// day, not at the event.
			return false, noPartOtherDay
		}
	}
	if e.typ != "ceremony" && e.typ != "meeting" && a.thankedFor(p) && !a.sentenceNamesAnyEvent(s) && !(e.main && a.r17CAtThisProgramme(s)) && !(a.changesPost(p) && a.sentenceHasAny(s, introWords)) {
		// «... با قدردانی از پیگیری‌های X»: one thanked for his work is
		// told of, not said to be at a visit, opening or exhibition; at
		// a ceremony or a session that hands a post over, or thanked
		// «در این مراسم», he is bid farewell; so is the one replaced
		// when a visitor introduces his successor («X را به عنوان سرپرست
		// معرفی کرد و از خدمات Y تقدیر کرد»).
		return false, noPartThanked
	}
	if (e.typ != "ceremony" || !a.sentenceHasAny(e.sent, farewellWords) && !a.r23cThanksFormer(e.sent) || a.replacedInOtherPost(e, p)) && (a.onlyReplaced(p) || e.typ != "ceremony" && a.r15COnlyReplaced(p)) && !a.sentenceThanks(s) {
		// At a farewell («تودیع»، «تکریم») the one replaced is bid
		// farewell; at an introduction alone he is only told of.
		return false, noPartReplaced
	}
	if e.typ != "ceremony" && !e.handover && a.r15CAppointedInIndirectSpeech(p) && !a.sentenceThanks(s) {
		// «X در ادامه اعلام کرد با حکم وی، Y به عنوان R منصوب شده است»
		// in a meeting's report: Y is told of.
		return false, noPartReplaced
	}
	if a.r20CReplacedAtSession(e, p) {
		return false, noPartReplaced
	}
	if s != e.sent && (a.r17CNewsOfAppointment(p) || a.r20CNewsOfAppointmentBeside(p)) && !a.refersBackToEvent(s) {
		return false, noPartNews
	}
	if s > e.sent && a.r19COtherNewsBetween(e, s) {
		return false, noPartOtherNews
	}
	if s != e.sent && a.r19COnlyEntrusted(e, p) {
		return false, noPartOnlyEntrusted
	}
	if e.scope != nil {
		if e.scope[s] && !e.exclude[s] && a.r17CReplacedBefore(e, p, s) {
			return false, noPartPast
		}
		if e.scope[s] && !e.exclude[s] {
			return true, partScope
		}
		return false, noPartScope
	}
	if e.exclude[s] {
		return false, noPartScope
	}
	if s != e.sent && a.afterEventEnded(a.firstSentenceOf(p), e) {
		// «پس از پایان مجمع، مسئولیت کمیته الف به X سپرده شد. X داور
		// ... است.»: one brought in after the event was over.
		return false, noPartAfter
	}
	if s != e.sent && a.toldOfBefore(s) && !a.sentenceThanks(s) && !a.thankedAnywhere(p) {
		// «X که ریاست شورا را بر عهده داشت، هفته گذشته از این سمت
		// کناره‌گیری کرده بود»: told of before the report's day.
		return false, noPartPast
	}
	return true, partArticle
}

// noPartPast is the reason one named only as told of before takes no
// part in the main event.
const noPartPast = "named in a sentence of what was done before, naming no event and no speech"

// toldOfBefore reports a sentence, outside reported speech, that tells
// of a time before the report's («هفته گذشته»، «کرده بود») and names no
// event and no speech.
func (a *analysis) toldOfBefore(s int) bool {
	i0, i1 := a.sentRange(s)
	quoted := a.quotedTokens()
	ts := a.toks
	before := false
	for i := i0; i < i1 && !quoted[i]; i++ {
		if eventWordAt(ts, i) != "" || isSpeechVerb(ts[i].key) {
			return false
		}
		switch k := ts[i].key; {
		case (k == keyWas || k == keyWere) && i > i0 && strings.HasSuffix(ts[i-1].key, "ه") && lightVerbs.has(ts[i-1].key):
			before = true // «کرده بود»، «شده بودند»
		case k == keyIs && i > i0 && strings.HasSuffix(ts[i-1].key, "ه") && lightVerbs.has(ts[i-1].key) && a.sinceCueIn(i0, i):
			before = true // «از ابتدای دی ماه ۵۰۰ پرونده را رسیدگی کرده است»
		case k == keyPast && i > i0 && longAgoWords[ts[i-1].key] && !(i-2 >= i0 && (ts[i-2].digit || numberWords[ts[i-2].key])):
			before = true // «هفته گذشته», not «در شش ماه گذشته»
		}
	}
	return before
}

// thankedAnywhere reports p thanked for his work in some mention of the
// article, in speech too («از زحمات X ... قدردانی می‌کنیم»).
func (a *analysis) thankedAnywhere(p *personMention) bool {
	for qi := range a.persons {
		if q := &a.persons[qi]; samePerson(q, p) && a.thankedFor(q) {
			return true
		}
	}
	return false
}

// noPartThanked is the reason one named as thanked takes no part.
const noPartThanked = "named only as one thanked for his work («از تلاش‌های X»)"

// worksWords name the work one is thanked for: «از تلاش‌های/زحمات/خدمات/
// پیگیری‌های X».
var worksWords = keySet("تلاشهای", "تلاش", "زحمات", "خدمات", "پیگیریهای", "پیگیری", "زحمت")

// thankedFor reports p named right after «از» and a word of his work,
// titles aside: «از تلاش‌های خانم X»، «با قدردانی از پیگیری‌های X».
func (a *analysis) thankedFor(p *personMention) bool {
	ts := a.toks
	i := p.start
	return i >= 2 && worksWords[ts[i-1].key] && ts[i-2].key == keyFrom ||
		i >= 3 && worksWords[ts[i-2].key] && ts[i-3].key == keyFrom && ts[i-1].key == persianKey("خانم")
}

// noPartReplaced is the reason a replaced holder takes no part.
const noPartReplaced = "named only as the one a new holder replaces"

// sentenceThanks reports a sentence that thanks someone («... و در مجمع
// از زحمات او تقدیر شد»): the one replaced it names is thanked at the
// event, so takes part.
func (a *analysis) sentenceThanks(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if thanksWords[a.toks[i].key] {
			return true
		}
	}
	return false
}

// onlyReplaced reports a person every mention of whom is as the one a new
// holder replaces («پیرزاده جایگزین X می‌شود که دوره او به پایان رسیده
// بود»): told of, not said to be at a meeting or visit. At a ceremony the
// one replaced is bid farewell.
func (a *analysis) onlyReplaced(p *personMention) bool {
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		if q.start == 0 || !isReplaceAt(a.toks, q.start-1) && !r17CTakesPlaceOf(a.toks, q) { // «جایگزین X»، «جانشین X شد»، «جای X را می‌گیرد»
			return false
		}
	}
	return true
}

// asideOpeners open a sentence that adds background to a report:
// «گفتنی است»، «شایان ذکر است»، «یادآور می‌شود»، «لازم به ذکر است».
var asideOpeners = keySet("گفتنی", "شایان", "یادآور", "یادآوری", "ناگفته")

var (
	keyMention = persianKey("ذکر")
	keyNeeded  = persianKey("لازم")
	keyWorthy  = persianKey("قابل")
)

// isAside reports a sentence that opens as an aside.
func (a *analysis) isAside(s int) bool {
	i0, i1 := a.sentRange(s)
	if i0 >= i1 {
		return false
	}
	k := a.toks[i0].key
	if asideOpeners[k] {
		return true
	}
	return (k == keyNeeded || k == keyWorthy) && i0+2 < i1 && a.toks[i0+2].key == keyMention
}

// sentenceNamesKind reports whether sentence s names an event of type
// typ, or a «مراسم/آیین» that may be it.
func (a *analysis) sentenceNamesKind(s int, typ string) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if t := eventWordAt(a.toks, i); t != "" && (t == typ || t == "ceremony" || complementType(a.toks, i, t) == typ) {
			return true
		}
	}
	return false
}

// tellsOfOtherTime reports a sentence that tells of an event of another
// time than the report's: one still to come («جلسه بعدی ... با حضور X
// برگزار خواهد شد»، «از برگزاری یادواره ... در هفته آینده خبر داد») or
// one held before («هفته گذشته تشکیل جلسه داده بود»). An event word after
// «این/همین» is the report's own event, and reported speech is not read:
// a speaker at a held event tells of plans.
func (a *analysis) tellsOfOtherTime(s int) bool {
	i0, i1 := a.sentRange(s)
	return a.tellsOfOtherTimeIn(i0, i1)
}

// tellsOfOtherTimeIn is tellsOfOtherTime for the tokens i0..i1 of a
// sentence.
func (a *analysis) tellsOfOtherTimeIn(i0, i1 int) bool {
	quoted := a.quotedTokens()
	for k := i0; k < i1; k++ {
		if quoted[k] {
			i1 = k
			break
		}
	}
	ts := a.toks
	event, other := false, a.tellsOfComing(i0, i1)
	for i := i0; i < i1; i++ {
		if eventWordAt(ts, i) != "" && !a.targetedPlan(i) && !r24dTermsOfDocument(ts, i0, i) {
			if i > i0 && isDeterminer(ts[i-1].key) {
				return false
			}
			event = true
		}
		switch k := ts[i].key; {
		case comingWords[k]:
			other = true
		case (k == keyWas || k == keyWere) && i > i0 && strings.HasSuffix(ts[i-1].key, "ه") && lightVerbs.has(ts[i-1].key):
			other = true // «داده بود»، «شده بودند»
		case k == keyPast && i > i0 && longAgoWords[ts[i-1].key]:
			other = true // «هفته گذشته»، «سال گذشته»
		}
	}
	return event && other
}

// comingWords tell of a time to come; longAgoWords before «گذشته» of a
// time before the report's day.
var (
	comingWords  = keySet("آینده", "آتی", "بعدی", "فردا")
	longAgoWords = keySet("هفته", "ماه", "سال")
	keyWere      = persianKey("بودند")
)

// minListedEvents is how many items a sentence must list, each opening
// with an event word, to be read as a list of events.
const minListedEvents = 3

// eventWordAt returns the event type of the word at token i, or "". An
// event word takes the endings ای and ی (جلسه‌ای، اردوی).
func eventWordAt(ts []token, i int) string {
	if i >= len(ts) || ts[i].punct {
		return ""
	}
	if n, typ := eventWords.at(ts, i); n > 0 {
		if r17CPostField(ts, i) {
			return "" // «معاون بهره‌برداری شبکه» is a post
		}
		if n == 1 && ts[i].key == keyWorkshop && isSite(ts, i) {
			return "" // «کارگاه ساخت ...» is a building site
		}
		if n == 1 && ts[i].key == keySeeing && !(i+1 < len(ts) && (isLightVerb(ts[i+1].key) || r24dSpacedPresent(ts, i+1, len(ts)))) {
			return "" // «از کارخانه دیدن کرد» visits it; «دیدن» alone is seeing
		}
		if n == 1 && ts[i].key == keyClass && (i+1 < len(ts) && ts[i+1].key == keyLesson || i > 0 && (ts[i-1].digit || numberWords[ts[i-1].key])) {
			return "" // «۴۰۰ کلاس درس» are classrooms
		}
		if n == 1 && ts[i].key == keyDistribution && i+1 < len(ts) && utilityWords[ts[i+1].key] {
			return "" // «توزیع برق کردستان» is a distribution company
		}
		if r26dPostStartsWork(ts, i, n) {
			return "" // «آغاز به کار رئیس جدید اداره الف» is a person taking up a post
		}
		return typ
	}
	if stem := indefiniteStem(ts[i].key); stem != "" && !r16CAdjectivalStem(ts, i, stem) {
		return eventWords.vals[stem]
	}
	return ""
}

var keyWorkshop = persianKey("کارگاه")

var (
	keySeeing = persianKey("دیدن")
	keyClass  = persianKey("کلاس")
	keyLesson = persianKey("درس")
)

// utilityWords after «توزیع» name a distribution company («شرکت توزیع
// نیروی برق»، «توزیع برق الف»، «توزیع گاز»), not a handing out.
var (
	keyDistribution = persianKey("توزیع")
	utilityWords    = keySet("برق", "نیروی", "گاز", "آب")
)

// siteWords are the complements of a «کارگاه» that is a building or
// production site, not a class: «کارگاه ساخت»، «کارگاه پروژه».
var siteWords = keySet("ساخت", "احداث", "ساختمانی", "ساختمان", "عمرانی", "پروژه", "طرح", "تولید", "تولیدی", "صنعتی",
	"تعمیر", "تعمیرات", "بتن", "مرکزی", "اجرایی", "اجرای", "پل", "سد", "تونل")

// isSite reports a «کارگاه» at i that is a site: a site word after it,
// or a visit its sentence tells of («از کارگاه ... بازدید کرد»، «کارگاه
// ... مورد بازدید قرار گرفت»), since a class is attended, not visited.
func isSite(ts []token, i int) bool {
	if i+1 < len(ts) && siteWords[ts[i+1].key] {
		return true
	}
	for j := i - 1; j >= 0 && ts[j].sent == ts[i].sent; j-- {
		if ts[j].key == keyVisit {
			return true
		}
	}
	for j := i + 1; j < len(ts) && ts[j].sent == ts[i].sent; j++ {
		if ts[j].key == keyVisit {
			return true
		}
	}
	return false
}

var keyVisit = persianKey("بازدید")

// indefiniteStem returns an event word's key without the ending of an
// indefinite noun (نشستی، جلسه‌ای، اردوی), or "" when key is no such
// form.
func indefiniteStem(key string) string {
	if adjectivesOfEvents[key] {
		return ""
	}
	for _, suf := range []string{"ای", "ی"} {
		if stem := strings.TrimSuffix(key, suf); stem != key && eventWords.has(stem) {
			return stem
		}
	}
	return ""
}

// adjectivesOfEvents are the adjectives an event word's «ی» makes, not
// an indefinite event: «رفاه اجتماعی»، «دستگاه‌های نظارتی»، «شبکه
// توزیعی»، «سواد دیداری»، «آمار تجمعی».
var adjectivesOfEvents = keySet("اجتماعی", "نظارتی", "توزیعی", "دیداری", "تجمعی")

// eventWordLen returns how many tokens the event word at i spans.
func eventWordLen(ts []token, i int) int {
	if n, _ := eventWords.at(ts, i); n > 0 {
		return n
	}
	return 1
}

// findEvents finds the article's main event: the first event word of its
// title, or else of its lead sentence. A title that reports an achievement
// with no event word gives no event.
func (a *analysis) findEvents() {
	ts := a.toks
	if len(ts) == 0 {
		return
	}
	limit := a.leadSentences()
	trigger := -1
	typ := ""
	hosted := -1                    // «الف میزبان مسابقات ب شد» in the title, the lead telling another event
	dateline := make([]bool, limit) // a dateline's «بازدید: ۴۵» counts views
	for s := range dateline {
		dateline[s] = s < len(a.sents) && a.inDatelineLine(s)
	}
	for i := 0; i < len(ts) && ts[i].sent < limit; i++ {
		if a.orgCover[i] && !headNouns.has(ts[i].key) || dateline[ts[i].sent] {
			continue
		}
		if t := eventWordAt(ts, i); t != "" {
			if a.targetedPlan(i) {
				a.rejectEventWord(i, t, "a target («تا پایان سال ... می‌رسد»), not an event")
				continue
			}
			if _, e := a.sentRange(ts[i].sent); a.r20CInterviewAt(i, e) || a.r24dInterviewAt(i, e) {
				a.rejectEventWord(i, t, "a talk given to the press («در گفت‌وگو با خبرنگار الف»), not an event")
				continue
			}
			if inDatelineHead(ts, i) {
				a.rejectEventWord(i, t, "the name before a dateline's dash («پیام الف‌آباد - ...»), not an event")
				continue
			}
			if a.demandOpening(i) {
				a.rejectEventWord(i, t, "a demand («توزیع الف باید ...»), not an event")
				continue
			}
			if a.r23dHandingOut(i, t) {
				a.rejectEventWord(i, t, "a handing out («توزیع X بین Y»), work done, not an event")
				continue
			}
			if outletNamed(ts, 0, i) {
				a.rejectEventWord(i, t, "an outlet's name («خبرنگار پیام الف:»), not an event")
				continue
			}
			if a.r16CHostedInTitle(i, t, limit) {
				a.rejectEventWord(i, t, "hosted, told in the title; the lead tells another event held")
				hosted = i
				continue
			}
			trigger, typ = i, t
			// «تودیع و معارفه» and «مراسم» are one ceremony; a handover
			// word later in the title decides the kind.
			break
		}
	}
	rule := "event word in the title"
	if trigger >= 0 && ts[trigger].sent > 0 || a.art.Title == "" {
		rule = "event word in the lead"
	}
	headline := false
	if trigger >= 0 && ts[trigger].sent == 0 && a.art.Title != "" && a.secondHeadline(trigger) {
		if k, t := a.titleEventInBody(limit, complementType(ts, trigger, typ)); k >= 0 {
			trigger, typ, headline = k, t, true
			rule = "second headline of the title («/»), told in the body"
		}
	}
	if trigger < 0 {
		trigger, typ = a.bodyEventReport(limit)
		rule = "sentence opening with an event word it says was held"
	}
	defer a.findListedEvents()
	if trigger < 0 {
		return
	}
	// «افتتاح نمایشگاه ...»: what opens is an exhibition; «مراسم
	// بهره‌برداری» is an opening.
	typ = complementType(ts, trigger, typ)
	if typ == "visit" {
		if j := a.r18CCeremonyInTrip(trigger); j >= 0 {
			trigger, typ = j, "ceremony"
		} else if a.r20CIntroducedOnTrip(trigger) {
			typ = "ceremony"
		}
	}
	if (typ == "meeting" || typ == "ceremony") && gatheringWords[ts[trigger].key] && a.boothInLead(limit) {
		// «حضور سازمان الف در اجلاس ب»، «غرفه سازمان الف ... مورد توجه
		// قرار گرفت»: a body's booth at a gathering is an exhibition.
		typ = "exhibition"
	}
	e := eventMention{typ: typ, trigger: trigger, sent: ts[trigger].sent, rule: rule, headline: headline}
	e.title = a.eventTitle(trigger)
	for i := 0; i < len(ts) && eventKind(ts, trigger, e.typ) != "meeting/signing"; i++ {
		// A signing («تفاهم‌نامه ... به امضا رسید») stays one, in a
		// report of an appointment too.
		if handoverWords[ts[i].key] && !postedBefore(ts, i) {
			if (e.typ == "meeting" || e.typ == "other") && a.toldAsToCome(i) {
				continue // «آیین معارفه وی ... اعلام خواهد شد»: a ceremony still to come
			}
			e.handover = true
			if (e.typ == "meeting" || e.typ == "other") && !a.appointedAtMeeting(&e, i) && !a.heldThenIntroduced(&e, i) && !a.r19CSessionThenAppointed(&e, i) && !a.r23dIntroducedAtSession(&e, i) {
				e.typ = "ceremony"
			}
			break
		}
	}
	if e.sent >= limit {
		// Told only in the body, after a title and lead about something
		// else (a decree), the event has the persons of its sentence and
		// of those after it.
		e.scope = map[int]bool{}
		for s := e.sent; s < len(a.sents); s++ {
			e.scope[s] = true
		}
	}
	a.dateEvent(&e)
	e.main = true
	if e.date == nil && !a.published.IsZero() && a.heldOnPublished(&e) {
		// «در آیین تودیع و معارفه ... که با حضور X برگزار شد، ...» told
		// on no day: the report's day.
		e.setDate(dayMatch(a.published, ""), dateRulePublished)
	}
	a.partsOfEvent(&e)
	second, ok := a.secondTitleEvent(&e)
	a.events = append(a.events, e)
	if ok {
		a.events = append(a.events, second)
	} else if hosted >= 0 {
		if h, ok := a.r16CHostedEvent(hosted, limit); ok {
			a.events = append(a.events, h)
		}
	}
}

// secondHeadline reports an event word of the title at k after a «/» or
// «؛» that joins two headlines («اعضای هیئت‌مدیره الف منصوب شدند/
// بهره‌برداری از پست ب»، «مدیرکل الف معرفی شد؛ بازدید از طرح ب»): the
// lead tells the first, and the event is reported later.
func (a *analysis) secondHeadline(k int) bool {
	i0, _ := a.sentRange(0)
	headline := !isLead(a.art.Title) && !endsSentence(a.art.Title) // a printed title, not a lead's first sentence
	for j := i0; j < k; j++ {
		if a.toks[j].text == "/" || a.toks[j].text == "؛" && headline {
			return true
		}
	}
	return false
}

// titleEventInBody returns the event word and type of the first body
// sentence, from sentence from on, that reports an event of type typ as
// held, else -1.
func (a *analysis) titleEventInBody(from int, typ string) (int, string) {
	for s := from; s < len(a.sents); s++ {
		i0, i1 := a.sentRange(s)
		k, t, _ := a.bodyEventTrigger(i0, i1)
		if k < 0 || a.tellsOfComing(i0, i1) {
			continue
		}
		if t = complementType(a.toks, k, t); t == typ {
			return k, t
		}
	}
	return -1, ""
}

// postedBefore reports «منصوب شده است/بود» at i: a post taken before,
// told as background («X جایگزین Y شد که به عنوان مشاور ... منصوب شده
// است»), not a handover at the event.
func postedBefore(ts []token, i int) bool {
	return ts[i].key == keyPosted && i+1 < len(ts) && ts[i+1].key == keyBecame3
}

var keyPosted = persianKey("منصوب")

// demandOpening reports an event word opening its sentence that «باید»
// follows: «توزیع آرد نانوایی‌ها باید سامانه‌ای باشد»، «نظارت بر بازار
// باید تشدید شود» say what must be done, not an event held.
func (a *analysis) demandOpening(k int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(ts[k].sent)
	if k > i0+1 {
		return false
	}
	quoted := a.quotedTokens()
	for j := k + eventWordLen(ts, k); j < i1 && !quoted[j]; j++ {
		if eventWordAt(ts, j) != "" {
			return false
		}
		if ts[j].key == keyMust {
			return true
		}
	}
	return false
}

var keyMust = persianKey("باید")

// targetedPlan reports an event word at k that a present or future verb
// follows, in a sentence that sets a deadline before it («بیمارستان الف
// تا پایان سال به بهره‌برداری می‌رسد») and names no day: a target the
// report sets, not an event held or scheduled.
func (a *analysis) targetedPlan(k int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(ts[k].sent)
	if !isPlanVerb(ts, k+eventWordLen(ts, k), i1) || a.dayIn(ts[k].sent) != nil || a.namesRelativeDay(i0, i1) {
		return false
	}
	for j := i0; j < k; j++ {
		if ts[j].key == keyUntil {
			return true
		}
	}
	return false
}

var keyUntil = persianKey("تا")

// minTitleBefore is how many words before its event noun a title takes
// before it may stop at a comma.
const minTitleBefore = 4

// leadSentences is how many first sentences hold the article's title and
// lead: the first sentence, or the title line's and the next; a dateline
// between or before them («کد خبر: ۱۲۳ | تاریخ انتشار: ...») is passed
// over, so that the lead after it still tells the main event.
func (a *analysis) leadSentences() int {
	if a.lead == 0 {
		a.lead = a.findLead()
	}
	return a.lead
}

// findLead computes leadSentences.
func (a *analysis) findLead() int {
	s := 0
	if a.art.Title != "" && len(a.art.Lines) > 1 && a.art.Lines[0] == a.art.Title {
		s = 1
	}
	for s < len(a.sents) && s < maxDatelineLines && a.inDatelineLine(s) {
		s++
	}
	// A summary printed in the head, before the dateline and the agency's
	// «به گزارش X،», belongs to the head: the report starts with that
	// lead. With no dateline between, the sentence after the title is
	// the lead itself.
	dateline := false
	for k := s + 1; k < len(a.sents) && k <= s+maxHeadSummary+1; k++ {
		if dateline && isLead(a.sents[k].Text) {
			return k + 1
		}
		if a.inDatelineLine(k) {
			dateline = true
		} else if a.lineOf(k) > maxDatelineLines {
			break
		}
	}
	return s + 1
}

// maxHeadSummary is how many sentences of summary a page may print
// between its title and its «به گزارش» lead, datelines aside.
const maxHeadSummary = 2

// inDatelineLine reports whether sentence s lies in one of the article's
// first lines that is an agency's dateline or names its desk.
func (a *analysis) inDatelineLine(s int) bool {
	start, off := a.sents[s].Start, 0
	for n, l := range a.art.Lines {
		if n >= maxDatelineLines {
			return false
		}
		end := off + utf8.RuneCountInString(l)
		if start < end+1 {
			return isDatelineLine(l) || isServiceLine(l)
		}
		off = end + 1
	}
	return false
}

// lineOf returns the index of the article's line that sentence s starts
// in.
func (a *analysis) lineOf(s int) int {
	start, off := a.sents[s].Start, 0
	for n, l := range a.art.Lines {
		end := off + utf8.RuneCountInString(l)
		if start < end+1 {
			return n
		}
		off = end + 1
	}
	return len(a.art.Lines) - 1
}

// secondTitleEvent reads a second event of another kind that the title
// joins to the main one with «و»: «افتتاح نمایشگاه ... و برگزاری کارگاه
// آموزشی ...». Its persons are those of the body's sentences that name its
// event word; the main event leaves them out unless they are named in its
// own sentences too.
func (a *analysis) secondTitleEvent(main *eventMention) (eventMention, bool) {
	ts := a.toks
	if main.sent != 0 || a.art.Title == "" {
		return eventMention{}, false
	}
	_, i1 := a.sentRange(0)
	for i := main.trigger + eventWordLen(ts, main.trigger); i < i1; i++ {
		if ts[i].key != keyAnd {
			continue
		}
		k := i + 1
		if k < i1 && stopWords.has(ts[k].key) && eventWordAt(ts, k) == "" {
			k++ // «و برگزاری کارگاه»
		}
		typ := eventWordAt(ts, k)
		if typ == "" || typ == main.typ || typ == "opening" {
			continue
		}
		word := ts[k].key
		e := eventMention{typ: typ, trigger: k, sent: 0, scope: map[int]bool{}, rule: "second event of the title, after «و»"}
		for j := i1; j < len(ts); j++ {
			if j >= 2 && ts[j-1].key == keyMargin && ts[j-2].key == keyIn {
				continue // «در حاشیه همایش، کتابخانه الف گشایش یافت» tells the main event
			}
			if ts[j].key == word && eventWordAt(ts, j) == typ && !e.scope[ts[j].sent] {
				if len(e.scope) == 0 {
					e.trigger, e.sent = j, ts[j].sent
				}
				e.scope[ts[j].sent] = true
			}
		}
		if len(e.scope) == 0 {
			return eventMention{}, false
		}
		for s := e.sent + 1; s < len(a.sents); s++ {
			// «... در این همایش سخن گفتند. احمدوندی گفت: ...»: the next
			// sentence goes on with the second event when it opens with one
			// of its persons or «وی», naming no event of its own.
			if e.scope[s] || !e.scope[s-1] || a.sentenceNamesAnyEvent(s) || !a.continuesEvent(s, &e) {
				continue
			}
			e.scope[s] = true
		}
		e.title = a.eventTitle(e.trigger)
		a.dateSecondEvent(&e)
		main.exclude = map[int]bool{}
		for sent := range e.scope {
			if !a.sentenceNamesEvent(sent, main) {
				main.exclude[sent] = true
			}
		}
		return e, true
	}
	return eventMention{}, false
}

// sentenceNamesEvent reports whether sentence s names e's kind of event.
func (a *analysis) sentenceNamesEvent(s int, e *eventMention) bool {
	i, j := a.sentRange(s)
	for ; i < j; i++ {
		if t := eventWordAt(a.toks, i); t == e.typ && (t != "opening" || complementType(a.toks, i, t) == t) {
			// «گشایش نمایشگاه ...» names an exhibition, not an opening.
			return true
		}
	}
	return false
}

// dateSecondEvent dates a second event by a full date or a relative day
// in its own sentence («X پیش از ظهر امروز در آیینی ... معرفی شد»), else
// by a full date in the sentences that tell more of it, else by a day its
// sentence names relative to the article's. A decree's day told in the
// next sentence («حکم وی ... صادر شده بود») does not date the ceremony its
// own sentence dates.
func (a *analysis) dateSecondEvent(e *eventMention) {
	if d := a.clauseDay(e.trigger); d != nil {
		e.setDate(d, dateRuleClause)
		return
	}
	if e.typ == "statement" {
		// A statement is dated by the day it was issued; a day in its
		// quoted text («اعلام کرد: آب ... روز پنجشنبه ۶ آذر قطع خواهد
		// شد») is what it announces.
		if d, rel := a.issuedDay(e); d != nil {
			e.setDate(d, map[bool]string{false: dateRuleOwn, true: dateRuleOwnRel}[rel])
		}
		return
	}
	if d := a.heldDayIn(e.sent); d != nil {
		e.setDate(d, dateRuleScope)
		return
	}
	if d := a.relativeDayIn(e.sent); d != nil {
		e.setDate(d, dateRuleOwnRel)
		return
	}
	if a.namesSameDay(e.sent) {
		return // «عصر همان روز ...»: the day told before, not a later sentence's date
	}
	for s := range a.sents {
		if !e.scope[s] {
			continue
		}
		if d := a.heldDayIn(s); d != nil {
			e.setDate(d, dateRuleScope)
			return
		}
	}
	if d := a.relativeDayIn(e.sent); d != nil {
		e.setDate(d, dateRuleOwnRel)
	}
}

// bodyEventReport finds the main event of an article whose title and lead
// name none, as a report of a decree does: the first later sentence that
// opens with an event word and says it was held («مراسم معارفه X ...
// برگزار شد»), not one still to come on no day it names. One still to
// come on a day it names («جلسه بعدی ... قرار است روز شنبه برگزار شود»)
// is the main event only when no later sentence opens with one held and
// no earlier sentence tells of one held («با حضور X ... معرفی شد»، «به
// گزارش ...، آیین ... برگزار شد»): then it is one of the body's events
// and those held are told as theirs. It returns the event word's token
// and type, else -1.
func (a *analysis) bodyEventReport(from int) (int, string) {
	ts := a.toks
	coming, comingTyp := -1, ""
	for s := from; s < len(a.sents); s++ {
		i0, i1 := a.sentRange(s)
		for i := i0; i < i1 && i < i0+bodyEventOpening; i++ {
			t := eventWordAt(ts, i)
			if t == "" {
				continue
			}
			toCome := a.tellsOfComing(i0, i1)
			planned := toCome && a.dayIn(s) == nil && !a.namesRelativeDay(i0, i1)
			for k := i + eventWordLen(ts, i); k < i1 && !planned; k++ {
				if !eventVerbs[ts[k].key] {
					continue
				}
				if !toCome {
					return i, t
				}
				if coming < 0 {
					coming, comingTyp = i, t
				}
				break
			}
			break
		}
	}
	if coming >= 0 && a.heldBefore(ts[coming].sent) {
		return -1, ""
	}
	return coming, comingTyp
}

// heldBefore reports a sentence before s, past the page's datelines, that
// tells of an event held: one the body's rules read (bodyEventTrigger)
// in a sentence not telling of one to come.
func (a *analysis) heldBefore(s int) bool {
	for k := 0; k < s; k++ {
		if k < maxDatelineLines && a.inDatelineLine(k) {
			continue
		}
		i0, i1 := a.sentRange(k)
		if t, _, _ := a.bodyEventTrigger(i0, i1); t >= 0 && !a.tellsOfComing(i0, i1) {
			return true
		}
	}
	return false
}

// bodyEventOpening is how many first tokens of a sentence may hold the
// event word of a report that opens with it («امروز مراسم ...»).
const bodyEventOpening = 2

// findListedEvents reads a sentence that lists several events, as a
// report of planned programmes does: «... را غبارروبی مزار شهدا، دیدار با
// خانواده شهدا، همایش تجلیل از کارگران و مسابقات ورزشی عنوان کرد». Each
// item that opens with an event word after a comma, «و» or «را» is an
// event of its own.
func (a *analysis) findListedEvents() {
	ts := a.toks
	for s := range a.sents {
		i0, i1 := a.sentRange(s)
		var items []eventMention
		for k := i0; k < i1; k++ {
			if k > i0 && !isItemBoundary(ts[k-1]) {
				continue
			}
			typ := eventWordAt(ts, k)
			if typ == "" || a.isMainTrigger(k) {
				continue
			}
			items = append(items, eventMention{typ: complementType(ts, k, typ), trigger: k, sent: s, listed: true, start: k,
				rule: "item of a list of events"})
		}
		if len(items) < minListedEvents {
			continue
		}
		for n := range items {
			e := &items[n]
			end := i1
			if n+1 < len(items) {
				end = items[n+1].start
			}
			j := e.start + eventWordLen(ts, e.start)
			for j < end && !ts[j].punct && !(ts[j].key == keyAnd && n+1 < len(items) && j+1 == end) &&
				!(n+1 == len(items) && stopWords.has(ts[j].key)) {
				j++
			}
			e.end = j
			e.title = a.text(e.start, j)
			a.dateListed(e)
			a.events = append(a.events, *e)
		}
	}
}

// dateListed dates a listed event by a full date written inside its
// item.
func (a *analysis) dateListed(e *eventMention) {
	from, to := a.toks[e.start].start, a.toks[e.end-1].end
	for _, d := range a.datesIn(e.sent) {
		if d.Precision == persian.PrecisionDay && d.Start >= from && d.End <= to {
			e.setDate(&d, dateRuleListItem)
			return
		}
	}
}

// isItemBoundary reports a token after which a list's item may start.
func isItemBoundary(t token) bool {
	return t.text == "،" || t.text == "," || t.text == ":" || t.text == "؛" || t.key == keyAnd || t.key == keyRa
}

func (a *analysis) isMainTrigger(k int) bool {
	for _, e := range a.events {
		if e.trigger == k {
			return true
		}
	}
	return false
}

// eventTitle is the title of the event at token i: the article's title
// when the event word is in it, else the clause from the event word to
// the sentence's verb.
func (a *analysis) eventTitle(i int) string {
	ts := a.toks
	s := ts[i].sent
	if s == 0 && a.art.Title != "" {
		return a.art.Title
	}
	j := i
	for j < len(ts) && ts[j].sent == s && !eventVerbs[ts[j].key] && j-i < 20 && !a.attendedAt(j, len(ts)) {
		j++
	}
	for j > i+1 && (ts[j-1].punct || stopWords.has(ts[j-1].key)) {
		j--
	}
	if j <= i+1 {
		// «X مورد بازدید قرار گرفت»، «از X بازدید کرد»: the words before
		// the event noun, back to a comma past an apposition's few words,
		// tell what it was of.
		k := i
		for k > a.sentTok[s] && i-k < maxTitleBefore && !(i-k >= minTitleBefore && (ts[k-1].text == "،" || ts[k-1].text == ",")) &&
			!isDashToken(ts[k-1].text) { // «ساری- ایرنا- ...»: a dateline opens the lead
			k--
		}
		for k < i && stopWords.has(ts[k].key) {
			k++
		}
		return a.text(k, i+eventWordLen(ts, i))
	}
	return a.text(i, j)
}

// dayCounts are the days «N روز پس از آنکه» counts.
var dayCounts = map[string]int{persianKey("یک"): 1, persianKey("دو"): 2, persianKey("سه"): 3}

var (
	keyThen1 = persianKey("پس")
	keyThat2 = persianKey("آنکه")
)

// daysBeforeClause returns n of «n روز پس از آنکه» before the event word
// at k in its sentence: the event of that clause came n days before the
// sentence's day; else 0.
func (a *analysis) daysBeforeClause(k int) int {
	ts := a.toks
	i0, _ := a.sentRange(ts[k].sent)
	for i := i0; i+4 < k; i++ {
		if n := dayCounts[ts[i].key]; n > 0 && ts[i+1].key == keyDay && ts[i+2].key == keyThen1 && ts[i+3].key == keyFrom && ts[i+4].key == keyThat2 {
			return n
		}
	}
	return 0
}

// dateEvent dates the event: a full date or a relative day («امروز»،
// «روز گذشته»، «عصر چهارشنبه») in its own sentence; for an event of the
// title or lead, else a relative day in the title and lead; else the
// first full date in a sentence that reports its kind of event; else a
// relative day in the event's sentence and the next (past a dateline)
// that reports it.
//
// A date that ends a period («تا ۲۵ فروردین») is not the day an event was
// held, and a sentence that names only events of other kinds («کارگاه
// آموزشی ... روز ۲۰ فروردین برگزار می‌شود» after a ceremony) dates those,
// not this one. When nothing near dates it, the first later sentence that
// names its kind of event may («به همین مناسبت، صبح امروز آیین ...»).
func (a *analysis) dateEvent(e *eventMention) {
	if n := a.daysBeforeClause(e.trigger); n > 0 {
		// «X امروز معرفی شد؛ یک روز پس از آنکه الف و ب تفاهم‌نامه امضا
		// کردند»: the clause's event was n days before the sentence's day.
		if d := a.relativeDayIn(e.sent); d != nil {
			if t, err := d.Time(); err == nil {
				e.setDate(dayMatch(t.AddDate(0, 0, -n), d.Original), dateRuleClause)
				return
			}
		}
	}
	if d := a.clauseDay(e.trigger); d != nil {
		e.setDate(d, dateRuleClause)
		return
	}
	if d := a.heldDayIn(e.sent); d != nil {
		e.setDate(d, dateRuleOwn)
		return
	}
	if d := a.relativeDayIn(e.sent); d != nil {
		e.setDate(d, dateRuleOwnRel)
		return
	}
	if d := a.occasionDay(e.sent); d != nil {
		e.setDate(d, dateRuleOccasion)
		return
	}
	last := e.sent + 1 // the event's sentence and the next, past a dateline
	for last < len(a.sents) && last <= e.sent+2 && isDatelineLine(a.sents[last].Text) {
		last++
	}
	lead := e.sent < a.leadSentences()
	if lead {
		// The title's event is the lead's: a day the lead names
		// relative to the article's dates it before any later sentence.
		last = max(last, a.leadSentences()-1)
		// A summary printed under the title («استاندار ... در بازدید از
		// الف گفت: ...») puts the agency's «به گزارش X،» lead after it:
		// that lead tells the day («... دیروز از الف بازدید کرد»).
		for s := last + 1; s < len(a.sents) && s <= last+maxHeadSummary; s++ {
			if isLead(a.sents[s].Text) {
				last = s
				break
			}
		}
		if d := a.relativeDayNear(e, last); d != nil {
			e.setDate(d, dateRuleNear)
			return
		}
	}
	otherTime := a.tellsOfOtherTime(e.sent)
	for s := range a.sents {
		if !a.sentenceReportsEventOf(s, e.typ) || s != e.sent && !otherTime && a.tellsOfOtherTime(s) {
			continue // «همایش بعدی ۲۰ فروردین ۱۴۰۵ برگزار می‌شود» dates another
		}
		if d := a.heldDayIn(s); d != nil {
			e.setDate(d, dateRuleReport)
			return
		}
	}
	if d := a.relativeDayNear(e, last); !lead && d != nil {
		e.setDate(d, dateRuleNear)
		return
	}
	for s := last + 1; s < len(a.sents); s++ {
		if a.sentenceNamesEvent(s, e) {
			if i0, i1 := a.sentRange(s); a.tellsOfComing(i0, i1) && !otherTime {
				// «استاندار فردا از طرح‌های الف بازدید می‌کند» is another
				// visit, still to come, not the day of the trip told.
				return
			}
			if d := a.relativeDayIn(s); d != nil {
				e.setDate(d, dateRuleNaming)
			}
			return
		}
	}
}

// occasionWords are the determiners of «به همین/این/بدین مناسبت».
var occasionWords = keySet("همین", "این", "بدین")

var keyOccasion = persianKey("مناسبت")

// occasionDay is, for sentence s that holds its event «به همین مناسبت»
// («در آیینی که به همین مناسبت ... برگزار شد»), the day the sentence
// before it names for that occasion («وی از صبح امروز ... مشغول به کار
// شد»), else nil.
func (a *analysis) occasionDay(s int) *persian.DateMatch {
	if s == 0 {
		return nil
	}
	i0, i1 := a.sentRange(s)
	for i := i0 + 1; i < i1; i++ {
		if a.toks[i].key == keyOccasion && occasionWords[a.toks[i-1].key] {
			if d := a.eventDayIn(s - 1); d != nil {
				return d
			}
			return a.relativeDayIn(s - 1)
		}
	}
	return nil
}

// relativeDayNear is the first day named relative to the article's in a
// sentence up to last that reports e's kind of event.
func (a *analysis) relativeDayNear(e *eventMention, last int) *persian.DateMatch {
	coming := a.comingOutsideSpeech(e.sent)
	for s := 0; s <= last && s < len(a.sents); s++ {
		if !a.sentenceReportsEventOf(s, e.typ) {
			continue
		}
		if s != e.sent && !coming && a.comingOutsideSpeech(s) && !a.namesOwnKind(s, e.typ) {
			continue // «گفتنی است آیین تکریم ... یکشنبه آینده برگزار می‌شود» dates another
		}
		if d := a.relativeDayIn(s); d != nil {
			return d
		}
	}
	return nil
}

// eventDayIn is the first full date of sentence s that may be the day of
// an event: not one that ends a period («تا ۲۵ فروردین»، «لغایت ...»).
func (a *analysis) eventDayIn(s int) *persian.DateMatch { return a.dayOfSentence(s, false) }

// heldDayIn is eventDayIn for an event the sentence reports: a day its
// clause says a decree was issued on is not the event's (issuedOn).
func (a *analysis) heldDayIn(s int) *persian.DateMatch { return a.dayOfSentence(s, true) }

// dayOfSentence is eventDayIn, passing over issuing days when held.
func (a *analysis) dayOfSentence(s int, held bool) *persian.DateMatch {
	ds := a.datesIn(s)
	if len(ds) == 0 {
		return nil
	}
	i0, i1 := a.sentRange(s)
	for n := range ds {
		d := &ds[n]
		if d.Precision != persian.PrecisionDay {
			continue
		}
		k := a.tokenAtOffset(i0, i1, d.Start)
		if k > i0 && periodEnds[a.toks[k-1].key] {
			continue
		}
		if held && a.issuedOn(d, k, i1) {
			continue
		}
		return a.r17CFirstOfDays(d, k, i0)
	}
	return nil
}

// maxIssuedGap bounds the tokens from a date to the verb of issuing that
// makes it a decree's day.
const maxIssuedGap = 5

// issuedOn reports a date, read from token k on, that a verb of issuing
// follows in its clause
// («که ۲ مهرماه صادر شده بود»، «حکم ... روز دوشنبه صادر شد»): the day
// a decree or statement was issued, not that of the event the sentence
// reports.
func (a *analysis) issuedOn(d *persian.DateMatch, k, i1 int) bool {
	ts := a.toks
	for k < i1 && ts[k].start < d.End {
		k++
	}
	gap := maxIssuedGap
	if k+1 < i1 && ts[k].key == keyFrom && ts[k+1].key == keySide {
		gap = r16CMaxIssuerGap // «روز شنبه ۲۴ آبان از سوی دکتر الف، رئیس دانشگاه ب صادر شد»
	}
	for j := k; j < i1 && j < k+gap && !ts[j].punct; j++ {
		if issueVerbs[ts[j].key] {
			return true
		}
	}
	return false
}

// issuedDay is the day statement e's sentence names before the text it
// quotes («... امروز با انتشار اطلاعیه‌ای اعلام کرد: ...»): a full date,
// else a day relative to the article's (rel), else nil.
func (a *analysis) issuedDay(e *eventMention) (d *persian.DateMatch, rel bool) {
	ts := a.toks
	i0, i1 := a.sentRange(e.sent)
	colon := i1
	quoted := a.quotedTokens()
	for k := e.trigger; k < i1; k++ {
		if ts[k].text == ":" || quoted[k] {
			colon = k
			break
		}
	}
	limit := int(^uint(0) >> 1)
	if colon < i1 {
		limit = ts[colon].start
	}
	ds := a.datesIn(e.sent)
	for n := range ds {
		if ds[n].Precision == persian.PrecisionDay && ds[n].End <= limit {
			return &ds[n], false
		}
	}
	for k := i0; k < colon; k++ {
		if _, _, ok := relativeDayAt(ts, k); ok {
			return a.relativeDayFrom(e.sent, k), true
		}
		if _, _, ok := weekdayAt(ts, k); ok {
			return a.relativeDayFrom(e.sent, k), true
		}
	}
	return nil, false
}

// closingWords tell of the end of an event.
var closingWords = keySet("اختتامیه", "اختتام", "پایان")

// periodEnds are the words before the last day of a period.
var periodEnds = keySet("تا", "لغایت", "الی")

// sentenceReportsEventOf reports whether sentence s names an event of
// type typ, or says an event was held and names none of another type; a
// «مراسم/آیین» of no other kind may be the event itself.
//
// A sentence of a closing («اختتامیه نمایشگاه ... روز ۲۵ فروردین») reports
// the end of an event, not its day.
func (a *analysis) sentenceReportsEventOf(s int, typ string) bool {
	i, j := a.sentRange(s)
	verb, other := false, false
	quoted := a.quotedTokens()
	for k := i; k < j; k++ {
		if closingWords[a.toks[k].key] && !quoted[k] && !(k > i && a.toks[k-1].key == keyUntil || (k > i && riteWords[a.toks[k-1].key] || eventWordAt(a.toks, k) != "") && a.closingTitle()) {
			// «آیین اختتامیه جشنواره ...» under a title of the closing is
			// the event itself
			return false // «تا پایان سال» and a speaker's words tell of no closing
		}
	}
	for ; i < j; i++ {
		t := eventWordAt(a.toks, i)
		if t != "" {
			t = complementType(a.toks, i, t)
		}
		switch {
		case t == typ || typ == "inspection" && t == "visit":
			// An inspection («بازدید سرزده») is told as a visit too:
			// «... از بخش‌های الف بازدید کرد».
			return true
		case t == "ceremony":
			verb = true
		case t != "":
			other = true
		case eventVerbs[a.toks[i].key]:
			verb = true
		}
	}
	return verb && !other
}

// partsOfEvent records who chaired («به ریاست X») and who spoke.
func (a *analysis) partsOfEvent(e *eventMention) {
	ts := a.toks
	chair := keyHeadship
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].key == keyTo && ts[i+1].key == chair {
			if p := a.personStartingAt(i + 2); p != nil {
				e.chairs = append(e.chairs, p)
			}
		}
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		for k := p.end; k < len(ts) && ts[k].sent == ts[p.start].sent && k-p.end < 25; k++ {
			if speechWords[ts[k].key] && (ts[k].key != keyAnd) && isSpeechVerb(ts[k].key) {
				e.speakers = append(e.speakers, p)
				break
			}
		}
	}
	// «وی افزود»، «ایشان گفت»: the person named last before speaks.
	for s := range a.sents {
		i, j := a.sentRange(s)
		if i >= j || !pronouns[ts[i].key] || !a.sentenceHasSpeechVerb(i, j) {
			continue
		}
		if p := a.lastPersonBefore(i); p != nil && !containsMention(e.speakers, p) {
			e.speakers = append(e.speakers, p)
		}
	}
	counts := map[string]int{}
	for _, p := range a.placeSpans {
		counts[p.name]++
	}
	best := 0
	for p, c := range counts {
		if c > best || c == best && p < e.place {
			e.place, best = p, c
		}
	}
}

// pronouns are the personal pronouns a statement may open with.
var pronouns = keySet("وی", "ایشان", "او")

// sentenceHasSpeechVerb reports a verb of reported speech among tokens i
// to j.
func (a *analysis) sentenceHasSpeechVerb(i, j int) bool {
	for k := i; k < j; k++ {
		if isSpeechVerb(a.toks[k].key) {
			return true
		}
	}
	return false
}

// lastPersonBefore returns the person named last before token i who can
// speak: not one of the holy or the dead, nor the issuer of a decree, nor
// one a speaker talked of.
func (a *analysis) lastPersonBefore(i int) *personMention {
	var best *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.end > i {
			break
		}
		if isReligiousFigure(p) || p.start > 0 && a.toks[p.start-1].key == keyDecree || a.quotedTokens()[p.start] {
			continue
		}
		best = p
	}
	return best
}

func containsMention(ps []*personMention, p *personMention) bool {
	for _, q := range ps {
		if q == p || q.name == p.name {
			return true
		}
	}
	return false
}

// isSpeechVerb reports the verbs of reported speech.
func isSpeechVerb(key string) bool { return speechVerbs[key] }

// speechVerbs are the verbs of reported speech.
var speechVerbs = keySet("گفت", "افزود", "اظهار", "تصریح", "خاطرنشان")

// deadWords stand before the name of one who has died: «مرحوم X».
var deadWords = keySet("مرحوم", "مرحومه", "زنده‌یاد", "زندهیاد", "شادروان")

// deadOrHolyTitles are the titles of persons who do not attend events.
var deadOrHolyTitles = keySet("امام", "شهید", "حضرت")

// isReligiousFigure reports persons named with a title of the dead or the
// holy (امام، شهید، حضرت), who do not attend events.
func isReligiousFigure(p *personMention) bool {
	for _, t := range p.titles {
		if deadOrHolyTitles[persianKey(t)] {
			return true
		}
	}
	return false
}

// quoteWords are the verbs of reported speech a colon follows: «گفت:»،
// «اظهار کرد:»، «در این حکم آمده است:».
var quoteWords = keySet("گفت", "افزود", "اظهار", "تصریح", "خاطرنشان", "بیان", "تاکید", "تأکید", "عنوان", "ادامه",
	"آمده", "نوشت", "گفته", "کرد", "داد", "است", "داشت")

// maxQuoteLead is how many tokens before a colon may hold its speech verb.
const maxQuoteLead = 3

// quotedTokens marks the tokens of reported speech: from a colon after a
// verb of speech to the end of its paragraph.
func (a *analysis) quotedTokens() []bool {
	if a.quoted != nil {
		return a.quoted
	}
	ts := a.toks
	a.quoted = make([]bool, len(ts))
	for i := 0; i < len(ts); i++ {
		if ts[i].text != ":" || !a.speechBefore(i) {
			continue
		}
		j := i + 1
		depth := 0 // «...» opening the speech closes it
		for ; j < len(ts) && !a.newParagraph(ts[j-1], ts[j]); j++ {
			if ts[j].sent != ts[j-1].sent && (a.narratesAttendance(ts[j].sent) || a.opensSpeech(ts[j].sent)) {
				break
			}
			a.quoted[j] = true
			if r17CClosesSpeech(ts, i, j, &depth) {
				j++
				break
			}
		}
		i = j - 1
	}
	return a.quoted
}

// speechBefore reports a verb of speech among the tokens just before the
// colon at i, one of them a verb of saying.
func (a *analysis) speechBefore(i int) bool {
	said := false
	for k := i - 1; k >= 0 && k >= i-maxQuoteLead; k-- {
		key := a.toks[k].key
		if !quoteWords[key] {
			break
		}
		if speechVerbs[key] || key != keyDid && key != keyGave && key != keyIs && key != keyHad {
			said = true
		}
	}
	return said
}

var (
	keyDid   = persianKey("کرد")
	keyDidPl = persianKey("کردند")
	keyGave  = persianKey("داد")
	keyIs    = persianKey("است")
	keyHad   = persianKey("داشت")
)

// newParagraph reports a line break between tokens t and u.
func (a *analysis) newParagraph(t, u token) bool {
	for k := t.end; k < u.start && k < len(a.runes); k++ {
		if a.runes[k] == '\n' {
			return true
		}
	}
	return false
}

// changesPost reports a person who is the incoming or outgoing holder of
// an appointment of the article.
func (a *analysis) changesPost(p *personMention) bool {
	for _, ap := range a.apps {
		if samePerson(ap.person, p) || ap.predecessor != nil && samePerson(ap.predecessor, p) {
			return true
		}
	}
	return false
}

// holdsNamedPost reports whether p holds, by an affiliation or an
// appointment of the article, a post that e's sentence names with no
// person beside it.
func (e *eventMention) holdsNamedPost(a *analysis, p *personMention) bool {
	if !e.holdersFound {
		e.holdersFound = true
		e.holders = a.postHolders(e)
	}
	for _, h := range e.holders {
		if samePerson(h, p) {
			return true
		}
	}
	return false
}

// postHolders returns the persons holding the posts e's sentence names
// without a person next to them: by an affiliation or appointment to the
// same post, or, for a post named «new», as its one incoming holder. The
// post of the one who announces an event still to come is not counted.
func (a *analysis) postHolders(e *eventMention) []*personMention {
	i0, i1 := a.sentRange(e.sent)
	var out []*personMention
	if !a.tellsOfComing(i0, i1) || a.r17CPresentNewOnes(i0, i1) {
		// «رؤسای جدید دانشکده‌ها ... معرفی شدند»; one still to come
		// («آیین معارفه رؤسای جدید ... برگزار می‌شود») lists none.
		out = a.newPluralHolders(i0, i1)
	}
	told := -1
	if e.sent == 0 && a.art.Title != "" && e.scope == nil {
		told = a.titleEventToldIn(e)
	}
	for ri := range a.roles {
		r := &a.roles[ri]
		if (r.start < i0 || r.start >= i1) && a.toks[r.start].sent != told && !a.speaksAtEvent(e, r) && !a.presentInRetelling(e, r) && !a.r17CAccompanies(e, r) || r.former || a.personNextTo(r) && !a.listedBeside(r) && !a.r17CListedBesideHolder(r) || a.announcesComing(e, r, i0, i1) || a.r23cSourcePost(r.start) {
			continue
		}
		if p := a.newHolder(r); p != nil && !containsMention(out, p) {
			out = append(out, p)
			continue
		}
		if r.org == "" {
			// «با حضور معاون وزیر و ...»: the one person the article gave
			// that post in full.
			if p := a.barePostHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p)
			}
			continue
		}
		key := postKey(*r)
		n := len(out)
		match := func(q roleRef, p *personMention) {
			if p != nil && postKey(q) == key && !containsMention(out, p) {
				out = append(out, p)
			}
		}
		for _, af := range a.affs {
			match(af.role, af.person)
		}
		for _, ap := range a.apps {
			match(ap.role, ap.person)
		}
		if len(out) == n {
			if p := a.shortPostHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p)
			} else if p := a.r23aAcronymPostHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p) // «رئیس سازمان صمت استان» for «رئیس سازمان صنعت، معدن و تجارت استان X»
			} else if p := a.rolePrefixHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p)
			} else if p := a.r23aSharedBodyHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p) // «مدیرعامل و مدیر جدید X»: the article's one «مدیرعامل»
			} else if p := a.r23aSameHeadPostHolder(r); p != nil && !containsMention(out, p) {
				out = append(out, p) // «رئیس شورای شهر» for «رئیس شورای اسلامی شهر X», not a commission's
			}
		}
	}
	return out
}

// speaksAtEvent reports a post r that opens a later sentence in which its
// holder speaks at e, told back: «فرماندار شهرستان در این آیین گفت».
func (a *analysis) speaksAtEvent(e *eventMention, r *roleRef) bool {
	s := a.toks[r.start].sent
	if s <= e.sent {
		return false
	}
	i0, i1 := a.sentRange(s)
	if r.start != i0 || !a.sentenceHasSpeechVerb(r.next, i1) && !a.announcesAfter(r.start, i1) && !a.newsGivenAfter(r.next, i1) {
		return false // «معاون وزیر در این نشست اعلام کرد: ...» speaks too
	}
	for k := r.next; k+2 < i1; k++ {
		if a.toks[k].key != keyIn {
			continue
		}
		j := k + 1
		if a.toks[j].key == keyMargin && j+2 < i1 {
			j++ // «در حاشیه این بازدید گفت»
		}
		if occasionWords[a.toks[j].key] && eventWordAt(a.toks, j+1) == e.typ {
			return true
		}
	}
	return false
}

// barePostHolder returns the one person holding, by an affiliation, the
// post r names with no body («معاون وزیر» for «X، معاون وزیر راه و
// شهرسازی»), else nil, as when two persons hold such posts.
func (a *analysis) barePostHolder(r *roleRef) *personMention {
	role := persianKey(r.role)
	if role == "" {
		return nil
	}
	var found *personMention
	for _, af := range a.affs {
		if af.person == nil || af.role.former || persianKey(af.role.role) != role {
			continue
		}
		if found != nil && !samePerson(found, af.person) {
			return nil
		}
		found = af.person
	}
	if found == nil && len(persian.Words(r.role)) == 1 {
		// «با حضور نماینده ساوه» for «X، نماینده مردم ساوه و ب در
		// مجلس»: the one post of the article that one word heads.
		for _, af := range a.affs {
			if af.person == nil || af.role.former || roleHeadKey(af.role.role) != role {
				continue
			}
			if found != nil && !samePerson(found, af.person) {
				return nil
			}
			found = af.person
		}
	}
	return found
}

// minShortOrgWords is how many words a body named in short must keep to
// stand for a fuller name whose words it keeps in order.
const minShortOrgWords = 2

// shortOrgOf reports a body's name short whose words, at least two, are
// the fuller name's in order: «شورای شهر» for «شورای اسلامی شهر الف».
func shortOrgOf(short, full string) bool {
	sw, fw := keyWords(short), keyWords(full)
	return len(sw) >= minShortOrgWords && len(sw) < len(fw) && isSubsequence(sw, fw)
}

// keyWords returns the keys of s's words.
func keyWords(s string) []string {
	w := persian.Words(s)
	for i := range w {
		w[i] = persianKey(w[i])
	}
	return w
}

// shortPostHolder returns the one person whose post r names in short, by
// an affiliation or appointment: the same head of post in a body whose
// name r's body begins or is begun by
// («معاون وزیر بهداشت» for «معاون درمان وزارت بهداشت، درمان و آموزش
// پزشکی»), else nil, as when two persons hold such posts.
func (a *analysis) shortPostHolder(r *roleRef) *personMention {
	head, org := roleHeadKey(r.role), persianKey(r.org)
	var found *personMention
	ambiguous := false
	try := func(q roleRef, p *personMention) {
		if p == nil || roleHeadKey(q.role) != head || q.org == "" {
			return
		}
		if k := persianKey(q.org); !strings.HasPrefix(k, org) && !strings.HasPrefix(org, k) && !shortOrgOf(r.org, q.org) {
			return
		}
		if found != nil && !samePerson(found, p) {
			ambiguous = true
		}
		found = p
	}
	for _, af := range a.affs {
		try(af.role, af.person)
	}
	// «به همراه سرپرست معاونت فنی» for the one the article appointed
	// «سرپرست معاونت فنی اداره کل الف».
	for _, ap := range a.apps {
		try(ap.role, ap.person)
	}
	for _, af := range a.standIns {
		try(af.role, af.person) // «با حضور نماینده وزیر الف»: the one who stood in for him
	}
	if ambiguous {
		return nil
	}
	return found
}

// announcesComing reports post r named, in e's sentence (tokens i0 to
// i1), as the source of the news of e still to come: the speaker before
// the reported speech that tells of it («رئیس اتاق گفت: کارگاه ... برگزار
// می‌شود») or the one «به گفته» of whom it is told. The source tells of
// the event; taking part in it is another fact.
func (a *analysis) announcesComing(e *eventMention, r *roleRef, i0, i1 int) bool {
	if !a.tellsOfComing(i0, i1) || r.start < e.trigger && a.sourceAttends(e) {
		return false // «به گفته X، جلسه ... با حضور وی برگزار می‌شود»: X will be there
	}
	if r.start < e.trigger && a.sourceOf(e, r.start) && a.bodyComing(e) {
		return true // «بنا بر اعلام مدیرکل الف، مانور ... اجرا می‌شود»
	}
	quoted := a.quotedTokens()
	if quoted[e.trigger] && !quoted[r.start] {
		return true
	}
	return r.start >= 2 && a.toks[r.start-2].key == keyTo && a.toks[r.start-1].key == keySaid
}

// newHolder returns, for a post named «new» («مدیر جدید ...»), the one
// person the article's appointments bring into a post of that title, or
// nil.
func (a *analysis) newHolder(r *roleRef) *personMention {
	isNew := false
	for k := r.start; k < r.next && k < len(a.toks); k++ {
		isNew = isNew || newHolderWords[a.toks[k].key]
	}
	if !isNew {
		return nil
	}
	var apps []*appMention
	for n := range a.apps {
		if roleHeadKey(a.apps[n].role.role) == roleHeadKey(r.role) || a.r20CAlsoHoldsPost(&a.apps[n], r.role) {
			apps = append(apps, &a.apps[n])
		}
	}
	apps = a.r17CPreferBody(apps, r.org)
	if !oneIncoming(apps) {
		// «مدیر جدید» is the one who came in, not the outgoing holder
		// whose own move elsewhere the report tells too.
		var in []*appMention
		for _, ap := range apps {
			if !a.replacedInArticle(ap.person) {
				in = append(in, ap)
			}
		}
		if !oneIncoming(in) && r.org != "" {
			// «سرپرست جدید اداره کل»: the one brought into a body of
			// that head and name, not into its deputy office.
			var of []*appMention
			for _, ap := range in {
				if sameHeadBody(r.org, ap.role.org) {
					of = append(of, ap)
				}
			}
			in = of
		}
		if !oneIncoming(in) {
			return nil
		}
		apps = in
	}
	return apps[0].person
}

// sameHeadBody reports a body named short, or in full, by the words of
// full from its head noun on: «اداره کل راه و شهرسازی استان» of «اداره
// کل راه و شهرسازی استان الف», not of «معاونت مسکن اداره کل ...».
func sameHeadBody(short, full string) bool {
	sw, fw := keyWords(short), keyWords(full)
	if len(sw) == 0 || len(fw) == 0 || sw[0] != fw[0] {
		return false
	}
	return persianKey(short) == persianKey(full) || shortOrgOf(short, full)
}

// replacedInArticle reports p as the predecessor of one of the article's
// appointments.
func (a *analysis) replacedInArticle(p *personMention) bool {
	for n := range a.apps {
		if q := a.apps[n].predecessor; q != nil && samePerson(q, p) {
			return true
		}
	}
	return false
}

// listedBeside reports a bare post r (no body named with it) whose neighbour
// across a comma is another item of a list, not its holder: every
// person next to it holds posts of other heads only («با حضور فرماندار،
// سرهنگ الف و ب، شهردار ...», الف a commander).
func (a *analysis) listedBeside(r *roleRef) bool {
	if r.next > len(a.toks) || persianKey(a.text(r.start, r.next)) != persianKey(r.role) {
		return false // a body named with the post
	}
	head := roleHeadKey(r.role)
	next := false
	for pi := range a.persons {
		p := &a.persons[pi]
		if !(p.start == r.next+1 && r.next < len(a.toks) && a.toks[r.next].text == "،") {
			continue
		}
		next = true
		other := false
		posts := make([]roleRef, 0, 4)
		for _, af := range a.affs {
			if af.person != nil && samePerson(af.person, p) {
				posts = append(posts, af.role)
			}
		}
		for _, ap := range a.apps {
			if ap.person != nil && samePerson(ap.person, p) {
				posts = append(posts, ap.role)
			}
		}
		for _, q := range posts {
			if roleHeadKey(q.role) == head {
				return false
			}
			other = true
		}
		if !other {
			return false
		}
	}
	return next
}

// personNextTo reports a person named just before or after role r
// («X، مدیرکل Y»، «مدیرکل Y، X»).
func (a *analysis) personNextTo(r *roleRef) bool {
	comma := func(i int) bool {
		return i >= 0 && i < len(a.toks) && (a.toks[i].text == "،" || a.toks[i].text == ",")
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.end == r.start || p.end+1 == r.start && comma(p.end) || p.start == r.next || p.start == r.next+1 && comma(r.next) {
			return true
		}
	}
	return false
}

// Words of a handover ceremony's sentence: «معارفه» introduces the
// incoming holder, «تودیع»، «تکریم» bid the outgoing one farewell.
var farewellWords = keySet("تودیع", "تکریم")

// introducedAt reports whether e's sentence tells of a handover ceremony
// of which p is the incoming holder («آیین معارفه»), or the outgoing one
// bid farewell («تودیع و معارفه»).
func (a *analysis) introducedAt(e *eventMention, p *personMention) bool {
	intro, farewell := a.sentenceHas(e.sent, keyIntroduction), a.sentenceHasAny(e.sent, farewellWords)
	if !intro && !farewell {
		return false
	}
	posts := a.postsNamedIn(e.sent)
	// «آیین معارفه هر دو مدیر»: each of the article's appointees; so
	// «آیین معارفه مدیران جدید ... برگزار شد», held, not still to come
	// («... برگزار می‌شود»), whose persons the report cannot tell.
	all := a.namesAllOf(e.sent) || (a.namesNewOnes(e.sent) || a.r17CIntroducesSeveral(e.sent)) && !a.bodyComing(e) && !a.comingOutsideSpeech(e.sent)
	if all {
		posts = map[string]bool{}
	}
	var apps []*appMention
	for n := range a.apps {
		if ap := &a.apps[n]; len(posts) == 0 || posts[postKey(ap.role)] {
			apps = append(apps, ap)
		}
	}
	if len(apps) == 0 && len(posts) > 0 && intro && farewell {
		// «با حضور الف، نماینده ب و ...»: the posts named are of those
		// present, none handed over.
		posts = map[string]bool{}
		for n := range a.apps {
			apps = append(apps, &a.apps[n])
		}
	}
	if len(posts) == 0 && !all && !oneIncoming(apps) && intro && farewell {
		// «آیین تودیع و معارفه» hands over a post: of several
		// appointments, the one with an outgoing holder.
		var handed []*appMention
		for _, ap := range apps {
			if ap.predecessor != nil {
				handed = append(handed, ap)
			}
		}
		if oneIncoming(handed) {
			apps = handed
		}
	}
	if len(posts) == 0 && !all && !oneIncoming(apps) {
		return false // which of the article's handovers is unclear
	}
	for _, ap := range apps {
		if intro && samePerson(ap.person, p) || farewell && ap.predecessor != nil && samePerson(ap.predecessor, p) {
			return true
		}
	}
	return false
}

// allWords after «هر» count all of several: «هر دو»، «هر سه».
var allWords = keySet("دو", "سه", "چهار")

var keyEach = persianKey("هر")

// newOnesWords after «معارفه» name several new holders at once:
// «معارفه مدیران جدید»، «معارفه سرپرستان جدید».
var newOnesWords = keySet("مدیران", "مسئولان", "مسئولین", "روسای", "رؤسای", "رئیسان", "معاونان", "معاونین", "سرپرستان", "فرمانداران", "بخشداران", "شهرداران", "اعضای")

// namesAllOf reports «هر دو/سه» in sentence s: the handover is of each of
// the article's appointees («آیین معارفه هر دو مدیر»).
func (a *analysis) namesAllOf(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i+1 < i1; i++ {
		if a.toks[i].key == keyEach && allWords[a.toks[i+1].key] {
			return true
		}
	}
	return false
}

// namesNewOnes reports «معارفه مدیران جدید» in sentence s: the new
// holders all introduced at once, each of the article's appointees.
func (a *analysis) namesNewOnes(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1; i++ {
		if a.toks[i].key == keyIntroduction && newOnesWords[a.toks[i+1].key] && newHolderWords[a.toks[i+2].key] {
			return true
		}
	}
	return false
}

// postsNamedIn returns the keys (postKey) of the posts with a body that
// sentence s names with no person beside them.
func (a *analysis) postsNamedIn(s int) map[string]bool {
	out := map[string]bool{}
	i0, i1 := a.sentRange(s)
	for ri := range a.roles {
		r := &a.roles[ri]
		// «با حضور الف، معاون ب»: the post of one present, named beside
		// him, is not the post handed over.
		if r.start >= i0 && r.start < i1 && r.org != "" && !a.personNextTo(r) {
			out[postKey(*r)] = true
		}
	}
	return out
}

// postKey is the key of a post: its role's head word and its body.
func postKey(r roleRef) string { return roleHeadKey(r.role) + "|" + persianKey(r.org) }

// oneIncoming reports appointments that all bring in one person.
func oneIncoming(apps []*appMention) bool {
	for _, ap := range apps {
		if !samePerson(ap.person, apps[0].person) {
			return false
		}
	}
	return len(apps) > 0
}

// absentCues are the words before a name that tell of a person acting
// from afar: «به دستور X»، «به پیشنهاد X»، «از سوی X»، «به نقل از X»،
// «به نمایندگی از X»، «به جای X» (X sent another);
// bylineWords those of a byline «عکس: X».
var (
	absentCues = map[[2]string]bool{
		{keyTo, persianKey("دستور")}: true, {keyWith, persianKey("دستور")}: true,
		{keyTo, persianKey("پیشنهاد")}: true, {keyWith, persianKey("پیشنهاد")}: true,
		{keyFrom, persianKey("سوی")}: true, {keyFrom, persianKey("طرف")}: true,
		{keyFrom, persianKey("قول")}: true, {persianKey("نقل"), keyFrom}: true,
		{keyTo, persianKey("امضای")}: true, {persianKey("نمایندگی"), keyFrom}: true,
		{keyTo, persianKey("جای")}: true,
	}
	bylineWords = keySet("عکس", "عکاس", "خبرنگار", "نویسنده", "گزارش", "گزارشگر", "تنظیم", "ترجمه", "تهیه", "فیلم", "تصویر")
)

// agentOfPassive reports p named «از سوی/از طرف X» in the sentence of
// a passive event («... از سوی X مورد بازدید قرار گرفت»): X is the one
// who did it, there.
func (a *analysis) agentOfPassive(e *eventMention, p *personMention) bool {
	ts := a.toks
	i := p.start
	if i < 2 || ts[i-2].key != keyFrom || ts[i].sent != e.sent || !(ts[i-1].key == keySide || ts[i-1].key == keyPart) {
		return false
	}
	i0, i1 := a.sentRange(e.sent)
	for k := i0; k+1 < i1; k++ {
		if ts[k].key == keySubject && a.passiveAfter(k+1, i1, true) {
			return true
		}
	}
	// «حکم X صبح امروز از سوی Y، معاون استاندار، در آیینی در محل
	// فرمانداری اهدا شد»: Y handed it over at the event.
	if e.trigger > p.end && i0 <= e.trigger-1 && ts[e.trigger-1].key == keyIn {
		for k := e.trigger + 1; k+1 < i1; k++ {
			if handedVerbs[ts[k].key] && (ts[k+1].key == keyBecame || ts[k+1].key == keyBecameGardid) {
				return true
			}
		}
	}
	return false
}

// handedVerbs, before «شد»، «گردید», tell of a thing handed over at an
// event: «اهدا شد»، «ابلاغ شد»، «تقدیم شد».
var handedVerbs = keySet("اهدا", "ابلاغ", "تقدیم", "اعطا", "اعطاء", "تحویل")

var keyBecameGardid = persianKey("گردید")

var keyPart = persianKey("طرف")

// absentCueBefore reports an absentCues pair or a byline just before p.
func (a *analysis) absentCueBefore(p *personMention) bool {
	ts := a.toks
	i := p.start
	if i >= 2 && absentCues[[2]string{ts[i-2].key, ts[i-1].key}] {
		// «تفاهم‌نامه ... به امضای X و Y رسید»: the signatories of an
		// agreement sign it there; a decree is signed from afar.
		return !(ts[i-1].key == keySignatureOf && a.agreementBefore(i-2))
	}
	return i >= 2 && ts[i-1].text == ":" && bylineWords[ts[i-2].key] || a.outletByline(p) || a.datelineOutlet(p) || a.messageReadOut(p)
}

// messageReadOut reports p as the sender of a message read out at the
// event: «در این مراسم پیام X، وزیر ...، توسط Y قرائت شد» (X sent it
// from afar).
func (a *analysis) messageReadOut(p *personMention) bool {
	ts := a.toks
	i := p.start
	if i < 1 || ts[i-1].key != keyMessage {
		return false
	}
	_, i1 := a.sentRange(ts[i].sent)
	for j := p.end; j < i1; j++ {
		if ts[j].key == keyReadOut {
			return true
		}
	}
	return false
}

var (
	keyMessage = persianKey("پیام")
	keyReadOut = persianKey("قرائت")
)

var keySignatureOf = persianKey("امضای")

// agreementBefore reports an agreement («تفاهم‌نامه»، «قرارداد») named in
// the sentence of token i before it.
func (a *analysis) agreementBefore(i int) bool {
	for j := i - 1; j >= 0 && a.toks[j].sent == a.toks[i].sent; j-- {
		if k := a.toks[j].key; k != keySignatureOf && r17CSigningWord(k) {
			return true
		}
	}
	return false
}

// maxOutletTokens bounds the tokens of an outlet's name.
const maxOutletTokens = 4

// outletByline reports p named after an outlet's name and a dash and
// before a colon, as a byline opens a lead: «همشهری آنلاین - مریم کاوه:
// صبح امروز ...». The reporter wrote of the event and took no part in it.
func (a *analysis) outletByline(p *personMention) bool {
	ts := a.toks
	i := p.start
	if i < 2 || p.end >= len(ts) || ts[p.end].text != ":" || !isDashToken(ts[i-1].text) {
		return false
	}
	for k := i - 2; k >= a.sentTok[ts[i].sent] && i-1-k <= maxOutletTokens; k-- {
		if n, _ := outlets.at(ts, k); n > 0 && k+n == i-1 {
			return true
		}
	}
	return false
}

// isDashToken reports a dash or bar token that parts a byline's pieces.
func isDashToken(s string) bool { return s == "-" || s == "–" || s == "—" || s == "|" }

// appointedAtMeeting reports the handover word at i as «منصوب/انتصاب»
// told in the body, after the lead, of a meeting whose title or lead names
// no handover: a post given at the end of a session («در پایان این جلسه
// ... به عنوان دبیر شورا منصوب شد») leaves the session a meeting.
func (a *analysis) appointedAtMeeting(e *eventMention, i int) bool {
	ts := a.toks
	if e.typ != "meeting" || ts[i].sent < a.leadSentences() || ts[i].key != keyAppointed && ts[i].key != keyAppointment {
		return false
	}
	for j := i + 1; j < len(ts); j++ {
		if handoverWords[ts[j].key] && ts[j].key != keyAppointed && ts[j].key != keyAppointment {
			return false // «تودیع/معارفه» told later
		}
	}
	return true
}

var keyAppointed = persianKey("منصوب")

// maxDatelineHead bounds the words of a dateline's head before its dash.
const maxDatelineHead = 3

// inDatelineHead reports an event word among the first words of its
// sentence, before a dash that ends them: a paper's or a place's name
// opening the lead as its dateline («پیام الف‌آباد - ...»).
func inDatelineHead(ts []token, i int) bool {
	s0 := i
	for s0 > 0 && ts[s0-1].sent == ts[i].sent {
		s0--
	}
	if i-s0 >= maxDatelineHead {
		return false
	}
	for j := i + 1; j < len(ts) && j-s0 <= maxDatelineHead && ts[j].sent == ts[i].sent; j++ {
		if isDashToken(ts[j].text) {
			return true
		}
	}
	return false
}

// toldAsToCome reports the word at i in a sentence whose verb after it is
// of the future or the present («... اعلام خواهد شد»، «... برگزار می‌شود»).
func (a *analysis) toldAsToCome(i int) bool {
	_, i1 := a.sentRange(a.toks[i].sent)
	for j := i + 1; j < i1; j++ {
		if isPlanVerb(a.toks, j, i1) {
			return true
		}
	}
	return false
}

// leadTellsTitleEvent reports a lead sentence s that tells, on a day it
// names, the title's event e («نشست کمیسیون الف» over «نشست کمیسیون الف
// شنبه ۱۸ بهمن به ریاست X برگزار می‌شود»): its time is the event's own,
// one still to come, and its persons are those of e.
func (a *analysis) leadTellsTitleEvent(s int, e *eventMention) bool {
	return e.sent == 0 && a.art.Title != "" && s > 0 && s < a.leadSentences() && a.sentenceNamesEvent(s, e) && a.dayIn(s) != nil
}

// maxDatelinePlace bounds the tokens of the place that opens a dateline.
const maxDatelinePlace = 3

// datelineOutlet reports a name between the dashes of a dateline that
// opens its sentence, after the place: «برازجان- نسیم جنوب- ...» names
// the outlet, not a person there.
func (a *analysis) datelineOutlet(p *personMention) bool {
	ts := a.toks
	i := p.start
	return i >= 2 && p.end < len(ts) && isDashToken(ts[i-1].text) && isDashToken(ts[p.end].text) &&
		i-1-a.sentTok[ts[i].sent] <= maxDatelinePlace && i-1 > a.sentTok[ts[i].sent]
}

// datePublishedMain dates the main event that the body's events left
// undated and that its lead tells as held on no day by the article's
// date: «در آیین تودیع و معارفه ... که با حضور X برگزار شد، ...».
func (a *analysis) datePublishedMain() {
	a.r18CSameDayMain()
	if len(a.events) == 0 || a.published.IsZero() {
		return
	}
	if e := &a.events[0]; e.main && e.date == nil && a.toks[e.trigger].key == keyTrip && !a.comingOutsideSpeech(e.sent) {
		// «سفر استاندار به الف؛ ...»: the trip is of the day of the first
		// event held during it that the report dates.
		for n := 1; n < len(a.events); n++ {
			if o := &a.events[n]; o.date != nil && !o.listed && !a.bodyComing(o) {
				e.setDate(o.date, dateRuleTrip)
				break
			}
		}
	}
}

// heldOnPublished reports a main handover ceremony told in the lead as
// held, in the past, with no word of another time and no day of its own:
// a report of the day's handover. (Other events told on no day stay
// undated.)
func (a *analysis) heldOnPublished(e *eventMention) bool {
	if e.sent >= a.leadSentences() || !e.handover || e.typ != "ceremony" || a.toCome(e) || a.tellsOfOtherTime(e.sent) {
		return false
	}
	for s := 0; s < len(a.sents) && s < a.leadSentences(); s++ {
		if s < maxDatelineLines && a.inDatelineLine(s) {
			continue
		}
		i0, i1 := a.sentRange(s)
		if a.tellsOfComing(i0, i1) || a.heldDayIn(s) != nil || a.relativeDayIn(s) != nil {
			return false
		}
	}
	return true
}

// titleEventToldIn returns the body sentence that tells the title's event
// e held, with the posts of those present: the first past the lead that
// names its kind by the title's word, outside other events' sentences,
// with «با حضور» («در حاشیه همایش، درمانگاه الف با حضور رئیس دانشگاه ...
// افتتاح شد»); else -1.
func (a *analysis) titleEventToldIn(e *eventMention) int {
	ts := a.toks
	word := ts[e.trigger].key
	for s := a.leadSentences(); s < len(a.sents); s++ {
		if e.exclude[s] {
			continue
		}
		i0, i1 := a.sentRange(s)
		named, present := false, false
		for i := i0; i < i1; i++ {
			named = named || ts[i].key == word && eventWordAt(ts, i) == e.typ
			present = present || ts[i].key == keyPresence && i > i0 && ts[i-1].key == keyWith
		}
		if named {
			if present && !a.tellsOfOtherTime(s) {
				return s
			}
			return -1
		}
	}
	return -1
}

// minPrefixRoleWords is how many words a post told again by the first
// words of its full title must keep.
const minPrefixRoleWords = 3

// rolePrefixHolder returns the one person whose post of the article the
// post r names by its first words, told again without its last («با
// معاون هماهنگی امور عمرانی» for «X، معاون هماهنگی امور عمرانی
// استاندار»); else nil.
func (a *analysis) rolePrefixHolder(r *roleRef) *personMention {
	w := persian.Words(r.role)
	if len(w) < minPrefixRoleWords {
		return nil
	}
	var found *personMention
	for _, af := range a.affs {
		if af.person == nil || af.role.former || !wordsPrefix(w, persian.Words(af.role.role)) {
			continue
		}
		if found != nil && !samePerson(found, af.person) {
			return nil
		}
		found = af.person
	}
	return found
}

// wordsPrefix reports the words w as the first words of the longer full.
func wordsPrefix(w, full []string) bool {
	if len(full) <= len(w) {
		return false
	}
	for n := range w {
		if persianKey(w[n]) != persianKey(full[n]) {
			return false
		}
	}
	return true
}

// noPartAfter is the reason one named only in what came after an event
// ended takes no part in it.
const noPartAfter = "named in a sentence of what came after the event ended («پس از پایان مجمع ...»)"

// endedWords after «پس از/بعد از» tell an event was over: «پس از پایان
// مجمع»، «بعد از اتمام جلسه».
var endedWords = keySet("پایان", "اتمام", "خاتمه")

// afterEventEnded reports a sentence s, naming no event of its own held
// after, that opens with «پس از/بعد از پایان» e's kind of event («پس از
// پایان مجمع و با حکم ...»).
func (a *analysis) afterEventEnded(s int, e *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1 && i < i0+maxTimeOpening; i++ {
		if !(ts[i].key == keyThen || ts[i].key == keyAfter) || ts[i+1].key != keyFrom || !endedWords[ts[i+2].key] {
			continue
		}
		j := i + 3
		if j+1 < i1 && (ts[j].key == keyThis || sameDayWords[ts[j].key]) {
			j++
		}
		if t := eventWordAt(ts, j); ts[j].key != ts[e.trigger].key && (t == "" || complementType(ts, j, t) != e.typ && !riteWords[ts[j].key]) {
			return false
		}
		for k := j + eventWordLen(ts, j); k < i1; k++ {
			if eventWordAt(ts, k) != "" {
				return false // «پس از پایان مراسم، از طرح الف بازدید کرد» tells an event of its own
			}
		}
		return true
	}
	return false
}

// firstSentenceOf returns the sentence of the article's first mention of
// p's person.
func (a *analysis) firstSentenceOf(p *personMention) int {
	for qi := range a.persons {
		if q := &a.persons[qi]; samePerson(q, p) {
			return a.toks[q.start].sent
		}
	}
	return a.toks[p.start].sent
}

// newPluralHolders returns the article's appointees that a plural post
// named «new» between tokens i0 and i1 stands for: «رؤسای جدید
// دانشکده‌ها ... معرفی شدند» are the new heads of the faculties, each
// appointee to a body of that head noun, whatever the post's title; with
// no body named, «فرمانداران جدید» those brought into that post.
func (a *analysis) newPluralHolders(i0, i1 int) []*personMention {
	ts := a.toks
	var out []*personMention
	for k := i0; k < i1; k++ {
		n, post := pluralPosts.at(ts, k)
		if n == 0 {
			continue
		}
		j, body := k+n, ""
		switch {
		case j < i1 && newHolderWords[ts[j].key]:
			if j+1 < i1 && !ts[j+1].punct {
				body = ts[j+1].key
			}
		case j+1 < i1 && newHolderWords[ts[j+1].key] && !ts[j].punct:
			body = ts[j].key
		default:
			continue
		}
		var byBody, byPost []*personMention
		for n := range a.apps {
			ap := &a.apps[n]
			if ap.person == nil || a.replacedInArticle(ap.person) {
				continue
			}
			if w := keyWords(ap.role.org); body != "" && len(w) > 0 && strings.HasPrefix(body, w[0]) {
				byBody = append(byBody, ap.person)
			}
			if roleHeadKey(ap.role.role) == roleHeadKey(post) {
				byPost = append(byPost, ap.person)
			}
		}
		if len(byBody) == 0 {
			byBody = byPost
		}
		for _, p := range byBody {
			if !containsMention(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// replacedInOtherPost reports p as the predecessor only in posts other
// than those e's sentence names: «آیین تودیع و معارفه فرمانده انتظامی
// الف ... در ادامه این آیین، X به عنوان رئیس پلیس آگاهی جانشین Y شد»
// bids farewell to the commander, not to Y.
func (a *analysis) replacedInOtherPost(e *eventMention, p *personMention) bool {
	posts := a.postsNamedIn(e.sent)
	if len(posts) == 0 {
		return false
	}
	other := false
	for n := range a.apps {
		ap := &a.apps[n]
		if ap.predecessor == nil || !samePerson(ap.predecessor, p) {
			continue
		}
		if posts[postKey(ap.role)] {
			return false
		}
		other = true
	}
	return other
}

// tutorOf reports the tutor p («با تدریس X») as teaching at e: a
// workshop whose sentences hold p (the article's main one, or a body one
// whose scope holds p's sentence), or an event p's sentence names by its
// own kind. «همزمان با این آیین، کارگاه ... با تدریس X» puts X at the
// workshop, not at a visit told before.
func (a *analysis) tutorOf(e *eventMention, p *personMention) bool {
	s := a.toks[p.start].sent
	if e.typ == "workshop" {
		return e.scope == nil && !e.exclude[s] || e.scope[s]
	}
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if t := eventWordAt(a.toks, i); t != "" && complementType(a.toks, i, t) == e.typ && !(i > i0 && isDeterminer(a.toks[i-1].key)) && !afterEvent(a.toks, i0, i) {
			return true
		}
	}
	return false
}

// decreeOfAppointee reports «حکم X» as X's own decree: X one of the
// article's appointees and the decree the subject of its clause, not
// «با/طی/به موجب حکم X» that X issued («حکم X صبح امروز در جلسه شورا
// به وی ابلاغ شد»).
func (a *analysis) decreeOfAppointee(p *personMention) bool {
	ts := a.toks
	k := p.start - 1 // «حکم»
	if k > 0 && ts[k-1].sent == ts[k].sent && !ts[k-1].punct && ts[k-1].key != keyAnd {
		return false // «با حکم X»، «طی حکم X»
	}
	for n := range a.apps {
		if ap := &a.apps[n]; ap.person != nil && samePerson(ap.person, p) {
			return true
		}
	}
	return false
}

// comingOutsideSpeech reports a sentence that, before any reported
// speech, tells of something still to come.
func (a *analysis) comingOutsideSpeech(s int) bool {
	i0, i1 := a.sentRange(s)
	quoted := a.quotedTokens()
	for k := i0; k < i1; k++ {
		if quoted[k] || a.toks[k].text == ":" {
			i1 = k
			break
		}
	}
	return a.tellsOfComing(i0, i1)
}

// namesOwnKind reports an event word of type typ itself in sentence s
// (a rite word «آیین/مراسم» of another kind aside).
func (a *analysis) namesOwnKind(s int, typ string) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if t := eventWordAt(a.toks, i); t != "" && complementType(a.toks, i, t) == typ {
			return true
		}
	}
	return false
}

// closingTitle reports a title that names a closing ceremony: «آیین/مراسم
// اختتامیه ...».
func (a *analysis) closingTitle() bool {
	if a.art.Title == "" || len(a.sents) == 0 {
		return false
	}
	i0, i1 := a.sentRange(0)
	for k := i0; k < i1; k++ {
		if closingWords[a.toks[k].key] && (k > i0 && riteWords[a.toks[k-1].key] || eventWordAt(a.toks, k) != "") {
			return true // «آیین اختتامیه ...»، «اختتامیه جشنواره ... برگزار شد»
		}
	}
	return false
}

// presentInRetelling reports a post r named after «به ریاست/با حضور» in a
// later sentence of e's that tells it again: «در این جلسه که به ریاست
// استاندار یزد برگزار شد، ...».
func (a *analysis) presentInRetelling(e *eventMention, r *roleRef) bool {
	ts := a.toks
	s := ts[r.start].sent
	if s <= e.sent || e.scope != nil && !e.scope[s] || e.scope == nil && e.exclude[s] || r.start < 2 || !attendWords[ts[r.start-1].key] {
		return false
	}
	i0, _ := a.sentRange(s)
	for i := i0 + 1; i < r.start; i++ {
		if eventWordAt(ts, i) == e.typ && isDeterminer(ts[i-1].key) {
			return true
		}
	}
	return false
}

// sinceWords tell a span up to now: «از ابتدای ...»، «تاکنون».
var sinceWords = keySet("ابتدای", "آغاز", "تاکنون", "اکنون", "اول")

// sinceCueIn reports a span up to now among tokens i0 to i: «از ابتدای
// دی ماه»، «تاکنون»، «تا کنون».
func (a *analysis) sinceCueIn(i0, i int) bool {
	ts := a.toks
	for j := i0; j < i; j++ {
		if ts[j].key == keyTaakonun || j > i0 && ts[j-1].key == keyFrom && sinceWords[ts[j].key] || ts[j].key == keyUntil && j+1 < i && ts[j+1].key == keyNow {
			return true
		}
	}
	return false
}

var (
	keyTaakonun = persianKey("تاکنون")
	keyNow      = persianKey("کنون")
)

// gatheringWords name a gathering a body may hold a booth at: «اجلاس»،
// «همایش»، «جشنواره»، «کنگره».
var gatheringWords = keySet("اجلاس", "اجلاسیه", "همایش", "جشنواره", "کنگره", "گردهمایی")

var keyBooth = persianKey("غرفه")

// boothInLead reports «غرفه» outside speech in the title and lead (the
// first limit sentences): a body's booth.
func (a *analysis) boothInLead(limit int) bool {
	quoted := a.quotedTokens()
	for i := 0; i < len(a.toks) && a.toks[i].sent < limit; i++ {
		if !quoted[i] && strings.HasPrefix(a.toks[i].key, keyBooth) {
			return true
		}
	}
	return false
}

// signerOfThis reports a person named, in a sentence of body event e's
// scope that opens «این X» (X e's own event word), between «را» and «امضا
// کردیم/کردند»: «این تفاهم‌نامه را X و Y امضا کردند».
func (a *analysis) signerOfThis(e *eventMention, p *personMention) bool {
	ts := a.toks
	if e.scope == nil || e.trigger < 0 || e.trigger >= len(ts) || p.start >= len(ts) {
		return false
	}
	sent := ts[p.start].sent
	if !e.scope[sent] {
		return false
	}
	i0, i1 := a.sentRange(sent)
	if i0+2 >= i1 || ts[i0].key != keyThis || ts[i0+1].key != ts[e.trigger].key || ts[i0+2].key != keyRa || p.start <= i0+2 {
		return false
	}
	for i := p.end; i+1 < i1; i++ {
		if ts[i].key == keySignVerb {
			return strings.HasPrefix(ts[i+1].key, keyDid) || strings.HasPrefix(ts[i+1].key, keyPerformed)
		}
	}
	return false
}

var (
	keySignVerb = persianKey("امضا")

	keyPerformed = persianKey("نمود")
)

// officerOfThis reports a person who, in a sentence of e's own or of its
// scope, is said to hold an office of e, «X دبیری/ریاست این نمایشگاه را بر
// عهده دارد»، X e's own event word.
func (a *analysis) officerOfThis(e *eventMention, p *personMention) bool {
	ts := a.toks
	if e.trigger < 0 || e.trigger >= len(ts) || p.start >= len(ts) {
		return false
	}
	sent := ts[p.start].sent
	if sent != e.sent && (e.scope == nil || !e.scope[sent]) && !(sent > e.sent && !a.quotedTokens()[p.start]) {
		return false // «X، دبیر این همایش، گفت» in a later sentence runs it too
	}
	_, i1 := a.sentRange(sent)
	for i := p.end; i+2 < i1 && i < p.end+maxOfficerGap; i++ {
		if eventOffices[ts[i].key] && ts[i+1].key == keyThis && ts[i+2].key == ts[e.trigger].key {
			return true
		}
	}
	return false
}

// eventOffices run an event: «دبیری این نمایشگاه»، «ریاست این همایش».
var eventOffices = keySet("دبیری", "ریاست", "مدیریت", "سرپرستی", "دبیر")

// maxOfficerGap bounds the tokens between a person and the office he holds
// («X مدیر گروه ... دانشگاه الف دبیری این نمایشگاه»).
const maxOfficerGap = 20

// presentWords with «بود/بودند» tell that one was present: «X نیز در
// آیین حاضر بود».
var (
	presentWords = keySet("حاضر", "حضور")
	wasWords     = keySet("بود", "بودند", "داشت", "داشتند")
	keyToo       = persianKey("نیز")
)

// narratesAttendance reports a sentence that opens with a person's name
// and tells, in the reporter's words, that he was there: «X، رئیس Y نیز
// در آیین حاضر بود»، «X هم در این مراسم حضور داشت». Said after a quote
// in the same paragraph, it ends the quote: a speaker does not tell of
// himself or another so. So does one that opens with a name and goes on
// with «نیز» before any colon: «X، رئیس کمیسیون الف نیز گزارش را قرائت
// کرد» passes to the next one the reporter tells of.
func (a *analysis) narratesAttendance(s int) bool {
	i0, i1 := a.sentRange(s)
	opens := false
	for _, p := range a.persons {
		if p.start == i0 {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	ts := a.toks
	for k := i0; k+1 < i1; k++ {
		if ts[k].text == ":" || ts[k].text == "«" {
			return false
		}
		if presentWords[ts[k].key] && wasWords[ts[k+1].key] || a.attendedAt(k, i1) {
			return true
		}
		if ts[k].key == keyToo && k > i0 {
			// «X، رئیس کمیسیون الف نیز گزارش کمیسیون را قرائت کرد»:
			// the reporter goes on to the next one who spoke or acted.
			return true
		}
		if a.r20CAlsoAfterApposition(k, i0) {
			return true // «X، مدیر الف، هم در این مراسم ... خبر داد»
		}
	}
	return false
}

// heldThenIntroduced reports a title that tells a meeting held and then,
// after «/», an introduction: «نشست الف برگزار شد/ معارفه مدیر جدید ب».
// The introduction was made in the session, which stays a meeting.
func (a *analysis) heldThenIntroduced(e *eventMention, i int) bool {
	ts := a.toks
	if e.typ != "meeting" || ts[e.trigger].sent != 0 || ts[i].sent != 0 || i < e.trigger {
		return false
	}
	held := false
	for j := e.trigger + 1; j < i; j++ {
		if completionVerbs[ts[j].key] {
			held = true
		}
		if ts[j].text == "/" {
			return held
		}
	}
	return false
}

// opensSpeech reports a sentence that opens reported speech of its own
// («X افزود: ...»، «وی در ادامه گفت: ...»): a new speaker is named, so the
// speech before it has ended and the words before its colon are the
// report's own.
func (a *analysis) opensSpeech(s int) bool {
	i0, i1 := a.sentRange(s)
	for k := i0; k < i1; k++ {
		if a.toks[k].text == ":" && a.speechBefore(k) {
			return true
		}
	}
	return false
}

// refersBackToEvent reports a sentence naming the report's event again
// with «این/همین» before an event word: «در حاشیه این آیین»، «در همین
// مراسم».
func (a *analysis) refersBackToEvent(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i+1 < i1; i++ {
		if backRefWords[a.toks[i].key] && eventWordAt(a.toks, i+1) != "" {
			return true
		}
	}
	return false
}

// backRefWords refer back to what the report told: «این»، «همین».
var backRefWords = keySet("این", "همین")

// datedOtherDay reports a sentence, not the event's, whose first full
// date is a day other than the event's and that names no event: what it
// tells was done on that other day.
func (a *analysis) datedOtherDay(s int, e *eventMention) bool {
	if e.date == nil || e.date.Precision != persian.PrecisionDay || s == e.sent {
		return false
	}
	if a.sentenceNamesAnyEvent(s) {
		return false
	}
	i0, i1 := a.sentRange(s)
	for n, ds := 0, a.datesIn(s); n < len(ds); n++ {
		d := &ds[n]
		if d.Precision != persian.PrecisionDay {
			continue
		}
		k := a.tokenAtOffset(i0, i1, d.Start)
		if k < len(a.orgCover) && a.orgCover[k] || k > i0 && (periodEnds[a.toks[k-1].key] || a.toks[k-1].key == keyFrom && !a.r18CTermBefore(s, k, d, e)) ||
			k > i0+1 && a.toks[k-1].key == keyDay && a.toks[k-2].key == keyFrom && !a.r18CTermBefore(s, k, d, e) || a.issuedOn(d, k, i1) {
			// «بیمارستان ۱۷ شهریور»، «از روز دوشنبه»، «حکمی که روز شنبه
			// صادر شد»: a name, the start of a term, a decree's day.
			continue
		}
		return d.ISO != e.date.ISO
	}
	return false
}

// outletNouns stand before the name of a news outlet: «خبرنگار پیام
// خاوران»، «روزنامه پیام ...».
var outletNouns = keySet("خبرنگار", "خبرگزاری", "روزنامه", "هفته‌نامه", "ماهنامه", "نشریه", "پایگاه")

// outletNamed reports an event word at i, in a sentence from i0, that
// opens an outlet's name: after «خبرنگار»، «روزنامه» or «به گزارش».
func outletNamed(ts []token, i0, i int) bool {
	return i > i0 && outletNouns[ts[i-1].key] || i > i0+1 && ts[i-1].key == keyReport && ts[i-2].key == keyTo
}

// issuesDecrees reports a sentence telling decrees issued: «طی احکامی که
// ... صادر شد»، «حکمی ... صادر کرد».
func (a *analysis) issuesDecrees(s int) bool {
	return a.sentenceHasAny(s, decreeNouns) && a.sentenceHasAny(s, issueWords)
}

var (
	decreeNouns = keySet("احکامی", "حکمی", "احکام")
	issueWords  = keySet("صادر")
)

// namesEventOutsideOutlet is sentenceNamesAnyEvent, passing over an
// outlet's name («به گزارش پیام الف»).
func (a *analysis) namesEventOutsideOutlet(s int) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if eventWordAt(a.toks, i) != "" && !outletNamed(a.toks, i0, i) {
			return true
		}
	}
	return false
}

// tokenAtOffset returns the first token of i0..i1 that ends after the
// byte offset off (the token a date starting at off opens), or i1.
func (a *analysis) tokenAtOffset(i0, i1, off int) int {
	k := i0
	for k < i1 && a.toks[k].end <= off {
		k++
	}
	return k
}
