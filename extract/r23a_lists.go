package extract

import (
	"slices"
	"strings"
)

// Lists of several persons and their posts told in one sentence (round
// 23, tuner A).

// r23aMaxPlacedSpan bounds the tokens from «در سمت» to «قرار گرفتند» in a
// list of posts told «به ترتیب»: as many posts as the longest list.
const r23aMaxPlacedSpan = maxRoleTokens * maxPluralListed

// r23aRespectivelyPlaced reports «به ترتیب در سمت R1، R2 و R3 (BODY) قرار
// گرفتند» with «در» at i and the first post at k: posts given in order to
// the names listed before «به ترتیب», the verb after the whole list of
// posts (commas and «و» between them).
func (a *analysis) r23aRespectivelyPlaced(i, k int) bool {
	ts := a.toks
	if ts[i].key != keyIn || i < 2 || ts[i-1].key != keyOrder || ts[i-2].key != keyTo {
		return false
	}
	for j := k; j+1 < len(ts) && ts[j].sent == ts[i].sent && j-k <= r23aMaxPlacedSpan; j++ {
		if ts[j].text == "؛" || ts[j].text == ":" || a.personCover[j] {
			return false
		}
		if ts[j].key == keyQarar {
			return j > k && takeVerbs[ts[j+1].key]
		}
	}
	return false
}

// r23aSemicolonBarePosts drops the post a list item told by its post
// alone gave the next item's name: in «با حضور R1؛ R2 BODY2؛ الف، R3
// BODY3؛ و ب، R4 BODY4» the «؛» closes the item «R2 BODY2» (a guest the
// report names elsewhere, or not at all); الف, whose own post follows his
// name after «،», is not its holder.
func (a *analysis) r23aSemicolonBarePosts() {
	ts := a.toks
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		r, p := m.role, m.person
		if m.rule != "role-then-name" || r.next+1 != p.start || ts[r.next].text != "؛" || p.end+1 >= len(ts) || ts[p.end].text != "،" {
			return false
		}
		own := a.roleStartingAt(p.end + 1)
		return own != nil && own.org != "" && !own.former && ts[own.start].sent == ts[p.start].sent
	})
}

// r23aBareBoardBody reads the body of «اعضای (اصلی) هیئت‌مدیره (این)
// انجمن انتخاب شدند» with the board's phrase ending at e: the body named
// before by that head noun alone, with or without «این», as the phrase
// ends (an appointment's verb or a mark after it). It returns that body
// and the token after its head, or nil.
func (a *analysis) r23aBareBoardBody(k, e int) (*orgMention, int) {
	ts := a.toks
	h := e
	if h < len(ts) && isDeterminer(ts[h].key) {
		h++
	}
	if h+1 >= len(ts) || ts[h].sent != ts[k].sent || a.orgCover[h] {
		return nil, e
	}
	if hn, _ := headNouns.at(ts, h); hn != 1 {
		return nil, e
	}
	if nx := ts[h+1]; nx.sent == ts[h].sent && !nx.punct && !introWords[nx.key] && !appointVerbs[nx.key] && !a.r24aJoinVerbAt(h+1, nx.sent) {
		return nil, e
	}
	o := a.recentOrgWithBareHead(ts[h], h)
	if o == nil || o.start >= h {
		o = a.lastBodyOfFirstWord(ts[h].key, h) // «شرکت» of «شرکت تعاونی X»
	}
	if o == nil || o.start >= h {
		return nil, e
	}
	return o, h + 1
}

// r23aMaxLaterBoard bounds the tokens from «اعضای اصلی و» to the board a
// later plural of its sentence names.
const r23aMaxLaterBoard = 4 * maxPluralListed

