package extract

import "strings"

// Lists of several persons and their posts told in one sentence (round
// 20, tuner A).

// r20aPresidiumKeys are the keys of «هیئت رئیسه», the presidium of a
// council or an assembly, in its spellings. Its posts (رئیس، نایب‌رئیس،
// منشی، خزانه‌دار) are the council's own: «منشی هیئت رئیسه شورای X» is
// a secretary of the council X.
var r20aPresidiumKeys = keySet("هیئت‌رئیسه", "هیات‌رئیسه", "هیأت‌رئیسه", "هئیت‌رئیسه")

// r20aPresidiumAt returns the token after «هیئت رئیسه» at v, one token
// or two, or v when none stands there.
func r20aPresidiumAt(ts []token, v int) int {
	if v < len(ts) && r20aPresidiumKeys[ts[v].key] {
		return v + 1
	}
	if v+1 < len(ts) && ts[v+1].sent == ts[v].sent && r20aPresidiumKeys[ts[v].key+ts[v+1].key] {
		return v + 2
	}
	return v
}

// r20aPresidiumBody reads the presidium named after the last of a list of
// posts, at v: «... و ج به ترتیب نایب‌رئیس، منشی اول و منشی دوم هیئت
// رئیسه شورای اسلامی شهر X شدند». It returns the council the presidium
// belongs to (the body named after it, else for «هیئت رئیسه (شورا)» the
// body the sentence or the one before names) and the token after the
// phrase; nil when no presidium stands at v.
func (a *analysis) r20aPresidiumBody(v int, last roleRef) (*orgMention, int) {
	ts := a.toks
	e := r20aPresidiumAt(ts, v)
	if e == v {
		return a.r20aDirectorsBody(v)
	}
	e = r25aAfterNew(ts, e, v) // «هیئت رئیسه جدید شورای X»
	if e >= len(ts) || ts[e].sent != ts[v].sent {
		return nil, v
	}
	if o := a.orgAt(e); o != nil {
		return o, o.end
	}
	end := e
	if headNouns.has(ts[e].key) {
		end++ // «منشی هیئت رئیسه شورا شدند»
	}
	if o := a.listBody(v, last); o != nil {
		return o, end
	}
	return nil, v
}

// r20aPresidiumPosts gives the last of a list of posts with no body of its
// own the council of the presidium named after it («به ترتیب به عنوان
// نایب‌رئیس و منشی هیئت رئیسه شورای X انتخاب شدند»), so that the bare
// posts before it take that council too.
func (a *analysis) r20aPresidiumPosts(posts []roleRef) {
	last := &posts[len(posts)-1]
	if last.org != "" {
		return
	}
	if o, _ := a.r20aPresidiumBody(last.next, *last); o != nil {
		last.org, last.orgPlace = o.name, o.place
	}
}

// r20aPresidiumRole reads at t a post with no body of its own followed by
// a presidium («منشی هیئت رئیسه شورای X»): the post, in the council.
func (a *analysis) r20aPresidiumRole(t int) (roleRef, bool) {
	r, ok := a.roleAt(t)
	if !ok || r.org != "" || r.former {
		return roleRef{}, false
	}
	o, _ := a.r20aPresidiumBody(r.next, r)
	if o == nil {
		return roleRef{}, false
	}
	r.org, r.orgPlace = o.name, o.place
	return r, true
}

// r20aMemberKinds are the words that may stand between «اعضای» and the
// board its members sit in: «اعضای اصلی/علی‌البدل/جدید هیئت‌مدیره».
var r20aMemberKinds = keySet("اصلی", "علی‌البدل", "علیالبدل", "جدید", "منتخب", "البدل", "علی")

// r20aMaxMemberKinds bounds those words.
const r20aMaxMemberKinds = 2

// r20aDirectorsKeys are the keys of «هیئت‌مدیره», the board of directors
// of a company, in its spellings.
var r20aDirectorsKeys = keySet("هیئت‌مدیره", "هیات‌مدیره", "هیأت‌مدیره", "هئیت‌مدیره")

