package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r23bSameBodyUnplaced reports a body told short by dropping the place
// the long form ends with: «مدیرکل راه X استان Y» named before, then
// «مدیرکل راه» alone, whose body reads «اداره کل راه X». The short form is
// the same body, so a bare post of it in a guest list is the holder's the
// report named already.
func r23bSameBodyUnplaced(long, short roleRef) bool {
	if long.orgPlace == "" || short.orgPlace != "" || long.org == "" || short.org == "" {
		return false
	}
	return equalWords(coreWords(long.org, long.orgPlace), coreWords(short.org, ""))
}

// r23bDirectorateNamed reads «مدیرکل BODY» where BODY is a body of its
// own name (a head noun like «گمرک» or «بهزیستی») and the report names
// «اداره کل BODY» too: a director general heads the directorate general,
// so the post is in the directorate the report names. It returns that
// body, or nil.
func (a *analysis) r23bDirectorateNamed(prefix string, o *orgMention) *orgMention {
	if persianKey(prefix) != keyDirectorate || strings.HasPrefix(persianKey(o.name), keyDirectorate) {
		return nil
	}
	key := persianKey(prefix + " " + o.name)
	for i := range a.orgs {
		if persianKey(a.orgs[i].name) == key {
			return &a.orgs[i]
		}
	}
	return nil
}

// r23bFromThisSpan are the spans «از این ...» of a post taken up now:
// «از این هفته», «از این ماه».
var r23bFromThisSpan = map[string]bool{keyWeek: true, keyMonthWord: true}

// r23bFromNowAt reports a charge at k told as held from now on in words
// fromNowAt does not read: «X از این هفته مسئولیت BODY را بر عهده دارد»,
// and «X از این پس با حکم R، مسئولیت BODY را بر عهده دارد», a decree's
// phrase between «از این پس/از امروز» and the charge.
func (a *analysis) r23bFromNowAt(k int) bool {
	ts := a.toks
	if k >= 3 && ts[k-3].key == keyFrom && ts[k-2].key == keyThis && r23bFromThisSpan[ts[k-1].key] {
		return true
	}
	if k < 4 || ts[k-1].text != "،" {
		return false
	}
	for w := k - 2; w > 0 && w >= k-1-maxRoleTokens && ts[w].sent == ts[k].sent && !ts[w].punct; w-- {
		if ts[w].key != keyDecree || ts[w-1].key != keyWith {
			continue
		}
		b := w - 1
		return a.fromNowAt(b) || b >= 2 && ts[b-2].key == keyFrom && ts[b-1].key == keyToday
	}
	return false
}

// r23bChargeOfHead reports a past post («X پیش از این رئیس BODY بود») that
// an appointment told as a charge («Y مسئولیت این اداره را بر عهده دارد»)
// takes over: the charge of a body is its head's post, so X is Y's
// predecessor though the two titles differ.
func r23bChargeOfHead(past, app roleRef) bool {
	return firstWordKey(app.role) == keyHolderInCharge && headPosts[firstWordKey(past.role)]
}

// r23bSpeechAfterAdjunct returns the token of «گفت:» after a manner
// adjunct opened by «با» right after the posts ending at j («R BODY با
// اشاره به ... گفت: ...», «با بیان اینکه ...»), within r21bMaxGoOnTokens
// and with no person named or mark between, else -1.
func (a *analysis) r23bSpeechAfterAdjunct(j int) int {
	ts := a.toks
	if j >= len(ts) || ts[j].key != keyWith {
		return -1
	}
	for m := j + 1; m+1 < len(ts) && m-j <= r21bMaxGoOnTokens && ts[m].sent == ts[j].sent; m++ {
		if a.personCover[m] || ts[m].punct {
			return -1
		}
		if ts[m].key == keyToldVerb {
			if ts[m+1].text == ":" {
				return m
			}
			return -1
		}
	}
	return -1
}

// r23bGuestPost reports a post told in apposition to a guest of a «با
// حضور» list: «... با حضور الف رئیس دانشگاه و ب فرماندار X برگزار شد».
// The guest holds that post already, so «به این سمت منصوب شده» in a
// later sentence does not refer back to it.
func (a *analysis) r23bGuestPost(r roleRef) bool {
	ts := a.toks
	e := r.start
	if e > 0 && ts[e-1].text == "،" {
		e--
	}
	if e == 0 || a.personEndingAt(e) == nil {
		return false
	}
	lo, _ := a.sentRange(ts[r.start].sent)
	return a.inPresenceOf(lo, r.start)
}

