package extract

import (
	"strconv"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// Events reported in the body of an article, after its title and lead:
// any sentence with an event noun and a verb that says the event was held
// or done («آیین گشایش نمایشگاه ... برگزار شد»، «از کارخانه بازدید
// کرد»، «مورد بازدید قرار گرفت»). Each gives an event of its own when the
// article has none of that kind yet, or none on the day its sentence
// names; its participants are the persons of its sentence and of the
// sentences after it up to the next event's, and the main event leaves
// those sentences out.

// bodyEventTypes are the kinds of event a body sentence may add; the
// nouns of activities (توزیع، ارزیابی، نظارت) are told of as work done,
// not as events of their own.
var bodyEventTypes = map[string]bool{"meeting": true, "ceremony": true, "visit": true, "workshop": true,
	"exhibition": true, "opening": true, "statement": true}

// heldOther reports an event word of kind "other" that names an event
// held, a drill («مانور ... اجرا شد»، «رزمایش ... برگزار می‌شود»), not
// work done (a handing out «توزیع») or a festival or contest a report
// lists among a body's works.
func heldOther(ts []token, k int, typ string) bool {
	return typ == "other" && (drillWords[ts[k].key] || r17CHeldOtherAt(ts, k))
}

var drillWords = keySet("مانور", "رزمایش")

func persianWordsOf(s string) []string { return strings.Fields(s) }

// maxTitleBefore bounds the words before an event noun that title an
// event told by a compound verb.
const maxTitleBefore = 12

// maxBodyEvents bounds the events read from one article's body.
const maxBodyEvents = 6

// completionVerbs say an event was held, done or opened.
var completionVerbs = keySet("برگزار", "برگزارشد", "تشکیل", "بازدید", "افتتاح", "گشایش", "برپا", "امضا", "آغاز", "انجام", "اجرا",
	"بهرهبرداری", "رونمایی", "منعقد", "مبادله")

// ceremonyComplements are the event kinds a «مراسم/آیین» may be of:
// «مراسم بهره‌برداری» is an opening, «آیین گشایش نمایشگاه» an exhibition.
var ceremonyComplements = map[string]bool{"opening": true, "exhibition": true, "workshop": true, "visit": true}

// findBodyEvents adds the events of the body's sentences: after the main
// event's sentence, or from the first sentence when the title and lead
// tell of none. A kind of event (eventKind) the article already has gives
// another event only when its sentence names a day of its own that no
// event of that kind has: one visit told over several sentences is one
// event, two meetings on two days are two.
func (a *analysis) findBodyEvents() {
	defer a.datePublishedMain()
	ts := a.toks
	if len(a.events) > 1 && a.events[len(a.events)-1].listed {
		return // a list of events already
	}
	var main *eventMention
	from := 0
	if len(a.events) > 0 {
		main = &a.events[0]
		from = main.sent + 1
		if main.headline {
			from = 1 // the lead and what follows it tell other events first
		}
	}
	days := map[string]map[string]bool{} // the days of the events of each type ("" undated)
	addDay := func(typ string, d *persian.DateMatch) {
		if days[typ] == nil {
			days[typ] = map[string]bool{}
		}
		iso := ""
		if d != nil {
			iso = d.ISO
		}
		days[typ][iso] = true
	}
	for _, e := range a.events {
		addDay(eventKind(ts, e.trigger, e.typ), e.date)
	}
	// The title and lead belong to the main event too: an event found
	// there shares them and takes no later sentences.
	lead := a.leadSentences()
	var found []eventMention
	for s := from; s < len(a.sents) && len(found) < maxBodyEvents; s++ {
		if s < maxDatelineLines && a.inDatelineLine(s) || main != nil && s == main.sent {
			continue
		}
		i0, i1 := a.sentRange(s)
		start := i0
	retry:
		trigger, typ, rule := a.bodyEventTrigger(start, i1)
		if trigger < 0 {
			continue
		}
		typ = complementType(ts, trigger, typ)
		if typ == "visit" && a.r20CIntroducedOnTrip(trigger) {
			typ = "ceremony" // «در سفر به الف، X را به عنوان R معرفی کرد»
		}
		if a.r17CTallySoFar(trigger, i0, i1) {
			a.rejectEventWord(trigger, typ, "a tally up to now («تاکنون ۳۸ قرارداد ... منعقد شده است»), not an event")
			continue
		}
		if main != nil && a.bareRite(trigger, i1) && (a.heldDayIn(s) == nil || main.date != nil && a.heldDayIn(s).ISO == main.date.ISO) {
			// «X که به نمایندگی از Y در مراسم حضور داشت»: a «مراسم/آیین»
			// naming no event of its own is the ceremony of the event
			// the report tells.
			a.rejectEventWord(trigger, typ, "a bare «مراسم/آیین», the ceremony of the event told")
			continue
		}
		if main != nil && (rule == ruleHonouring || rule == ruleHandedOver || rule == ruleR23dIntroducedInPresence) && main.typ != "statement" && main.typ != "ceremony" &&
			(a.heldDayIn(s) == nil || main.date != nil && a.heldDayIn(s).ISO == main.date.ISO) && !a.opensLaterTime(i0, i1, main) {
			// «با حضور X و Y از پیمانکار طرح تقدیر شد» after an opening
			// told: the honouring was done at that opening.
			a.rejectEventWord(trigger, typ, "an honouring naming no day of its own, done at the event told")
			continue
		}
		if (typ == "opening" || a.opensCeremony(trigger, i1)) && days["exhibition"] != nil && !a.namesOpened(trigger, i1) {
			// «آیین گشایش با حضور X برگزار شد» in a report of an
			// exhibition opens that exhibition.
			typ = "exhibition"
		}
		if !bodyEventTypes[typ] && !heldOther(ts, trigger, typ) && !a.r18CDatedFestival(trigger, s) && !a.r23dAnnouncedContest(trigger, s) && !a.inspectsPlace(trigger, i0) && rule != rulePresence {
			a.rejectEventWord(trigger, typ, "a kind of event told as work done, not as an event")
			if next := trigger + eventWordLen(ts, trigger); next < i1 {
				// «... بر اجرای آن نظارت می‌کند و گزارش آن در جلسه X روز
				// دوشنبه ارائه خواهد شد»: an event word after the work
				// done may still tell an event.
				start = next
				goto retry
			}
			continue
		}
		if ts[trigger].key == keyTrip && main != nil && a.sentenceNamesEvent(s, main) {
			// «X در سفر یک‌روزه به استان الف، طرح ب را افتتاح کرد»: the
			// trip frames the main event its sentence tells.
			a.rejectEventWord(trigger, typ, "a trip framing the main event its sentence tells")
			continue
		}
		day, kind := a.heldDayIn(s), eventKind(ts, trigger, typ)
		if kind == "visit" && days["visit"] == nil && days["inspection"] != nil {
			kind = "inspection" // «بازدید کرد» tells of the inspection («بازدید سرزده») reported
		}
		if day == nil {
			day = a.relativeDayIn(s) // «فردا (جمعه) از بندر الف بازدید می‌کند»
		}
		if days[kind] != nil && (day == nil || days[kind][day.ISO]) && !a.opensLaterTime(i0, i1, main) && !a.laterTimeClause(trigger, i1) && !a.r23dAfterEventClause(trigger, i1) && rule != ruleComingIntroduction &&
			!(day == nil && !days[kind][""] && a.r20CComingWeekOf(trigger, i0, i1)) {
			a.rejectEventWord(trigger, typ, "the article has this kind of event already, and the sentence names no other day")
			continue
		}
		addDay(kind, day)
		e := eventMention{typ: typ, trigger: trigger, sent: s, scope: map[int]bool{s: true}, rule: rule}
		if pronouns[ts[i0].key] || i0+1 < i1 && continuations[ts[i0].key] && pronouns[ts[i0+1].key] {
			e.subject = a.lastPersonBefore(i0) // «وی ...»، «سپس وی ...»
		}
		switch {
		case typ == "statement":
			e.title = a.statementTitle(trigger, i0, i1)
		case rule == ruleGathering:
			e.title = a.gatheringTitle(trigger, i1)
		default:
			e.title = a.eventTitle(trigger)
		}
		if len(persianWordsOf(e.title)) <= 1 {
			// «... از کارخانه بازدید کرد»: the words before the event noun.
			e.title = a.text(max(i0, trigger-maxTitleBefore), trigger+eventWordLen(ts, trigger))
		}
		if e.title == "" {
			continue
		}
		found = append(found, e)
		if then, cut, ok := a.r17CThenEvent(&e, i1); ok && len(found) < maxBodyEvents {
			found[len(found)-1].r17CUntil = cut
			addDay(eventKind(ts, then.trigger, then.typ), day)
			found = append(found, then)
		} else if next, cut, ok := a.r18CAlsoEvent(&e, i1); ok && len(found) < maxBodyEvents {
			found[len(found)-1].r17CUntil = cut
			found = append(found, next)
		}
	}
	if len(found) == 0 {
		return
	}
	// Each body event holds its sentence and the next ones up to the next
	// event's sentence; the main event keeps the rest.
	var exclude map[int]bool
	if main != nil {
		if main.exclude == nil {
			main.exclude = map[int]bool{}
		}
		exclude = main.exclude
	} else {
		exclude = map[int]bool{}
	}
	for n := range found {
		e := &found[n]
		end := len(a.sents)
		if n+1 < len(found) {
			end = found[n+1].sent
		}
		if main != nil && e.sent < lead && n == 0 {
			// «X معرفی شد؛ نمایشگاه Y گشایش یافت»: the lead tells another
			// event than the title's; it holds the sentences up to the
			// first later one naming the title's event, which holds the
			// rest, or up to the next body event when that comes first
			// (and is the title's event told again: «عصر امروز نیز
			// نمایشگاه ... افتتاح شد»).
			if k := a.nextSentenceNamingMain(e.sent+1, len(a.sents), main, e); k > 0 {
				for s := e.sent; s < min(k, end); s++ {
					e.scope[s] = true
					exclude[s] = true
				}
			}
		}
		section := main != nil && e.sent >= lead && e.sent > 0 && a.isSubheading(e.sent-1)
		coming := a.bodyComing(e)
		for s := e.sent; s < end && (main == nil || e.sent >= lead); s++ {
			if s > e.sent && section && a.isSubheading(s) || a.r17CSpeechBackAtMain(s, e, main) || s > e.sent && main != nil && a.r17CAtThisProgramme(s) {
				break
			}
			if s > e.sent && main != nil && !a.ceremonyOfEvent(s, e, main) && !a.inMarginOfType(s, e.typ) &&
				!(s == e.sent+1 && a.opensWithThisTrigger(s, e)) && !a.r18CInThisOwn(s, e) &&
				(a.sentenceNamesEvent(s, main) || a.startsParagraph(s) && !section && !a.continuesEvent(s, e)) {
				break
			}
			if s > e.sent && n > 0 {
				if b := a.r18CBackToEarlier(s, e, found[:n]); b != nil {
					b.scope[s] = true
					continue
				}
			}
			e.scope[s] = true
			if coming && main != nil && (s > e.sent || a.r15CToldInSpeech(e)) {
				// «X گفت ... میزبان بازدید استاندار در روز جمعه خواهد
				// بود. Y نیز گفت ...»: an event still to come, told in
				// speech, takes no one from the event the speakers are at:
				// the body event told right before, or else the main one.
				if n > 0 && found[n-1].scope[s-1] && !a.bodyComing(&found[n-1]) {
					found[n-1].scope[s] = true
					exclude[s] = true
				}
				continue
			}
			exclude[s] = s != e.sent || main == nil || !a.inMarginOf(s, main) && !a.alsoAtMain(s, main) && !a.r17CWithinMain(s, main) && !a.r20CAtEndOfMain(s, main) && !a.r20CInBareMarginOfMain(s, main)
			if s > e.sent && main != nil && a.inMarginOfType(s, e.typ) && a.sentenceNamesEvent(s, main) {
				exclude[s] = false // the memorandum signed «در حاشیه این کارگاه» is main's too
			}
		}
		a.dateSecondEvent(e)
		a.r23dMarginDay(e, a.r23dMarginEventOf(e.sent, found[:n]), main)
		if m := a.r23dMarginEventOf(e.sent, found[:n]); m != nil {
			// «در حاشیه این آیین، تفاهم‌نامه ... به امضا رسید» after an
			// exhibition opened: told at that event, on its day, with its
			// persons there too.
			m.scope[e.sent] = true
			exclude[e.sent] = true
			if e.date == nil && m.date != nil {
				e.setDate(m.date, dateRuleMain)
			}
		}
		if e.date == nil {
			// «X یک روز پیش از این آیین از طرح الف بازدید کرد»، «فردای
			// آن روز ...»: a day counted from the event told before.
			if days, typ, ok := a.dayFromEventIn(e.sent); ok {
				if d := eventOfType(found[:n], main, typ, e.sent); d != nil {
					if t, err := d.date.Time(); err == nil {
						e.setDate(dayMatch(t.AddDate(0, 0, days), ""), dateRuleFromEvent)
					}
				}
			}
		}
		typ := a.afterThisEvent(e.sent, e.trigger)
		if typ == "" {
			typ = a.r17CAfterBareMain(e.sent, e.trigger, main)
		}
		if typ == "" {
			typ = a.r23dBeforeThisEvent(e.sent, e.trigger)
		}
		if e.date == nil && typ != "" {
			// «پس از این آیین، فرماندار از طرح الف بازدید کرد»: after the
			// event just told, on its day, not the main event's; the last
			// one of the kind «این X» names, not a workshop told between
			// as still to come («... کارگاه را چهارشنبه برگزار می‌کند»).
			d := lastDatedOfType(found[:n], typ, e.sent)
			if d == nil && main != nil && main.typ == typ && main.date != nil && main.sent < e.sent {
				d = main
			}
			if d == nil {
				d = lastDated(found[:n], nil)
			}
			if d != nil && d.sent < e.sent {
				e.setDate(d.date, dateRuleAfter)
			}
		}
		if e.date == nil && a.namesSameDay(e.sent) {
			// «عصر همین روز نشست ... برگزار شد»: the day just told, the
			// main event's or, with no main event, that of the body's
			// event before it.
			if d := lastDated(found[:n], main); d != nil {
				e.setDate(d.date, dateRuleMain)
			}
		}
		if e.date == nil && !a.tellsOfOtherTime(e.sent) && e.typ != "statement" && !a.bodyComing(e) && e.rule != ruleElectedAt {
			// A statement the report cites («در اطلاعیه‌ای اعلام کرد») is
			// of its own day, which the report does not tell; nor is one
			// still to come on a day not told. With no main event, the
			// body's event before it tells the day.
			if d := lastDated(found[:n], main); d != nil {
				e.setDate(d.date, dateRuleMain)
			}
		}
		a.events = append(a.events, *e)
	}
	if main != nil && main.sent == 0 {
		if m := a.titleInMarginOf(found); m != nil {
			// «امضای تفاهم‌نامه الف در حاشیه نمایشگاه»: the title's
			// event, told in the body «در حاشیه این آیین ...», was at the
			// body's exhibition, on its day, with its persons there too.
			for s := m.sent + 1; s < len(a.sents); s++ {
				if a.marginEventOf(s, found) == m {
					m.scope[s] = true
				}
			}
			if main.date == nil && m.date != nil {
				a.events[0].setDate(m.date, dateRuleMargin)
			}
		}
	}
	if main != nil && main.headline && main.date == nil && !a.tellsOfOtherTime(main.sent) {
		// «پس از این آیین، پست الف ... به بهره‌برداری رسید»: the title's
		// second event, told after the body's events before it, is of
		// the last one's day.
		var before []eventMention
		for _, e := range found {
			if e.sent < main.sent {
				before = append(before, e)
			}
		}
		if d := lastDated(before, nil); d != nil {
			a.events[0].setDate(d.date, dateRuleMain)
		}
	}
}

var keyMargin = persianKey("حاشیه")

// ceremonyOfEvent reports a sentence after body event e, an opening or an
// exhibition, that names main's kind, a ceremony, only as «این/همین
// آیین/مراسم»: the ceremony of e's opening just told («... به بهره‌برداری
// رسید. مدیرعامل ... در این آیین گفت»), not the main one.
func (a *analysis) ceremonyOfEvent(s int, e, main *eventMention) bool {
	if main.typ != "ceremony" || e.typ != "opening" && e.typ != "exhibition" {
		return false
	}
	ts := a.toks
	i0, i1 := a.sentRange(s)
	found := false
	for i := i0; i < i1; i++ {
		if eventWordAt(ts, i) != main.typ {
			continue
		}
		if i == i0 || !(ts[i-1].key == keyThis || sameDayWords[ts[i-1].key]) || !riteWords[ts[i].key] {
			return false
		}
		found = true
	}
	return found
}

// riteWords name a ceremony of any kind: «آیین»، «مراسم».
var riteWords = keySet("آیین", "مراسم")

// marginEventOf returns the body event of events, the last before
// sentence s, that s tells of as «در حاشیه این/همین X», X that event's
// kind or a «آیین/مراسم» of an opening or exhibition; else nil.
func (a *analysis) marginEventOf(s int, events []eventMention) *eventMention {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key != keyIn || ts[i+1].key != keyMargin || !(sameDayWords[ts[i+2].key] || ts[i+2].key == keyThis) {
			continue
		}
		t := eventWordAt(ts, i+3)
		for n := len(events) - 1; n >= 0; n-- {
			m := &events[n]
			if m.sent >= s || m.scope == nil {
				continue
			}
			if t == m.typ || t == "ceremony" && riteWords[ts[i+3].key] && (m.typ == "opening" || m.typ == "exhibition") {
				return m
			}
			return nil // the margin is of the event told last
		}
	}
	return nil
}

