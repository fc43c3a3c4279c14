package extract

import (
	"slices"
	"strings"
)

// A plural post in apposition to a list of names gives each named person
// the post:
//
//	«فرمانداران شهرستان‌های الف و ب، X و Y»   X فرماندار الف، Y فرماندار ب
//	«رؤسای دانشگاه‌های الف و ب، دکتر X و دکتر Y»
//	«معاونان استاندار الف، X و Y»            both معاون استاندار الف
//	«X و Y، اعضای هیئت‌مدیره شرکت الف»        both عضو هیئت‌مدیره
//
// A plural head of places or bodies distributes over the names joined
// after it, one body each, in order; the list of persons must then be as
// long as the list of bodies.

var (
	pluralPosts      = loadPhrases("plural_posts.txt")
	pluralPlaceHeads = loadPhrases("plural_places.txt").r16bWith("plural_boards.txt")
)

// placeHeads are the plural heads' singulars that name places, where the
// post's own office stands before the place (فرمانداری شهرستان X).
var placeHeads = keySet("شهرستان", "استان", "شهر", "بخش")

var keyMayor = persianKey("شهردار")

// maxPluralListed bounds the names and bodies one plural post lists.
const maxPluralListed = 6

// pluralPostAppositions adds the affiliations of plural posts in
// apposition to lists of names.
func (a *analysis) pluralPostAppositions() {
	ts := a.toks
	for k := 0; k < len(ts); k++ {
		n, post := pluralPosts.at(ts, k)
		if n == 0 {
			continue
		}
		roles, end := a.pluralBodies(k, k+n, post)
		if len(roles) == 0 || r25aFormerWithin(ts, k+n, end) {
			continue // «الف و ب، معاونان پیشین BODY»: posts held before
		}
		if people := a.r25aSomeOfPlural(k, end); people != nil && len(roles) == 1 {
			// «الف و ب (، دو تن) از اعضای شورای X»: each one of the holders.
			for _, p := range people {
				if !a.hasAff(p, roles[0]) {
					a.affs = append(a.affs, affMention{person: p, role: roles[0], sent: ts[k].sent, rule: "some-of-plural-post"})
				}
			}
			k = end - 1
			continue
		}
		if p := a.oneOfPlural(k, end); p != nil && len(roles) == 1 {
			// «دکتر X از اعضای هیئت علمی دانشگاه Y»: one of the holders.
			if !a.hasAff(p, roles[0]) {
				a.affs = append(a.affs, affMention{person: p, role: roles[0], sent: ts[k].sent, rule: "one-of-plural-post"})
			}
			k = end - 1
			continue
		}
		people := a.personsAfter(a.listIntroEnd(end))
		if li := a.listIntroEnd(end); li > end && len(people) < 2 {
			people = a.r21aNamesWithBrackets(li) // «اعضای ... عبارتند از: الف (R1)، ب (R2) و ج»
		}
		headFirst := false
		if len(people) == 0 {
			people = a.personsBefore(k)
		} else {
			headFirst = a.headAndMembersAt(k, roles)
		}
		if len(people) < 2 && len(roles) < 2 || len(roles) > 1 && len(people) != len(roles) {
			continue
		}
		for i, p := range people {
			r := roles[0]
			if len(roles) > 1 {
				r = roles[i]
			}
			if headFirst && i == 0 {
				// «رئیس و اعضای هیئت‌مدیره شرکت X، الف، ب و ج»: the
				// first listed is the board's head.
				head := "دبیر"
				if ts[k-2].key == keyHead {
					head = "رئیس"
				}
				r.role = head + strings.TrimPrefix(r.role, "عضو")
			}
			a.dropRolesWithin(p, k, end)
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "plural-post-apposition"})
			}
		}
		k = end - 1
	}
}

// dropRolesWithin removes p's affiliations read from a role inside the
// plural post's phrase [k, end): «معاونان عمرانی و اقتصادی استاندار یزد،
// X و Y» makes X no «استاندار».
func (a *analysis) dropRolesWithin(p *personMention, k, end int) {
	a.affs = slices.DeleteFunc(a.affs, func(af affMention) bool {
		return samePerson(af.person, p) && af.role.start > k && af.role.start < end
	})
}

