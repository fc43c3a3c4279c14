package extract

import "github.com/peyvand/peyvand/persian"

// ruleDoneAtDated names the rule of r20CDoneAtDated for --explain.
const ruleDoneAtDated = "done at «روز X ... در جلسه/آیین Y ... ابلاغ/اعطا شد»"

// r20CDoneAtNouns, before a passive verb, tell of a thing done at a
// session or a rite: a decree handed over or read, a prize given, a
// plan passed, a holder introduced or thanked.
var r20CDoneAtNouns = keySet("ابلاغ", "اعطا", "اهدا", "قرائت", "تقدیم", "تصویب", "معرفی", "تجلیل", "تقدیر", "تکریم")

// r20CDoneAtDated reports a meeting or a rite at i, after «در», in a
// sentence, outside reported speech, that names a day before it and
// whose clause ends in a passive of a thing done at it: «این حکم عصر
// شنبه ۵ آذر در جلسه شورای الف و با حضور X ابلاغ شد». The day and the
// past verb tell of a session held, not one referred to.
func (a *analysis) r20CDoneAtDated(i, j, i0, i1 int) bool {
	ts := a.toks
	if t := eventWordAt(ts, i); t != "meeting" && t != "ceremony" || a.quotedTokens()[i] {
		return false
	}
	if !a.r20CDayBefore(i0, i) {
		return false
	}
	for k := j; k+1 < i1; k++ {
		if ts[k].punct {
			return false
		}
		if r20CDoneAtNouns[ts[k].key] && r18CPassives[ts[k+1].key] {
			return k+2 >= i1 || ts[k+2].punct
		}
	}
	return false
}

// r20CDayBefore reports a weekday or a day relative to the article's
// («امروز»، «روز گذشته») among tokens i0 to i.
func (a *analysis) r20CDayBefore(i0, i int) bool {
	ts := a.toks
	for k := i0; k < i; k++ {
		if _, _, ok := relativeDayAt(ts, k); ok {
			return true
		}
		if _, _, ok := weekdayAt(ts, k); ok {
			return true
		}
	}
	return false
}

// r20CHonouredAtThis reports a paragraph whose first sentence says its
// subject was honoured at the event told before («X که ... مدیرعامل این
// شرکت بود، در این آیین مورد تقدیر قرار گرفت»، «... در این مراسم از او
// تجلیل شد»), however long the clause before: like one present at it
// (r18CPresentAtThis), it goes on with the report above, not a new
// article under a subheading.
func r20CHonouredAtThis(s string) bool {
	return atThisEventThen(s, func(w []string, k int) bool {
		for j := k; j+1 < len(w) && j <= k+3; j++ {
			if honorWords[persian.Squash(w[j])] && (honorPassives[persian.Squash(w[j+1])] || persian.Squash(w[j+1]) == keyQarar) {
				return true
			}
		}
		return false
	})
}

// keyR20CIntroduction is «معرفی», the noun of «X را به عنوان R معرفی
// کرد».
var keyR20CIntroduction = persianKey("معرفی")

// r20CIntroducedOnTrip reports the trip at k («در سفر به الف») whose
// sentence tells nothing done on it but an introduction: «معاون استاندار
// امروز در سفر به الف، X را به عنوان سرپرست فرمانداری الف معرفی کرد». The
// trip is the frame; what the sentence reports is the introduction, a
// ceremony. A sentence that names another event on the trip («... از طرح
// ب بازدید کرد و ...») or gives no post «به عنوان» is left a visit.
func (a *analysis) r20CIntroducedOnTrip(k int) bool {
	ts := a.toks
	if k < 0 || k >= len(ts) || ts[k].key != keyTrip || a.quotedTokens()[k] {
		return false
	}
	s := ts[k].sent
	i0, i1 := a.sentRange(s)
	for j := i0; j < i1; j++ {
		if j != k && eventWordAt(ts, j) != "" {
			return false
		}
	}
	title := false
	for j := k + 1; j+1 < i1; j++ {
		if asTitleAt(ts, j) > j {
			title = true
		}
		if title && ts[j].key == keyR20CIntroduction && (ts[j+1].key == keyDid || r18CPassives[ts[j+1].key]) {
			return true
		}
	}
	return false
}

