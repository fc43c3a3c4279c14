package extract

import "strings"

// r24bNisbaSurnameAt reports a token at i that is one of the article's
// known surnames and ends in «ه‌ای» with its non-joiner typed (a nisba of a
// place in «ه»: «…‌قمشه‌ای», «…‌ساوه‌ای»). isNameWord reads «ه‌ای» as a
// plural when no given name stands before it, since «قلعهای» may be
// «قلعه‌ای» typed without the non-joiner; with the non-joiner typed the
// word is no plural («ها» never follows a non-joiner after «ه»), so the
// surname alone names its person.
func (a *analysis) r24bNisbaSurnameAt(i int, surnames map[string]string) bool {
	t := a.toks[i]
	if t.punct || t.digit || a.covered(i) || !strings.HasSuffix(t.text, "ه\u200cای") {
		return false
	}
	_, ok := surnames[t.key]
	return ok
}

// r24bMaxStatingTokens bounds the words of a «با بیان اینکه ...» clause
// between a sentence's opening posts and its «، گفت:».
const r24bMaxStatingTokens = 40

// r24bSpeechAfterStating returns the token of «گفت:» or «افزود:» after a
// manner clause opened by «با» right after the posts ending at j, maybe
// past a locative «در این X» and a comma, the clause closed by a comma:
// «R BODY (در این هیئت)، با بیان اینکه ... است، گفت: ...». No person may
// be named before the verb. Else it returns -1.
func (a *analysis) r24bSpeechAfterStating(j int) int {
	ts := a.toks
	if j+3 < len(ts) && ts[j].key == keyIn && ts[j+1].key == keyThis && !ts[j+2].punct && ts[j+2].sent == ts[j].sent {
		j += 3 // «در این هیئت»، «در این نشست»
	}
	if j < len(ts) && ts[j].text == "،" {
		j++
	}
	if j+1 >= len(ts) || ts[j].key != keyWith || ts[j+1].punct {
		return -1
	}
	for m := j + 2; m+2 < len(ts) && m-j <= r24bMaxStatingTokens && ts[m].sent == ts[j].sent; m++ {
		if a.personCover[m] {
			return -1
		}
		if ts[m].text == "،" && (ts[m+1].key == keyToldVerb || r21bGoOnVerbs[ts[m+1].key]) {
			if ts[m+2].text == ":" {
				return m + 1
			}
			return -1
		}
	}
	return -1
}

// r24bRepresentingIn reports a post «نماینده BODY در این X» coordinated
// after a first post: «عضو هیئت‌مدیره شرکت الف و نماینده شرکت ب در این
// هیئت»: «در این X» points back to the first post's body, and the post
// tells whom the member stands for in it, not a second post of his own.
func (a *analysis) r24bRepresentingIn(q roleRef) bool {
	ts := a.toks
	j := q.next
	return firstWordKey(q.role) == keyRepresentative && j+2 < len(ts) && ts[j].key == keyIn && ts[j+1].key == keyThis &&
		!ts[j+2].punct && ts[j+2].sent == ts[j].sent
}

// r24bCommonGivenAppointee reads a given name that is also a common word
// at i in the appointee's slot of a decree: «R طی حکمی امید X را به سمت
// R2 منصوب کرد»، «... X Y را به عنوان R2 ...». A noun phrase before «را
// به سمت/به عنوان» and a post is the one appointed, a person.
func (a *analysis) r24bCommonGivenAppointee(i int) bool {
	ts := a.toks
	e := a.groupEnd(i + 1)
	if e+3 >= len(ts) || ts[e+3].sent != ts[i].sent {
		return false
	}
	return ts[e].key == keyRa && ts[e+1].key == keyTo && (ts[e+2].key == keyPost || ts[e+2].key == keyTitle) && roleWordsAt(ts, e+3) > 0
}

var (
	keyTimeWord  = persianKey("بار")
	keyOtherWord = persianKey("دیگر")
)

// r24bAgainEnd returns the token after «بار دیگر» at k («الف بار دیگر
// رئیس شورای X شد»: re-elected, a new term), else k.
func (a *analysis) r24bAgainEnd(k int) int {
	ts := a.toks
	if k+2 < len(ts) && ts[k].key == keyTimeWord && ts[k+1].key == keyOtherWord && ts[k+2].sent == ts[k].sent {
		return k + 2
	}
	return k
}

// r24bMaxDecreeReadTokens bounds the words between a decree's holder and
// «قرائت شد»: a relative clause of the decree's day and issuer.
const r24bMaxDecreeReadTokens = 16

// r24bDecreeReadFor reports «حکم X (که ... صادر شده بود،) قرائت شد»: the
// decree of X is read out in the ceremony, so X is the one it introduces,
// as «X معرفی شد» would tell. No other person may be named before the verb.
func (a *analysis) r24bDecreeReadFor(p *personMention) bool {
	ts := a.toks
	if p.start == 0 || ts[p.start-1].key != keyDecree || ts[p.start-1].sent != ts[p.start].sent {
		return false
	}
	for m := p.end; m+1 < len(ts) && m-p.end <= r24bMaxDecreeReadTokens && ts[m].sent == ts[p.start].sent; m++ {
		if a.personCover[m] {
			return false
		}
		if ts[m].key == keyReadOut {
			return isBecomeVerb(ts, m+1)
		}
	}
	return false
}