// r23bWordsSource reports «به گفته R BODY، الف از این پس ...»: the post
// after «به گفته» is the source of the words, and the name after the
// comma opens the clause told, not the post's holder in apposition. A
// name closed by a comma («به گفته R، الف، ...») stays the post's.
func (a *analysis) r23bWordsSource(r *roleRef, p *personMention) bool {
	ts := a.toks
	if r.start < 2 || ts[r.start-1].key != keySaid || ts[r.start-2].key != keyTo {
		return false
	}
	if r.next >= len(ts) || ts[r.next].text != "،" || p.start != r.next+1 {
		return false
	}
	return p.end < len(ts) && ts[p.end].sent == ts[p.start].sent && !isSeparator(ts[p.end].text)
}

// r23bHeadlessBodyTail reads «مدیر امور X BODY-TAIL» whose words from
// bodyRoleEnd to end end with a body the report names, told without its
// head noun («مدیر امور بندری بنادر و دریانوردی X» after «اداره کل بنادر
// و دریانوردی X»): the words before the tail are the manager's field, the
// body the named one, not a «مدیریت» of its own. It returns that body and
// the tail's first token, or nil; the field keeps one word at least.
func (a *analysis) r23bHeadlessBodyTail(bodyRoleEnd, end int) (*orgMention, int) {
	for i := bodyRoleEnd + 1; i+1 < end; i++ {
		if o := a.orgAt(i); o != nil && o.end == end {
			return o, i // the body written with its head: «مدیر گروه X معاونت Y»
		}
		tail := persianKey(a.text(i, end))
		for k := range a.orgs {
			o := &a.orgs[k]
			if o.head != "" && persianKey(o.name) == persianKey(o.head)+tail {
				return o, i
			}
		}
	}
	return nil, -1
}

// r23bPlaceOffices are the offices named by one place no list may hold:
// a district's («بخشداری») and a village's («دهیاری»).
var r23bPlaceOffices = keySet("بخشداری", "دهیاری")

// r23bPlaceOfficeEnd ends the name of the office of «بخشدار W ...» at W
// when the words after run on into the object of the holder's clause
// («الف بخشدار W طرح آبرسانی روستاها را تشریح کرد»): W, a place no list
// holds, is the district; the words up to «را» are the object. i is the
// first word after the post and end the name's end as read; it returns
// the end to keep.
func (a *analysis) r23bPlaceOfficeEnd(prefix string, i, end int, place, generic string) int {
	ts := a.toks
	if !r23bPlaceOffices[persianKey(prefix)] || place != "" || generic != "" || end >= len(ts) || ts[end].key != keyRa {
		return end
	}
	m := i
	for m < end && (ts[m].key == keyNew || formerWords[ts[m].key] || ts[m].key == keyRespected) {
		m++
	}
	if end-m < 2 || ts[m].key == keyCentralWord || ts[m].punct {
		return end
	}
	return m + 1
}

// r23bPastPostSpan reports the words from start to end told as a past
// post, «... که پیش از این مدیرکل BODY بود»: «بود» at end, and «پیش از
// این», «قبلاً» or the «که» of a relative clause («الف که سال‌ها R BODY
// بود») before start in its clause. A post left is no body
// for «R این HEAD» later in the sentence («... بود، به عنوان سرپرست این
// اداره کل معرفی شد»): the post taken is in the body the report is about.
func (a *analysis) r23bPastPostSpan(start, end int) bool {
	ts := a.toks
	if !wasAt(ts, end) {
		return false
	}
	for m := start - 1; m >= 0 && start-m <= maxRoleTokens && ts[m].sent == ts[start].sent && !ts[m].punct; m-- {
		if earlierWords[ts[m].key] || ts[m].key == keyWhich || ts[m].key == keyPastOf && m+2 < start && ts[m+1].key == keyFrom && isDeterminer(ts[m+2].key) {
			return true
		}
	}
	return false
}

// r23bTaskNouns are verbal nouns of a task, not of an office: «مسئول
// راه‌اندازی این مرکز است»، «مسئول پیگیری طرح شده است».
var r23bTaskNouns = keySet("راه‌اندازی", "برگزاری", "پیگیری", "اجرای", "تدوین", "تهیه", "تکمیل", "ساخت", "تجهیز")