// r20aBoardMembers reads the board of directors after the plural post at
// k («اعضای (اصلی) هیئت‌مدیره»), from token j on, whose body is told
// after it or else is the company whose general assembly or board the
// report names before: «مجمع عمومی شرکت X ... الف، ب و ج به عنوان اعضای
// اصلی هیئت‌مدیره انتخاب شدند». It returns the one post and the token
// after the phrase, or nil.
func (a *analysis) r20aBoardMembers(k, j int, post string) ([]roleRef, int) {
	ts := a.toks
	m := j
	for m < len(ts) && m-j < r20aMaxMemberKinds && ts[m].sent == ts[k].sent && r20aMemberKinds[ts[m].key] {
		m++
	}
	e := boardPhraseEnd(ts, m)
	if e == m && m > j {
		if out := a.r23aBoardOfLaterKind(k, m); out != nil {
			return out, m // «اعضای اصلی و ... اعضای علی‌البدل هیئت‌مدیره X»
		}
	}
	if e == m || !r20aDirectorsKeys[persianKey(a.text(m, e))] {
		return nil, j
	}
	role := post + " " + a.text(m, e)
	if e+1 < len(ts) && ts[e].key == keyNew && ts[e].sent == ts[k].sent {
		e++ // «اعضای هیئت‌مدیره جدید شرکت X»
	}
	if o := a.orgAt(e); o != nil && ts[e].sent == ts[k].sent {
		return []roleRef{{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}}, o.end
	}
	if o, end := a.r23aBareBoardBody(k, e); o != nil {
		return []roleRef{{start: k, next: end, role: role, org: o.name, orgPlace: o.place}}, end // «... هیئت‌مدیره (این) انجمن»
	}
	if e < len(ts) && ts[e].sent == ts[k].sent && (a.orgCover[e] || headNouns.has(ts[e].key) || isDeterminer(ts[e].key)) {
		return nil, j // a body of its own the rules before did not read
	}
	r := roleRef{start: k, next: e, role: role}
	o := a.boardOwner(r, k)
	if o == nil {
		return nil, j
	}
	r.org, r.orgPlace = o.name, o.place
	return []roleRef{r}, e
}

var r20aKeyBoard = keySet("هیئت", "هیات", "هیأت", "هئیت")

// r20aMaxBoardGap bounds the tokens from a list of nominees to the board
// they are elected to («... به عنوان اعضای اصلی هیئت‌مدیره»).
const r20aMaxBoardGap = 8

// r20aNominees reads the shareholders of a company who put forward its
// board members, one each: «BODY1، BODY2 و BODY3 به ترتیب با معرفی الف، ب
// و ج به عنوان اعضای هیئت‌مدیره انتخاب شدند», or a shareholder's one
// nominee, «BODY با معرفی الف به عنوان عضو هیئت‌مدیره انتخاب شد». Each
// nominee sits on the board for the body that named him, a representative
// («نماینده») of that body.
func (a *analysis) r20aNominees() {
	ts := a.toks
	for k := 2; k+1 < len(ts); k++ {
		if ts[k].key == keyRepresentation && ts[k-1].key == keyTo && ts[k+1].key == keyFrom {
			a.r20aRepresentedOnBoard(k)
			continue
		}
		if ts[k].key != keyR20CIntroduction || ts[k-1].key != keyWith {
			continue
		}
		b := k - 1
		respective := false
		if b >= 2 && ts[b-1].key == keyOrder && ts[b-2].key == keyTo {
			b, respective = b-2, true
		}
		people := a.personsAfter(k + 1)
		if len(people) == 0 || len(people) > 1 && !respective {
			continue
		}
		bodies := a.r20aBodiesEndingAt(b, len(people))
		if len(bodies) != len(people) || !a.r20aBoardSeatAfter(people[len(people)-1].end) {
			continue
		}
		a.r20aAddRepresentatives(people, bodies, ts[k].sent, "nominated-by-body")
	}
}

// r20aBodiesEndingAt returns the bodies listed right before token e,
// joined by «و» or «،», at most n of them, in their order.
func (a *analysis) r20aBodiesEndingAt(e, n int) []*orgMention {
	ts := a.toks
	var out []*orgMention
	for len(out) < n {
		o := a.orgEndingAt(e)
		if o == nil || ts[o.start].sent != ts[e-1].sent {
			break
		}
		out = append([]*orgMention{o}, out...)
		e = o.start
		if e < 1 || !(ts[e-1].key == keyAnd || ts[e-1].text == "،") {
			break
		}
		e--
	}
	return out
}