// r20CTutorByPronoun reports p as the tutor a workshop's sentence names
// by a pronoun: «به گفته X، کارگاه الف دوشنبه با تدریس وی برگزار می‌شود»
// (the person named last before it) or, in the speaker's own words, «X
// اعلام کرد: کارگاه الف ... با تدریس اینجانب برگزار می‌شود» (the speaker,
// named in the same sentence). The announcer who teaches takes part.
func (a *analysis) r20CTutorByPronoun(e *eventMention, p *personMention) bool {
	if e.typ != "workshop" || e.trigger < 0 || e.trigger >= len(a.toks) {
		return false
	}
	ts := a.toks
	i0, i1 := a.sentRange(e.sent)
	for k := i0; k+1 < i1; k++ {
		if !tutorCues[ts[k].key] {
			continue
		}
		w := ts[k+1].key
		self := r16CFirstPerson[w]
		if !self && !pronouns[w] {
			continue
		}
		q := a.lastPersonBefore(k)
		if q == nil || self && (ts[q.start].sent != e.sent || !r20CSpeechBetween(ts, q.end, k)) {
			return false
		}
		return samePerson(q, p)
	}
	return false
}

// r20CSpeechBetween reports a speech's opening, its verb or a colon, among
// tokens j to k: «X اعلام کرد: ...»، «X گفت ...».
func r20CSpeechBetween(ts []token, j, k int) bool {
	for ; j < k; j++ {
		if ts[j].text == ":" || isSpeechVerb(ts[j].key) {
			return true
		}
	}
	return false
}

// r20CEndWords after «در» and before «این/همین X» place what a sentence
// tells at the end or in the course of the event X, with its persons
// there: «در پایان این کارگاه، تفاهم‌نامه ... به امضای الف و ب رسید».
// «در ادامه این سفر» moves on to another stop of a trip, as «در پایان این
// سفر» does, and «در حاشیه» is read by inMarginOf.
var r20CEndWords = keySet("پایان", "جریان")

// r20CAtEndOfMain reports a sentence s that tells what was done at the
// end of main («در پایان این کارگاه، تفاهم‌نامه ... به امضای الف و ب
// رسید»): those who did it were at main too.
func (a *analysis) r20CAtEndOfMain(s int, main *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && r20CEndWords[ts[i+1].key] && (sameDayWords[ts[i+2].key] || ts[i+2].key == keyThis) {
			t := eventWordAt(ts, i+3)
			return t != "" && t == main.typ && ts[i+3].key != keyTrip
		}
	}
	return false
}

// keyR20CAlso is «هم», «also» after a name and its post.
var keyR20CAlso = persianKey("هم")

// r20CAlsoAfterApposition reports «هم» at k after a post set after the
// name that opens the sentence at i0 («X، post»), with a comma or «در»
// next to it: «X، مدیر پرستاری بیمارستان الف هم در این مراسم ...
// خبر داد» is the reporter going on to the next one who spoke, as «نیز»
// is. «هم» elsewhere may pair («هم ... و هم ...»).
func (a *analysis) r20CAlsoAfterApposition(k, i0 int) bool {
	ts := a.toks
	if k <= i0+2 || k+1 >= len(ts) || ts[k].key != keyR20CAlso || !(ts[k-1].text == "،" || ts[k+1].key == keyIn) {
		return false
	}
	for _, p := range a.persons {
		if p.start == i0 {
			return p.end < k && ts[p.end].text == "،"
		}
	}
	return false
}

// r20CInBareMarginOfMain reports a sentence s that tells what was done «در
// حاشیه X» with no «این» before X, X a rite of main's kind and main a
// ceremony: «همچنین در حاشیه آیین معارفه، تفاهم‌نامه ... به امضای الف و ب
// رسید» after the report of that introduction ceremony; those who signed
// were at it too.
func (a *analysis) r20CInBareMarginOfMain(s int, main *eventMention) bool {
	if main.typ != "ceremony" {
		return false
	}
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && ts[i+1].key == keyMargin && riteWords[ts[i+2].key] {
			return eventWordAt(ts, i+2) == main.typ
		}
	}
	return false
}