// lastDated returns main when it has a date, else the last of events
// that has one, else nil.
func lastDated(events []eventMention, main *eventMention) *eventMention {
	if main != nil && main.date != nil {
		return main
	}
	for n := len(events) - 1; n >= 0; n-- {
		if events[n].date != nil {
			return &events[n]
		}
	}
	return nil
}

// inMarginOf reports a sentence that tells of what was done «در حاشیه
// این/همین X», X main's kind of event or a «مراسم/آیین» («در حاشیه این مراسم، تفاهم‌نامه
// ... به امضای الف و ب رسید»): its persons were at main too.
func (a *analysis) inMarginOf(s int, main *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1; i++ {
		if ts[i].key == keyIn && ts[i+1].key == keyMargin && (sameDayWords[ts[i+2].key] || ts[i+2].key == keyThis) {
			if t := eventWordAt(ts, i+3); t != "" && (t == main.typ || t == "ceremony") {
				return true
			}
		}
	}
	return false
}

// inMarginOfType reports a sentence that tells of what was done «در
// حاشیه این/همین X», X an event word of kind typ («در حاشیه این کارگاه،
// تفاهم‌نامه ... به امضای الف و ب رسید»): its persons were at that event.
func (a *analysis) inMarginOfType(s int, typ string) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && ts[i+1].key == keyMargin && (sameDayWords[ts[i+2].key] || ts[i+2].key == keyThis) {
			return eventWordAt(ts, i+3) == typ
		}
	}
	return false
}