// r20aBoardSeatAfter reports a seat on a board told a few tokens after k,
// «به عنوان/به سمت (اعضای/عضو) ... هیئت‌مدیره ...», with a verb of
// appointment or election later in the sentence.
func (a *analysis) r20aBoardSeatAfter(k int) bool {
	ts := a.toks
	if asTitleAt(ts, k) <= k {
		return false
	}
	for j := k; j < len(ts) && j-k <= r20aMaxBoardGap && ts[j].sent == ts[k].sent; j++ {
		if r20aKeyBoard[ts[j].key] || boardKeys[ts[j].key] {
			return a.introFollows(j, ts[k].sent)
		}
	}
	return false
}

// r20aMaxVoteList bounds the tokens of a list of vote tallies.
const r20aMaxVoteList = 16

// r20aVoteListEnd returns the token after «با (کسب) N، M و L رأی» at k,
// the votes of a list of persons elected «به ترتیب», one tally each; 0
// when no such list of two tallies or more stands at k.
func r20aVoteListEnd(ts []token, k int) int {
	if k+4 >= len(ts) || ts[k].key != keyWith {
		return 0
	}
	j := k + 1
	if ts[j].key == keyGain {
		j++
	}
	n := 0
	for j < len(ts) && j-k < r20aMaxVoteList && ts[j].sent == ts[k].sent && (ts[j].digit || numberWords[ts[j].key]) {
		n++
		j++
		if j+1 < len(ts) && (ts[j].text == "،" || ts[j].key == keyAnd) && (ts[j+1].digit || numberWords[ts[j+1].key]) {
			j++
		}
	}
	if n < 2 || j >= len(ts) || !voteKeys[ts[j].key] {
		return 0
	}
	j = r17bVoteTail(ts, j+1)
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return 0
	}
	return j
}

// r20aVoteListBefore returns where a list of vote tallies ending right
// before token i begins («... به ترتیب با ۷، ۶ و ۵ رأی به عنوان ...»), or
// i when none ends there.
func r20aVoteListBefore(ts []token, i int) int {
	for b := i - 1; b >= 0 && i-b <= r20aMaxVoteList && ts[b].sent == ts[i-1].sent; b-- {
		if ts[b].key == keyWith {
			if r20aVoteListEnd(ts, b) == i {
				return b
			}
			return i
		}
	}
	return i
}

// r20aSharesListBody reports a bare post of a «به ترتیب» list that takes
// the body the list ends with, one post to each person: «الف، ب و ج به
// ترتیب رئیس، معاون و کارشناس اداره X». A post that heads a body of its
// own kind (استاندار، فرماندار، مدیرکل) names no body of another's.
func r20aSharesListBody(r roleRef) bool {
	return !roleBodies.has(persianKey(r.role)) && !roleBodies.has(firstWordKey(r.role))
}

// r20aKeyPosts is «سمت‌های», the plural of «سمت»: «الف و ب به ترتیب به
// سمت‌های R1 و R2 منصوب شدند» tells the posts as «به سمت» does.
var r20aKeyPosts = persianKey("سمت‌های")

// r20aMembersListed reads the members of one body listed after the colon
// of «اعضای BODY انتخاب/منصوب شدند: الف، ب و ج», with the verb of
// appointment at i and the members' post r: each name holds it. It
// reports whether it read any.
func (a *analysis) r20aMembersListed(i int, r roleRef, how string) bool {
	if firstWordKey(r.role) != keyMember || r.org == "" {
		return false
	}
	ts := a.toks
	people := a.personsAfter(i + 3)
	if len(people) < 2 {
		return false
	}
	// The names close the list: «... الف، ب و ج به ترتیب به عنوان R1 ...»
	// gives each a post of his own.
	if e := people[len(people)-1].end; e < len(ts) && ts[e].sent == ts[i].sent && ts[e].text != "." && ts[e].text != "؛" {
		return false
	}
	for _, p := range people {
		a.addClauseApp(appMention{person: p, role: r, sent: a.toks[i].sent, how: how, rule: "members-listed"})
	}
	return true
}

var (
	r20aKeyHeadship = persianKey("ریاست")
	r20aKeyDeputy   = persianKey("نیابت")
)