// listIntroWords introduce a list of members: «اعضای هیئت‌مدیره شرکت X
// عبارتند از: الف، ب و ج».
var listIntroWords = keySet("عبارتند", "عبارت‌اند")

// listIntroEnd returns the token after «عبارتند از:» (or a colon alone)
// at k, else k.
func (a *analysis) listIntroEnd(k int) int {
	ts := a.toks
	j := k
	if j < len(ts) && listIntroWords[ts[j].key] {
		j++
		if j < len(ts) && ts[j].key == keyFrom {
			j++
		}
	}
	if j < len(ts) && (ts[j].text == ":" || ts[j].text == "：") {
		j++
	}
	if j >= len(ts) {
		return k
	}
	return j
}

// boardWords begin a board's name typed in two words (هیئت علمی، هیئت
// امنا، هیئت رئیسه), a part of a body its members sit in.
var boardWords = keySet("هیئت", "هیات", "هئیت")

// objectOfFromVerbs are the verbs whose object «از» marks (تشکر از،
// قدردانی از، خواستن از، دعوت از): «X از اعضای شورا خواست» asks the
// members, it does not make X one of them.
var objectOfFromVerbs = keySet("تشکر", "قدردانی", "تقدیر", "سپاسگزاری", "خواست", "خواستار", "درخواست", "دعوت", "انتقاد", "گلایه", "حمایت", "پرسید", "تجلیل", "دیدار", "بازدید", "استقبال", "عیادت", "تکریم")

var keyOneOf = persianKey("یکی")

// oneOfPlural returns the person named right before «از» and the plural
// post at k (… ending at end), «X (،) از اعضای/معاونان BODY»: one of
// the post's holders; nil when none is, or when the sentence goes on to a
// verb whose object «از» marks.
func (a *analysis) oneOfPlural(k, end int) *personMention {
	ts := a.toks
	if k < 2 || ts[k-1].key != keyFrom {
		return nil
	}
	e := k - 1
	if e > 1 && ts[e-1].key == keyOneOf {
		e-- // «X، یکی از اعضای ...»
	}
	if ts[e-1].text == "،" {
		e--
	}
	p := a.personEndingAt(e)
	if p == nil || ts[p.start].sent != ts[k].sent {
		return nil
	}
	for j := end; j < len(ts) && ts[j].sent == ts[k].sent; j++ {
		if objectOfFromVerbs[ts[j].key] {
			return nil
		}
	}
	return p
}