// opensWithThisTrigger reports a sentence that opens «این X», X body
// event e's own event word («... تفاهم‌نامه الف به امضا رسید. این
// تفاهم‌نامه را X و Y امضا کردند»): it goes on telling of e.
func (a *analysis) opensWithThisTrigger(s int, e *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	return e.trigger >= 0 && e.trigger < len(ts) && i0+1 < i1 && ts[i0].key == keyThis && ts[i0+1].key == ts[e.trigger].key
}

// startsParagraph reports whether sentence s opens a paragraph.
func (a *analysis) startsParagraph(s int) bool {
	i := a.sentTok[s]
	return s > 0 && i > 0 && i < len(a.toks) && a.newParagraph(a.toks[i-1], a.toks[i])
}

// maxOpeningPerson is how many first tokens of a sentence may hold the
// person it tells of («در پایان، X ...»).
const maxOpeningPerson = 4

// continuesEvent reports whether the paragraph opening with sentence s
// goes on with body event e: it names e's kind of event («در این
// نشست»), opens with a pronoun («وی»، «سپس وی»), or opens with a person
// e's sentences name. A paragraph that does none returns to the
// article's main event.
func (a *analysis) continuesEvent(s int, e *eventMention) bool {
	if a.sentenceNamesEvent(s, e) {
		return true
	}
	i0, i1 := a.sentRange(s)
	if i0 < i1 && (pronouns[a.toks[i0].key] || i0+1 < i1 && continuations[a.toks[i0].key] && pronouns[a.toks[i0+1].key]) {
		return true
	}
	if s > 0 && e.scope[s-1] && a.speaksToo(i0, i1) {
		// «رئیس شورا، X، نیز گفت: ...» right after the event's
		// sentences: one more speaker there.
		return true
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.start < i0 {
			continue
		}
		if p.start >= i0+maxOpeningPerson || p.start >= i1 {
			break
		}
		for qi := range a.persons {
			q := &a.persons[qi]
			if qs := a.toks[q.start].sent; e.scope[qs] && qs < s && samePerson(p, q) {
				return true
			}
		}
		return a.speaksToo(p.end, i1)
	}
	return false
}

// maxTooSpeechWords bounds the words from a person's name, past the post
// after it, to «نیز» and on to its speech verb.
const maxTooSpeechWords = 12

var alsoWords = keySet("نیز", "هم")

// speaksToo reports «X (، post) نیز ... گفت» after a person ending at token
// k, in a sentence ending at i1: another speaker at the event the
// paragraph before tells of («بامری‌نژاد نیز گفت: ...»، «الف، استاندار ب
// نیز گفت: ...»).
func (a *analysis) speaksToo(k, i1 int) bool {
	ts := a.toks
	also := false
	for j := k; j < i1 && j-k <= maxTooSpeechWords && (!ts[j].punct || ts[j].text == "،"); j++ {
		switch {
		case eventWordAt(ts, j) != "":
			return false
		case alsoWords[ts[j].key]:
			also = true
		case isSpeechVerb(ts[j].key):
			return also
		}
	}
	return false
}

// signingWords make a meeting the signing of an agreement, another event
// than a session held the same day.
var signingWords = keySet("تفاهم", "تفاهمنامه", "قرارداد", "امضای")

// eventKind is the type of the event at token k, told apart for a
// signing («تفاهم‌نامه ... امضا شد»), which is a meeting too.
func eventKind(ts []token, k int, typ string) string {
	if k >= 0 && k < len(ts) && typ == "meeting" &&
		(signingWords[ts[k].key] || riteWords[ts[k].key] && k+1 < len(ts) && signingWords[ts[k+1].key]) {
		return typ + "/signing" // «تفاهم‌نامه ... امضا شد»، «مراسم امضای تفاهم‌نامه»
	}
	return typ
}

// nextSentenceNaming returns the first sentence from s0 to before s1 that
// names e's kind of event, else -1.
func (a *analysis) nextSentenceNaming(s0, s1 int, e *eventMention) int {
	for s := s0; s < s1; s++ {
		if a.sentenceNamesEvent(s, e) {
			return s
		}
	}
	return -1
}

// nextSentenceNamingMain is nextSentenceNaming for the title's event
// main after the lead's event e. When both are of one kind («جلسه شورا
// برگزار شد» in the lead, «تفاهم‌نامه» signed at it in the title), a
// later «در آغاز این جلسه، ...» goes on with e: only a sentence with
// main's own event word («در حاشیه این جلسه، تفاهم‌نامه ... امضا شد»)
// names main.
func (a *analysis) nextSentenceNamingMain(s0, s1 int, main, e *eventMention) int {
	if main.typ != e.typ || main.trigger < 0 || main.trigger >= len(a.toks) || a.toks[main.trigger].key == a.toks[e.trigger].key {
		return a.nextSentenceNaming(s0, s1, main)
	}
	word := a.toks[main.trigger].key
	for s := s0; s < s1; s++ {
		i, j := a.sentRange(s)
		for ; i < j; i++ {
			if a.toks[i].key == word {
				return s
			}
		}
	}
	return -1
}

// isPlanVerb reports a verb at j of an event still to come: the present
// («راه‌اندازی می‌شود»، «به بهره‌برداری می‌رسد») or the future («افتتاح
// خواهد شد»). A body's sentence reports an event held with a past verb.
func isPlanVerb(ts []token, j, i1 int) bool {
	if j >= i1 {
		return false
	}
	k := ts[j].key
	if k == keyWill || j+1 < i1 && ts[j+1].key == keyWill || r20CWillPlural(ts, j, i1) {
		return true
	}
	return lightVerbs.has(k) && strings.HasPrefix(k, keyPresentPrefix) && len(k) > len(keyPresentPrefix) || r24dSpacedPresent(ts, j, i1) || j > 0 && r24dSpacedPresent(ts, j-1, j+1)
}

var keyPresentPrefix = persianKey("می")

// keyHost before an event word tells of one hosted, on the day the
// sentence names: «فرمانداری الف روز جمعه ۲۰ آذر میزبان بازدید استاندار
// خواهد بود».
var keyHost = persianKey("میزبان")

var (
	keyHolding = persianKey("برگزاری")
	keyNews    = persianKey("خبر")
)

// ruleAnnounced names the rule of an event one tells of: «X از برگزاری
// نمایشگاه الف از ۲۴ تا ۲۶ دی‌ماه خبر داد»; X is its source.
const ruleAnnounced = "announced «از برگزاری X ... روز Y خبر داد»"

// newsGivenAfter reports «خبر داد» between j and i1, outside speech: «X
// از برگزاری نمایشگاه الف از ۲۴ تا ۲۶ دی‌ماه خبر داد».
func (a *analysis) newsGivenAfter(j, i1 int) bool {
	for k := j; k+1 < i1; k++ {
		if a.toks[k].text == ":" {
			return false
		}
		if a.toks[k].key == keyNews && a.toks[k+1].key == keyGave {
			return true
		}
	}
	return false
}

