package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

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

// r18CInThisOwn reports a sentence s that opens, after at most a name and
// «نیز/هم», with «در این/همین X», X of e's own kind («Y در این نشست
// گفت: ... با راه‌اندازی سامانه الف ...»): it goes on telling e, whatever
// other event words its speech holds.
func (a *analysis) r18CInThisOwn(s int, e *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && (ts[i+1].key == keyThis || sameDayWords[ts[i+1].key]) {
			return eventWordAt(ts, i+2) == e.typ
		}
	}
	return false
}

// r18CDateRuleSameDay dates a title's event by the event told before it.
const r18CDateRuleSameDay = "the day of the event told before, for the title's event told «همان روز»"

// r18CSameDayMain dates the title's event, left undated, whose body
// sentence tells it held «همان/همین روز» («پایانه الف نیز عصر همان روز
// با حضور X افتتاح شد» after a visit told on the day before the report's):
// the day of the last event told before that sentence.
func (a *analysis) r18CSameDayMain() {
	if len(a.events) < 2 {
		return
	}
	e := &a.events[0]
	if !e.main || e.date != nil || e.sent != 0 || a.art.Title == "" {
		return
	}
	k := a.titleEventToldIn(e)
	if k < 0 || !a.namesSameDay(k) {
		return
	}
	var d *eventMention
	for n := 1; n < len(a.events); n++ {
		if o := &a.events[n]; o.sent < k && o.date != nil && !o.listed && !a.bodyComing(o) && (d == nil || o.sent > d.sent) {
			d = o
		}
	}
	if d != nil {
		e.setDate(d.date, r18CDateRuleSameDay)
	}
}

// r18CContestWords name a festival or contest, of kind "other".
var r18CContestWords = keySet("جشنواره", "مسابقات", "مسابقه")

// r18CEventPrepositions before a contest word make it the frame of
// something else done at it («در جشنواره الف رتبه نخست را کسب کرد»).
var r18CEventPrepositions = keySet("در", "از", "به", "با", "برای", "این", "همین")

// r18CDatedFestival reports a festival or contest at k, the subject of its
// sentence s, that the sentence says is held («برگزار») on a day it names
// («جشنواره بازی‌های بومی الف چهارشنبه ۱۸ آذر در ب برگزار می‌شود»): an
// event, not a work a report lists among a body's.
func (a *analysis) r18CDatedFestival(k, s int) bool {
	ts := a.toks
	if !r18CContestWords[ts[k].key] || k > 0 && r18CEventPrepositions[ts[k-1].key] {
		return false
	}
	if a.heldDayIn(s) == nil {
		return false
	}
	_, i1 := a.sentRange(s)
	for j := k + 1; j < i1; j++ {
		if ts[j].key == keyHeldWord {
			return true
		}
	}
	return false
}

var keyHeldWord = persianKey("برگزار")

// r18CPresentAtThis reports a paragraph whose first sentence says its
// subject was at the event told before («X که هفته گذشته ... منصوب شده
// است، نیز در این دیدار حضور داشت»), however long the clause before:
// it goes on with the report above, not a new article under a subheading.
func r18CPresentAtThis(s string) bool {
	return atThisEventThen(s, func(w []string, k int) bool {
		return persian.Squash(w[k]) == keyPresence
	})
}

// atThisEventThen reports a first sentence of s with «در این/همان EVENT»
// («در این آیین»، «در همان نشست») followed by words then reads at their
// first index after the event word.
func atThisEventThen(s string, then func(w []string, k int) bool) bool {
	if i := strings.IndexAny(s, ".!؟?"); i >= 0 {
		s = s[:i]
	}
	w := persian.Words(s)
	for k := 0; k+3 < len(w); k++ {
		if persian.Squash(w[k]) != keyIn {
			continue
		}
		if b := persian.Squash(w[k+1]); b != keyThis && !sameDayWords[b] {
			continue
		}
		if eventWords.has(persian.Squash(w[k+2])) && then(w, k+3) {
			return true
		}
	}
	return false
}