// pluralBodies reads the bodies of the plural post at k whose singular is
// post, from token j on, and returns one role for each and the token after
// the phrase.
func (a *analysis) pluralBodies(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return nil, j
	}
	if j+1 < len(ts) && ts[j].key == keyNew && ts[j+1].sent == ts[k].sent {
		j++ // «فرمانداران جدید الف و ب»
	}
	// «رؤسای دادگستری شهرستان‌های الف و ب»: a body's head before the
	// plural head of places names each body.
	bodyHead := ""
	if hn, _ := headNouns.at(ts, j); hn > 0 && j+hn < len(ts) {
		if n, _ := pluralPlaceHeads.at(ts, j+hn); n > 0 {
			bodyHead, j = a.text(j, j+hn), j+hn
		}
	}
	if bodyHead == "" {
		// «رؤسای ادارات/اداره منابع طبیعی شهرستان‌های الف و ب»: a body's
		// head and its field before the plural head of places.
		if h, e := a.r15bFieldBodyHead(k, j); e > j {
			bodyHead, j = h, e
		}
	}
	// «مدیران شعب بانک‌های الف و ب»: a word of the post before the
	// plural head of bodies.
	if j+1 < len(ts) && a.postModifierAt(j, false) {
		if n, head := pluralPlaceHeads.at(ts, j+1); n > 0 && !placeHeads[persianKey(head)] {
			post, j = post+" "+ts[j].text, j+1
		}
	}
	if n, head := pluralPlaceHeads.at(ts, j); n > 0 {
		var names []string
		var places []string
		m := j + n
		hk := persianKey(head)
		// A plural head of bodies (بانک‌های، شرکت‌های) lists the bodies'
		// own names (ملت و تجارت), one word each, and the place they share
		// may follow the list.
		ofBodies := !placeHeads[hk] && hk != keyZone
		named := false
		for len(names) < maxPluralListed && m < len(ts) && ts[m].sent == ts[k].sent {
			w := 1
			place := false
			if pn, _ := placeAt(ts, m); pn > 0 {
				w, place = pn, true
			} else if ofBodies && a.postModifierAt(m, true) {
				named = true
			} else if !ts[m].digit {
				break
			}
			if place || named {
				names = append(names, a.text(m, m+w))
			} else {
				names = append(names, ts[m].text) // a number, as other rules write it
			}
			if place {
				places = append(places, a.text(m, m+w))
			} else {
				places = append(places, "")
			}
			m += w
			if m+1 < len(ts) && (ts[m].key == keyAnd || ts[m].text == "،") {
				m++
				continue
			}
			break
		}
		if len(names) < 2 {
			return nil, j
		}
		if ts[m-1].key == keyAnd || ts[m-1].text == "،" {
			m-- // «... الف و ب، X و Y»: the comma before the names
		}
		shared, sharedPlace := "", ""
		if named {
			// «بانک‌های ملت و تجارت استان اصفهان»: the place of every body.
			shared, sharedPlace, m = a.sharedPlaceAt(m)
			if shared == "" && m < len(ts) && ts[m].key == keyProvince && (m+1 == len(ts) || ts[m+1].punct) {
				// «هیئت‌های فوتبال و والیبال استان،»: the report's province,
				// named in full elsewhere.
				shared, m = ts[m].text, m+1
			}
		}
		prefix := bodyHead
		city := ""
		if hk == keyZone {
			// «مدیران/شهرداران مناطق ۲ و ۵»: zones of the city's
			// municipality the report names.
			c, ok := a.municipality(k)
			if !ok {
				return nil, j
			}
			prefix, city = roleBodies.vals[keyMayor], c
		}
		if prefix == "" && placeHeads[hk] {
			prefix = roleBodies.vals[persianKey(post)]
			if prefix == "" {
				return nil, j
			}
		}
		var out []roleRef
		for i, name := range names {
			org := strings.Join(strings.Fields(prefix+" "+head+" "+name+" "+city+" "+shared), " ")
			place := places[i]
			if city != "" {
				place = city
			}
			if sharedPlace != "" {
				place = sharedPlace
			}
			out = append(out, roleRef{start: k, next: m, role: post, org: org, orgPlace: place})
		}
		return out, m
	}
	// «فرمانداران دامغان و شاهرود»: the plural of a local head with the
	// places listed bare, one office each.
	if out, m := a.pluralLocalHeads(k, j, post); len(out) > 0 {
		return out, m
	}
	if out, m := a.pluralFieldsOfBody(k, j, post); len(out) > 0 {
		return out, m
	}
	// «معاونان استاندار X»: the post of another post's body.
	if r, ok := a.roleAt(j); ok && r.org != "" && !r.former {
		r.start, r.role = k, post+" "+r.role
		return []roleRef{r}, r.next
	}
	// «اعضای (هیئت‌مدیره) شرکت X»: a body, or a part of one, named next.
	for _, o := range a.orgs {
		// «اعضای هیئت علمی/هیئت امنای دانشگاه X»: a board of two words
		// typed apart.
		board := o.start == j+2 && boardWords[ts[j].key] && !ts[j+1].punct && !a.personCover[j+1] && ts[j+1].sent == ts[k].sent
		if o.start == j || o.start == j+1 && !ts[j].punct && !a.personCover[j] || board {
			role := post
			if o.start > j {
				role += " " + a.text(j, o.start)
			}
			return []roleRef{{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}}, o.end
		}
	}
	// «اعضای (هیئت‌مدیره) این شرکت»: the body named before, by its head
	// noun alone after «این».
	for m := j; m < j+3 && m+1 < len(ts) && ts[m].sent == ts[k].sent && !ts[m].punct && !a.personCover[m]; m++ {
		if !isDeterminer(ts[m].key) {
			continue
		}
		if a.bareHeadAt(m+1) == 1 {
			if o := a.recentOrgWithBareHead(ts[m+1], m+1); o != nil {
				return []roleRef{{start: k, next: m + 2, role: strings.TrimSpace(post + " " + a.text(j, m)), org: o.name, orgPlace: o.place}}, m + 2
			}
		}
		break
	}
	if out, m := a.r20aBoardMembers(k, j, post); len(out) > 0 {
		return out, m // «اعضای اصلی هیئت‌مدیره» of the company named before
	}
	if out, m := a.r23aPluralOfThisBody(k, j, post); len(out) > 0 {
		return out, m // «معاونان این اداره کل»
	}
	if out, m := a.r23aPluralOrdinals(k, j, post); len(out) > 0 {
		return out, m // «نایب‌رئیسان اول و دوم شورا»
	}
	return nil, j
}