// bodyEventTrigger returns the event word of tokens i0 to i1 that the
// sentence reports as done: the first that is the noun of a compound verb
// («بازدید کرد»، «دیدار و گفت‌وگو کردند»), that a verb of completion
// follows («نمایشگاه ... افتتاح شد» is an exhibition), of the passive
// «مورد بازدید قرار گرفت», or a new event a clause opens («در نشستی با
// X ... تأکید کرد»، «در دیدار با X»، «در سفر به X»). A statement is one
// issued: «با صدور اطلاعیه‌ای»، «بیانیه‌ای ... صادر کرد»، «در پیامی». An
// arrival «وارد X شد» is a visit. An event word after «این» refers back
// to an event told before and starts none, save the noun of a compound
// verb («از بخش‌های آن بازدید نمود»). «ورود X به Y» is an arrival too;
// so are read «بازدید به عمل آمد»، «بازدیدی ... صورت گرفت»، a passive
// with its agent between («مورد بازدید و بررسی X قرار گرفت»)، «در جلسه
// ... شرکت کرد/حضور یافت»، «در نشست ... گفت» and «با حضور X از Y تجلیل
// شد», a ceremony. rule names the rule that
// matched; when explaining, the event words passed over are noted.
func (a *analysis) bodyEventTrigger(i0, i1 int) (trigger int, typ, rule string) {
	ts := a.toks
	if a.r26dQuestion(i0, i1) {
		return -1, "", ""
	}
	// An event still to come is one when the sentence gives its day
	// («کارگاه ... روز دهم آذر برگزار می‌شود»، «... شنبه هفته آینده
	// برگزار خواهد شد»), else it is a plan.
	dated := i0 < i1 && (a.dayIn(ts[i0].sent) != nil || a.namesRelativeDay(i0, i1) || namesComingWeek(ts, i0, i1))
	for i := i0; i < i1; i++ {
		if ts[i].key == keyArrived && a.arrivalAt(i, i1) {
			return i, "visit", "arrival «وارد ... شد»"
		}
		if ts[i].key == keyArrival && a.arrivalTo(i, i1) {
			return i, "visit", "arrival «ورود ... به X»"
		}
		if ts[i].key == keyPresence && a.presenceAt(i, i0, i1) {
			return i, a.presenceType(i0, i), rulePresence
		}
		if honorWords[ts[i].key] && i+1 < i1 && honorPassives[ts[i+1].key] && a.inPresenceOf(i0, i) {
			return i, "ceremony", ruleHonouring
		}
		if a.r17CHandedInPresence(i, i0, i1) {
			return i, "ceremony", ruleHandedOver
		}
		if a.r23dIntroducedInMargin(i, i0, i1) {
			return i, "ceremony", ruleR23dIntroducedInMargin
		}
		if a.r23dIntroducedInPresence(i, i0, i1) {
			return i, "ceremony", ruleR23dIntroducedInPresence
		}
		if a.orgCover[i] && !headNouns.has(ts[i].key) {
			continue
		}
		t := eventWordAt(ts, i)
		if t == "" {
			continue
		}
		if a.r20CInterviewAt(i, i1) || a.r24dInterviewAt(i, i1) {
			a.rejectEventWord(i, t, "a talk given to a reporter («در گفت‌وگو با خبرنگار الف»), not an event")
			continue
		}
		if a.r26dInPhotoCaption(i) {
			a.rejectEventWord(i, t, "in a caption of a photo list («در تصاویر:»), a moment of the report's event")
			continue
		}
		if outletNamed(ts, i0, i) {
			a.rejectEventWord(i, t, "an outlet's name («به گزارش پیام الف»), not an event")
			continue
		}
		if a.quotedTokens()[i] && !dated {
			// A speaker tells of events of other times, unless he names
			// the day of one to come.
			a.rejectEventWord(i, t, "in reported speech, and the sentence names no day")
			continue
		}
		if !dated && a.r18CToldAsDone(i0, i, i1) {
			a.rejectEventWord(i, t, "told in indirect speech as done («X افزود ... راه‌اندازی کرده است»)")
			continue
		}
		if afterEvent(ts, i0, i) && !a.compoundVerbAt(i, i1) && a.r26dHeldInClause(i, i1) {
			return i, t, ruleR26dHeldInClause
		}
		if afterEvent(ts, i0, i) && !a.compoundVerbAt(i, i1) {
			// «پس از پایان نشست ... از کارگاه الف بازدید کرد»: the event
			// told is what came after.
			a.rejectEventWord(i, t, "a time «پس از (پایان) X», not the event told")
			// «پس از پایان آیین تودیع و معارفه، جلسه ... تشکیل شد»: the
			// event words of the phrase after «پس از» tell that time too.
			i = eventPhraseEnd(ts, i, i1) - 1
			continue
		}
		if i > i0 && isDeterminer(ts[i-1].key) && !afterThat(ts, i0, i) && !a.compoundVerbAt(i, i1) {
			if a.r21cHeldBackRef(i, i1, t) {
				return i, t, ruleR21cHeldBackRef
			}
			a.rejectEventWord(i, t, "refers back («این/آن ...») to an event told before")
			continue
		}
		j := i + eventWordLen(ts, i)
		if t == "statement" {
			if i > i0 && (ts[i-1].key == keyIssuing || ts[i-1].key == keyPublishing) || a.issuedAfter(j, i1) {
				return i, t, "statement issued"
			}
			if i > i0 && (ts[i-1].key == keyIn || ts[i-1].key == keyDuring) && indefiniteStem(ts[i].key) != "" {
				return i, t, "statement «در/طی پیامی»"
			}
			a.rejectEventWord(i, t, "a statement no verb says was issued")
			continue
		}
		for j+1 < i1 && ts[j].key == keyAnd && eventWordAt(ts, j+1) != "" {
			j += 1 + eventWordLen(ts, j+1)
		}
		for j < i1 && eventModifiers[ts[j].key] {
			j++ // «بازدید سرزده ... کرد»، «بازرسی میدانی ... به عمل آورد»
		}
		switch {
		case j < i1 && (isLightVerb(ts[j].key) || r24dSpacedPresent(ts, j, i1)) && !nounlessVerbs[ts[j].key] && !r20CObjectNouns[ts[j].key] && (dated || !isPlanVerb(ts, j, i1)):
			rule = "event noun + light verb"
		case a.elidedVerbAfter(i, j, i1):
			rule = "event noun + verb elided before «و» («... بازدید و در جریان ... قرار گرفت»)"
		case a.completedAfter(i, i1, dated):
			rule = "event noun + completion verb"
		case j+2 < i1 && ts[j].key == keyTo && ts[j+1].key == keyAct && (ts[j+2].key == keyCame || ts[j+2].key == keyBrought):
			rule = "event noun + «به عمل آمد»"
		case a.tookPlaceAfter(j, i1):
			rule = "event noun + «صورت گرفت»"
		case i > i0 && ts[i-1].key == keySubject && a.passiveAfter(j, i1, dated):
			rule = "passive «مورد ... قرار گرفت»"
		case i > i0 && ts[i-1].key == keyIn && (indefiniteStem(ts[i].key) != "" || j < i1 && (ts[j].key == keyWith || ts[i].key == keyTrip && ts[j].key == keyTo) ||
			a.bodyThenWith(j, i1)) && !a.r23cTellsOfComingOutsideSpeech(i0, i1):
			rule = "clause «در X‌ای / در X با»"
		case i > i0+1 && ts[i-1].key == keyHolding && ts[i-2].key == keyFrom && dated && a.newsGivenAfter(j, i1):
			rule = ruleAnnounced
		case i > i0 && ts[i-1].key == keyHost && dated && !a.quotedTokens()[i]:
			rule = "host «میزبان X ... روز Y خواهد بود»"
		case dated && setForDay(ts, j, i1):
			rule = "scheduled «X برای روز Y تعیین شد»"
		case i > i0 && ts[i-1].key == keyIn && dated && a.scheduledBefore(i0, i):
			rule = "scheduled «قرار است ... روز X در جلسه ...»"
		case i > i0 && ts[i-1].key == keyIn && a.attendedAfter(j, i1, dated):
			rule = "attended «در X ... شرکت کرد / حضور یافت»"
		case i > i0 && ts[i-1].key == keyIn && a.spokeAfter(j, i1) && !a.r23cTellsOfComingOutsideSpeech(i0, i1):
			rule = "spoke at «در X ... گفت»"
		case i > i0 && ts[i-1].key == keyIn && dated && a.spokeAfter(j, i1) && !a.comingOutsideSpeech(ts[i0].sent):
			rule = ruleR23dSpokeAtDated
		case i > i0 && ts[i-1].key == keyBeside && a.r23dSpokeAfter(j, i1) && !a.comingOutsideSpeech(ts[i0].sent):
			rule = ruleR23dSpokeWhile
		case r23dInFrame(ts, i0, i) && a.r23dSpokeAfter(j, i1) && !a.comingOutsideSpeech(ts[i0].sent):
			rule = ruleR23dSpokeInFrame
		case i > i0 && ts[i-1].key == keyIn && dayRightAfter(ts, j, i1) && !a.tellsOfComing(i0, i1):
			rule = "dated clause «در X عصر دیروز ...،»"
		case i > i0 && ts[i-1].key == keyIn && dated && r16CSessionDayAhead(ts, j, i1):
			rule = ruleSessionAhead
		case a.r16CComingIntroduction(i, j, i0, i1):
			rule = ruleComingIntroduction
		case i > i0 && ts[i-1].key == keyIn && a.r18CElectedAt(i, j, i1):
			rule = ruleElectedAt
		case i > i0 && ts[i-1].key == keyIn && a.r20CDoneAtDated(i, j, i0, i1):
			rule = ruleDoneAtDated
		case (i > i0 && ts[i-1].key == keyIn || r23dInOrdinal(ts, i0, i)) && a.r23dDoneAtDated(i, j, i0, i1):
			rule = ruleR23dDoneAt
		case i > i0 && ts[i-1].key == keyIn && dated && a.r23dSessionDayBefore(i, j, i0, i1):
			rule = ruleR23dSessionDayBefore
		case i > i0 && ts[i-1].key == keyDuring && (indefiniteStem(ts[i].key) != "" || j < i1 && ts[j].key == keyWith) && !a.tellsOfComing(i0, i1):
			rule = ruleR23dDuring
		case i > i0 && ts[i-1].key == keyIn && dated && (indefiniteStem(ts[i].key) != "" || j < i1 && ts[j].key == keyWith) && a.r23dComingOnDay(i0, i1):
			rule = ruleR23dComingClause
		case t == "exhibition" && dated && r23dOnShow(ts, j, i1):
			rule = ruleR23dOnShow
		default:
			why := "no verb says it was held or done"
			if a.tellsOfComing(i0, i1) && !dated {
				why = "still to come, and the sentence names no day"
			}
			a.rejectEventWord(i, t, why)
			continue
		}
		return i, t, rule
	}
	if k, _ := a.gatheringAt(i0, i1); k >= 0 {
		return k, "meeting", ruleGathering
	}
	return -1, "", ""
}

// ruleHonouring names the rule of an honouring «با حضور X از Y تجلیل شد».
const ruleHonouring = "honouring «با حضور X از Y تجلیل شد»"

// ruleGathering names the rule of a speech to a gathering.
const ruleGathering = "gathering «در جمع X گفت»"

// maxGatheringWords bounds the words from «در جمع» to its speech verb.
const maxGatheringWords = 16