// r23bTaskCharge reports a role read at k that is a task given to its
// holder, «مسئول» and the verbal noun of the task («الف مسئول راه‌اندازی
// این مرکز است»): one in charge of a task holds no post in the body the
// task is about.
func (a *analysis) r23bTaskCharge(k int, r roleRef) bool {
	ts := a.toks
	return k+1 < len(ts) && ts[k].key == keyHolderInCharge && r23bTaskNouns[ts[k+1].key] && r.next > k+1
}

// r23bFormerTitleOfCharge returns the title the sentence of a charge
// entrusted («مسئولیت BODY به الف سپرده شد») gives the body's former
// holder, «... و از زحمات مسئول قبلی این اداره تقدیر شد»: the post
// passed on bears that title. r is the charge read, from token k on; ""
// when no former title of the same body follows in the sentence.
func (a *analysis) r23bFormerTitleOfCharge(k int, r roleRef) string {
	ts := a.toks
	if ts[k].key != keyCharge || r.org == "" {
		return ""
	}
	for m := r.next; m < len(ts) && ts[m].sent == ts[k].sent; m++ {
		if roleWordsAt(ts, m) == 0 || roleWordsAt(ts, m-1) > 0 {
			continue
		}
		r2, ok := a.roleAt(m)
		if !ok || !r2.former || r2.earlier || r2.org == "" || !r17bHeadsItsBody(r2.role) {
			continue
		}
		if sameBodyName(r2.org, r.org) || shortFormOf(r2.org, r.org) {
			return r2.role
		}
	}
	return ""
}

// r23bFormerHolderAfterColon returns, for an «به عنوان» at i, the person
// thanked before a colon in its sentence when the words after the colon
// open with a former post and «از این پس»: «الف با قدردانی از تلاش ب
// افزود: رئیس پیشین BODY از این پس به عنوان R خدمت خواهد کرد». The
// former holder told by his old post is the one thanked; else nil.
func (a *analysis) r23bFormerHolderAfterColon(i int) *personMention {
	ts := a.toks
	k := i
	for k > 0 && i-k < maxFromNowWords && fromNowWords[ts[k-1].key] {
		k--
	}
	if k == i || !a.fromNowAt(i) {
		return nil
	}
	r := a.roleEndingBefore(k)
	if r == nil || !r.former || r.earlier || r.start == 0 || ts[r.start-1].text != ":" || ts[r.start-1].sent != ts[i].sent {
		return nil
	}
	if y := a.thankedBefore(r.start - 1); y != nil && !a.hasApp(y) {
		return y
	}
	return nil
}

// r23bNewPostInIssuer returns the start of the post taken when the post
// of a decree's issuer read from k ran on over it up to the verb: «الف با
// حکم وزیر راه و شهرسازی سرپرست اداره کل X شد», where «وزیر ...» and
// «سرپرست ...» read as one post. The post taken opens at the last post
// word of the run, or at the deputy's word before it («... استاندار
// معاون استاندار شد» is «معاون استاندار»); -1 when r does not end at a
// verb of becoming or no post word follows its first.
func (a *analysis) r23bNewPostInIssuer(k int, r roleRef) int {
	ts := a.toks
	if r.org == "" || !isBecomeVerb(ts, r.next) {
		return -1
	}
	last := -1
	for m := k + 1; m < r.next; m++ {
		if a.orgCover[m] {
			break // the body the run ends with
		}
		if n := roleWordsAt(ts, m); n > 0 {
			last = m
			m += n - 1
		}
	}
	if last < 0 {
		return -1
	}
	if last-1 > k && deputyWords[ts[last-1].key] {
		last--
	}
	if r2, ok := a.roleAt(last); !ok || r2.org == "" || r2.next != r.next {
		return -1
	}
	return last
}

// r23bCountyAffairsUnit reports the words of «مدیر امور X شهرستان Y» read
// for a «مدیریت»: a company's county unit named «امور» («امور منابع آب
// شهرستان Y», «امور برق شهرستان Y») is the body its manager heads, as
// «امور آب و فاضلاب شهرستان Y» is, not a «مدیریت امور ...».
func r23bCountyAffairsUnit(prefix string, rest []string, place string) bool {
	n := len(rest)
	return persianKey(prefix) == keyManagement && n > 3 && place != "" && persianKey(rest[0]) == keyAffairs &&
		persianKey(rest[n-2]) == keyCounty && persianKey(rest[n-1]) == persianKey(place)
}

