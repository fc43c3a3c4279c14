package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r16CContractStems are event words whose «ی» form is as often an
// adjective as an indefinite noun: «قراردادی امضا شد» is a contract
// signed, but «کشت قراردادی»، «نیروهای روزمزد و قراردادی» are contract
// farming and contract workers.
var r16CContractStems = keySet("قرارداد")

// r16CAdjectivalStem reports an indefinite form at i of such a stem that
// follows a noun (or «و» after one): an adjective, not an event. The
// indefinite contract opens its phrase, after a preposition
// («طی قراردادی»، «با قراردادی»), a punctuation mark or nothing.
func r16CAdjectivalStem(ts []token, i int, stem string) bool {
	if !r16CContractStems[stem] || i == 0 || ts[i-1].sent != ts[i].sent || ts[i-1].punct {
		return false
	}
	prev := ts[i-1].key
	return prev == keyAnd || !stopWords.has(prev)
}

// r16CPlaceModifier reports a word that may stand between a place's noun
// and the date that names it: an adjective in «ی» («سالن ورزشی»، «مجموعه
// فرهنگی») or «اجتماعات»; not a stopword, a weekday or a relative day
// («سالن در ۱۷ شهریور»، «پارک دیروز ...»), nor a body's head noun: «سالن
// شهرداری ۱۷ شهریور» may be the hall on that day.
func r16CPlaceModifier(w string) bool {
	k := persian.Squash(w)
	if stopWords.has(k) || weekdayWords.has(k) || r16CDayWords[k] || headNouns.has(k) {
		return false
	}
	return k == persian.Squash("اجتماعات") || strings.HasSuffix(k, persian.Squash("ی")) && len([]rune(k)) > 2
}

var r16CDayWords = keySet("امروز", "دیروز", "فردا", "پریروز", "روز", "صبح", "عصر", "ظهر", "شب", "شامگاه", "بامداد")

// r16COpensWithDay reports a date that opens with a weekday or «روز»
// («دوشنبه ۱۷ شهریور»): a day told, not a place's name.
func r16COpensWithDay(d persian.DateMatch) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(d.Original), " ")
	k := persian.Squash(first)
	return weekdayWords.has(k) || r16CDayWords[k]
}

// ruleSessionAhead names the rule of a session still to come that its
// clause dates: «گزارش آن در جلسه کارگروه الف روز دوشنبه ۲۳ آذر ارائه
// خواهد شد».
const ruleSessionAhead = "session ahead «در جلسه X روز Y ... خواهد شد»"

// maxSessionWords bounds the words from the event word's end to the day
// that dates it.
const maxSessionWords = 10

// r16CSessionDayAhead reports, after an event word ending at j that
// «در» opens, a day (a weekday or one relative to today, «روز» before
// it or not) within maxSessionWords words, with no comma or other event
// word between, and a verb of a time to come after it («... ارائه خواهد
// شد»، «... بررسی می‌شود»).
func r16CSessionDayAhead(ts []token, j, i1 int) bool {
	for d := j; d < i1 && d-j <= maxSessionWords; d++ {
		if ts[d].punct || eventWordAt(ts, d) != "" {
			return false
		}
		_, _, rel := relativeDayAt(ts, d)
		_, _, wd := weekdayAt(ts, d)
		if !rel && !wd {
			continue
		}
		for k := d + 1; k < i1; k++ {
			if ts[k].punct {
				return false
			}
			if isPlanVerb(ts, k, i1) {
				return true
			}
		}
		return false
	}
	return false
}

// r16CHostedInTitle reports an event word k of type typ in the title that
// «میزبان» comes before («نمونه‌آباد میزبان مسابقات شنای کشور شد»), when a
// lead sentence after the title reports an event of another kind as held
// («آیین تقدیر از ورزشکاران ... عصر دیروز برگزار شد و در آن از میزبانی
// استان ... خبر داده شد»): the title tells a hosting announced at the
// event the lead tells, which is the report's main event.
func (a *analysis) r16CHostedInTitle(k int, typ string, limit int) bool {
	ts := a.toks
	if ts[k].sent != 0 || a.art.Title == "" || k == 0 || ts[k-1].key != keyHost || ts[k-1].sent != 0 {
		return false
	}
	for s := 1; s < limit && s < len(a.sents); s++ {
		if a.inDatelineLine(s) {
			continue
		}
		i0, i1 := a.sentRange(s)
		j, t, _ := a.bodyEventTrigger(i0, i1)
		if j < 0 || a.tellsOfComing(i0, j) {
			continue
		}
		if t = complementType(ts, j, t); t != typ && t != "statement" {
			return true
		}
	}
	return false
}