var (
	keyGathering = persianKey("جمع")
	// attendeeWords name those present at an event told before: «در جمع
	// حاضران گفت» is said at it.
	attendeeWords = keySet("حاضران", "حاضرین", "حضار", "شرکت‌کنندگان", "شرکتکنندگان", "مدعوین", "مدعوان")
	// timesOfDay open a time of the day an occasion has («عصر همین روز»).
	timesOfDay = keySet("صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد", "امشب", "امروز", "دیروز")
)

// gatheringAt finds, among tokens i0 to i1 of a sentence that names no
// event, «X ... در جمع Y گفت/افزود»: X spoke to a gathering of Y, which
// the report tells as an occasion of its own (a meeting) when the sentence
// gives it a time («عصر همین روز»، «روز شنبه») or Y names a body («در جمع
// اعضای شورای اداری شهرستان الف»). A gathering told by reference («در
// جمع کارکنان این بیمارستان»، «در جمع حاضران») is the event told before.
// It returns the token of «جمع» and of the speech verb, else -1.
func (a *analysis) gatheringAt(i0, i1 int) (int, int) {
	ts := a.toks
	quoted := a.quotedTokens()
	for i := i0; i+2 < i1 && !quoted[i]; i++ {
		if eventWordAt(ts, i) != "" {
			return -1, -1
		}
		if ts[i].key != keyIn || ts[i+1].key != keyGathering {
			continue
		}
		verb := -1
		for j := i + 2; j < i1 && j-i <= maxGatheringWords && !quoted[j]; j++ {
			if eventWordAt(ts, j) != "" || isDeterminer(ts[j].key) || attendeeWords[ts[j].key] {
				return -1, -1
			}
			if isSpeechVerb(ts[j].key) {
				verb = j
				break
			}
		}
		if verb < 0 || !a.ownOccasion(i0, i, i+2, verb) {
			return -1, -1
		}
		return i + 1, verb
	}
	return -1, -1
}

// ownOccasion reports whether a gathering, told by the tokens from y0 to
// y1 after «در جمع» at k in a sentence opening at i0, is an occasion of
// its own: its sentence names a day or a time of day, or the gathering
// names a body.
func (a *analysis) ownOccasion(i0, k, y0, y1 int) bool {
	if a.dayIn(a.toks[k].sent) != nil || a.namesRelativeDay(i0, y1) {
		return true
	}
	for i := i0; i < k; i++ {
		if timesOfDay[a.toks[i].key] {
			return true
		}
	}
	for i := y0; i < y1; i++ {
		if a.orgCover[i] {
			return true
		}
	}
	return false
}

// gatheringTitle titles a speech to a gathering: «در جمع Y».
func (a *analysis) gatheringTitle(k, i1 int) string {
	if _, verb := a.gatheringAt(k-1, i1); verb > k {
		return a.text(k-1, verb)
	}
	return a.text(k-1, k+1)
}

// eventModifiers may stand between an event noun and its verb:
// «بازدید سرزده ... به عمل آورد».
var eventModifiers = keySet("سرزده", "میدانی", "ادواری", "دوره‌ای", "دورهای")

// maxInspectedWords bounds the words between «از» and «بازرسی» in «از
// X بازرسی کرد».
const maxInspectedWords = 10

var keyInspection = persianKey("بازرسی")

// inspectsPlace reports a «بازرسی» at k of a place the sentence names
// before it («از زندان الف بازرسی سرزده به عمل آورد»): an inspection
// held, not the activity of inspecting that a report tells as work done.
func (a *analysis) inspectsPlace(k, i0 int) bool {
	ts := a.toks
	if ts[k].key != keyInspection {
		return false
	}
	for j := k - 1; j >= i0 && k-j <= maxInspectedWords; j-- {
		if ts[j].punct {
			return false
		}
		if ts[j].key == keyFrom {
			return j+1 < k
		}
	}
	return false
}

// opensCeremony reports an opening ceremony at trigger: «افتتاحیه» or
// «مراسم/آیین افتتاحیه».
func (a *analysis) opensCeremony(trigger, i1 int) bool {
	ts := a.toks
	if ts[trigger].key == keyOpeningCeremony {
		return true
	}
	j := trigger + eventWordLen(ts, trigger)
	return j < i1 && ts[j].key == keyOpeningCeremony
}

// tookPlaceVerbs end «صورت گرفت/پذیرفت»; «به صورت مجازی» is a manner.
var tookPlaceVerbs = keySet("گرفت", "گرفتند", "گرفته", "پذیرفت", "پذیرفتند", "پذیرفته")

var keyForm = persianKey("صورت")

// tookPlaceAfter reports «صورت گرفت» among tokens j to i1.
func (a *analysis) tookPlaceAfter(j, i1 int) bool {
	for ; j+1 < i1; j++ {
		if a.toks[j].key == keyForm && tookPlaceVerbs[a.toks[j+1].key] {
			return true
		}
	}
	return false
}

// namesOpened reports whether the opening told at trigger (a «مراسم/آیین»
// and its opening word, or the opening word alone) names what it opens:
// a noun follows, not «با حضور», a verb (of speech too: «در آیین گشایش
// گفت») or the sentence's end.
func (a *analysis) namesOpened(trigger, i1 int) bool {
	ts := a.toks
	j := trigger + eventWordLen(ts, trigger)
	if eventWordAt(ts, trigger) == "ceremony" && j < i1 && eventWordAt(ts, j) != "" {
		j += eventWordLen(ts, j)
	}
	if j < i1 && isDeterminer(ts[j].key) {
		return false // «گشایش این ...»: what was told before
	}
	return j < i1 && !ts[j].punct && ts[j].key != keyWith && !completionVerbs[ts[j].key] && !lightVerbs.has(ts[j].key) &&
		!eventVerbs[ts[j].key] && !isSpeechVerb(ts[j].key) // «در آیین گشایش گفت»
}

// honorWords, with a passive verb, tell of persons honoured; told «با
// حضور X», the honouring is a ceremony X attends.
var (
	honorWords    = keySet("تجلیل", "تقدیر", "قدردانی", "تکریم")
	honorPassives = keySet("شد", "شدند", "گردید", "گردیدند")
)

// inPresenceOf reports «با حضور» among tokens i0 to i.
func (a *analysis) inPresenceOf(i0, i int) bool {
	for k := i0; k+1 < i; k++ {
		if a.toks[k].key == keyWith && a.toks[k+1].key == keyPresence {
			return true
		}
	}
	return false
}

// maxPassiveGap bounds the words between the noun of «مورد X قرار
// گرفت» and its «قرار»: «مورد بازدید و بررسی قرار گرفت»، «مورد بازدید
// معاون وزیر قرار گرفت».
const maxPassiveGap = 10

// passiveAfter reports the «قرار گرفت» of a passive from token j, done
// (or to come on a day the sentence names when dated).
func (a *analysis) passiveAfter(j, i1 int, dated bool) bool {
	ts := a.toks
	for k := j; k+1 < i1 && k <= j+maxPassiveGap && !ts[k].punct; k++ {
		if ts[k].key == keyQarar {
			return dated || !isPlanVerb(ts, k+1, i1)
		}
	}
	return false
}

// spokeAfter reports a verb of speech among tokens j to i1, before any
// quotation: «X در نشست خبری گفت: ...» tells of the event he spoke at.
func (a *analysis) spokeAfter(j, i1 int) bool {
	quoted := a.quotedTokens()
	for ; j < i1 && !quoted[j]; j++ {
		if isSpeechVerb(a.toks[j].key) {
			return true
		}
	}
	return false
}

// compoundVerbAt reports an event noun at i that a light verb follows
// («بازدید نمود»): a determiner before it is its object's («از بخش‌های
// آن بازدید نمود»), since «این بازدید کرد» is said of no event.
func (a *analysis) compoundVerbAt(i, i1 int) bool {
	j := i + eventWordLen(a.toks, i)
	return j < i1 && isLightVerb(a.toks[j].key) && !nounlessVerbs[a.toks[j].key] && !r20CObjectNouns[a.toks[j].key]
}

// nounlessVerbs are words of the light verbs' list that make no compound
// verb with an event noun before them: the copula («از سخنرانان این
// مراسم بودند») and «سخن» of «در این مراسم سخن گفت», a speech at the
// event told.
var nounlessVerbs = keySet("سخن", "است", "هست", "هستند", "بود", "بودند", "بوده")

// r20CObjectNouns are the objects of news verbs the light verbs' list
// holds to end bodies' names («... قرارداد امضا کرد»): nouns, not verbs,
// so an event noun before one makes no compound verb with it («در حاشیه
// این بازدید تفاهم‌نامه ... امضا شد» tells of a signing, not a visit).
var r20CObjectNouns = keySet("قرارداد", "تفاهمنامه", "تفاهم", "موافقتنامه", "بیانیه", "اطلاعیه")

// isLightVerb reports a light verb after an event noun («بازدید کرد»);
// the adverbs the light verbs' list holds to end bodies' names («در این
// مراسم همچنین ...») are none.
func isLightVerb(k string) bool { return lightVerbs.has(k) && !proseAdverbs[k] }

// proseAdverbs are the adverbs and connectives of news prose in the light
// verbs' list.
var proseAdverbs = keySet("سپس", "همچنین", "اکنون", "هماکنون", "پیشتر", "قبلا", "هنوز", "تاکنون", "نیز", "اخیرا",
	"همچنان", "همواره", "ابتدا", "بلافاصله", "سرانجام", "ضمنا", "بعدا")