// r20CAfterLineBreak reports a line break right before token i: the word
// before it ends a subheading («گشایش انبار تازه و یک حکم» over «X در
// آیین ... گفت»), not a phrase that goes on into i («با حکم X»).
func (a *analysis) r20CAfterLineBreak(i int) bool {
	return i > 0 && i < len(a.toks) && a.newParagraph(a.toks[i-1], a.toks[i])
}

// r20CComingWeekOf reports an event at k told still to come «هفته آینده»
// outside speech («آیین تودیع و معارفه مدیرکل الف هفته آینده ... برگزار
// خواهد شد»): a time of its own, not the day of an event of its kind the
// article dated before, so it is another event though it names no day.
func (a *analysis) r20CComingWeekOf(k, i0, i1 int) bool {
	return !a.quotedTokens()[k] && namesComingWeek(a.toks, i0, i1) && a.tellsOfComing(i0, i1)
}

// r20CTutorClause reports p as a workshop's tutor told in a relative
// clause after the name that refers back to it: «X که تدریس این کارگاه را
// بر عهده دارد، افزود: ...»، «X که مدرس این دوره است».
func (a *analysis) r20CTutorClause(e *eventMention, p *personMention) bool {
	ts := a.toks
	if e.typ != "workshop" || p.end+3 >= len(ts) || ts[p.end].key != keyWhich {
		return false
	}
	k := p.end + 1
	if !tutorCues[ts[k].key] || !isDeterminer(ts[k+1].key) {
		return false
	}
	return eventWordAt(ts, k+2) == "workshop" && ts[k+2].sent == ts[p.start].sent
}

// noPartR20CReporter is the reason one who spoke to a reporter takes no
// part in the event told.
const noPartR20CReporter = "spoke to a reporter («در گفت‌وگو با خبرنگار الف گفت»), not at the event"

// r20CInterviewWords name a talk given to the press.
var r20CInterviewWords = keySet("گفتوگو", "گفتگو", "مصاحبه")

var keyR20CReporter = persianKey("خبرنگار")

// r20CToReporter reports a sentence, outside reported speech, whose
// speaker spoke «در گفت‌وگو با خبرنگار الف»: to the press, on his own
// occasion, not at the event the report tells (unless the sentence
// refers back to it: «در حاشیه این آیین در گفت‌وگو با ...»).
func (a *analysis) r20CToReporter(s int) bool {
	i0, i1 := a.sentRange(s)
	for k := i0; k+2 < i1; k++ {
		if a.r20CInterviewAt(k, i1) && !a.quotedTokens()[k] {
			return true
		}
	}
	return false
}

// r20CInterviewAt reports «گفت‌وگو/مصاحبه با خبرنگار» at k, before i1: a
// talk given to the press, no meeting of its own.
func (a *analysis) r20CInterviewAt(k, i1 int) bool {
	ts := a.toks
	return k+2 < i1 && r20CInterviewWords[ts[k].key] && ts[k+1].key == keyWith && ts[k+2].key == keyR20CReporter
}

var keyR20CCooperation = persianKey("همکاری")

// r20CCollaboratorOf reports p named «با همکاری X» in a clause, outside
// speech, that tells of work done or drawn up with X («این برنامه با
// همکاری X تدوین شده است»، «این طرح را با همکاری X اجرا می‌کند»): X
// worked on it, and is not said to be at the event told.
func (a *analysis) r20CCollaboratorOf(p *personMention) bool {
	ts := a.toks
	i := p.start
	return i >= 2 && ts[i-2].key == keyWith && ts[i-1].key == keyR20CCooperation && !a.quotedTokens()[i]
}

// keyR20CWillPl is «خواهند», the future's auxiliary in the plural
// («بازدید خواهند کرد»).
var keyR20CWillPl = persianKey("خواهند")

// r20CWillPlural reports the plural future at j («خواهند») or right after
// it, as isPlanVerb reads the singular «خواهد».
func r20CWillPlural(ts []token, j, i1 int) bool {
	return ts[j].key == keyR20CWillPl || j+1 < i1 && ts[j+1].key == keyR20CWillPl
}

