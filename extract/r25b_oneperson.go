package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// Round 25, tuner B: one person's post wording.

// r25bAdverbWord reports an adverb that goes on no name: one written with
// its tanwin («مجدداً»، «اخیراً»), or one of light_verbs.txt's adverbs
// typed without it («مجددا»، «رسما»). «X مجدداً به عنوان R انتخاب شد»:
// the adverb ends X's name.
func r25bAdverbWord(t token) bool {
	return strings.HasSuffix(t.text, "\u064b") || strings.HasSuffix(t.key, "ا") && lightVerbs.has(t.key)
}

// r25bAdverbEnd returns the token after an adverb at k (r25bAdverbWord)
// that stands between a name and the post it takes, «الف مجدداً رئیس
// شورای X شد», else k.
func (a *analysis) r25bAdverbEnd(k int) int {
	ts := a.toks
	if k+1 < len(ts) && ts[k+1].sent == ts[k].sent && r25bAdverbWord(ts[k]) {
		return k + 1
	}
	return k
}

// r25bOtherQualifiedPost reports two posts of one head word that each
// name their field and differ in it («معاون مالی» and «معاون
// بهره‌برداری»): two posts of one body, not one held by two persons.
func r25bOtherQualifiedPost(x, y string) bool {
	wx, wy := persian.Words(x), persian.Words(y)
	return len(wx) > 1 && len(wy) > 1 && persianKey(x) != persianKey(y)
}

// r25bBoardOfLongPost returns the body whose board a post names at its end
// after more than one word of its own («مشاور عالی هیئت‌مدیره»، «دبیر
// کمیسیون تخصصی هیئت امنا»): as boardOwner reads «مشاور هیئت‌مدیره».
func (a *analysis) r25bBoardOfLongPost(r roleRef, i int) *orgMention {
	words := persian.Words(r.role)
	for n := 1; n <= 2 && n+2 <= len(words); n++ {
		if board := strings.Join(words[len(words)-n:], " "); boardKeys[persianKey(board)] {
			return a.boardOwner(roleRef{role: words[0] + " " + board}, i)
		}
	}
	return nil
}

// r25bSignatures reads the signature under a message or statement: a line
// of a name alone (its titles before it) and, on the next line, a post
// with its body alone, «کیوان سپیدرود / مدیرکل ورزش و جوانان استان فارس»:
// the signer holds the post.
func (a *analysis) r25bSignatures() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.start >= len(ts) || p.end > len(ts) {
			continue
		}
		s := ts[p.start].sent
		if !a.r25bNameAlone(p) {
			continue
		}
		lo2, hi2 := a.sentRange(s + 1)
		for lo2 < hi2 && ts[lo2].punct {
			lo2++
		}
		if lo2 >= hi2 {
			continue
		}
		r, ok := a.roleAt(lo2)
		if !ok || r.org == "" || r.former || r.next > hi2 {
			continue
		}
		for k := r.next; k < hi2 && ok; k++ {
			ok = ts[k].punct
		}
		if ok && !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: s + 1, rule: "signature"})
		}
	}
}

// r25bNameAlone reports a person named alone on a line (a sentence of
// the name, its titles before it and marks around it): a signature or
// the salutation of a message.
func (a *analysis) r25bNameAlone(p *personMention) bool {
	ts := a.toks
	if p.start >= len(ts) || p.end > len(ts) {
		return false
	}
	lo, hi := a.sentRange(ts[p.start].sent)
	for k := lo; k < p.start; {
		if n := a.titleAt(k); n > 0 {
			k += n
		} else if ts[k].punct {
			k++
		} else {
			return false
		}
	}
	for k := p.end; k < hi; k++ {
		if !ts[k].punct {
			return false
		}
	}
	return hi > lo
}

// r25bAddressPronouns are the polite «you» of a letter or a message.
var r25bAddressPronouns = keySet("جنابعالی", "حضرتعالی", "سرکارعالی")

