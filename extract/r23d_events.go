package extract

import "strings"

// Round 23, tuner D: which events a report tells, of which kind, and
// their days, told against the article's or another event's.

// r23dMarginEventOf returns the body event of events told before sentence
// s that s tells of as «در حاشیه (این/همین) X» near its start, X an event
// word: the last event of X's kind, or, for X a «آیین/مراسم», the last
// ceremony, opening or exhibition. An event of another kind told between
// («... گفت: جلسه کارگروه دیروز برگزار شد. در حاشیه این آیین ...») does
// not hide it. Else nil.
func (a *analysis) r23dMarginEventOf(s int, events []eventMention) *eventMention {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key != keyIn || ts[i+1].key != keyMargin {
			continue
		}
		k := i + 2
		if sameDayWords[ts[k].key] || ts[k].key == keyThis {
			k++
		}
		if k >= i1 {
			return nil
		}
		t := eventWordAt(ts, k)
		if t == "" {
			return nil
		}
		rite := riteWords[ts[k].key]
		for n := len(events) - 1; n >= 0; n-- {
			m := &events[n]
			if m.sent >= s || m.scope == nil {
				continue
			}
			if t == m.typ || rite && (m.typ == "opening" || m.typ == "exhibition" || m.typ == "ceremony") {
				return m
			}
		}
		return nil
	}
	return nil
}

// r23dBeforeThisEvent returns the kind of X of «پیش از/قبل از (آغاز/برگزاری)
// این/همین X» before the event word at k of sentence s, X an event word,
// when no count of days, weeks or hours stands before «پیش/قبل» («دو روز
// پیش از این آیین» is read by dayFromEventIn): what k tells was done just
// before the event told already, on its day.
func (a *analysis) r23dBeforeThisEvent(s, k int) string {
	ts := a.toks
	i0, _ := a.sentRange(s)
	for i := i0; i+3 < k; i++ {
		if !beforeWords[ts[i].key] || ts[i+1].key != keyFrom {
			continue
		}
		if i > i0 && (r23dTimeUnits[ts[i-1].key] || ts[i-1].digit || numberWordValue(ts[i-1].key) > 0) {
			continue
		}
		j := i + 2
		if endWords[ts[j].key] {
			j++
		}
		if j+1 < k && (ts[j].key == keyThis || sameDayWords[ts[j].key]) && eventWordAt(ts, j+1) != "" {
			return complementType(ts, j+1, eventWordAt(ts, j+1))
		}
	}
	return ""
}

// r23dTimeUnits are the nouns of a stretch of time that, before «پیش
// از»، count it from an event: «دو هفته پیش از این آیین».
var r23dTimeUnits = keySet("روز", "هفته", "ماه", "سال", "ساعت", "روزی", "هفته‌ای", "ماهی", "سالی")

// r23dEarlierRelativeDay reports a day named relative to the article's
// («روز گذشته»، «دیروز») among tokens i0 to c, an earlier clause of the
// sentence, outside speech: «با حکم الف که روز گذشته صادر شد، ب منصوب شد
// و امروز در آیینی معرفی شد» tells the ceremony's day in its own clause.
func (a *analysis) r23dEarlierRelativeDay(i0, c int) bool {
	quoted := a.quotedTokens()
	for j := i0; j < c; j++ {
		if _, _, ok := relativeDayAt(a.toks, j); ok && !quoted[j] {
			return true
		}
	}
	return false
}

// r23dTitleKind gives the lead's event the kind its headline names in
// more words, when the page's head is read as an article of its own:
// «بازدید میدانی از مزارع الف» over a lead «... در بازدید امروز از مزارع
// الف گفت» is one inspection, not a visit. The headline's article holds
// only its title's event, with no day; the next article's first event
// opens with the same event word, alone.
func r23dTitleKind(as []*analysis) {
	for i := 0; i+1 < len(as); i++ {
		a, b := as[i], as[i+1]
		if len(a.events) != 1 || len(b.events) == 0 {
			continue
		}
		t := &a.events[0]
		if t.sent != 0 || t.date != nil || t.trigger >= len(a.toks) {
			continue
		}
		first := &b.events[0]
		for n := range b.events {
			if b.events[n].sent < first.sent {
				first = &b.events[n]
			}
		}
		if first.typ == t.typ || first.trigger >= len(b.toks) || b.toks[first.trigger].key != a.toks[t.trigger].key ||
			eventWordLen(a.toks, t.trigger) <= eventWordLen(b.toks, first.trigger) {
			continue
		}
		first.typ = t.typ
	}
}