// r20CReplacedAtSession reports p, the one an appointment of the article
// replaced, as told of only, not at the session (a meeting) the report
// tells: no sentence, outside reported speech, thanks him, says he was
// there («X نیز در جلسه حاضر بود») or has him speak, no one thanks him for
// his work («از زحمات X»), and he is brought into no post himself save one
// told of another time («هفته گذشته ... منصوب شد»، «از این پس ... خواهد
// بود»). A
// session that picks a new holder («جایگزین X شد که ... منصوب شد») does
// not bid the old one farewell as a ceremony does.
func (a *analysis) r20CReplacedAtSession(e *eventMention, p *personMention) bool {
	if e.typ != "meeting" || !a.replacedInArticle(p) {
		return false
	}
	for n := range a.apps {
		ap := &a.apps[n]
		if ap.person == nil || !samePerson(ap.person, p) || ap.sent < 0 || ap.sent >= len(a.sents) {
			continue
		}
		if i0, i1 := a.sentRange(ap.sent); !a.tellsOfOtherTime(ap.sent) && !a.tellsOfComing(i0, i1) {
			return false // brought into a post himself, at the session
		}
	}
	ts := a.toks
	quoted := a.quotedTokens()
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		if a.thankedFor(q) {
			return false // «از زحمات X قدردانی می‌کنیم», in speech too
		}
		if quoted[q.start] {
			continue
		}
		s := ts[q.start].sent
		i0, i1 := a.sentRange(s)
		for k := q.end; k < i1; k++ {
			if quoted[k] {
				break
			}
			if presentWords[ts[k].key] && k+1 < i1 && wasWords[ts[k+1].key] || isSpeechVerb(ts[k].key) || thanksWords[ts[k].key] {
				return false
			}
		}
		if a.sentenceThanks(s) && !quoted[i0] || s+1 < len(a.sents) && a.r20CThanksPronoun(s+1) {
			return false // «... در این مجمع از خدمات او قدردانی شد»
		}
	}
	return true
}

// r20CThanksPronoun reports a sentence that thanks someone by a pronoun
// for his work: «از خدمات/تلاش‌های او/وی».
func (a *analysis) r20CThanksPronoun(s int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for k := i0; k+2 < i1; k++ {
		if ts[k].key == keyFrom && worksWords[ts[k+1].key] && pronouns[ts[k+2].key] {
			return true
		}
	}
	return false
}

// r20CNewsOfAppointmentBeside reports p named again in the sentence that
// tells of his appointment as news («X از انتصاب Y به سمت R خبر داد و گفت
// Y جایگزین Z شده ...»): the later mention is of the one told of too.
func (a *analysis) r20CNewsOfAppointmentBeside(p *personMention) bool {
	s := a.toks[p.start].sent
	for qi := range a.persons {
		q := &a.persons[qi]
		if q.start < p.start && a.toks[q.start].sent == s && samePerson(p, q) && a.r17CNewsOfAppointment(q) {
			return true
		}
	}
	return false
}

// r20CHolderToldElsewhere reports p, the new holder of a post the title
// names («سفر استاندار به الف؛ دهیار جدید روستای ب معرفی شد»), every
// mention of whom is in sentences the title's event leaves to another
// event of the body (the session in which he was introduced): he was at
// that event, not at the title's.
func (a *analysis) r20CHolderToldElsewhere(e *eventMention, p *personMention) bool {
	if e.sent != 0 || a.art.Title == "" || len(e.exclude) == 0 {
		return false
	}
	incoming := false
	for n := range a.apps {
		incoming = incoming || a.apps[n].person != nil && samePerson(a.apps[n].person, p)
	}
	if !incoming {
		return false // the title names the post of one who was at its event
	}
	n := 0
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		if !e.exclude[a.toks[q.start].sent] {
			return false
		}
		n++
	}
	return n > 0
}

// r20CAlsoHoldsPost reports the one appointment ap brings in as holding,
// by an affiliation in the same body, a post headed as role too: «عضو
// هیئت‌مدیره و مدیرعامل شرکت الف» is the company's new chief executive,
// whom «مدیرعامل جدید الف» names.
func (a *analysis) r20CAlsoHoldsPost(ap *appMention, role string) bool {
	if ap.person == nil {
		return false
	}
	head, org := roleHeadKey(role), persianKey(ap.role.org)
	for _, af := range a.affs {
		if af.person != nil && samePerson(af.person, ap.person) && roleHeadKey(af.role.role) == head && persianKey(af.role.org) == org {
			return true
		}
	}
	return false
}