// r25bAddressedAppointments reads a message of congratulation, «سرکار
// خانم X / انتصاب (شایسته) جنابعالی به سمت R BODY را تبریک عرض
// می‌کنم»: the one addressed on the line before takes the post.
func (a *analysis) r25bAddressedAppointments() {
	ts := a.toks
	for j := 1; j+1 < len(ts); j++ {
		if !r25bAddressPronouns[ts[j].key] {
			continue
		}
		if ts[j-1].key != keyAppointment && !(j > 1 && ts[j-2].key == keyAppointment && !ts[j-1].punct) {
			continue
		}
		k := asTitleAt(ts, j+1)
		if k < 0 || k >= len(ts) || ts[k].sent != ts[j].sent {
			continue
		}
		r, ok := a.roleAt(k)
		if !ok || r.org == "" || r.former {
			continue
		}
		var to *personMention
		for pi := range a.persons {
			p := &a.persons[pi]
			if p.end <= j && ts[p.start].sent == ts[j].sent-1 && a.r25bNameAlone(p) {
				to = p
			}
		}
		if to == nil {
			continue
		}
		a.addClauseApp(appMention{person: to, role: r, sent: ts[j].sent, how: a.appointmentHow(false, ts[j].sent), rule: "addressed-appointment"})
	}
}

// r25bStopCompounds are the compounds of stop_compounds.txt.
var r25bStopCompounds = loadPhrases("stop_compounds.txt")

// r25bStopCompoundAt returns how many tokens from j form a compound whose
// first part is a stop word, typed with a space («پیش بینی»), else 0.
func r25bStopCompoundAt(ts []token, j int) int {
	if j+1 >= len(ts) || ts[j+1].sent != ts[j].sent || !stopWords.has(ts[j].key) {
		return 0
	}
	n, _ := r25bStopCompounds.at(ts, j)
	return n
}

// r25bOpeningWords are «آغاز» and «ابتدای» of «در آغاز/ابتدای این جلسه».
var r25bOpeningWords = keySet("آغاز", "ابتدای", "ابتدا")

// r25bChairOpensNext reads «جلسه X ... به ریاست R BODY برگزار شد. Y در
// آغاز این جلسه گفت»: the post chairing the session, told with no name,
// is that of the one who opens it in the next sentence, when the report
// gives him no other post.
func (a *analysis) r25bChairOpensNext() {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].key != keyTo || ts[k+1].key != r20aKeyHeadship || ts[k+2].sent != ts[k].sent {
			continue
		}
		r, ok := a.roleAt(k + 2)
		if !ok || r.org == "" || r.former || a.personStartingAt(r.next) != nil || r.next < len(ts) && a.titleAt(r.next) > 0 {
			continue
		}
		lo, hi := a.sentRange(ts[k].sent + 1)
		p := a.personStartingAt(lo)
		if t := a.titleAt(lo); p == nil && t > 0 {
			p = a.personStartingAt(lo + t)
		}
		if p == nil || p.end+3 >= hi || ts[p.end].key != keyIn || !r25bOpeningWords[ts[p.end+1].key] || !isDeterminer(ts[p.end+2].key) {
			continue
		}
		other := false
		for _, af := range a.affs {
			other = other || samePerson(af.person, p)
		}
		if !other {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[lo].sent, rule: "chair-opens-next"})
		}
	}
}

// r25bDetachedVerbAt reports a verb whose «می/نمی» is typed as a word of
// its own at j, «قرار می دهد», as on sites that type the non-joiner as
// a space: the prefix and a word of the same sentence after it.
func r25bDetachedVerbAt(ts []token, j int) bool {
	return detachedVerbPrefixes[ts[j].key] && j+1 < len(ts) && ts[j+1].sent == ts[j].sent && !ts[j+1].punct && !ts[j+1].digit
}