// pluralFieldsOfBody reads «معاونان بهداشت و درمان دانشگاه X»: the
// post's own words listed with «و» from j on, one post for each, in the
// body named after them (or the one named before, by its bare head), and
// returns one role each and the token after the body.
func (a *analysis) pluralFieldsOfBody(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	var fields []string
	m := j
	for len(fields) < maxPluralListed && m < len(ts) && ts[m].sent == ts[k].sent && a.orgAt(m) == nil &&
		a.postModifierAt(m, false) && !stopWords.has(ts[m].key) && roleWordsAt(ts, m) == 0 {
		fields = append(fields, ts[m].text)
		m++
		if m+1 < len(ts) && ts[m].key == keyAnd {
			m++
			continue
		}
		break
	}
	if len(fields) < 2 || m >= len(ts) {
		return nil, j
	}
	org, place, end, suffix := "", "", m, ""
	if o := a.orgAt(m); o != nil {
		org, place, end = o.name, o.place, o.end
	} else if bn, _ := roleBodies.at(ts, m); bn > 0 {
		// «معاونان عمرانی و اقتصادی استاندار یزد»: the post of a
		// body-heading role, in that role's body.
		r, ok := a.roleAt(m)
		if !ok || r.org == "" || r.former || r.next != m+bn && a.orgAt(m+bn) == nil && a.placeNameAt(m+bn) == 0 {
			return nil, j
		}
		org, place, end, suffix = r.org, r.orgPlace, r.next, " "+a.text(m, m+bn)
	} else if hn, _ := headNouns.at(ts, m); hn == 1 && m+1 < len(ts) && ts[m+1].text == "،" {
		o := a.recentOrgWithBareHead(ts[m], m)
		if o == nil || o.start > m {
			return nil, j
		}
		org, place, end = o.name, o.place, m+1
	} else {
		return nil, j
	}
	out := make([]roleRef, 0, len(fields))
	for _, f := range fields {
		out = append(out, roleRef{start: k, next: end, role: post + " " + f + suffix, org: org, orgPlace: place})
	}
	return out, end
}

// bareListHeads are the posts whose plural may list the places of their
// offices bare («فرمانداران الف و ب»، «دادستانان الف و ب»).
var bareListHeads = keySet("فرماندار", "استاندار", "بخشدار", "شهردار", "دهیار", "دادستان")

// pluralLocalHeads reads the places listed bare from j on after the plural
// at k of a local head whose singular is post, and returns one role each
// (in the post's office of that place) and the token after the list; or
// nothing when fewer than two places are listed.
func (a *analysis) pluralLocalHeads(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	prefix := roleBodies.vals[persianKey(post)]
	if prefix == "" || !bareListHeads[persianKey(post)] {
		return nil, j
	}
	var out []roleRef
	m := j
	for len(out) < maxPluralListed && m < len(ts) && ts[m].sent == ts[k].sent {
		pn, _ := placeAt(ts, m)
		if pn == 0 || a.personCover[m] {
			break
		}
		place := a.text(m, m+pn)
		out = append(out, roleRef{start: k, role: post, org: prefix + " " + place, orgPlace: place})
		m += pn
		if m+1 < len(ts) && (ts[m].key == keyAnd || ts[m].text == "،") {
			if n, _ := placeAt(ts, m+1); n > 0 {
				m++
				continue
			}
		}
		break
	}
	if len(out) < 2 {
		return nil, j
	}
	for i := range out {
		out[i].next = m
	}
	return out, m
}