// r16CHostedEvent is the event hosted that the title tells at k
// («نمونه‌آباد میزبان مسابقات شنای کشور شد») when the lead tells another: an
// event of its own, dated by the first body sentence that names its word
// with a day («مسابقات ... از یکشنبه ۲۲ آذر در نمونه‌آباد برگزار می‌شود»),
// that no one takes part in: those who tell of it speak at the main event.
func (a *analysis) r16CHostedEvent(k, limit int) (eventMention, bool) {
	ts := a.toks
	typ := complementType(ts, k, eventWordAt(ts, k))
	if typ == "" {
		return eventMention{}, false
	}
	e := eventMention{typ: typ, trigger: k, sent: 0, scope: map[int]bool{}, rule: "hosted «الف میزبان X شد» in the title"}
	e.title = a.eventTitle(k)
	for s := limit; s < len(a.sents); s++ {
		i0, i1 := a.sentRange(s)
		named := false
		for i := i0; i < i1; i++ {
			if ts[i].key == ts[k].key {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if d := a.heldDayIn(s); d != nil {
			e.setDate(d, dateRuleOwn)
			break
		}
	}
	return e, e.title != ""
}

// ruleComingIntroduction names the rule of a handover ceremony still to
// come, on no day told, of posts the report fills: «آیین معارفه فرماندار
// الف و بخشدار ب نیز در روزهای آینده برگزار خواهد شد».
const ruleComingIntroduction = "handover to come «آیین معارفه R ... برگزار خواهد شد» of a post the report fills"

// r16CComingIntroduction reports a ceremony word at i (its words ending at
// j) of a handover («معارفه»، «آیین معارفه») in a sentence told as to
// come, outside a quote, whose words right after name a post the report
// told before (r16CPostToldBefore): the ceremony of those the report
// appoints, an event of its own though no day is told.
func (a *analysis) r16CComingIntroduction(i, j, i0, i1 int) bool {
	ts := a.toks
	if eventWordAt(ts, i) != "ceremony" || a.quotedTokens()[i] || !a.tellsOfComing(i0, i1) {
		return false
	}
	k := i
	if !handoverWords[ts[k].key] {
		k = i + eventWordLen(ts, i)
		if k >= i1 || !handoverWords[ts[k].key] {
			return false
		}
	}
	k += eventWordLen(ts, k)
	for ri := range a.roles {
		r := &a.roles[ri]
		if r.start != k && !(r.start > k && r.start < i1 && ts[r.start-1].key == keyAnd) || r.former {
			continue
		}
		if a.r16CPostToldBefore(r) {
			return true
		}
	}
	return false
}

// r16CPostToldBefore reports post r told in a sentence before r's, in
// full or by its short form («فرماندار تکاب» after «به سمت فرماندار
// شهرستان تکاب منصوب کرد»), not as a former post.
func (a *analysis) r16CPostToldBefore(r *roleRef) bool {
	if r.org == "" {
		return false
	}
	for j := r.start; j < r.next; j++ {
		if a.toks[j].key == keyNew {
			return false // «معارفه شهردار جدید»: the report's own appointee, told as its main news
		}
	}
	s := a.toks[r.start].sent
	head, org := roleHeadKey(r.role), persianKey(r.org)
	for ri := range a.roles {
		q := &a.roles[ri]
		if q.former || q.org == "" || a.toks[q.start].sent >= s || roleHeadKey(q.role) != head {
			continue
		}
		if k := persianKey(q.org); k == org || shortOrgOf(r.org, q.org) || shortOrgOf(q.org, r.org) {
			return true
		}
	}
	return false
}

// r16CFirstPerson are the words a speaker names himself by in his
// speech: «جلسه ... به ریاست اینجانب برگزار می‌شود».
var r16CFirstPerson = keySet("اینجانب", "بنده", "من")

// r16CMaxIssuerGap bounds the tokens from a date to the verb of issuing
// when «از سوی ISSUER» follows the date: the issuer's name and post
// stand between.
const r16CMaxIssuerGap = 16

// r16CIntroducedKeys in a title tell of an introduction («سرپرست جدید
// شبکه الف معرفی شد»): a later paragraph on the introduction ceremony
// («آیین تودیع و معارفه ... برگزار شد») is the same news.
var r16CIntroducedKeys = keySet("معرفی", "معارفه")