// namesRelativeDay reports a day named relative to the article's among
// tokens i0 to i1 («فردا»، «روز گذشته»، «شنبه»), whether or not the
// article's own date is known: an event still to come on such a day is
// planned, not merely hoped for.
func (a *analysis) namesRelativeDay(i0, i1 int) bool {
	if a.relativeDayIn(a.toks[i0].sent) != nil {
		return true
	}
	if !a.published.IsZero() {
		return false
	}
	for i := i0; i < i1; i++ {
		if _, _, ok := relativeDayAt(a.toks, i); ok {
			return true
		}
		if _, _, ok := weekdayAt(a.toks, i); ok {
			return true
		}
	}
	return false
}

// namesComingWeek reports «هفته آینده/آتی/بعد» among tokens i0 to i1:
// an event still to come that the sentence sets in the next week («جلسه
// ... هفته آینده با حضور X تشکیل می‌شود») is planned, on a day the
// report does not give.
func namesComingWeek(ts []token, i0, i1 int) bool {
	for i := i0; i+1 < i1; i++ {
		if ts[i].key == keyWeek && nextWords[ts[i+1].key] {
			return true
		}
	}
	return false
}

var nextWords = keySet("آینده", "آتی", "بعد")

// attendanceNouns say a person took part in an event told in a «در X»
// clause, with one of attendanceVerbs: «شرکت کرد»، «حضور یافت».
var (
	attendanceNouns = keySet("شرکت", "حضور")
	attendanceVerbs = keySet("کرد", "کردند", "نمود", "نمودند", "یافت", "یافتند", "داشت", "داشتند", "میکند", "میکنند",
		"مییابد", "دارد", "خواهد", "کرده", "یافته", "داشته")
)

// attendedAt reports «شرکت کرد»، «حضور یافت» at token j.
func (a *analysis) attendedAt(j, i1 int) bool {
	return j+1 < i1 && attendanceNouns[a.toks[j].key] && attendanceVerbs[a.toks[j+1].key]
}

// attendedAfter reports an attendance verb among tokens j to i1, done
// (or still to come on a day the sentence names when dated).
func (a *analysis) attendedAfter(j, i1 int, dated bool) bool {
	ts := a.toks
	for ; j+1 < i1; j++ {
		if a.attendedAt(j, i1) {
			return dated || !isPlanVerb(ts, j+1, i1)
		}
	}
	return false
}

// statementTitle titles a statement by its noun and the body that issued
// it, named first in its sentence: «بیانیه سازمان X»; else by the clause
// from its noun.
func (a *analysis) statementTitle(k, i0, i1 int) string {
	noun := a.toks[k].text
	if stem := indefiniteStem(a.toks[k].key); stem != "" {
		noun = eventWords.keys[stem]
	}
	for _, o := range a.orgs {
		if o.start >= i0 && o.start < i1 {
			return noun + " " + o.name
		}
	}
	return a.eventTitle(k)
}

// rejectEventWord records, when explaining, an event word at i that
// starts no event.
func (a *analysis) rejectEventWord(i int, typ, why string) {
	if a.rejected == nil {
		return
	}
	i1 := i + eventWordLen(a.toks, i)
	a.reject("event", "event noun in a body sentence", a.toks[i].sent, typ+": "+a.text(i, i1), why)
}

// scheduledBefore reports «قرار است» or «قرار شد» among tokens i0 to i,
// before an event word in a sentence that names a day: what the event
// will do is scheduled for that day («قرار است گزارش ... روز دوشنبه در
// جلسه شورای الف بررسی شود»، «قرار شد فردا در نشست هیئت‌مدیره تصویب
// شود»).
func (a *analysis) scheduledBefore(i0, i int) bool {
	ts := a.toks
	for j := i0; j+1 < i; j++ {
		if ts[j].key == keyQarar && (ts[j+1].key == keyIs || ts[j+1].key == keyBecame) {
			return true
		}
	}
	return false
}

// afterEvent reports an event word at i that tells the time of what the
// sentence reports: «پس از X»، «بعد از X»، «پس از پایان X»، «بعد از
// اتمام X»، «پس از امضای تفاهم‌نامه»، «همزمان با X».
func afterEvent(ts []token, i0, i int) bool {
	j := i - 1
	if j > i0 && endWords[ts[j].key] {
		j--
	}
	if j-1 >= i0 && ts[j].key == keyWith && ts[j-1].key == keyAtOnce {
		return true // «همزمان با افتتاح این مرکز، کارگاه ... برگزار شد»
	}
	return j-1 >= i0 && ts[j].key == keyFrom && (ts[j-1].key == keyThen || ts[j-1].key == keyAfter || beforeWords[ts[j-1].key])
}

var keyAtOnce = persianKey("همزمان")

// eventPhraseEnd returns the token after the event phrase at i: its
// event word and those joined to it right after, alone or by «و» («آیین
// معارفه»، «مراسم تودیع و معارفه»).
func eventPhraseEnd(ts []token, i, i1 int) int {
	j := i + eventWordLen(ts, i)
	for j < i1 {
		switch {
		case eventWordAt(ts, j) != "":
			j += eventWordLen(ts, j)
		case ts[j].key == keyAnd && j+1 < i1 && eventWordAt(ts, j+1) != "":
			j += 1 + eventWordLen(ts, j+1)
		default:
			return j
		}
	}
	return j
}

var (
	// endWords: «پس از پایان X»; «پیش از آغاز X» tells a time too, and
	// so do «پس از امضای X»، «پس از برگزاری X».
	endWords    = keySet("پایان", "اتمام", "خاتمه", "آغاز", "شروع", "امضای", "برگزاری")
	beforeWords = keySet("پیش", "قبل")
	keyThen     = persianKey("پس")
)

// afterThat reports «پس از آن / بعد از آن» before the event word at i:
// «آن» ends «after that» and does not refer back to an event.
func afterThat(ts []token, i0, i int) bool {
	return ts[i-1].key == keyThat && i-2 >= i0 && ts[i-2].key == keyFrom
}

var (
	keyAct     = persianKey("عمل")
	keyCame    = persianKey("آمد")
	keyBrought = persianKey("آورد")
	keyArrived = persianKey("وارد")
	keyArrival = persianKey("ورود")
	keyDuring  = persianKey("طی")
	keyTrip    = persianKey("سفر")
	keyIssuing = persianKey("صدور")
	// «با انتشار اطلاعیه‌ای/بیانیه‌ای اعلام کرد» issues it too.
	keyPublishing = persianKey("انتشار")
	keySubject    = persianKey("مورد")
	keyQarar      = persianKey("قرار")
)

// issueVerbs say a statement was issued or published.
var issueVerbs = keySet("صادر", "منتشر", "قرائت")

// issuedAfter reports a verb of issuing among tokens j to i1.
func (a *analysis) issuedAfter(j, i1 int) bool {
	for ; j < i1; j++ {
		if issueVerbs[a.toks[j].key] {
			return true
		}
	}
	return false
}

// maxArrivalWords bounds the words between «وارد» and its «شد».
const maxArrivalWords = 4

// arrivalAt reports «وارد X شد» at token i, X a province or city named
// there.
func (a *analysis) arrivalAt(i, i1 int) bool {
	place := false
	for j := i + 1; j < i1 && j <= i+maxArrivalWords+1; j++ {
		if a.isPlaceToken(j) {
			place = true
			continue
		}
		if arrivalVerbs[a.toks[j].key] {
			return place
		}
	}
	return false
}

var (
	keyBeside  = persianKey("ضمن")
	keyFinding = persianKey("یافتن")
)

// maxTimeOpening is how many first tokens of a sentence may hold the
// time it opens with («در ادامه، عصر همان روز ...»).
const maxTimeOpening = 4

// sameDayWords stand before «روز» for the day told: «عصر همان روز».
var sameDayWords = keySet("همان", "همین")

// opensLaterTime reports a sentence (tokens i0 to i1) that opens with
// another time of the day told («عصر همان روز ...»، «شامگاه همین روز
// ...»), or with a time of today or yesterday that the main event's
// sentence does not name («عصر امروز نیز ...» after «صبح امروز ...»): its
// event is another than the one of the morning, though of the same kind
// and day.
func (a *analysis) opensLaterTime(i0, i1 int, main *eventMention) bool {
	ts := a.toks
	for k := i0; k < i0+maxTimeOpening && k+1 < i1; k++ {
		if !dayParts[ts[k].key] {
			continue
		}
		if k+2 < i1 && sameDayWords[ts[k+1].key] && ts[k+2].key == keyDay {
			return true
		}
		if (ts[k+1].key == keyToday || ts[k+1].key == keyYesterday) && main != nil && !a.sentenceHas(main.sent, ts[k].key) {
			return true
		}
	}
	return false
}

// namesSameDay reports «همین روز» or «همان روز» in sentence s, outside
// reported speech.
func (a *analysis) namesSameDay(s int) bool {
	ts := a.toks
	quoted := a.quotedTokens()
	i0, i1 := a.sentRange(s)
	for i := i0; i+1 < i1 && !quoted[i]; i++ {
		if sameDayWords[ts[i].key] && ts[i+1].key == keyDay {
			return true
		}
	}
	return false
}

// maxClauseWords bounds the words from an event word to the «که» of the
// clause that gives its time.
const maxClauseWords = 6