// r23aBoardOfLaterKind reads «الف و ب به عنوان اعضای اصلی و ج و د به عنوان
// اعضای علی‌البدل هیئت‌مدیره X انتخاب شدند» with the first plural at k
// and «و» at m after its kind of member: the board the next plural of
// the sentence names is the first one's too. It returns that post, or
// nil.
func (a *analysis) r23aBoardOfLaterKind(k, m int) []roleRef {
	ts := a.toks
	if m >= len(ts) || ts[m].key != keyAnd {
		return nil
	}
	for q := m + 1; q < len(ts) && q <= m+r23aMaxLaterBoard && ts[q].sent == ts[k].sent; q++ {
		n, post := pluralPosts.at(ts, q)
		if n == 0 && ts[q].key == keyMember {
			n, post = 1, ts[q].text // «... و ج به عنوان عضو علی‌البدل هیئت‌مدیره X»
		}
		if n == 0 {
			continue
		}
		if q+n >= len(ts) || !r20aMemberKinds[ts[q+n].key] {
			return nil // «... و ج به عنوان اعضای هیئت‌مدیره»: no kind of member
		}
		out, _ := a.r20aBoardMembers(q, q+n, post)
		if len(out) != 1 {
			return nil
		}
		r := out[0]
		r.start, r.next = k, m
		return []roleRef{r}
	}
	return nil
}

// r23aDropPostBeforeSubjects drops the post told right before a list of
// two or more names that is the subject of its own «به عنوان R» (or «به
// سمت R»): in «در آیین معارفه مدیرکل جدید X، الف، ب و ج به عنوان معاونان
// این اداره کل ابقا شدند» the post is the one introduced, not الف's.
func (a *analysis) r23aDropPostBeforeSubjects() {
	ts := a.toks
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		p := m.person
		if m.rule != "role-then-name" || m.role.next+1 != p.start || ts[m.role.next].text != "،" {
			return false // «با حکم وزیر X بهمن راد، ...»: a name right after the post is its holder's
		}
		e := a.listEndAfter(p)
		if e <= p.end || e >= len(ts) || ts[e].sent != ts[p.start].sent || !a.r23aJoinedByAnd(p.end, e) {
			return false // one name, or the list runs to the text's end
		}
		if alsoWords[ts[e].key] {
			e++
		}
		if e+1 < len(ts) && ts[e].key == keyTo && ts[e+1].key == keyOrder {
			e += 2 // «الف و ب به ترتیب به عنوان R1 و R2»
		}
		return asTitleAt(ts, e) > 0
	})
}

// r23aMaxPluralWords bounds the post's own words between a plural post
// and «این»: «معاونان (فنی و اداری) این اداره کل».
const r23aMaxPluralWords = 2 * maxPluralListed

// r23aPluralOfThisBody reads «معاونان (فنی) این اداره کل» with the plural
// post at k and its next word at j: a body of a head of one word or more
// named before by «این» and its head alone, as the phrase ends. The body
// is the last of that head named before, else the one a post before
// heads («مدیرکل جدید راه و شهرسازی استان X» for «این اداره کل»). Fields
// joined by «و» are one post each, in order («معاونان فنی و اداری»). It
// returns the posts and the token after the head, or nil.
func (a *analysis) r23aPluralOfThisBody(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	var fields []string
	m, from := j, j
	for m < len(ts) && m-j < r23aMaxPluralWords && ts[m].sent == ts[k].sent && !isDeterminer(ts[m].key) {
		if ts[m].key == keyAnd && m > from {
			fields = append(fields, a.text(from, m))
			m++
			from = m
			continue
		}
		if !a.postModifierAt(m, false) {
			break
		}
		m++
	}
	if m+1 >= len(ts) || !isDeterminer(ts[m].key) || ts[m+1].sent != ts[k].sent || m == from && len(fields) > 0 {
		return nil, j
	}
	if m > from {
		fields = append(fields, a.text(from, m))
	}
	h := m + 1
	hn, _ := headNouns.at(ts, h)
	if hn == 0 || !a.phraseEndsAt(h+hn) && !introWords[ts[h+hn].key] {
		return nil, j
	}
	head := persianKey(a.text(h, h+hn))
	org, place := "", ""
	if o := a.recentOrgWithHead(head, h); o != nil && o.end <= h {
		org, place = o.name, o.place
	} else if name, pl, ok := a.postBodyBefore(head, k); ok {
		org, place = name, pl
	} else {
		return nil, j
	}
	if len(fields) < 2 {
		return []roleRef{{start: k, next: h + hn, role: strings.TrimSpace(post + " " + a.text(j, m)), org: org, orgPlace: place}}, h + hn
	}
	out := make([]roleRef, len(fields))
	for n, f := range fields {
		out[n] = roleRef{start: k, next: h + hn, role: post + " " + f, org: org, orgPlace: place}
	}
	return out, h + hn
}