// r23dDoneNouns, before a passive or a past light verb, tell of a thing
// done at a session besides those of r20CDoneAtNouns: a plan explained,
// a report given or a matter looked into («... برنامه‌ها را تشریح کرد»،
// «... بررسی شد»).
var r23dDoneNouns = keySet("تشریح", "تبیین", "بررسی", "ارائه", "اعلام", "امضا")

// ruleR23dDoneAt names the rule of r23dDoneAtDated for --explain.
const ruleR23dDoneAt = "done at «امروز در نشست X، ...، ابلاغ شد و ...»"

// r23dMaxDoneAtTokens bounds the tokens from the event word to the
// passive of the thing done at it.
const r23dMaxDoneAtTokens = 40

// r23dDoneAtDated reports a meeting or a rite at i, after «در», that
// r20CDoneAtDated leaves: the clause that ends in the passive of a thing
// done at it, or its past with a light verb («... را معرفی کرد»), holds an
// apposition set off by commas, or goes on with «و»:
// «احکام ... امروز در نشست شورای الف به ریاست X، مدیرعامل این سازمان، به
// آنان ابلاغ شد و از Y قدردانی شد»، «روز گذشته در نشست شورای الف، X به
// عنوان رئیس انتخاب شد». A day named before the event word and no speech
// around it tell of a session held.
func (a *analysis) r23dDoneAtDated(i, j, i0, i1 int) bool {
	ts := a.toks
	if t := eventWordAt(ts, i); t != "meeting" && t != "ceremony" || a.quotedTokens()[i] || !a.r20CDayBefore(i0, i) && !r23dSameDayBefore(ts, i0, i) || a.tellsOfComing(i0, i1) {
		return false
	}
	for k := j; k+1 < i1 && k < j+r23dMaxDoneAtTokens; k++ {
		if ts[k].punct && ts[k].text != "،" && ts[k].text != "," {
			return false
		}
		done := r20CDoneAtNouns[ts[k].key] || r18CElectedWords[ts[k].key] || r23dDoneNouns[ts[k].key]
		if done && (r18CPassives[ts[k+1].key] || r23dPastLightVerbs[ts[k+1].key]) {
			return k+2 >= i1 || ts[k+2].punct || ts[k+2].key == keyAnd
		}
	}
	return false
}

// r23dDatedElsewhere reports an event dated by a later sentence of its
// scope while its own sentence names no day: «در حاشیه این آیین، بخش الف
// مورد بازدید قرار گرفت. ... وی افزود: جذب نیرو از شنبه ۱۴ آذر آغاز
// می‌شود» tells the visit's day by the rite, not by what a speaker
// announced after it.
func (a *analysis) r23dDatedElsewhere(e *eventMention) bool {
	return e.date != nil && e.dateRule == dateRuleScope && a.heldDayIn(e.sent) == nil && a.relativeDayIn(e.sent) == nil
}

// r23dMarginDay dates body event e, told «در حاشیه این X» of a body
// event m before it or of the main event, by that event's day when e's own
// sentence names none and a later sentence dated it.
func (a *analysis) r23dMarginDay(e, m, main *eventMention) {
	if !a.r23dDatedElsewhere(e) {
		return
	}
	switch {
	case m != nil && m.date != nil:
		e.setDate(m.date, dateRuleMargin)
	case m == nil && main != nil && main.date != nil && main.sent < e.sent && a.inMarginOf(e.sent, main):
		e.setDate(main.date, dateRuleMargin)
	}
}

// ruleR23dSessionDayBefore names the rule of r23dSessionDayBefore.
const ruleR23dSessionDayBefore = "session ahead «روز Y در جلسه X ... بررسی خواهد شد»"