// r20aMaxChairGap bounds the words between an elected chair's name and
// «به ریاست»: «X با هفت رأی»، «X را برای یک سال دیگر».
const r20aMaxChairGap = 7

// r20aElectedChairs reads the chair (or deputy chair) of a council or
// board named by its bare head, elected in a presidium election: «X با
// هفت رأی به ریاست شورا انتخاب شد»، «اعضای شورا X را برای یک سال دیگر به
// ریاست شورا برگزیدند»، «Y به نیابت ریاست هیئت‌مدیره برگزیده شد». The
// head stands for the body of that head the sentence or the one before
// names («در جلسه شورای اسلامی شهر Z ...»).
func (a *analysis) r20aElectedChairs() {
	ts := a.toks
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].key != keyTo {
			continue
		}
		k, role := i+1, "رئیس"
		if ts[k].key == r20aKeyDeputy && ts[k+1].key == r20aKeyHeadship {
			k, role = k+1, "نایب‌رئیس"
		} else if ts[k].key != r20aKeyHeadship {
			continue
		}
		h := k + 1
		if h+1 >= len(ts) || ts[h].sent != ts[i].sent || a.orgCover[h] {
			continue
		}
		if hn, _ := headNouns.at(ts, h); hn != 1 || !a.introFollows(h+1, ts[i].sent) {
			continue
		}
		r := roleRef{start: k, next: h + 1, role: role}
		o := a.listBody(i, r)
		if o == nil || !sameHeadKey(o.name, ts[h].text) {
			continue
		}
		p := a.r20aChairBefore(i)
		if p == nil {
			continue
		}
		r.org, r.orgPlace = o.name, o.place
		a.addClauseApp(appMention{person: p, role: r, sent: ts[i].sent, how: a.appointmentHow(false, ts[i].sent), rule: "elected-chair"})
	}
}

// r20aChairBefore returns the person named a few words before «به» at i,
// in its clause: no mark, verb or other name between.
func (a *analysis) r20aChairBefore(i int) *personMention {
	ts := a.toks
	for e := i; e > 0 && i-e <= r20aMaxChairGap && ts[e-1].sent == ts[i].sent; e-- {
		if p := a.personEndingAt(e); p != nil {
			if p.start > 0 && ts[p.start-1].key == keyWith {
				return nil // «با حضور/با X»: a guest
			}
			return p
		}
		if ts[e-1].punct || isVerbLike(ts[e-1].key) || a.personCover[e-1] {
			return nil
		}
	}
	return nil
}

// r20aInPresidium reports the second word of «هیئت رئیسه» typed apart at
// k: «رئیسه» there names the presidium, no post of its own.
func r20aInPresidium(ts []token, k int) bool {
	return k > 0 && ts[k-1].sent == ts[k].sent && r20aPresidiumAt(ts, k-1) == k+1
}

// r20aBracketedLists reads persons elected together with each post in
// brackets after the name: «الف (رئیس)، ب (نایب‌رئیس) و ج (منشی) انتخاب
// شدند», or the names after the colon of «اعضای هیئت رئیسه شورای X انتخاب
// شدند: الف (رئیس)، ب (نایب رئیس) و ج (منشی)». A post with no body of its
// own is in the body the list's sentence (or the one before) names.
func (a *analysis) r20aBracketedLists() {
	ts := a.toks
	for pi := 0; pi < len(a.persons); pi++ {
		first := a.persons[pi].start
		var items []listedPost
		k := first
		for len(items) < maxPluralListed {
			p := a.personStartingAt(k)
			if p == nil || p.end+2 >= len(ts) || ts[p.end].text != "(" || ts[p.end].sent != ts[first].sent {
				break
			}
			r, ok := a.roleAt(p.end + 1)
			if !ok || r.former || r.next >= len(ts) || ts[r.next].text != ")" {
				break
			}
			items = append(items, listedPost{p, r})
			k = r.next + 1
			if k+1 < len(ts) && (ts[k].text == "،" || ts[k].key == keyAnd) && ts[k].sent == ts[first].sent {
				k++
				continue
			}
			break
		}
		if len(items) < 2 {
			continue
		}
		if k < len(ts) && alsoWords[ts[k].key] {
			k++ // «... و ب (R2) نیز معرفی شدند»
		}
		verb := -1
		switch {
		case k+1 < len(ts) && introWords[ts[k].key] && pluralBecome[ts[k+1].key] && ts[k+1].sent == ts[first].sent:
			verb = k // «... و ج (منشی) انتخاب شدند»
		case first >= 3 && ts[first-1].text == ":" && pluralBecome[ts[first-2].key] && introWords[ts[first-3].key]:
			verb = first - 3 // «... انتخاب شدند: الف (رئیس)، ...»
		}
		if verb < 0 {
			continue
		}
		a.r23aBarePostsOfReport(items, verb, first)
		a.addListedApps(items, verb, ts[first].sent, "bracketed-list")
		for pi+1 < len(a.persons) && a.persons[pi+1].start < k {
			pi++
		}
	}
}