// r23aJoinedByAnd reports a «و» that joins two names between tokens i and
// e: a list of names («الف، ب و ج»), not a name and the next clause's
// subject after a comma.
func (a *analysis) r23aJoinedByAnd(i, e int) bool {
	for k := i; k < e; k++ {
		if a.toks[k].key == keyAnd && !a.personCover[k] {
			return true
		}
	}
	return false
}

// r23aListItemStart reports token i as the start of a name listed as a
// guest or companion though no mark stands before it: after «به همراه»,
// or after a title that itself follows a mark, «و», «حضور» or «همراه»
// («با حضور فرماندار؛ و حاج X، R BODY»).
func (a *analysis) r23aListItemStart(i int) bool {
	ts := a.toks
	if i > 1 && ts[i-1].key == keyCompany && ts[i-2].key == keyTo {
		return true
	}
	for b := i - 1; b >= 0 && b >= i-maxTitleTokens && ts[b].sent == ts[i].sent; b-- {
		if a.titleAt(b) != i-b {
			continue
		}
		if b == 0 || ts[b-1].sent != ts[b].sent || ts[b-1].punct {
			return true
		}
		k := ts[b-1].key
		return k == keyAnd || k == keyPresence || k == keyCompany
	}
	return false
}

// r23aOnBehalfItemsBefore returns the persons and bodies of a list whose
// items are each a name and the body it stands for, «الف به نمایندگی از
// BODY1، ب به نمایندگی از BODY2 و ج به نمایندگی از BODY3», ending right
// before token e (or before «نیز» there); nil when fewer than two items
// end there.
func (a *analysis) r23aOnBehalfItemsBefore(e int) ([]*personMention, []*orgMention) {
	ts := a.toks
	s := a.r18aAlsoBefore(e)
	var people []*personMention
	var bodies []*orgMention
	for len(people) < maxPluralListed {
		o := a.orgEndingAt(s)
		if o == nil || o.start < 4 || ts[o.start-1].key != keyFrom || ts[o.start-2].key != keyRepresentation || ts[o.start-3].key != keyTo {
			break
		}
		p := a.personEndingAt(o.start - 3)
		if p == nil || ts[p.start].sent != ts[o.start].sent {
			break
		}
		people, bodies = append([]*personMention{p}, people...), append([]*orgMention{o}, bodies...)
		s = p.start
		if s < 1 || !(ts[s-1].key == keyAnd || ts[s-1].text == "،") {
			break
		}
		s--
	}
	if len(people) < 2 {
		return nil, nil
	}
	return people, bodies
}

// r23aRepresentedItems reads «الف به نمایندگی از BODY1، ب به نمایندگی از
// BODY2 و ج به نمایندگی از BODY3 به عنوان اعضای هیئت‌مدیره انتخاب شدند»:
// each sits on the board for the body he stands for, its representative
// (as r20aRepresentedOnBoard reads the list told «به ترتیب»).
func (a *analysis) r23aRepresentedItems() {
	ts := a.toks
	for k := 1; k < len(ts); k++ {
		if asTitleAt(ts, k) <= k || !a.r20aBoardSeatAfter(k) {
			continue
		}
		if people, bodies := a.r23aOnBehalfItemsBefore(k); people != nil {
			a.r20aAddRepresentatives(people, bodies, ts[k].sent, "represented-items")
		}
	}
}