// laterTimeClause reports an event word at k whose relative clause gives
// it another time of the same day: «در نخستین جلسه هیئت‌مدیره که عصر
// همان روز برگزار شد»، «در آیینی که شامگاه همین روز ...».
func (a *analysis) laterTimeClause(k, i1 int) bool {
	ts := a.toks
	for j := k + 1; j < i1 && j <= k+maxClauseWords && !ts[j].punct; j++ {
		if ts[j].key == keyWhich {
			return j+3 < i1 && dayParts[ts[j+1].key] && sameDayWords[ts[j+2].key] && ts[j+3].key == keyDay
		}
	}
	return false
}

// dayParts are the parts of a day: «صبح»، «عصر».
var dayParts = keySet("صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد")

var keyYesterday = persianKey("دیروز")

// rulePresence names the rule of presence at a place.
const rulePresence = "presence «با حضور در X»"

// inspectorWords name those who inspect: «بازرسان ... با حضور در سازمان
// الف» inspected it.
var inspectorWords = keySet("بازرس", "بازرسان", "بازرسین", "بازرسی", "ناظر", "ناظران", "ناظرین", "ارزیابان")

// presenceType is the kind of event a presence at a place (token k) is:
// an inspection when inspectors went, else a visit.
func (a *analysis) presenceType(i0, k int) string {
	for i := i0; i < k; i++ {
		if inspectorWords[a.toks[i].key] {
			return "inspection"
		}
	}
	_, i1 := a.sentRange(a.toks[k].sent)
	for i := k + 1; i+1 < i1; i++ {
		if key := a.toks[i].key; key == keyFamily || key == keyFamilies || key == keyFamilies2 {
			return "visit" // «با حضور در منزل شهید الف با خانواده او دیدار کرد»: a call on a family
		}
		if meetingWords[a.toks[i].key] && (isLightVerb(a.toks[i+1].key) || a.toks[i+1].key == keyAnd) {
			// «با حضور در حوزه علمیه الف با X دیدار و گفتگو کرد»: he went
			// there to meet X, a meeting.
			return "meeting"
		}
	}
	return "visit"
}

// meetingWords name a meeting with someone the subject went to see.
var meetingWords = keySet("دیدار", "ملاقات")

// presenceAt reports «با/ضمن حضور (یافتن) در X» at token i, in a sentence
// that opens at i0 and tells of no time to come: the subject went to a
// place («با حضور در گلزار شهدای الف تجدید میثاق کردند»، «با حضور در
// منزل شهید ب از خانواده او دلجویی کرد»), a visit. «با حضور X» names
// those present, and «با حضور در جلسه ...» is the meeting's, which its
// event word tells.
func (a *analysis) presenceAt(i, i0, i1 int) bool {
	ts := a.toks
	if i == i0 || ts[i-1].key != keyWith && ts[i-1].key != keyBeside || a.quotedTokens()[i] {
		return false
	}
	j := i + 1
	if j < i1 && ts[j].key == keyFinding {
		j++
	}
	if j+1 >= i1 || ts[j].key != keyIn || eventWordAt(ts, j+1) != "" || ts[j+1].punct {
		return false
	}
	return !a.tellsOfComing(i0, i1)
}

// arrivalTo reports «ورود X به Y» at token i, Y a province or city
// named within maxArrivalWords words of «به».
func (a *analysis) arrivalTo(i, i1 int) bool {
	for j := i + 1; j+1 < i1 && j <= i+maxArrivalWords+2; j++ {
		if a.toks[j].key == keyTo && (a.isPlaceToken(j+1) || j+2 < i1 && isPlaceWord(a.toks[j+1].key) && a.isPlaceToken(j+2)) {
			return true
		}
	}
	return false
}

// isPlaceWord reports استان, شهرستان and شهر, which may stand before a
// place's name.
func isPlaceWord(k string) bool { return k == keyProvince || k == keyCounty || k == keyCity }

// arrivalVerbs end «وارد X شد».
var arrivalVerbs = keySet("شد", "شدند", "گردید", "شده", "شدهاند")

// isPlaceToken reports a token inside a named province or city.
func (a *analysis) isPlaceToken(j int) bool {
	for _, p := range a.placeSpans {
		if j >= p.start && j < p.end {
			return true
		}
		if p.start > j {
			break
		}
	}
	return false
}

// completedAfter reports a verb of completion after the event word at k
// in its sentence (ending at i1).
func (a *analysis) completedAfter(k, i1 int, dated bool) bool {
	ts := a.toks
	for j := k + eventWordLen(ts, k); j < i1; j++ {
		if completionVerbs[ts[j].key] {
			return dated || !(j+1 < i1 && isPlanVerb(ts, j+1, i1))
		}
		if ts[j].key == keySignatureOf && ts[j-1].key == keyTo && r17CSigningWord(ts[k].key) && reachedAfter(ts, j, i1) {
			return true // «تفاهم‌نامه ... به امضای الف و ب رسید»
		}
	}
	return false
}

// reachedAfter reports «رسید/رسیدند» after token j, before i1.
func reachedAfter(ts []token, j, i1 int) bool {
	for ; j < i1; j++ {
		if reachedVerbs[ts[j].key] {
			return true
		}
	}
	return false
}

var reachedVerbs = keySet("رسید", "رسیدند", "رسیده")

// complementType is the type of the event «مراسم/آیین X» or «افتتاح X»
// is of, when X is an event word of a more telling kind; «دیدار با
// خانواده شهدا» is a visit.
//
// A determiner may stand before X: «آیین افتتاح این نمایشگاه» is the
// exhibition told before.
func complementType(ts []token, k int, typ string) string {
	next := complementAt(ts, k+eventWordLen(ts, k))
	switch {
	case typ == "ceremony" && next == "ceremony" && ts[k+eventWordLen(ts, k)].key == keyOpeningCeremony:
		// «مراسم افتتاحیه نمایشگاه ...» is the exhibition's.
		j := k + eventWordLen(ts, k)
		if t := complementAt(ts, j+eventWordLen(ts, j)); ceremonyComplements[t] && t != "opening" {
			typ = t
		}
	case typ == "ceremony" && signingAt(ts, k+eventWordLen(ts, k)):
		// «مراسم امضای تفاهم‌نامه/قرارداد ...» is a signing, a meeting.
		typ = "meeting"
	case typ == "ceremony" && ceremonyComplements[next]:
		typ = next
		k += eventWordLen(ts, k)
		if typ == "opening" {
			if t := complementAt(ts, k+eventWordLen(ts, k)); t != "" && t != "opening" {
				typ = t
			}
		}
	case typ == "opening" && next != "" && next != "opening":
		typ = next
	case typ == "meeting" && ts[k].key == keyMeet && (visitsFamiliesNear(ts, k+1) || familiesBefore(ts, k)):
		typ = "visit"
	}
	return typ
}

var keyOpeningCeremony = persianKey("افتتاحیه")

// keySigning opens a signing («امضای تفاهم‌نامه»).
var keySigning = persianKey("امضای")

// signingAt reports «امضای (این) تفاهم‌نامه/قرارداد» at j.
func signingAt(ts []token, j int) bool {
	if j+1 >= len(ts) || ts[j].key != keySigning || ts[j+1].sent != ts[j].sent {
		return false
	}
	if isDeterminer(ts[j+1].key) && j+2 < len(ts) {
		j++
	}
	return signingWords[ts[j+1].key] && ts[j+1].key != keySigning
}

// complementAt is the event type of the word at j, or of the one after
// it when j is a determiner («این نمایشگاه»).
func complementAt(ts []token, j int) string {
	if j < len(ts) && isDeterminer(ts[j].key) && j+1 < len(ts) && ts[j+1].sent == ts[j].sent {
		j++
	}
	return eventWordAt(ts, j)
}

var (
	keyMeet      = persianKey("دیدار")
	keyFamily    = persianKey("خانواده")
	keyFamilies  = persianKey("خانوادههای")
	keyFamilies2 = persianKey("خانوادهها")
)

// maxVisitorWords bounds the words naming who calls, between «دیدار»
// and «با خانواده ...» («دیدار استاندار گلستان با خانواده شهدا»).
const maxVisitorWords = 7

// visitsFamiliesNear is visitsFamilies at j, or at a «با» within
// maxVisitorWords words after it.
func visitsFamiliesNear(ts []token, j int) bool {
	if visitsFamilies(ts, j) {
		return true
	}
	for k := j + 1; k < len(ts) && k <= j+maxVisitorWords && ts[k].sent == ts[j].sent && !ts[k].punct; k++ {
		if ts[k].key == keyWith {
			return visitsFamilies(ts, k)
		}
	}
	return false
}

// maxCalledOnWords bounds the words between «با خانواده ...» and the
// «دیدار» of «با خانواده شهید X دیدار کرد».
const maxCalledOnWords = 8

// familiesBefore reports «با خانواده(های) ...» before «دیدار» at k in its
// clause: no mark or other event word between.
func familiesBefore(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxCalledOnWords && ts[j].sent == ts[k].sent && !ts[j].punct && eventWordAt(ts, j) == ""; j-- {
		if ts[j].key == keyWith {
			return visitsFamilies(ts, j)
		}
	}
	return false
}

// visitsFamilies reports «با خانواده(های) ...» or «از ...» after «دیدار»
// at token j: a call on families (of martyrs, veterans) or a «دیدار از»
// is a visit, not a meeting of officials.
func visitsFamilies(ts []token, j int) bool {
	if j >= len(ts) {
		return false
	}
	if ts[j].key == keyFrom {
		return true
	}
	if ts[j].key != keyWith || j+1 >= len(ts) {
		return false
	}
	k := ts[j+1].key
	return k == keyFamily || k == keyFamilies || k == keyFamilies2
}