// r25bThisPostNouns are the nouns «این» refers a post back with: «این
// مسئولیت»، «این سمت».
var r25bThisPostNouns = keySet("مسئولیت", "مسوولیت", "سمت", "پست", "منصب")

// r25bMaxRelativeTokens bounds the words of the relative clause read by
// r25bHoldsThisPostAfter.
const r25bMaxRelativeTokens = 12

// r25bHoldsThisPostAfter reports a name followed by a relative clause
// that refers back to a post with «این» («X که از تیرماه این مسئولیت را
// بر عهده دارد، ...»): the one told by that post before.
func (a *analysis) r25bHoldsThisPostAfter(p *personMention) bool {
	ts := a.toks
	k := p.end
	if k < len(ts) && ts[k].text == "،" {
		k++
	}
	if k >= len(ts) || ts[k].key != keyWhich || ts[k].sent != ts[p.start].sent {
		return false
	}
	for j := k + 1; j+1 < len(ts) && j <= k+r25bMaxRelativeTokens && ts[j+1].sent == ts[k].sent; j++ {
		if ts[j].punct {
			return false
		}
		if ts[j].key == keyThis && r25bThisPostNouns[ts[j+1].key] {
			return true
		}
	}
	return false
}

// r25bNamedAbove is «نامبرده», «the one named above»: a pronoun for the
// person named last («نامبرده که معاون X است، ...»).
const r25bNamedAbove = "نامبرده"

// r25bFutureCopulaAt reports «خواهد بود» right after post r: «تا آن
// زمان X، R1 BODY، R2 BODY2 خواهد بود».
func (a *analysis) r25bFutureCopulaAt(r *roleRef) bool {
	return r != nil && r.next < len(a.toks) && a.toks[r.next].key == keyWill && a.copulaAt(r.next)
}

// r25bKeyCooperation is «همکاری» of «پایان همکاری X (با BODY)», the end
// of X's work in the body: X leaves the post.
var r25bKeyCooperation = persianKey("همکاری")

// r25bEndOfWorkAt reports «پایان همکاری» ending at token k.
func r25bEndOfWorkAt(ts []token, k int) bool {
	return ts[k].key == r25bKeyCooperation && k > 0 && ts[k-1].key == keyEnd && ts[k-1].sent == ts[k].sent
}

// r25bEndOfWorkIn reports «پایان همکاری» in sentence s.
func (a *analysis) r25bEndOfWorkIn(s int) bool {
	lo, hi := a.sentRange(s)
	for k := lo + 1; k < hi; k++ {
		if r25bEndOfWorkAt(a.toks, k) {
			return true
		}
	}
	return false
}

// r25bUnnamedObjectBefore reports «X طی حکمی Y را به سمت R منصوب کرد»
// («به سمت» at i) whose object Y the person rules did not read as a name
// (a surname told alone, say): the subject X found before gives the
// decree and is not the one appointed, so the post is left out. «او/وی
// را به سمت ...» is read through the pronoun as before.
func (a *analysis) r25bUnnamedObjectBefore(i int, in *personMention) bool {
	ts := a.toks
	if i < 2 || in == nil || ts[i-1].key != keyRa || ts[i-2].sent != ts[i].sent || in.end >= i-1 || pronounKeys[ts[i-2].key] || ts[i-2].punct {
		return false
	}
	// The word before «را» must read as the end of a name («... آبرنگی
	// فرد را»), not a noun («کار خود را به عنوان R آغاز کرد»).
	if !a.isNameWord(i-2) && !surnameSuffixes.has(ts[i-2].key) {
		return false
	}
	// «X، R BODY، را»، «X R BODY را»: X's own post in apposition before «را».
	k := in.end
	if k < i && ts[k].text == "،" {
		k++
	}
	if r, ok := a.roleAt(k); ok && (r.next == i-1 || r.next == i-2 && ts[i-2].text == "،") {
		return false
	}
	return true
}