// r23aPluralOrdinals reads a plural post told with a list of ordinals,
// «نایب‌رئیسان اول و دوم (BODY)», with the plural at k and the first
// ordinal at j: one post for each ordinal («نایب‌رئیس اول»، «نایب‌رئیس
// دوم»), in order, in the body named after the ordinals (its head alone
// for one named before), else in the body the sentence or the one before
// names. It returns the posts and the token after the phrase, or nil.
func (a *analysis) r23aPluralOrdinals(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	var ords []string
	m := j
	for len(ords) < maxPluralListed && m < len(ts) && ts[m].sent == ts[k].sent && r20aOrdinals[ts[m].key] {
		ords = append(ords, ts[m].text)
		m++
		if m+1 < len(ts) && (ts[m].key == keyAnd || ts[m].text == "،") && r20aOrdinals[ts[m+1].key] {
			m++
		}
	}
	if len(ords) < 2 {
		return nil, j
	}
	var o *orgMention
	end := m
	if x := a.orgAt(m); x != nil && ts[x.start].sent == ts[k].sent {
		o, end = x, x.end
	} else if hn, _ := headNouns.at(ts, m); hn == 1 && m+1 < len(ts) && (a.phraseEndsAt(m+1) || introWords[ts[m+1].key]) {
		if x := a.recentOrgWithBareHead(ts[m], m); x != nil && x.end <= m {
			o, end = x, m+1
		}
	} else if hn == 0 {
		o = a.listBody(k, roleRef{start: k, next: m, role: post})
	}
	if o == nil {
		return nil, j
	}
	out := make([]roleRef, len(ords))
	for n, ord := range ords {
		out[n] = roleRef{start: k, next: end, role: post + " " + ord, org: o.name, orgPlace: o.place}
	}
	return out, end
}

// r23aPluralCopulas close a list of holders told in the present or the
// future: «... هستند»، «... خواهند بود».
var (
	r23aPluralCopulas = keySet("هستند", "هستن", "اند", "می‌باشند", "میباشند")
	r23aKeyWill       = keySet("خواهند")
)

// r23aPresidiumItems reads a presidium told as a list of names each with
// a bare post of a presidium (رئیس، نایب‌رئیس، منشی، خزانه‌دار، دبیر) and
// no verb of election: after a colon that closes a presidium's phrase,
// «ترکیب هیئت رئیسه جدید شورای X: الف رئیس، ب نایب‌رئیس و ج منشی», or
// before a present or future copula, «الف رئیس، ب نایب‌رئیس و ج منشی
// هیئت رئیسه شورا هستند/خواهند بود». Each holds his post in the council
// the presidium belongs to (an affiliation).
func (a *analysis) r23aPresidiumItems() {
	ts := a.toks
	for pi := 0; pi < len(a.persons); pi++ {
		first := a.persons[pi].start
		s := ts[first].sent
		items, j := a.r25aWalkItems(first, s, func(p *personMention) (roleRef, int, bool, bool) {
			r, ok := a.roleAt(p.end)
			if !ok || r.former || !r21aPresidiumHeads[firstWordKey(r.role)] || r.next >= len(ts) {
				return r, -1, false, false
			}
			// «... و ج منشی شورا»: the last post names the body
			return r, r.next, true, persianKey(a.text(r.start, r.next)) == persianKey(r.role)
		})
		for pi+1 < len(a.persons) && a.persons[pi+1].start < j {
			pi++
		}
		if len(items) < 2 {
			continue
		}
		last := items[len(items)-1].r
		o, e := a.r20aPresidiumBody(j, last)
		if persianKey(a.text(last.start, last.next)) != persianKey(last.role) {
			o, e = &orgMention{name: last.org, place: last.orgPlace}, j
		} else if o == nil {
			e = j
		}
		closed := e < len(ts) && ts[e].sent == s && (r23aPluralCopulas[ts[e].key] || e+1 < len(ts) && r23aKeyWill[ts[e].key] && ts[e+1].key == keyWas)
		if !closed && o == nil && (e >= len(ts) || ts[e].sent != s || ts[e].punct) && first > 0 && ts[first-1].text == ":" {
			o, closed = a.r23aPresidiumBeforeColon(first-1), true // «هیئت رئیسه BODY: الف رئیس، ...»
		}
		if !closed || o == nil {
			continue
		}
		for _, it := range items {
			r := it.r
			if o.name == "" {
				break
			}
			r.org, r.orgPlace = o.name, o.place // a bare post: the council's, whatever body was guessed for it
			a.r22aDropOtherBodies(it.p, r)
			if !a.hasAff(it.p, r) {
				a.affs = append(a.affs, affMention{person: it.p, role: r, sent: s, rule: "presidium-items"})
			}
		}
	}
}