// postModifierAt reports a plain word at k, one that may be a body's own
// name or a word of a post (شعب، ملت): no punctuation, number, stop
// word, verb, post, place or person, and no body unless inBody (the
// words of «بانک‌های ملت و تجارت» may be read as one body's name).
func (a *analysis) postModifierAt(k int, inBody bool) bool {
	ts := a.toks
	if k >= len(ts) || a.personCover[k] || a.covered(k) && !inBody || !a.isNameWordCheap(k) || ts[k].key == keyAnd {
		return false
	}
	if n, _ := placeAt(ts, k); n > 0 {
		return false
	}
	n, _ := pluralPlaceHeads.at(ts, k)
	return n == 0 && !headNouns.has(ts[k].key)
}

// sharedPlaceAt reads «استان X»، «شهرستان X» or «X» at m, the place a
// list of bodies shares, and returns it as written, the place's name and
// the token after it; or nothing and m.
func (a *analysis) sharedPlaceAt(m int) (text, place string, next int) {
	ts := a.toks
	j := m
	if j < len(ts) && placeHeads[ts[j].key] {
		j++
	}
	pn, _ := placeAt(ts, j)
	if pn == 0 || j+pn > len(ts) || ts[j].sent != ts[m].sent {
		return "", "", m
	}
	return a.text(m, j+pn), a.text(j, j+pn), j + pn
}

// personsAfter returns the persons listed from token k on, after an
// optional comma, joined by «و» or «،».
func (a *analysis) personsAfter(k int) []*personMention {
	ts := a.toks
	if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") {
		k++
	}
	var out []*personMention
	for len(out) < maxPluralListed {
		p := a.personStartingAt(k)
		if p == nil {
			break
		}
		out = append(out, p)
		k = p.end
		if k+2 < len(ts) && ts[k].text == "،" && ts[k+1].key == keyAnd && ts[k+1].sent == ts[k].sent {
			k++ // «الف، ب، و ج»
		}
		if k+1 < len(ts) && (ts[k].key == keyAnd || ts[k].text == "،") && a.personStartingAt(k+1) != nil {
			k++
			continue
		}
		break
	}
	return out
}

// personsBefore returns the persons listed right before token k (and a
// comma there), joined by «و» or «،», in text order.
func (a *analysis) personsBefore(k int) []*personMention {
	ts := a.toks
	end := k
	if end >= 2 && ts[end-1].key == keyOrder && ts[end-2].key == keyTo {
		end -= 2 // «الف، ب و ج به ترتیب فرمانداران شهرستان‌های …»
	}
	if end > 0 && (ts[end-1].text == "،" || ts[end-1].text == ",") {
		end--
	}
	var out []*personMention
	for len(out) < maxPluralListed {
		p := a.personEndingAt(end)
		if p == nil {
			break
		}
		out = append([]*personMention{p}, out...)
		end = p.start
		if end > 0 && (ts[end-1].key == keyAnd || ts[end-1].text == "،") {
			end = a.r23aCommaBeforeAnd(end - 1) // «الف، ب، و ج»
			continue
		}
		break
	}
	return out
}

// boardHeadWords head a board whose members are listed with them:
// «رئیس و اعضای هیئت‌مدیره X».
var boardHeadWords = keySet("رئیس", "دبیر")

var keyMemberPost = persianKey("عضو")

// headAndMembersAt tells whether the plural post at k is «اعضای» of one
// board, joined after its head's post, «رئیس و اعضای هیئت‌مدیره X»,
// so that the first name listed after it heads the board.
func (a *analysis) headAndMembersAt(k int, roles []roleRef) bool {
	ts := a.toks
	if len(roles) != 1 || k < 2 || ts[k-1].key != keyAnd || !boardHeadWords[ts[k-2].key] || a.personCover[k-2] {
		return false
	}
	f := strings.Fields(roles[0].role)
	return len(f) > 0 && persianKey(f[0]) == keyMemberPost
}