// r23dMaxDayBeforeIn bounds the tokens from a day to the «در» of the
// session it dates.
const r23dMaxDayBeforeIn = 5

// r23dSessionDayBefore reports a meeting at i, after «در», that a day
// just before dates (a weekday or a day relative to today, with its date
// or not, no mark between) and whose clause ends in a verb of a time to
// come: «گزارش این بازدید سه‌شنبه ۱۰ آذر در جلسه کمیسیون الف بررسی خواهد
// شد» schedules that session.
func (a *analysis) r23dSessionDayBefore(i, j, i0, i1 int) bool {
	ts := a.toks
	if eventWordAt(ts, i) != "meeting" {
		return false
	}
	day := false
	for k := i - 2; k >= i0 && k >= i-1-r23dMaxDayBeforeIn && !ts[k].punct; k-- {
		_, _, rel := relativeDayAt(ts, k)
		_, _, wd := weekdayAt(ts, k)
		if rel || wd {
			day = true
			break
		}
	}
	if !day {
		return false
	}
	for k := j; k < i1; k++ {
		if ts[k].punct {
			return false
		}
		if isPlanVerb(ts, k, i1) {
			return true
		}
	}
	return false
}

// r23dPastDayHeldInSpeech reports a day before the article's told in a
// speech («دیروز»، «روز گذشته») whose clause says an event was held
// («... جلسه الف برگزار شد»، «... تشکیل شد»)، done («دیروز از الف بازدید
// کردیم») or completed («دیروز افتتاح شد»، «... به بهره‌برداری رسید»):
// unlike «امروز» (nowadays), it is the day of that event, which the
// speaker reports.
func r23dPastDayHeldInSpeech(ts []token, i, i1 int) bool {
	d, n, ok := relativeDayAt(ts, i)
	if !ok || d >= 0 {
		return false
	}
	for k := i + n; k+1 < i1; k++ {
		if ts[k].text == ":" || ts[k].text == "؛" || ts[k].text == "." {
			return false
		}
		if r23dHeldNouns[ts[k].key] && r18CPassives[ts[k+1].key] || eventWordAt(ts, k) != "" && r23dPastLightVerbs[ts[k+1].key] ||
			completionVerbs[ts[k].key] && (r18CPassives[ts[k+1].key] || r23dPastReached[ts[k+1].key]) {
			return true
		}
	}
	return false
}

// r23dHeldNouns, before a passive, say an event was held: «برگزار شد»،
// «تشکیل شد».
var r23dHeldNouns = keySet("برگزار", "تشکیل")

// r23dPastReached, after a noun of completion, say in the past that a
// thing was opened or done: «به بهره‌برداری رسید»، «گشایش یافت».
var r23dPastReached = keySet("رسید", "رسیدند", "یافت", "یافتند")

// r23dPastLightVerbs, after an event noun, say in the past that it was
// done or had: «بازدید کردیم»، «دیدار کرد»، «جلسه‌ای داشتیم».
var r23dPastLightVerbs = keySet("کرد", "کردم", "کردیم", "کردند", "نمود", "نمودیم", "نمودند", "داشت", "داشتم", "داشتیم", "داشتند")

// ruleR23dSpokeAtDated names the rule of a speech at a dated event whose
// quoted words tell of what is to come: «X صبح امروز در نشست با الف افزود:
// ... برطرف می‌شود» spoke at a meeting held today; the time to come is the
// speech's, not the meeting's.
const ruleR23dSpokeAtDated = "spoke at «در X ... گفت: ... می‌شود», a day told outside the speech"

// ruleR23dIntroducedInMargin names the rule of r23dIntroducedInMargin.
const ruleR23dIntroducedInMargin = "introduced «در حاشیه این X، Y معرفی شد»"