// r20aRepresentedOnBoard reads «الف، ب و ج به ترتیب به نمایندگی از BODY1،
// BODY2 و BODY3 به عنوان اعضای هیئت‌مدیره انتخاب شدند» (or one person
// for one body) with «نمایندگی» at k: each sits on the board for the body
// in the same place, its representative. One who stands for a body at an
// event only, with no seat on a board, holds no post by it.
func (a *analysis) r20aRepresentedOnBoard(k int) {
	ts := a.toks
	b := k - 1
	respective := false
	if b >= 2 && ts[b-1].key == keyOrder && ts[b-2].key == keyTo {
		b, respective = b-2, true
	}
	people := a.personsBefore(b)
	if len(people) == 0 || len(people) > 1 && !respective {
		return
	}
	var bodies []*orgMention
	e := k + 2
	for len(bodies) < len(people) {
		o := a.orgAt(e)
		if o == nil || ts[o.start].sent != ts[k].sent {
			break
		}
		bodies = append(bodies, o)
		e = o.end
		if len(bodies) < len(people) && e+1 < len(ts) && (ts[e].key == keyAnd || ts[e].text == "،") {
			e++
		}
	}
	if len(bodies) != len(people) || !a.r20aBoardSeatAfter(e) {
		return
	}
	a.r20aAddRepresentatives(people, bodies, ts[k].sent, "represented-on-board")
}

// r20aAddRepresentatives makes each listed person «نماینده» of the body
// in the same place of bodies (one body per person), in sentence sent.
func (a *analysis) r20aAddRepresentatives(people []*personMention, bodies []*orgMention, sent int, rule string) {
	for n, p := range people {
		o := bodies[n]
		r := roleRef{start: o.start, next: o.end, role: "نماینده", org: o.name, orgPlace: o.place}
		if !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: sent, rule: rule})
		}
	}
}

// r20aOnBehalfListBefore returns where «به نمایندگی از BODY1، BODY2 و
// BODY3» ending right before token e begins, or e when none ends there.
func (a *analysis) r20aOnBehalfListBefore(e int) int {
	ts := a.toks
	s := e
	for n := 0; n < maxPluralListed; n++ {
		o := a.orgEndingAt(s)
		if o == nil {
			break
		}
		s = o.start
		if s >= 3 && ts[s-1].key == keyFrom && ts[s-2].key == keyRepresentation && ts[s-3].key == keyTo {
			return s - 3
		}
		if s < 1 || !(ts[s-1].key == keyAnd || ts[s-1].text == "،") {
			break
		}
		s--
	}
	return e
}

// r20aDirectorsBody reads the board of directors at v after the last of a
// list of bare posts («... به ترتیب رئیس، نایب رئیس و منشی هیئت‌مدیره
// (شرکت X) شدند»): the company named after it, else the one whose general
// assembly or board the report names before, and the token after the
// phrase; nil when no such board stands at v.
func (a *analysis) r20aDirectorsBody(v int) (*orgMention, int) {
	ts := a.toks
	e := boardPhraseEnd(ts, v)
	if e == v || !r20aDirectorsKeys[persianKey(a.text(v, e))] {
		return nil, v
	}
	if e < len(ts) && ts[e].sent == ts[v].sent {
		if o := a.orgAt(e); o != nil {
			return o, o.end
		}
		if a.orgCover[e] || headNouns.has(ts[e].key) || isDeterminer(ts[e].key) {
			return nil, v // a body of its own the rules before did not read
		}
	}
	if o := a.boardOwner(roleRef{role: "عضو " + a.text(v, e)}, v); o != nil {
		return o, e
	}
	return nil, v
}