// r23bNotPastPostBody returns, for «R این HEAD» read as the body o named
// last, the body of that head named before it when o is the body of a
// post left («الف که پیش از این معاون BODY2 بود، جایگزین سرپرست پیشین این
// گمرک شد»): «این HEAD» refers past it to the body the report is about.
// It returns o when no such body was named.
func (a *analysis) r23bNotPastPostBody(o *orgMention, k int) *orgMention {
	ts := a.toks
	if o == nil || o.start >= k || ts[o.start].sent != ts[k].sent || !a.r23bPastPostSpan(o.start, o.end) {
		return o
	}
	var best *orgMention
	for i := range a.orgs {
		b := &a.orgs[i]
		if b.end <= o.start && persianKey(b.head) == persianKey(o.head) && !a.r23bPastPostSpan(b.start, b.end) && (best == nil || b.start > best.start) {
			best = b
		}
	}
	if best == nil {
		return o
	}
	return best
}

// r23bPassiveAgentPost reports a post told as the agent of a passive of
// its sentence, «BODY2 مورد بازدید R BODY قرار گرفت»: the post's holder
// does the deed the sentence tells, as a post opening it would, and may be
// named in the sentences after («به گزارش X، الف در این بازدید گفت»).
func (a *analysis) r23bPassiveAgentPost(r *roleRef) bool {
	ts := a.toks
	return r.start >= 2 && ts[r.start-2].key == keySubject && ts[r.start-2].sent == ts[r.start].sent && !ts[r.start-1].punct &&
		r.next < len(ts) && ts[r.next].key == keyQarar
}

// r23bBodyOfHeadServed returns the body of the head a post serves when
// the post names none: «الف از این پس به عنوان مشاور مدیرعامل فعالیت
// می‌کند» in a report that names «ب، مدیرعامل شرکت X»: the adviser of the
// chief executive is in the chief executive's body. It returns the one
// body a head of that title holds in the report, else "", "".
func (a *analysis) r23bBodyOfHeadServed(r roleRef) (org, place string) {
	w := persian.Words(r.role)
	if r.org != "" || len(w) < 2 || !deputyWords[persianKey(w[0])] || !headPosts[persianKey(w[1])] {
		return "", ""
	}
	head := persianKey(w[1])
	for _, af := range a.affs {
		if af.role.org == "" || persianKey(af.role.role) != head {
			continue
		}
		if org != "" && persianKey(org) != persianKey(af.role.org) {
			return "", ""
		}
		org, place = af.role.org, af.role.orgPlace
	}
	return org, place
}

// r23bDelegateNouns are the gatherings a delegate is sent to: «نماینده
// این اتاق در جلسه».
var r23bDelegateNouns = keySet("جلسه", "نشست", "اجلاس", "مراسم", "آیین", "همایش")

// r23bDelegateAt reports «نماینده BODY در جلسه/نشست ...» read at k, also
// with «این HEAD» for the body («نماینده این اتاق در جلسه») and «این»
// before the gathering («در این نشست»): one who stands for a body at a
// gathering is its delegate there, not the holder of a post in it.
func (a *analysis) r23bDelegateAt(k int, r roleRef) bool {
	ts := a.toks
	if ts[k].key != keyRepresentative || persianKey(r.role) != keyRepresentative {
		return false
	}
	e := r.next
	if r.org == "" {
		// «این HEAD» of one or two words, then «در»
		if e+3 >= len(ts) || !isDeterminer(ts[e].key) || ts[e+1].punct {
			return false
		}
		if ts[e+2].key == keyIn {
			e += 2
		} else if !ts[e+2].punct && ts[e+3].key == keyIn {
			e += 3
		} else {
			return false
		}
	}
	m := e + 1
	if m < len(ts) && isDeterminer(ts[m].key) {
		m++
	}
	return m < len(ts) && ts[e].key == keyIn && r23bDelegateNouns[ts[m].key] && ts[m].sent == ts[k].sent
}

// r23bThisOfficialAt reports «این مقام» opening its clause with «مقام» at
// k, an official referred back to like «وی»: «این مقام که ریاست BODY را
// بر عهده دارد، افزود».
func (a *analysis) r23bThisOfficialAt(k int) bool {
	ts := a.toks
	return k > 0 && r20bOfficialNouns[ts[k].key] && ts[k-1].key == keyThisWord && ts[k-1].sent == ts[k].sent &&
		(k == 1 || ts[k-2].sent != ts[k].sent || ts[k-2].punct)
}
