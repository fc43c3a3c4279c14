package extract

import (
	"strconv"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r17CSigningWord reports an agreement's word (signingWords), also as an
// indefinite noun: «تفاهم‌نامه‌ای ... به امضای الف و ب رسید»، «قراردادی
// ... امضا شد».
func r17CSigningWord(key string) bool {
	return signingWords[key] || signingWords[indefiniteStem(key)]
}

// r17CIntroducesSeveral reports «معارفه» and a plural post in sentence s
// («آیین معارفه بخشداران الف و ب»، «مراسم معارفه مدیران بخش‌ها»): several
// holders handed over at once, each of the article's appointees, when the
// article appoints more than one person.
func (a *analysis) r17CIntroducesSeveral(s int) bool {
	i0, i1 := a.sentRange(s)
	found := false
	for i := i0; i+1 < i1; i++ {
		if a.toks[i].key == keyIntroduction && newOnesWords[a.toks[i+1].key] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	var first *personMention
	for n := range a.apps {
		if p := a.apps[n].person; p != nil {
			if first == nil {
				first = p
			} else if !samePerson(first, p) {
				return true
			}
		}
	}
	return false
}

// r17CPresentNewOnes reports «با حضور» right before a plural post named
// «new» between tokens i0 and i1 («نشست ... با حضور بخشداران جدید، هفته
// بعد تشکیل می‌شود»): the new holders will be at an event still to come.
func (a *analysis) r17CPresentNewOnes(i0, i1 int) bool {
	ts := a.toks
	for k := i0 + 1; k < i1; k++ {
		if ts[k-1].key != keyPresence || k < i0+2 || ts[k-2].key != keyWith {
			continue
		}
		if n, _ := pluralPosts.at(ts, k); n > 0 && k+n < i1 && newHolderWords[ts[k+n].key] {
			return true
		}
	}
	return false
}

// thenWords join a second event its sentence tells after the first:
// «... دیدن کرد و سپس در نشستی با ...».
var r17CThenWords = keySet("سپس", "آنگاه", "پسازآن")

// ruleThenEvent names the rule of r17CThenEvent for --explain.
const ruleThenEvent = "second event of its sentence «... و سپس در نشستی با ...»"

// r17CThenEvent finds, after the event e of its sentence (ending at i1),
// an event of another kind the sentence tells next: «سپس» and «در» before
// an indefinite event word or one «با» follows («مدیرکل از سد الف دیدن
// کرد و سپس در نشستی با کشاورزان پایین‌دست ... را شنید»). It
// returns that event and the token of «سپس»: those named from there on
// took part in the second event only.
func (a *analysis) r17CThenEvent(e *eventMention, i1 int) (eventMention, int, bool) {
	ts := a.toks
	for j := e.trigger + eventWordLen(ts, e.trigger); j+2 < i1; j++ {
		if !r17CThenWords[ts[j].key] || ts[j-1].key != keyAnd {
			continue
		}
		k := j + 1
		if ts[k].key != keyIn {
			return eventMention{}, 0, false
		}
		k++
		t := eventWordAt(ts, k)
		n := eventWordLen(ts, k)
		if t == "" || t == e.typ || t == "statement" || !(indefiniteStem(ts[k].key) != "" || k+n < i1 && ts[k+n].key == keyWith) {
			return eventMention{}, 0, false
		}
		then := eventMention{typ: t, trigger: k, sent: e.sent, scope: map[int]bool{e.sent: true}, rule: ruleThenEvent}
		then.title = a.eventTitle(k)
		if then.title == "" {
			return eventMention{}, 0, false
		}
		return then, j, true
	}
	return eventMention{}, 0, false
}

// noPartThen is the reason one named after «و سپس در نشستی ...» takes
// no part in the sentence's first event.
const noPartThen = "named after «سپس», at the next event its sentence tells"

// handedWords, in a passive «تحویل (داده) شد»، «اهدا شد», tell of a thing
// handed over; told «با حضور X», it was handed over at a ceremony.
var r17CHandedWords = keySet("تحویل", "اهدا", "اهداء")

// ruleHandedOver names the rule of r17CHandedInPresence for --explain.
const ruleHandedOver = "handed over «با حضور X ... تحویل داده شد», a ceremony"

// r17CHandedInPresence reports a passive of handing over at token i
// («سند ۲۵ قطعه زمین ... با حضور X به صاحبانش تحویل شد»، «ویلچر ... با
// حضور X اهدا شد») in a sentence that names those present before it.
func (a *analysis) r17CHandedInPresence(i, i0, i1 int) bool {
	ts := a.toks
	if !r17CHandedWords[ts[i].key] || i+1 >= i1 || a.quotedTokens()[i] {
		return false
	}
	j := i + 1
	if ts[j].key == keyGiven && j+1 < i1 {
		j++
	}
	return honorPassives[ts[j].key] && a.inPresenceOf(i0, i)
}

var keyGiven = persianKey("داده")

// r17CReplacedBefore reports p, the one an appointment of the article
// replaced, named in a later sentence s of e's scope that tells of a
// time before the report's («X از ماه گذشته جانشین Y شده است و Y به
// استان دیگری رفته است»), in which no one is thanked: he is told of.
func (a *analysis) r17CReplacedBefore(e *eventMention, p *personMention, s int) bool {
	return s != e.sent && !e.handover && a.replacedInArticle(p) && a.toldOfBefore(s) && !a.sentenceThanks(s) && !a.thankedAnywhere(p)
}

// duringWords after «در» and before «این/همین X» place what a sentence
// tells within the event X: «در حاشیه/پایان/ادامه/جریان این آیین».
var r17CDuringWords = keySet("حاشیه", "پایان", "ادامه", "جریان")

// r17CDuringMain reports a sentence s that tells what was done within
// main («در پایان این مراسم، قراردادی ... به امضای الف و ب رسید»).
func (a *analysis) r17CDuringMain(s int, main *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+3 < i1; i++ {
		if ts[i].key == keyIn && r17CDuringWords[ts[i+1].key] && (sameDayWords[ts[i+2].key] || ts[i+2].key == keyThis) {
			if t := eventWordAt(ts, i+3); t != "" && (t == main.typ || t == "ceremony") {
				return true
			}
		}
	}
	return false
}

// r17CSpeechBackAtMain reports a sentence s after a signing e told within
// main that names no agreement and in which someone speaks («... به
// امضای الف و ب رسید. X از سوی قهرمانان نیز سخنانی گفت»): the report is
// back at main, where the speech was given.
func (a *analysis) r17CSpeechBackAtMain(s int, e, main *eventMention) bool {
	if main == nil || s <= e.sent || eventKind(a.toks, e.trigger, e.typ) != "meeting/signing" || !a.r17CDuringMain(e.sent, main) {
		return false
	}
	i0, i1 := a.sentRange(s)
	for i := i0; i < i1; i++ {
		if r17CSigningWord(a.toks[i].key) {
			return false
		}
	}
	return a.sentenceHasSpeechVerb(i0, i1)
}

// postFieldHeads, right before an event word, make it the field of a
// post or unit, not an event: «معاون بهره‌برداری»، «مدیر نظارت»، «اداره
// بازرسی»، «معاونت توزیع».
var r17CPostFieldHeads = keySet("معاون", "معاونت", "مدیر", "مدیریت", "کارشناس", "کارشناسان", "اداره", "دفتر")

// r17CPostField reports an event word at i that names the field of the
// post or unit right before it.
func r17CPostField(ts []token, i int) bool {
	return i > 0 && !ts[i-1].punct && ts[i-1].sent == ts[i].sent && r17CPostFieldHeads[ts[i-1].key]
}

// r17CTakesPlaceOf reports a mention q as the one whose place another
// takes: «Y جای X را می‌گیرد/گرفت».
func r17CTakesPlaceOf(ts []token, q *personMention) bool {
	return q.start > 0 && ts[q.start-1].key == keyPlaceOf && q.end+1 < len(ts) && ts[q.end].key == keyRa && (r17CTakeVerbs[ts[q.end+1].key] || r25eSpacedPresentAt(ts, q.end+1, r17CTakeVerbs))
}

var (
	keyPlaceOf    = persianKey("جای")
	r17CTakeVerbs = keySet("میگیرد", "گرفت", "گرفته", "خواهد", "میگیرند")
)

// maxAlsoEarlyWords bounds the words of the time phrase before «همچنین»
// in a paragraph that goes on with the report («عصر امروز همچنین ...»).
const maxAlsoEarlyWords = 4

// r17CAlsoEarly reports «همچنین» among a paragraph's first words w, after
// a time phrase: «شب گذشته همچنین جشنواره ... آغاز شد» tells one more
// thing of the report above.
func r17CAlsoEarly(w []string) bool {
	for k := 1; k < len(w) && k < maxAlsoEarlyWords; k++ {
		if persian.Squash(w[k]) == keyGoesOn {
			return true
		}
	}
	return false
}

// r17CHeldOtherAt reports a field day («روز مزرعه») at k: an event held
// on a farm, as a drill is, not work done.
func r17CHeldOtherAt(ts []token, k int) bool {
	return k+1 < len(ts) && ts[k].key == keyDayWord && ts[k+1].key == keyFarm
}

var (
	keyDayWord = persianKey("روز")
	keyFarm    = persianKey("مزرعه")
)

// maxClauseDayWords bounds the words from «که» to a relative day in the
// clause r17CEarlierClauseDay reads.
const maxClauseDayWords = 4

// r17CEarlierClauseDay reports a relative day at i inside a «که» clause in
// the past perfect, closed by a comma, after which the sentence names
// another relative day: «دبیر ... که دیروز با حکم الف برگزیده شده بود،
// امروز به اعضا معرفی شد» tells the event on the later day.
func (a *analysis) r17CEarlierClauseDay(i, i1 int) bool {
	ts := a.toks
	which := false
	for j := i - 1; j >= 0 && j >= i-maxClauseDayWords && ts[j].sent == ts[i].sent && !ts[j].punct; j-- {
		if ts[j].key == keyWhich {
			which = true
			break
		}
	}
	if !which {
		return false
	}
	for j := i + 1; j < i1; j++ {
		if ts[j].punct {
			if ts[j].text != "،" || !(ts[j-1].key == keyWas || ts[j-1].key == keyWere) || !strings.HasSuffix(ts[j-2].key, "ه") {
				return false
			}
			for k := j + 1; k < i1; k++ {
				if _, _, ok := relativeDayAt(ts, k); ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// r17CPreferBody narrows apps, the appointments to a post of a new
// holder's title, to those to the body org the post names; when none is
// to it, the article's appointments to that body stand for it: any, when
// no appointment has that title, else those of a charge of no title.
func (a *analysis) r17CPreferBody(apps []*appMention, org string) []*appMention {
	if org == "" {
		return apps
	}
	var same []*appMention
	for _, ap := range apps {
		if o := ap.role.org; persianKey(o) == persianKey(org) || sameHeadBody(org, o) {
			same = append(same, ap)
		}
	}
	if len(same) > 0 {
		return same
	}
	by := a.r17CAppsToBody(org)
	if len(apps) == 0 {
		return by
	}
	// «مسئولیت الف به X سپرده شد» gives X a charge of no title: «رئیس
	// جدید الف» is X, though another holds a post of that title elsewhere.
	var charged []*appMention
	for _, ap := range by {
		if roleHeadKey(ap.role.role) == keyChargeRole {
			charged = append(charged, ap)
		}
	}
	if len(charged) > 0 {
		return charged
	}
	return apps
}

var keyChargeRole = roleHeadKey("مسئول")

// r17CAppsToBody returns the article's appointments to the body org:
// «مدیر جدید کتابخانه الف» is the one «اداره کتابخانه الف» was given to,
// whatever the title his appointment was told with.
func (a *analysis) r17CAppsToBody(org string) []*appMention {
	if org == "" {
		return nil
	}
	key := persianKey(org)
	var out []*appMention
	for n := range a.apps {
		if o := a.apps[n].role.org; persianKey(o) == key || sameHeadBody(org, o) {
			out = append(out, &a.apps[n])
		}
	}
	return out
}

// maxCompanyWords bounds the words from «به همراه» to a post it names.
const maxCompanyWords = 12

var keyCompany = persianKey("همراه")

// r17CAccompanies reports a post r named after «به همراه» in a later
// sentence of e's that tells e's kind of event again after it: «وزیر
// آنگاه به همراه استاندار و مدیرکل راه از پل الف بازدید کرد» has the
// holders of those posts at e's visit.
func (a *analysis) r17CAccompanies(e *eventMention, r *roleRef) bool {
	ts := a.toks
	s := ts[r.start].sent
	if s <= e.sent || e.scope != nil && !e.scope[s] || e.scope == nil && e.exclude[s] {
		return false
	}
	i0, i1 := a.sentRange(s)
	company := false
	for j := max(i0+1, r.start-maxCompanyWords); j < r.start; j++ {
		if ts[j].key == keyCompany && ts[j-1].key == keyTo {
			company = true
		}
	}
	if !company {
		return false
	}
	for k := r.next; k < i1; k++ {
		if eventWordAt(ts, k) == e.typ {
			return k+1 < i1 && isLightVerb(ts[k+1].key)
		}
	}
	return false
}

// r17CTallySoFar reports an event word at k counted in a sentence that
// tells a tally up to now in the perfect («تاکنون ۹ قرارداد اجاره با
// بهره‌برداران بسته شده است»، «از ابتدای سال ۱۲ نمایشگاه برپا شده است»):
// work done over a span, not an event the report tells.
func (a *analysis) r17CTallySoFar(k, i0, i1 int) bool {
	ts := a.toks
	if k == i0 || !(ts[k-1].digit || numberWords[ts[k-1].key]) || !a.sinceCueIn(i0, k) {
		return false
	}
	for j := k + 1; j+1 < i1; j++ {
		if ts[j].key == keyBecamePerfect && ts[j+1].key == keyIs {
			return true
		}
	}
	return false
}

var keyBecamePerfect = persianKey("شده")

// r17CAfterBareMain returns main's type when the event word at k of
// sentence s follows «پس از/بعد از (پایان) X،», X a bare event word of
// main's kind: «پس از افتتاح، الف و ب از انبار ج دیدن کردند» came right
// after the report's opening, on its day.
func (a *analysis) r17CAfterBareMain(s, k int, main *eventMention) string {
	if main == nil {
		return ""
	}
	ts := a.toks
	i0, _ := a.sentRange(s)
	for i := i0; i+3 < k; i++ {
		j := afterFromAt(ts, i)
		if j < 0 {
			continue
		}
		if t := eventWordAt(ts, j); t == main.typ && j+eventWordLen(ts, j) < k && ts[j+eventWordLen(ts, j)].text == "،" {
			return t
		}
	}
	return ""
}

// programmeWords name the report's event in general words: «در این
// برنامه»، «در همین رویداد».
var r17CProgrammeWords = keySet("برنامه", "رویداد")

// r17CAtThisProgramme reports a sentence s placed «در این/همین برنامه»
// («در همین برنامه از پیشکسوتان ورزش تجلیل شد»): it tells of the
// report's own event again.
func (a *analysis) r17CAtThisProgramme(s int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && (ts[i+1].key == keyThis || sameDayWords[ts[i+1].key]) && r17CProgrammeWords[ts[i+2].key] {
			return true
		}
	}
	return false
}

// r17CWeekdayOfFullDate reports the weekday at tokens i to end of sentence
// s as the opening of a full date («جمعه ۲۷ اسفند»، «سه شنبه ۳ مهر»):
// the date, read as such, tells the day, not the weekday alone.
func (a *analysis) r17CWeekdayOfFullDate(s, i, end int) bool {
	i0, i1 := a.sentRange(s)
	for _, d := range a.datesIn(s) {
		if d.Precision != persian.PrecisionDay {
			continue
		}
		if k := a.tokenAtOffset(i0, i1, d.Start); k >= i && k <= end {
			return true
		}
	}
	return false
}

// maxLeadDatelineParts bounds the short parts a lead's dateline head sets
// off by dashes before the report's text: a town, an agency, a date.
const (
	maxLeadDatelineParts    = 3
	maxLeadDatelinePartWord = 4
)

// r17CLeadDateline reads the date of a dateline head that opens a lead's
// paragraph, set off by dashes: «الف‌آباد - ایسنا - ۳ مهر ۱۴۰۴ - جشن
// ... برپا شد». Only a full date with its year counts.
func r17CLeadDateline(l string) *persian.DateMatch {
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
	if len(parts) < 2 {
		return nil
	}
	for n, part := range parts {
		if n >= maxLeadDatelineParts || n == len(parts)-1 || wordCount(part) > maxLeadDatelinePartWord {
			return nil
		}
		if d := fullDate(part); d != nil {
			return d
		}
	}
	return nil
}

// r17CListedBesideHolder reports a post r with its body, in a list, whose
// neighbour after the comma is another item, not its holder: the person
// there holds other posts only, and another person of the article holds
// r's («با حضور مدیرکل ورزش، شهردار الف، X و ...», X a coach and Y the
// mayor of الف).
func (a *analysis) r17CListedBesideHolder(r *roleRef) bool {
	if r.org == "" || r.next+1 >= len(a.toks) || a.toks[r.next].text != "،" {
		return false
	}
	key := postKey(*r)
	var next *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.end == r.start || p.end+1 == r.start && a.toks[p.end].text == "،" {
			return false // «X، فرماندار الف»: the post of the one before it
		}
		if p.start == r.next+1 {
			next = p
		}
	}
	if next == nil {
		return false
	}
	own, other, held := false, false, false
	post := func(q roleRef, p *personMention) {
		if p == nil {
			return
		}
		switch {
		case samePerson(p, next) && postKey(q) == key:
			own = true
		case samePerson(p, next):
			other = true
		case postKey(q) == key:
			held = true
		}
	}
	for _, af := range a.affs {
		post(af.role, af.person)
	}
	for _, ap := range a.apps {
		post(ap.role, ap.person)
	}
	return !own && other && held
}

// r17CWithinMain reports a sentence s that tells what was done within
// main, «در این/همین X» among its first words, X main's kind or a
// ceremony («در همین مراسم، قراردادی ... به امضای الف و ب رسید»): those
// it names were at main too. «در پایان/ادامه این سفر» tells what came
// after, an event of its own.
func (a *analysis) r17CWithinMain(s int, main *eventMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for i := i0; i+2 < i1 && i < i0+maxOpeningPerson; i++ {
		if ts[i].key == keyIn && (ts[i+1].key == keyThis || sameDayWords[ts[i+1].key]) {
			if t := eventWordAt(ts, i+2); t != "" && (t == main.typ || t == "ceremony") {
				return true
			}
		}
	}
	return false
}

// r17CClosesSpeech reports token j as the «»» that closes a speech opened
// with «« right after the colon at i («X گفت: «...» Y هم در جایگاه حاضر
// بود»): what follows is the reporter's words again. depth counts the
// guillemets open from i on.
func r17CClosesSpeech(ts []token, i, j int, depth *int) bool {
	if i+1 >= len(ts) || ts[i+1].text != "«" {
		return false
	}
	switch ts[j].text {
	case "«":
		*depth++
	case "»":
		*depth--
		return *depth == 0
	}
	return false
}

var keyAppointmentOf = persianKey("انتصاب")

// r17CNewsOfAppointment reports a mention p named right after «از انتصاب»
// in a sentence whose verb is «خبر داد» («او از انتصاب X به عنوان دبیر
// ... خبر داد»): an appointment a speaker tells of, not one made at the
// event.
func (a *analysis) r17CNewsOfAppointment(p *personMention) bool {
	ts := a.toks
	i := p.start
	for i > 0 && a.titleAt(i-1) > 0 {
		i-- // «از انتصاب خانم X»
	}
	if i < 2 || ts[i-1].key != keyAppointmentOf || ts[i-2].key != keyFrom {
		return false
	}
	_, i1 := a.sentRange(ts[p.start].sent)
	return a.newsGivenAfter(p.end, i1)
}

// noPartNews is the reason one whose appointment a speaker tells of takes
// no part.
const noPartNews = "named as one whose appointment a speaker tells of («از انتصاب X خبر داد»)"

// maxDaysListed bounds the days a list of days before a month may span
// («در روزهای ۵ و ۶ مهر»).
const maxDaysListed = 7

// r17CFirstOfDays returns, for a date d read from token k of a sentence
// opening at i0, the first day of a list of days it ends («۵ و ۶ مهر»،
// «۴، ۵ و ۶ مهر»): an event held on several days is dated by its first.
// Else it returns d.
func (a *analysis) r17CFirstOfDays(d *persian.DateMatch, k, i0 int) *persian.DateMatch {
	ts := a.toks
	if !ts[k].digit {
		return d
	}
	day, err := strconv.Atoi(ts[k].key)
	if err != nil {
		return d
	}
	first, start := day, k
	for j := k - 1; j-1 >= i0 && (ts[j].key == keyAnd || ts[j].text == "،") && ts[j-1].digit; j -= 2 {
		n, err := strconv.Atoi(ts[j-1].key)
		if err != nil || n >= first || day-n > maxDaysListed {
			break
		}
		first, start = n, j-1
	}
	t, err := d.Time()
	if first == day || err != nil {
		return d
	}
	out := dayMatch(t.AddDate(0, 0, first-day), a.text(start, k)+" "+d.Original)
	out.Start, out.End = ts[start].start, d.End
	return out
}