// r23aPresidiumBeforeColon returns the council of the presidium whose
// phrase the colon at c closes, in its sentence («ترکیب هیئت رئیسه جدید
// شورای X:»), else nil.
func (a *analysis) r23aPresidiumBeforeColon(c int) *orgMention {
	ts := a.toks
	lo, _ := a.sentRange(ts[c].sent)
	for v := c - 1; v >= lo; v-- {
		if e := r20aPresidiumAt(ts, v); e != v {
			if e < len(ts) && ts[e].key == keyNew {
				e++ // «هیئت رئیسه جدید شورا»
			}
			return a.r21aBodyOfPresidium(v, e, roleRef{start: v, next: e})
		}
	}
	return nil
}

// r23aDecreeBefore steps back over a decree's phrase that ends right
// before token e, «با حکم R BODY», «با حکم X» or «با حکم X، R BODY» (a
// comma after it too), told between a list of appointees and «(به ترتیب) به عنوان»: «الف
// و ب با حکم استاندار X به عنوان فرمانداران ... منصوب شدند». It returns
// where the phrase begins, or e when none ends there.
func (a *analysis) r23aDecreeBefore(e int) int {
	ts := a.toks
	end := e
	if end > 0 && ts[end-1].text == "،" {
		end--
	}
	lo, _ := a.sentRange(ts[max(end-1, 0)].sent)
	for k := end - 1; k > lo && k >= end-maxRoleTokens-2; k-- {
		if ts[k].key != keyDecree || !decreeIssuerCues[ts[k-1].key] {
			continue
		}
		if p := a.personStartingAt(k + 1); p != nil {
			if p.end == end {
				return k - 1
			}
			if r, ok := a.roleAt(p.end + 1); ok && ts[p.end].text == "،" && r.next == end {
				return k - 1 // «با حکم X، استاندار Y، ...»
			}
			return e
		}
		if r, ok := a.roleAt(k + 1); ok && r.next == end {
			return k - 1
		}
		return e
	}
	return e
}

// r23aSingularOverPlaces reads a singular post at k over a plural head of
// places, «فرماندار شهرستان‌های الف و ب» told after «به ترتیب به عنوان»:
// one post for each place, in order, as for the plural «فرمانداران
// شهرستان‌های الف و ب». It returns nil for any other post.
func (a *analysis) r23aSingularOverPlaces(k int) []roleRef {
	ts := a.toks
	n, _ := roleWords.at(ts, k)
	if n == 0 || k+n >= len(ts) {
		return nil
	}
	if pn, _ := pluralPlaceHeads.at(ts, k+n); pn == 0 {
		return nil
	}
	if roles, _ := a.pluralBodies(k, k+n, a.text(k, k+n)); len(roles) > 1 {
		return roles
	}
	return nil
}

