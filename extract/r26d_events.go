package extract

import "strings"

// Events of photo reports, quoted messages and signed statements (round
// 26, tuner D).

// r26dLineAt returns the line of the article's text that holds rune
// offset p, and the offset where that line starts.
func (a *analysis) r26dLineAt(p int) (string, int) {
	s := p
	for s > 0 && a.runes[s-1] != '\n' {
		s--
	}
	e := p
	for e < len(a.runes) && a.runes[e] != '\n' {
		e++
	}
	return string(a.runes[s:e]), s
}

// r26dMarkPhotoItem notes line i, just added to cur, when it is an item
// of a photo list (r25aPhotoListItem).
func r26dMarkPhotoItem(cur *Article, lines []segLine, i int) {
	if !r25aPhotoListItem(lines, i) {
		return
	}
	if cur.photoItems == nil {
		cur.photoItems = map[string]bool{}
	}
	cur.photoItems[lines[i].text] = true
}

// r26dInPhotoCaption reports token i as standing in an item of a list of
// who is in a report's pictures, under a line that names them and ends
// with a colon («در تصاویر:»، «در این تصویر:»): in «- X، R BODY، در
// گفت‌وگو با بازدیدکنندگان» the caption tells a moment of the report's own
// event, not an event of its own.
func (a *analysis) r26dInPhotoCaption(i int) bool {
	if i < 0 || i >= len(a.toks) || len(a.art.photoItems) == 0 {
		return false
	}
	line, _ := a.r26dLineAt(a.toks[i].start)
	return a.art.photoItems[line]
}

// keyStartWork is «آغاز» of «آغاز به کار».
var keyStartWork = persianKey("آغاز")

// r26dPostStartsWork reports the event word of n tokens at i as «آغاز به
// کار» followed by a post («آغاز به کار مدیرکل جدید ...»، «آغاز به کار
// سرپرست ...»): a person takes up the post; nothing is opened.
func r26dPostStartsWork(ts []token, i, n int) bool {
	if n != 3 || ts[i].key != keyStartWork || i+n >= len(ts) {
		return false
	}
	m, _ := roleWords.at(ts, i+n)
	return m > 0
}

// r26dQuotedAfterColon reports line i as opening a quotation («««) just
// under a line that ends with a colon («متن پیام به این شرح است:»): the
// text of a message or statement the report quotes, whose first line (an
// address «سرکار خانم ...») is no headline.
func r26dQuotedAfterColon(lines []segLine, i int) bool {
	if i == 0 || lines[i].published != "" {
		return false
	}
	t := strings.TrimSpace(lines[i].text)
	if !strings.HasPrefix(t, "«") && !strings.HasPrefix(t, "\"") {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(lines[i-1].text), ":")
}

// Rules of a signed statement's participation, named for --explain.
const (
	partR26dSigner   = "the signer of the statement or message"
	noPartR26dSigned = "named in a signed statement or message, not its signer"
)

// r26dHasSigner reports the article signed under a message or statement
// (r25bSignatures): «کیوان سپیدرود / مدیرکل ورزش و جوانان استان فارس».
func (a *analysis) r26dHasSigner() bool {
	for i := range a.affs {
		if a.affs[i].rule == "signature" {
			return true
		}
	}
	return false
}

// r26dSignerOf tells whether p signed the article's statement: a signed
// message or notice is the signer's alone; the persons it addresses,
// thanks or tells of take no part in it.
func (a *analysis) r26dSignerOf(p *personMention) (bool, string) {
	for i := range a.affs {
		if a.affs[i].rule == "signature" && samePerson(a.affs[i].person, p) {
			return true, partR26dSigner
		}
	}
	return false, noPartR26dSigned
}

// ruleR26dPresenceLead names the date rule of r26dBackToPresenceLead.
const ruleR26dPresenceLead = "the day of the «با حضور» sentence before, which «در این X» refers back to"

// r26dBackToPresenceLead reads an event found in a sentence that opens
// «در این بازدید/جلسه ...» right after a sentence that names no event but
// a «با حضور» list: «روند طرح الف روز گذشته با حضور X، R؛ Y، R و Z بررسی
// شد. در این بازدید، مسئولان از ... دیدن کردند.» The sentence referred
// back to tells the same event: its persons take part in it, and its day
// is the event's when the event has none.
func (a *analysis) r26dBackToPresenceLead() {
	ts := a.toks
	for x := range a.events {
		e := &a.events[x]
		s := e.sent
		if s < 1 || e.listed || e.scope == nil || e.scope[s-1] || e.exclude[s-1] {
			continue
		}
		i0, i1 := a.sentRange(s)
		if i0+2 >= i1 || ts[i0].key != keyIn || !isDeterminer(ts[i0+1].key) || eventWordAt(ts, i0+2) != e.typ {
			continue
		}
		if !a.r26dPresenceOnly(s-1) || a.r26dClaimed(s-1, e) {
			continue
		}
		e.scope[s-1] = true
		if e.date == nil {
			if d := a.dayIn(s - 1); d != nil {
				e.setDate(d, ruleR26dPresenceLead)
			} else if d := a.relativeDayIn(s - 1); d != nil {
				e.setDate(d, ruleR26dPresenceLead)
			}
		}
	}
}