// r24bMaxIssuerTokens bounds the words of the issuer's post between
// «با حکم» and the issuer's body («با حکم رئیس کل BODY»).
const r24bMaxIssuerTokens = 6

// r24bIssuerSpan reports a body starting at start that is the decree
// issuer's: «با/طی حکم R BODY», no mark between.
func (a *analysis) r24bIssuerSpan(start int) bool {
	ts := a.toks
	for m := start - 1; m > 0 && start-m <= r24bMaxIssuerTokens && ts[m].sent == ts[start].sent && !ts[m].punct; m-- {
		if ts[m].key == keyDecree {
			return decreeIssuerCues[ts[m-1].key]
		}
	}
	return false
}

// r24bNotIssuerBody returns, for «سرپرستی/ریاست این HEAD» read as the
// body o named last in its own sentence, the body of that head named before it when o
// is the decree issuer's («الف با حکم رئیس کل گمرک ایران سرپرستی این گمرک
// را بر عهده گرفت» after «گمرک بندر X»): the issuer's body is the parent
// that appoints, and «این HEAD» refers past it to the body the report is
// about. It returns o when no such body was named.
func (a *analysis) r24bNotIssuerBody(o *orgMention, k int) *orgMention {
	ts := a.toks
	if o == nil || o.start >= k || ts[o.start].sent != ts[k].sent || !a.r24bIssuerSpan(o.start) {
		return o
	}
	var best *orgMention
	for i := range a.orgs {
		b := &a.orgs[i]
		if b.end <= o.start && persianKey(b.head) == persianKey(o.head) && !a.r24bIssuerSpan(b.start) && (best == nil || b.start > best.start) {
			best = b
		}
	}
	if best == nil {
		return o
	}
	return best
}

// r24bInsteadBetween returns the person named right after «به جای» between
// tokens lo and hi of one sentence («الف از ۷ آذر با حکم R به جای ب که
// بازنشسته شده، سرپرستی این اداره را بر عهده گرفته است»): the one the
// charge taken replaces, else nil.
func (a *analysis) r24bInsteadBetween(lo, hi int) *personMention {
	ts := a.toks
	for m := lo; m+2 < hi && m+2 < len(ts); m++ {
		if ts[m].key == keyTo && ts[m+1].key == keyPlace && ts[m+2].sent == ts[lo].sent {
			return a.personStartingAt(m + 2)
		}
	}
	return nil
}

// keyCEOPost is «مدیرعامل», the head of a company, an organisation, a bank
// or a foundation.
var keyCEOPost = persianKey("مدیرعامل")

// r24bCEOBodies are the heads of bodies a «مدیرعامل» heads.
var r24bCEOBodies = keySet("شرکت", "سازمان", "بانک", "بنیاد", "موسسه", "مؤسسه", "صندوق", "هلدینگ")

// r24bGuestHeadOfBodyBefore gives a bare head post told after a guest of a
// «با حضور» list («با حضور مهندس الف مدیرعامل، ب ...») the body of the kind
// that post heads named last before it in the sentence («آیین معارفه
// معاون این شرکت ... با حضور الف مدیرعامل»): the head of the body the
// report is about. The post must be one word, closed by a mark or «و».
func (a *analysis) r24bGuestHeadOfBodyBefore(r *roleRef) *roleRef {
	ts := a.toks
	if r.org != "" || r.former || r.next != r.start+1 || r.next >= len(ts) || !(ts[r.next].punct || ts[r.next].key == keyAnd) {
		return r
	}
	_, prefix := roleBodies.at(ts, r.start)
	ceo := ts[r.start].key == keyCEOPost
	if prefix == "" && !ceo {
		return r
	}
	lo, _ := a.sentRange(ts[r.start].sent)
	if !a.inPresenceOf(lo, r.start) {
		return r
	}
	o := a.bodyBefore(r.start, *r)
	if o == nil || ceo && !r24bCEOBodies[firstWordKey(o.name)] {
		return r
	}
	out := *r
	out.org, out.orgPlace = o.name, o.place
	if a.postHeld(out) {
		return r
	}
	return &out
}

// r24bOnlyHostBefore returns the one person the sentence before s names
// outside its «با حضور» list, when the others it names are guests of that
// list and sentence s names no one before its verb v: «به گزارش X، الف
// امروز در بازدیدی که با حضور ب و ج انجام شد، ... بازدید کرد. R BODY با
// بیان اینکه ...، گفت:» — the speaker is the host, الف. Else nil.
func (a *analysis) r24bOnlyHostBefore(s, v int) *personMention {
	ts := a.toks
	lo, _ := a.sentRange(s - 1)
	var host *personMention
	guests := 0
	for pi := range a.persons {
		p := &a.persons[pi]
		switch ps := ts[p.start].sent; {
		case ps == s && p.start < v:
			return nil
		case ps != s-1:
			continue
		case a.inPresenceOf(lo, p.start):
			guests++
		case host != nil && !samePerson(host, p):
			return nil
		default:
			host = p
		}
	}
	if guests == 0 {
		return nil
	}
	return host
}