// r23dIntroducedInMargin reports «معرفی شد/شدند» at i ending a sentence,
// outside speech, that opens «در حاشیه (این) X» under a subheading naming
// a rite («معارفه معاون الف»): «در حاشیه این آیین، معاون جدید الف معرفی
// شد» under it tells an introduction, an event of its own held beside X,
// on its day. With no such heading the introduction is only told of the
// event it was held at; a decree handed over there («حکم ... در حاشیه
// آیین ابلاغ شد») is no introduction.
func (a *analysis) r23dIntroducedInMargin(i, i0, i1 int) bool {
	ts := a.toks
	if ts[i].key != keyR20CIntroduction || i+1 >= i1 || !r18CPassives[ts[i+1].key] || i+2 < i1 && !ts[i+2].punct || a.quotedTokens()[i] {
		return false
	}
	if s := ts[i0].sent; s == 0 || !a.isSubheading(s-1) || !a.r23dNamesKind(s-1, "ceremony") {
		return false
	}
	for k := i0; k+2 < i && k < i0+maxOpeningPerson; k++ {
		if ts[k].key != keyIn || ts[k+1].key != keyMargin {
			continue
		}
		m := k + 2
		if sameDayWords[ts[m].key] || ts[m].key == keyThis {
			m++
		}
		return m < i && eventWordAt(ts, m) != ""
	}
	return false
}

// r23dNamesKind reports an event word of kind typ in sentence s.
func (a *analysis) r23dNamesKind(s int, typ string) bool {
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if eventWordAt(a.toks, i) == typ {
			return true
		}
	}
	return false
}

// ruleR23dSpokeWhile names the rule of a speech made during an event:
// «X ضمن بازدید از الف گفت»، «ضمن دیدار با ب افزود».
const ruleR23dSpokeWhile = "spoke during «ضمن X ... گفت»"

// r23dAnnouncedContest reports a festival or contest at k that sentence
// s announces for a day it names, outside speech: «X از برگزاری جشنواره
// الف در روز ۲۰ آذر خبر داد» tells of an event to come, not a work done;
// or one the sentence says was held on a day it names relative to the
// article's.
func (a *analysis) r23dAnnouncedContest(k, s int) bool {
	ts := a.toks
	if !r18CContestWords[ts[k].key] || a.quotedTokens()[k] {
		return false
	}
	_, i1 := a.sentRange(s)
	if k >= 2 && ts[k-1].key == keyHolding && ts[k-2].key == keyFrom {
		return a.heldDayIn(s) != nil && a.newsGivenAfter(k, i1)
	}
	// «مسابقات الف عصر امروز در ب برگزار شد»: held on a day told
	// relative to the article's, as r18CDatedFestival reads a full date.
	if k > 0 && r18CEventPrepositions[ts[k-1].key] || a.relativeDayIn(s) == nil {
		return false
	}
	for j := k + 1; j < i1; j++ {
		if ts[j].key == keyHeldWord {
			return true
		}
	}
	return false
}

// r23dAfterEventAcross dates an undated event told «پس از/پیش از این X»
// in an article with no dateline of its own, a report cut from the page
// at a subheading, when the article tells no event of X's kind before it:
// the X is the last one of the article before, and its day is the event's
// («... آیین معارفه صبح امروز برگزار شد. \n بازدید از تالاب و نمایشگاه
// \n ... پس از این آیین نیز نمایشگاه الف گشایش یافت»).
func r23dAfterEventAcross(as []*analysis) {
	for i := 1; i < len(as); i++ {
		b := as[i]
		if articleDateline(&b.art) != nil {
			continue
		}
		for n := range b.events {
			e := &b.events[n]
			if e.date != nil || e.trigger >= len(b.toks) {
				continue
			}
			typ := b.afterThisEvent(e.sent, e.trigger)
			if typ == "" {
				typ = b.r23dBeforeThisEvent(e.sent, e.trigger)
			}
			if typ == "" || lastDatedOfType(b.events[:n], typ, e.sent) != nil {
				continue
			}
			prev := as[i-1].events
			if d := lastDatedOfType(prev, typ, len(as[i-1].sents)); d != nil {
				e.setDate(d.date, dateRuleAfter)
			}
		}
	}
}