// r23aNamesWithBracketsBefore returns the names listed right before token
// e, joined by «،» or «و», each perhaps followed by words in brackets
// («الف (نماینده X)، ب (نماینده Y) و ج»), as r21aNamesWithBrackets reads
// such a list forwards.
func (a *analysis) r23aNamesWithBracketsBefore(e int) []*personMention {
	ts := a.toks
	var out []*personMention
	for len(out) < 2*maxPluralListed && e > 0 {
		j := e
		if ts[j-1].text == ")" {
			c := j - 2
			for c >= 0 && j-1-c <= r21aMaxBracketTokens && ts[c].text != "(" && ts[c].sent == ts[j-1].sent {
				c--
			}
			if c < 0 || ts[c].text != "(" {
				break
			}
			j = c
		}
		p := a.personEndingAt(j)
		if p == nil || len(out) > 0 && ts[p.start].sent != ts[out[0].start].sent {
			break
		}
		out = append([]*personMention{p}, out...)
		e = p.start
		if e < 1 || !(ts[e-1].key == keyAnd || ts[e-1].text == "،") {
			break
		}
		e--
	}
	return out
}

// r23aBarePostsOfReport gives the bare posts of a list closed by the verb
// at verb, when neither the sentence nor the one before names a body,
// the body a post told just before names («آیین معارفه مدیرکل جدید X ...
// الف (معاون فنی) و ب (معاون اداری) نیز معرفی شدند»: the directorate).
func (a *analysis) r23aBarePostsOfReport(items []listedPost, verb, first int) {
	for n := range items {
		r := &items[n].r
		if r.org != "" || a.listBody(verb, *r) != nil {
			continue
		}
		if o := a.r22aPostBodyBefore(first); o != nil {
			r.org, r.orgPlace = o.name, o.place
		}
	}
}

// r23aCommaBeforeAnd steps from the «و» at j that joins the last name of
// a list over a comma right before it («الف، ب، و ج»): the list's items
// are joined by «، و» there. It returns j unchanged otherwise.
func (a *analysis) r23aCommaBeforeAnd(j int) int {
	ts := a.toks
	if j > 0 && ts[j].key == keyAnd && ts[j-1].text == "،" && ts[j-1].sent == ts[j].sent {
		return j - 1
	}
	return j
}

// r23aAcronymPostHolder returns the one holder of post r named with its
// body's acronym written out («رئیس سازمان صمت استان» → «رئیس سازمان
// صنعت، معدن و تجارت استان»), so that a guest told by a short post finds
// the holder named in full; nil when the body holds no acronym.
func (a *analysis) r23aAcronymPostHolder(r *roleRef) *personMention {
	long := acronymLongForm(r.org)
	if long == "" {
		return nil
	}
	out := *r
	out.org = long
	return a.shortPostHolder(&out)
}

// r23aPluralInPost reads a list of names told in a plural post with no
// verb of appointment after it: «الف و ب به عنوان نمایندگان اتاق X در
// شورای Y حضور دارند». Each holds the post (an affiliation), as «X به عنوان
// R BODY گفت» holds R; with as many bodies as names, one each in order.
func (a *analysis) r23aPluralInPost() {
	ts := a.toks
	for i := 1; i < len(ts); i++ {
		k := asTitleAt(ts, i)
		if k <= i || k >= len(ts) {
			continue
		}
		n, post := pluralPosts.at(ts, k)
		if n == 0 || a.introFollows(k, ts[i].sent) || a.futurePostAt(i, k) {
			continue
		}
		roles, _ := a.pluralBodies(k, k+n, post)
		people := a.personsBefore(a.r18aAlsoBefore(i))
		if len(roles) == 0 || len(people) < 2 || len(roles) > 1 && len(roles) != len(people) {
			continue
		}
		for m, p := range people {
			r := roles[0]
			if len(roles) > 1 {
				r = roles[m]
			}
			if r.org != "" && !r.former && !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[i].sent, rule: "plural-in-post"})
			}
		}
	}
}