// r18CPastVerbs end a clause told in the past: «بازدید کرد/کردند»، «برگزار
// شد»، «به امضا رسید»، «گشایش یافت».
var r18CPastVerbs = keySet("کرد", "کردند", "شد", "شدند", "گردید", "گردیدند", "رسید", "رسیدند", "یافت")

// r18CPastClauseClosed reports token j as a «؛» that closes the clause of
// the event at k told in the past («X و Y عصر همان روز از بازار الف بازدید
// کردند؛ مرمت این بازار ... انجام می‌شود»): what follows the «؛» is
// another clause, whose present verb does not make the event one to come.
func (a *analysis) r18CPastClauseClosed(k, j int) bool {
	ts := a.toks
	if ts[j].text != "؛" {
		return false
	}
	for m := j - 1; m > k; m-- {
		if r18CPastVerbs[ts[m].key] {
			return true
		}
	}
	return false
}

// r18CFromTodayAfter reports a sentence s, not e's and naming no event,
// that gives a post «از امروز», the report's day, after event e held on an
// earlier day («X نیز از امروز معاون الف شد» in a report of a session held
// two days before): the post was given that day, not at the event.
func (a *analysis) r18CFromTodayAfter(s int, e *eventMention) bool {
	if e.date == nil || e.date.Precision != persian.PrecisionDay || s == e.sent || a.published.IsZero() || a.sentenceNamesAnyEvent(s) {
		return false
	}
	if e.date.ISO >= dayMatch(a.published, "").ISO {
		return false
	}
	ts := a.toks
	quoted := a.quotedTokens()
	i0, i1 := a.sentRange(s)
	for k := i0 + 1; k < i1; k++ {
		if ts[k-1].key == keyFrom && ts[k].key == keyToday && !quoted[k] {
			return true
		}
	}
	return false
}

// r18CToldAsDone reports an event word at i told in indirect speech after
// a verb of speech of its sentence, with no colon between, in the present
// perfect («X افزود پلیس الف با همکاری دادسرا سامانه ب را راه‌اندازی
// کرده است»): the speaker tells of work done, not an event the report
// tells.
func (a *analysis) r18CToldAsDone(i0, i, i1 int) bool {
	ts := a.toks
	speech := false
	for k := i0; k < i; k++ {
		if ts[k].text == ":" {
			speech = false
		} else if isSpeechVerb(ts[k].key) {
			speech = true
		}
	}
	if !speech {
		return false
	}
	for k := i + 1; k+1 < i1; k++ {
		if ts[k+1].key == keyIs && strings.HasSuffix(ts[k].key, "ه") && lightVerbs.has(ts[k].key) {
			return true
		}
	}
	return false
}

// r18CDeskDateline reports a name with no title that opens its sentence
// before a dash and an outlet's desk («X Y- گروه شهرستان: ...»، «X Y -
// سرویس استان‌ها:»): the outlet that prints the report, not a person (nor
// one at its event).
func (a *analysis) r18CDeskDateline(m personMention) bool {
	ts := a.toks
	if len(m.titles) > 0 || m.end+1 >= len(ts) || !isDashToken(ts[m.end].text) || !deskWords[ts[m.end+1].key] {
		return false
	}
	return a.firstTokenOfSentence(ts[m.start].sent) == m.start
}

// ruleAlsoEvent names the rule of r18CAlsoEvent for --explain.
const ruleAlsoEvent = "second event of its sentence «... برگزار می‌شود و X نیز روز ... برگزار می‌شود»"

// maxAlsoGap bounds the tokens from the second event word to its «نیز».
const maxAlsoGap = 6