// elidedVerbAfter reports a visit's noun at i whose verb is elided before
// «و» at j, the clause after it ending the sentence in a past verb: «از
// کارخانه الف بازدید و در جریان روند کار قرار گرفت».
func (a *analysis) elidedVerbAfter(i, j, i1 int) bool {
	ts := a.toks
	if j >= i1 || ts[j].key != keyAnd || eventWordAt(ts, i) != "visit" {
		return false
	}
	last := i1 - 1
	for last > j && ts[last].punct {
		last--
	}
	return last > j+1 && isLightVerb(ts[last].key) && !isPlanVerb(ts, last, i1) && !strings.HasPrefix(ts[last].key, keyPresentPrefix)
}

// afterFromAt returns, for «پس از/بعد از (پایان)» at i, the token after
// it, else -1.
func afterFromAt(ts []token, i int) int {
	if i+2 >= len(ts) || !(ts[i].key == keyThen || ts[i].key == keyAfter) || ts[i+1].key != keyFrom {
		return -1
	}
	j := i + 2
	if endWords[ts[j].key] {
		j++
	}
	return j
}

// afterThisEvent returns the kind of X of «پس از/بعد از (پایان) این/همین X» before the
// event word at k of sentence s, X an event word: what k tells came right
// after the event told just before.
func (a *analysis) afterThisEvent(s, k int) string {
	ts := a.toks
	i0, _ := a.sentRange(s)
	for i := i0; i+3 < k; i++ {
		j := afterFromAt(ts, i)
		if j < 0 {
			continue
		}
		if j+1 < k && (ts[j].key == keyThis || sameDayWords[ts[j].key]) && eventWordAt(ts, j+1) != "" {
			return eventWordAt(ts, j+1)
		}
	}
	return ""
}

// lastDatedOfType returns the last dated event of kind typ told before
// sentence s.
func lastDatedOfType(events []eventMention, typ string, s int) *eventMention {
	for n := len(events) - 1; n >= 0; n-- {
		if events[n].typ == typ && events[n].date != nil && events[n].sent < s {
			return &events[n]
		}
	}
	return nil
}

// isSubheading reports a sentence that is a line of its own in the body,
// short and closed by no mark («افتتاح مدرسه در روستای الف»): a
// subheading, whose section the paragraphs after it, up to the next one,
// tell.
func (a *analysis) isSubheading(s int) bool {
	if s < a.leadSentences() || s >= len(a.sents) {
		return false
	}
	n := a.lineOf(s)
	if n >= len(a.art.Lines)-a.art.Kicker || n > 0 && s > 0 && a.lineOf(s-1) == n || s+1 < len(a.sents) && a.lineOf(s+1) == n {
		return false
	}
	l := a.art.Lines[n]
	return !endsSentence(l) && wordCount(l) <= maxSubheadingWords
}

// titleInMarginOf returns the body event of events that the title tells
// its own event was held beside («... در حاشیه نمایشگاه»): the first of
// that kind; else nil.
func (a *analysis) titleInMarginOf(events []eventMention) *eventMention {
	ts := a.toks
	i0, i1 := a.sentRange(0)
	for i := i0; i+2 < i1; i++ {
		if ts[i].key != keyIn || ts[i+1].key != keyMargin {
			continue
		}
		t := eventWordAt(ts, i+2)
		for n := range events {
			if t != "" && events[n].typ == t && events[n].scope != nil {
				return &events[n]
			}
		}
		return nil
	}
	return nil
}

// alsoAtMain reports a body event's own sentence s that tells its
// persons were at the main event too: «X ... وارد الف شد و پس از حضور در
// آیین افتتاح این قطعه، از پروژه ب بازدید کرد» names the opening as
// «حضور در» it.
func (a *analysis) alsoAtMain(s int, main *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0 + 2; i < i1; i++ {
		if t := eventWordAt(ts, i); t != "" && complementType(ts, i, t) == main.typ && ts[i-2].key == keyPresence && ts[i-1].key == keyIn {
			return true
		}
	}
	return false
}

// dayRightAfter reports a relative day or a weekday right after the
// event phrase ending at j, a part of the day aside: «در جلسه عصر دیروز
// سه‌شنبه شورا، X ... جای Y را گرفت» tells what was done at a meeting
// held that day.
func dayRightAfter(ts []token, j, i1 int) bool {
	if j < i1 && dayParts[ts[j].key] {
		j++
	}
	if j >= i1 {
		return false
	}
	if _, _, ok := relativeDayAt(ts, j); ok {
		return true
	}
	_, _, ok := weekdayAt(ts, j)
	return ok
}

// eventOfType returns the last dated event told before sentence s, of
// type typ when typ is given, among the body's events found and main; else
// nil.
func eventOfType(found []eventMention, main *eventMention, typ string, s int) *eventMention {
	for n := len(found) - 1; n >= 0; n-- {
		if e := &found[n]; e.date != nil && e.sent < s && (typ == "" || e.typ == typ) {
			return e
		}
	}
	if main != nil && main.date != nil && (typ == "" || main.typ == typ || typ == "ceremony") {
		return main
	}
	return nil
}

// dayFromEventIn reads a day told from another event in sentence s,
// outside speech: «(یک/دو) روز پیش/قبل/بعد/پس از این آیین» (of the kind
// named), «... پیش از آن»، «روز بعد»، «فردای آن روز» (of the event told
// before, ""). It returns the days from that event's. «دو روز پیش» alone
// counts from the article's day and is not read here.
func (a *analysis) dayFromEventIn(s int) (days int, typ string, ok bool) {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	quoted := a.quotedTokens()
	for i := i0; i+1 < i1 && !quoted[i]; i++ {
		if ts[i].key == keyMorrowOf && (ts[i+1].key == keyThat || sameDayWords[ts[i+1].key]) {
			return 1, "", true // «فردای آن روز»
		}
		if ts[i].key != keyDay {
			continue
		}
		n, counted := 1, false
		if i > i0 && ts[i-1].digit {
			if v, err := strconv.Atoi(ts[i-1].text); err == nil {
				n, counted = v, true
			}
		} else if i > i0 {
			if v := numberWordValue(ts[i-1].key); v > 0 {
				n, counted = v, true
			}
		}
		sign := 0
		switch k := ts[i+1].key; {
		case beforeWords[k]:
			sign = -1
		case k == keyAfter || k == keyThen:
			sign = 1
		}
		if sign == 0 || n > maxDaysFromEvent {
			continue
		}
		j := i + 2
		if j >= i1 || ts[j].key != keyFrom || !fromEventAt(ts, j+1) {
			if sign > 0 || !counted {
				return sign * n, "", true // «روز بعد»، «روز قبل از بیمارستان الف بازدید کرده بود»
			}
			continue // «دو روز پیش»: from the article's day
		}
		k := j + 1
		if k < i1 && (ts[k].key == keyThis || ts[k].key == keyThat || sameDayWords[ts[k].key]) {
			k++
		}
		if k < i1 && endWords[ts[k].key] {
			k++
		}
		if t := eventWordAt(ts, k); t != "" {
			return sign * n, complementType(ts, k, t), true
		}
		if ts[k-1].key == keyThat {
			return sign * n, "", true // «یک روز پیش از آن»
		}
	}
	return 0, "", false
}

// maxDaysFromEvent bounds the days counted from another event.
const maxDaysFromEvent = 7

var keyMorrowOf = persianKey("فردای")

// numberWordValue is the value of a cardinal written as a word, up to
// ten, else 0.
func numberWordValue(k string) int {
	for n, w := range []string{"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"} {
		if persianKey(w) == k {
			return n + 1
		}
	}
	return 0
}

// bodyThenWith reports the name of a body from token j on, then «با
// حضور»: «در جلسه شورای اسلامی شهر الف با حضور X، حکم وی ابلاغ شد».
func (a *analysis) bodyThenWith(j, i1 int) bool {
	k := j
	for k < i1 && a.orgCover[k] {
		k++
	}
	return k > j && k+1 < i1 && a.toks[k].key == keyWith && a.toks[k+1].key == keyPresence
}

// bareRite reports a «مراسم/آیین» at k that names no event of its own:
// what follows it is a mark, the noun of an attendance («در مراسم حضور
// داشت»، «در آیین شرکت کرد»، «در آیین حاضر بود») or a verb of speech
// («در مراسم گفت»).
func (a *analysis) bareRite(k, i1 int) bool {
	ts := a.toks
	if !riteWords[ts[k].key] || k == 0 || ts[k-1].key != keyIn {
		return false
	}
	j := k + 1
	return j < i1 && (ts[j].punct || a.attendedAt(j, i1) || isSpeechVerb(ts[j].key) ||
		j+1 < i1 && presentWords[ts[j].key] && wasWords[ts[j+1].key])
}

// setForDay reports, from token j to i1, «برای (روز) Y تعیین شد»: the
// event noun before it is set for that day («بازدید اعضا از سد الف
// برای صبح چهارشنبه ۱۱ آذر تعیین شد»).
func setForDay(ts []token, j, i1 int) bool {
	for k := j; k < i1; k++ {
		if ts[k].key != keyFor {
			continue
		}
		for m := k + 1; m+1 < i1; m++ {
			if ts[m].key == keyFixed && setVerbs[ts[m+1].key] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	keyFixed = persianKey("تعیین")
	setVerbs = keySet("شد", "گردید", "شده")
)