// r26dPresenceOnly reports sentence s as naming a «با حضور» list outside
// reported speech and no event word.
func (a *analysis) r26dPresenceOnly(s int) bool {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	presence := false
	for i := i0; i < i1; i++ {
		if eventWordAt(ts, i) != "" {
			return false
		}
		if i > i0 && ts[i].key == keyPresence && ts[i-1].key == keyWith && !a.quotedTokens()[i] {
			presence = true
		}
	}
	return presence
}

// r26dClaimed reports sentence s as told of an event other than e.
func (a *analysis) r26dClaimed(s int, e *eventMention) bool {
	for x := range a.events {
		o := &a.events[x]
		if o != e && (o.sent == s || o.scope[s]) {
			return true
		}
	}
	return false
}

// r26dQuestion reports tokens i0 to i1, a sentence, as a question («این
// بخش چه زمانی افتتاح شد؟»): an interviewer's question, or one a speaker
// asks, tells of no event held. Its event words are noted as passed
// over when explaining.
func (a *analysis) r26dQuestion(i0, i1 int) bool {
	ts := a.toks
	k := i1 - 1
	for k > i0 && ts[k].punct && ts[k].text != "؟" && ts[k].text != "?" && !strings.ContainsAny(ts[k].text, "؟?") {
		k--
	}
	if k <= i0 || !ts[k].punct || !strings.ContainsAny(ts[k].text, "؟?") {
		return false
	}
	for i := i0; i < i1; i++ {
		if t := eventWordAt(ts, i); t != "" {
			a.rejectEventWord(i, t, "in a question («... چه زمانی افتتاح شد؟»), not an event held")
		}
	}
	return true
}

// ruleR26dHeldInClause names the rule of r26dHeldInClause.
const ruleR26dHeldInClause = "held in its own clause «پس از جلسه X که روز Y ... برگزار شد»"

// r26dMaxClauseGap bounds the words between an event word and the «که»
// of its clause.
const r26dMaxClauseGap = 8

var (
	keyR26dWhich     = persianKey("که")
	r26dHeldVerbKeys = keySet("شد", "گردید", "شده", "شدند")
)

// r26dHeldInClause reports the event word at i, told as a time («این
// اطلاعیه پس از جلسه کارگروه الف صادر شد»), as held all the same when a
// clause of its own says so with its day: «... پس از جلسه کارگروه الف
// صادر شده است که صبح دیروز با حضور X برگزار شد».
func (a *analysis) r26dHeldInClause(i, i1 int) bool {
	ts := a.toks
	j := eventPhraseEnd(ts, i, i1)
	k := j
	for k < i1 && k-j <= r26dMaxClauseGap && ts[k].key != keyR26dWhich {
		k++
	}
	if k >= i1 || ts[k].key != keyR26dWhich {
		return false
	}
	day := false
	for m := k + 1; m < i1; m++ {
		if ts[m].punct && (ts[m].text == "." || ts[m].text == "؛") {
			return false
		}
		if _, _, ok := relativeDayAt(ts, m); ok {
			day = true
		}
		if day && ts[m].key == keyHeldWord && m+1 < i1 && r26dHeldVerbKeys[ts[m+1].key] {
			return true
		}
	}
	return false
}

var (
	keyR26dTo   = persianKey("به")
	keyR26dSaid = persianKey("گفته")
)

// r26dMaxSaidWords bounds the words from «به گفته» to the speaker's name.
const r26dMaxSaidWords = 16

// r26dSaidOpening reports p as the speaker of a sentence that opens «به
// گفته R، X، ...»: he speaks of a time to come («... برطرف می‌شود»)
// at the event told, as one whose speech verb follows his name does.
func (a *analysis) r26dSaidOpening(p *personMention) bool {
	ts := a.toks
	i0, i1 := a.sentRange(ts[p.start].sent)
	if i0+2 >= i1 || ts[i0].key != keyR26dTo || ts[i0+1].key != keyR26dSaid || p.start-i0 > r26dMaxSaidWords || p.end >= i1 {
		return false
	}
	for k := i0 + 2; k < p.start; k++ {
		if ts[k].punct && ts[k].text != "،" {
			return false
		}
	}
	return ts[p.end].text == "،"
}

// r26dGoesOnToReporter reports p as the speaker who goes on («X افزود:»)
// in sentence s with what he told a reporter in the sentence before
// («مدیر الف نیز در گفت و گو با خبرنگار ما گفت: ...»), neither naming
// the event: a talk given to the press, not said at the event.
func (a *analysis) r26dGoesOnToReporter(s int, p *personMention) bool {
	if s < 1 || a.toks[p.start].sent != s || a.refersBackToEvent(s) || a.refersBackToEvent(s-1) {
		return false
	}
	i0, _ := a.sentRange(s)
	if p.start != i0 || a.r15CSpeechVerbAfter(p.end) != p.end {
		return false
	}
	k0, k1 := a.sentRange(s - 1)
	for k := k0; k+2 < k1; k++ {
		if (a.r20CInterviewAt(k, k1) || a.r24dInterviewAt(k, k1)) && !a.quotedTokens()[k] {
			return true
		}
	}
	return false
}