// r23dAfterEventClause reports an event word at k whose relative clause
// tells it was held right after something else («در نخستین جلسه
// هیئت‌رئیسه که بلافاصله پس از مجمع برگزار شد»): another event than the
// one told before, though of the same kind and day.
func (a *analysis) r23dAfterEventClause(k, i1 int) bool {
	ts := a.toks
	for j := k + 1; j < i1 && j <= k+maxClauseWords && !ts[j].punct; j++ {
		if ts[j].key != keyWhich {
			continue
		}
		for m := j + 1; m+2 < i1 && m <= j+3; m++ {
			if afterFromAt(ts, m) >= 0 {
				return true
			}
		}
		return false
	}
	return false
}

// r23dSameDayBefore reports «همان/همین روز» among tokens i0 to i: «عصر
// همان روز در نخستین جلسه هیئت مدیره، الف و ب ... انتخاب شدند» tells of a
// session held on the day told.
func r23dSameDayBefore(ts []token, i0, i int) bool {
	for k := i0; k+1 < i; k++ {
		if sameDayWords[ts[k].key] && ts[k+1].key == keyDay {
			return true
		}
	}
	return false
}

// r23dInOrdinal reports «در» and an ordinal before the event word at i:
// «در نخستین جلسه ...»، «در دومین نشست ...».
func r23dInOrdinal(ts []token, i0, i int) bool {
	if i-2 < i0 || ts[i-2].key != keyIn {
		return false
	}
	k := ts[i-1].key
	return r23dOrdinals[k] || strings.HasSuffix(k, r23dOrdinalEnd) && len([]rune(k)) > 4
}

// r23dOrdinals are ordinals that do not end in «مین».
var r23dOrdinals = keySet("نخستین", "اولین", "آخرین", "واپسین")

var r23dOrdinalEnd = persianKey("مین") // «دومین»، «سومین»، «دوازدهمین»

// r23dHandingOut reports «توزیع» at i, of kind other, in a sentence that
// says nothing was held («توزیع ۲ هزار تن نهاده بین دامداران الف»): a
// handing out is work done, as the body's sentences read it, not an
// event; «آیین توزیع ...» and «... برگزار شد» tell one.
func (a *analysis) r23dHandingOut(i int, t string) bool {
	ts := a.toks
	if t != "other" || ts[i].key != keyDistribution {
		return false
	}
	i0, i1 := a.sentRange(ts[i].sent)
	for k := i0; k < i1; k++ {
		if ts[k].key == keyHeldWord || k != i && eventWordAt(ts, k) != "" {
			return false
		}
	}
	return true
}

// ruleR23dDuring names the rule of an event «طی X‌ای / طی X با»: «وی امروز
// طی آیینی با حضور الف معرفی شد».
const ruleR23dDuring = "clause «طی X‌ای / طی X با»"

// ruleR23dSpokeInFrame names the rule of a speech made in the course of
// an event: «X در جریان بازدید از الف گفت»، «در حاشیه بازدید از ب افزود».
const ruleR23dSpokeInFrame = "spoke in the course of «در جریان/حین/طول/حاشیه X ... گفت»"

// r23dFrameWords, between «در» and an event word, set what the sentence
// tells in the course of that event: «در جریان بازدید»، «در حین
// بازدید»، «در طول سفر»، «در حاشیه بازدید».
var r23dFrameWords = keySet("جریان", "حین", "طول", "حاشیه")

// r23dInFrame reports «در» and a word of r23dFrameWords before the event
// word at i, not a bare «مراسم/آیین» («در حاشیه مراسم گفت»), which is the
// rite of an event told.
func r23dInFrame(ts []token, i0, i int) bool {
	if i-2 < i0 || ts[i-2].key != keyIn || !r23dFrameWords[ts[i-1].key] {
		return false
	}
	return !riteWords[ts[i].key] || i+1 < len(ts) && eventWordAt(ts, i+1) != ""
}

// r23dSpokeAfter is spokeAfter with a stress told as speech too: «...
// بر الف تأکید کرد».
func (a *analysis) r23dSpokeAfter(j, i1 int) bool {
	if a.spokeAfter(j, i1) {
		return true
	}
	quoted := a.quotedTokens()
	for ; j+1 < i1 && !quoted[j]; j++ {
		if r23dStressWords[a.toks[j].key] && r23dPastLightVerbs[a.toks[j+1].key] {
			return true
		}
	}
	return false
}