// r23aKeyMembership is «عضویت» of «به عضویت BODY انتخاب شدند».
var r23aKeyMembership = persianKey("عضویت")

// r23aMembershipList reads a list of names elected to a body's membership,
// «الف، ب و ج (با N، M و L رأی) به عضویت هیئت‌مدیره (شرکت X) انتخاب
// شدند», with
// «به» at i: each is a member («عضو هیئت‌مدیره») of the body named after
// the board (or the company the report names before), or of the body
// named right after «به عضویت» («به عضویت شورای X»). The verb may also
// be one of joining, «درآمدند» (r24aJoinVerbAt), and one name alone
// right before «به عضویت» is read the same way.
func (a *analysis) r23aMembershipList() {
	ts := a.toks
	for i := 1; i+2 < len(ts); i++ {
		if ts[i].key != keyTo || ts[i+1].key != r23aKeyMembership {
			continue
		}
		s := ts[i].sent
		j := i + 2
		var r roleRef
		if e := boardPhraseEnd(ts, j); e > j {
			out, _ := a.r20aBoardMembers(i, j, "عضو")
			if len(out) != 1 {
				continue
			}
			r = out[0]
		} else if o := a.orgAt(j); o != nil && ts[o.start].sent == s {
			r = roleRef{start: i, next: o.end, role: "عضو", org: o.name, orgPlace: o.place}
		} else {
			continue
		}
		if !a.introFollows(r.next, s) && !a.r24aJoinVerbAt(r.next, s) {
			continue
		}
		people := a.personsBefore(a.r18aAlsoBefore(a.r23aDecreeBefore(r20aVoteListBefore(ts, i))))
		if len(people) < 1 {
			continue
		}
		for _, p := range people {
			a.addClauseApp(appMention{person: p, role: r, sent: s, how: a.appointmentHow(false, s), rule: "membership-list"})
		}
	}
}

// r23aSharedBodyHolder returns, for a bare post that took the body of the
// post coordinated after it («مدیرعامل و مدیر جدید آبفای X ... بازدید
// کردند») and whose holder there the article does not name, the one
// person the article gives that post at all (barePostHolder), else nil.
func (a *analysis) r23aSharedBodyHolder(r *roleRef) *personMention {
	ts := a.toks
	if r.org == "" || r.next >= len(ts) || ts[r.next].key != keyAnd || persianKey(a.text(r.start, r.next)) != persianKey(r.role) {
		return nil
	}
	bare := *r
	bare.org, bare.orgPlace = "", ""
	return a.barePostHolder(&bare)
}

// r23aSameHeadPostHolder returns the one holder of post r named in short
// («رئیس شورای شهر» in «با حضور شهردار، رئیس شورای شهر و ...») among the
// posts of the same head in a body whose name begins with the same word
// and holds the short name's words in order («رئیس شورای اسلامی شهر X»),
// passing over a body nested in it («رئیس کمیسیون ... شورای اسلامی شهر
// X»), which makes shortPostHolder find two; nil when none or two.
func (a *analysis) r23aSameHeadPostHolder(r *roleRef) *personMention {
	head := roleHeadKey(r.role)
	first := firstWordKey(r.org)
	if r.org == "" || first == "" {
		return nil
	}
	var found *personMention
	try := func(q roleRef, p *personMention) bool {
		if p == nil || q.former || roleHeadKey(q.role) != head || firstWordKey(q.org) != first || !shortOrgOf(r.org, q.org) && persianKey(q.org) != persianKey(r.org) {
			return true
		}
		if found != nil && !samePerson(found, p) {
			return false
		}
		found = p
		return true
	}
	for _, af := range a.affs {
		if !try(af.role, af.person) {
			return nil
		}
	}
	for _, ap := range a.apps {
		if !try(ap.role, ap.person) {
			return nil
		}
	}
	return found
}