// r18CAlsoEvent finds, after the event e of its sentence (ending at i1),
// a second event its sentence tells in a clause of its own: a verb, «و»,
// an event word of another kind and «نیز» soon after it («کارگاه الف روز
// شنبه برگزار می‌شود و رزمایش ب نیز روز چهارشنبه ۲۵ آذر برگزار
// می‌شود»). It returns that event and the token of «و»: those named from
// there on are of the second event only.
func (a *analysis) r18CAlsoEvent(e *eventMention, i1 int) (eventMention, int, bool) {
	ts := a.toks
	for j := e.trigger + eventWordLen(ts, e.trigger); j+2 < i1; j++ {
		if ts[j].key != keyAnd || !(pastVerbs[ts[j-1].key] || isPlanVerb(ts, j-1, j)) {
			continue
		}
		k := j + 1
		t := eventWordAt(ts, k)
		if t == "" || t == e.typ || t == "statement" {
			return eventMention{}, 0, false
		}
		also := false
		for m := k + 1; m < i1 && m <= k+maxAlsoGap; m++ {
			also = also || ts[m].key == keyAlsoToo
		}
		if !also {
			return eventMention{}, 0, false
		}
		next := eventMention{typ: complementType(ts, k, t), trigger: k, sent: e.sent, scope: map[int]bool{e.sent: true}, rule: ruleAlsoEvent}
		next.title = a.eventTitle(k)
		if next.title == "" {
			return eventMention{}, 0, false
		}
		return next, j, true
	}
	return eventMention{}, 0, false
}

// noPartAlsoBefore is the reason one named in the clause before the
// second event of a sentence («... و X نیز ...») takes no part in it.
const noPartAlsoBefore = "named in the clause before «و X نیز ...», of its sentence's first event"

// r18CTermBefore reports a term started «از (روز) D» at token k of
// sentence s, D a day before event e's, in a clause that hands the post
// over («مسئولیت شعبه الف از روز شنبه ۱۴ آذر به X سپرده شد» in a report
// of a session held on the fifteenth), when the next sentence does not say
// he was at e («هر دو در این نشست حضور داشتند»): the post was handed over
// on that earlier day, not at e. A «که» clause telling a term held («X که
// از روز دوشنبه سرپرست الف است، ...») puts nothing on another day.
func (a *analysis) r18CTermBefore(s, k int, d *persian.DateMatch, e *eventMention) bool {
	if d.ISO >= e.date.ISO || s+1 < len(a.sents) && a.sentenceNamesEvent(s+1, e) {
		return false
	}
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for j := i0; j < k; j++ {
		if ts[j].key == keyWhich {
			return false
		}
	}
	for j := k + 1; j < i1; j++ {
		if introWords[ts[j].key] || keyEntrusted[ts[j].key] {
			return true
		}
	}
	return false
}

// ruleElectedAt names the rule of r18CElectedAt for --explain.
const ruleElectedAt = "elected at «در مجمع X ... برگزیده/انتخاب شد»"

// r18CElectedWords, before a passive verb, tell of one elected.
var r18CElectedWords = keySet("برگزیده", "انتخاب")

// r18CPassives follow an elected word: «برگزیده شد»، «انتخاب شده است».
var r18CPassives = keySet("شد", "شدند", "شده", "گردید", "گردیده")

// r18CElectedAt reports a gathering at i, after «در», whose clause, outside
// reported speech, tells of one elected at it («X پیشتر در مجمع
// انتخاباتی هیئت الف به ریاست این هیئت برگزیده شده است»): the gathering
// was held, with the one elected.
func (a *analysis) r18CElectedAt(i, j, i1 int) bool {
	ts := a.toks
	if eventWordAt(ts, i) != "meeting" || a.quotedTokens()[i] {
		return false
	}
	for k := j; k+1 < i1; k++ {
		if ts[k].punct {
			return false
		}
		if r18CElectedWords[ts[k].key] && r18CPassives[ts[k+1].key] {
			return true
		}
	}
	return false
}

// r18CScheduledClause reports «که قرار/مقرر است» at j-1..j+1, a clause on
// the event word at k telling it is set for a time to come («نمایشگاه الف
// که قرار است طی اردیبهشت‌ماه در تهران برگزار شود»).
func r18CScheduledClause(ts []token, k, j, i1 int) bool {
	return j > k+1 && ts[j-1].key == keyWhich && schedulesAt(ts, j, i1)
}