// r23dStressWords, before a light verb, tell of what a speaker said:
// «تأکید کرد».
var r23dStressWords = keySet("تأکید", "تاکید")

// ruleR23dComingClause names the rule of an event still to come told «در
// X‌ای / در X با ...» on a day the sentence names: «الف روز پنجشنبه در
// آیینی با حضور ب معرفی خواهد شد».
const ruleR23dComingClause = "coming clause «در X‌ای ... خواهد شد», a day told"

// r23dComingOnDay reports a sentence, tokens i0 to i1, that tells of an
// event still to come outside speech, on a day it names.
func (a *analysis) r23dComingOnDay(i0, i1 int) bool {
	return a.comingOutsideSpeech(a.toks[i0].sent) && (a.dayIn(a.toks[i0].sent) != nil || a.relativeDayIn(a.toks[i0].sent) != nil)
}

// ruleR23dOnShow names the rule of an exhibition told as on show.
const ruleR23dOnShow = "on show «نمایشگاه X ... برپاست / دایر است»"

// r23dOnShow reports, among tokens j to i1, a verb telling an exhibition
// is on show: «برپاست»، «برپا است»، «دایر است»، «دایر خواهد بود».
func r23dOnShow(ts []token, j, i1 int) bool {
	for k := j; k < i1; k++ {
		if r23dOnShowWords[ts[k].key] {
			return true
		}
		if r23dStandingWords[ts[k].key] && k+1 < i1 && (ts[k+1].key == keyIs || ts[k+1].key == keyWill || ts[k+1].key == keyWas) {
			return true
		}
	}
	return false
}

var (
	r23dOnShowWords   = keySet("برپاست", "دایراست")
	r23dStandingWords = keySet("برپا", "دایر")
)

// ruleR23dIntroducedInPresence names the rule of r23dIntroducedInPresence.
const ruleR23dIntroducedInPresence = "introduced «با حضور X ... معرفی شد»"

// r23dIntroducedInPresence reports «معرفی شد/شدند» at i, outside speech,
// in a sentence that names those present («با حضور X») and no event word
// before it: «الف صبح امروز با حضور ب به عنوان مدیر ج معرفی شد» tells an
// introduction, a ceremony, as «با حضور X از Y تجلیل شد» tells an
// honouring.
func (a *analysis) r23dIntroducedInPresence(i, i0, i1 int) bool {
	ts := a.toks
	if ts[i].key != keyR20CIntroduction || i+1 >= i1 || !r18CPassives[ts[i+1].key] || a.quotedTokens()[i] || !a.inPresenceOf(i0, i) {
		return false
	}
	for k := i0; k < i; k++ {
		if eventWordAt(ts, k) != "" || ts[k].key == keyMargin {
			return false
		}
	}
	return true
}

// r23dIntroducedAtSession reports a meeting e told «در جلسه X ... معرفی
// شد» whose clause introduces or elects one appointed, the handover word
// at i being «منصوب/انتصاب», not «تودیع/معارفه»: «الف با حکم ب منصوب شد
// و عصر امروز در جلسه شورای اداری ج معرفی شد»، «در جلسه فوق‌العاده شورا
// ...، الف به عنوان شهردار انتخاب شد» tell of a session he was introduced
// or elected at, which stays a meeting.
func (a *analysis) r23dIntroducedAtSession(e *eventMention, i int) bool {
	ts := a.toks
	if e.typ != "meeting" || ts[i].key != keyAppointed && ts[i].key != keyAppointment || e.trigger < 1 || ts[e.trigger-1].key != keyIn {
		return false
	}
	_, i1 := a.sentRange(e.sent)
	for k := e.trigger + 1; k+1 < i1 && k < e.trigger+r23dMaxDoneAtTokens; k++ {
		if ts[k].punct && ts[k].text != "،" && ts[k].text != "," || handoverWords[ts[k].key] {
			return false
		}
		if (ts[k].key == keyR20CIntroduction || r18CElectedWords[ts[k].key]) && r18CPassives[ts[k+1].key] {
			return true
		}
	}
	return false
}