// r20aBoardListBody gives the bare posts of a «به ترتیب» list the company
// whose board one of them sits on, named before: «الف و ب به ترتیب به
// عنوان مدیرعامل و عضو هیئت‌مدیره انتخاب شدند» after «مجمع عمومی شرکت
// X». It changes nothing when a post names a body.
func (a *analysis) r20aBoardListBody(posts []roleRef, i int) {
	var o *orgMention
	for _, r := range posts {
		if r.org != "" {
			return
		}
		if o == nil {
			o = a.boardOwner(r, i)
		}
	}
	if o == nil {
		return
	}
	for n := range posts {
		posts[n].org, posts[n].orgPlace = o.name, o.place
	}
}

// r20aPairedTitlesEnd reads «الف و ب (نیز) به عنوان R1 و R2 انتخاب شدند»
// with «به عنوان» at i and no «به ترتیب»: a plural verb closes a list of
// names and a list of posts, read in order as «به ترتیب» would be (the
// lists' lengths are checked by the caller). It returns the token after
// the names, or -1 when no plural verb follows.
func (a *analysis) r20aPairedTitlesEnd(i int) int {
	ts := a.toks
	if !a.pluralVerbAfter(i) {
		return -1
	}
	end := i
	if end > 0 && (ts[end-1].key == keyAlso || ts[end-1].key == keyAlso2) {
		end--
	}
	if a.personEndingAt(end) == nil {
		return -1
	}
	return end
}

// r20aOrdinals are the ordinals that tell posts of one title apart: «منشی
// اول و دوم»، «نایب‌رئیس اول و دوم».
var r20aOrdinals = keySet("اول", "دوم", "سوم", "چهارم", "پنجم", "نخست")

// r20aOrdinalPosts splits one post told with a list of ordinals, «منشی
// اول و دوم (شورا)», into a post for each ordinal, «منشی اول» and «منشی
// دوم», for a «به ترتیب» list of as many names. The ordinals may be read
// into the post or follow it. Other lists are returned as they are.
func (a *analysis) r20aOrdinalPosts(posts []roleRef) []roleRef {
	if len(posts) != 1 {
		return posts
	}
	ts := a.toks
	r := posts[0]
	words := strings.Fields(r.role)
	var base, ords []string
	for n, w := range words {
		if r20aOrdinals[persianKey(w)] {
			base = words[:n]
			for _, x := range words[n:] {
				if k := persianKey(x); r20aOrdinals[k] {
					ords = append(ords, x)
				} else if k != keyAnd && x != "،" {
					return posts
				}
			}
			break
		}
	}
	if len(base) == 0 {
		return posts
	}
	next := r.next
	if r.org == "" {
		for next+1 < len(ts) && len(ords) < maxPluralListed && ts[next+1].sent == ts[r.start].sent &&
			(ts[next].key == keyAnd || ts[next].text == "،") && r20aOrdinals[ts[next+1].key] {
			ords = append(ords, ts[next+1].text)
			next += 2
		}
	}
	if len(ords) < 2 {
		return posts
	}
	out := make([]roleRef, len(ords))
	for n, o := range ords {
		out[n] = roleRef{start: r.start, next: next, role: strings.Join(base, " ") + " " + o, org: r.org, orgPlace: r.orgPlace}
	}
	return out
}

// r20aEarlierTitleBody returns the post told with «به عنوان» before the one
// at i in its sentence, when it names a body and a plural verb of
// appointment closes the sentence: «الف به عنوان رئیس شورای X و ب به
// عنوان نایب‌رئیس انتخاب شدند» puts the later bare post in that body.
func (a *analysis) r20aEarlierTitleBody(i int) (roleRef, bool) {
	ts := a.toks
	if !a.pluralVerbAfter(i) {
		return roleRef{}, false
	}
	lo, _ := a.sentRange(ts[i].sent)
	for j := i - 1; j >= lo; j-- {
		t := asTitleAt(ts, j)
		if t <= j {
			continue
		}
		if r, ok := a.roleAt(t); ok && r.org != "" && !r.former && r.next < i {
			return r, true
		}
		break
	}
	return roleRef{}, false
}
