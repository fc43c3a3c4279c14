package extract

// Lists of several persons and their posts told in one sentence (round
// 21, tuner A).

// r21aPairedPosts reads «الف و ب، R1 و R2 PLACE، ...» told without «به
// ترتیب»: as many posts as names, in apposition to the list of names,
// each person holding the post in the same place of the list. A bare post
// takes the place or the body the last post names («فرماندار و شهردار
// X»: فرمانداری X and شهرداری X). The post the rule for one name and its
// post gave the last name alone (R1 to ب) is dropped.
func (a *analysis) r21aPairedPosts() {
	ts := a.toks
	for ri := range a.roles {
		r := a.roles[ri]
		c := r.start - 1
		if c < 1 || ts[c].text != "،" || r.former || ts[c].sent != ts[r.start].sent {
			continue
		}
		people := a.personsBefore(c + 1) // the names before the comma at c
		if len(people) < 2 {
			continue
		}
		posts := []roleRef{r}
		for q := &r; len(posts) <= len(people) && q.next+1 < len(ts) && (ts[q.next].key == keyAnd || ts[q.next].text == "،"); {
			if q = a.roleStartingAt(q.next + 1); q == nil || q.former {
				break
			}
			posts = append(posts, *q)
		}
		if len(posts) != len(people) {
			continue
		}
		last := posts[len(posts)-1]
		if e := last.next; e < len(ts) && (ts[e].key == keyAnd || a.personStartingAt(e) != nil) {
			continue // «... و R2 BODY Z»: the last post is Z's
		}
		for n := range posts {
			posts[n] = a.r21aListPostBody(posts[n], last)
		}
		s := ts[r.start].sent
		a.r21aDropCrossed(people, posts, s)
		for n, p := range people {
			if pr := posts[n]; pr.org != "" && !a.hasAff(p, pr) {
				a.affs = append(a.affs, affMention{person: p, role: pr, sent: s, rule: "paired-posts"})
			}
		}
	}
}

// r21aListPostBody gives a bare post of the list the body of the last
// post: for a post that heads a body of its own kind (فرماندار) that body
// in the last post's place, for another the last post's body.
func (a *analysis) r21aListPostBody(pr, last roleRef) roleRef {
	if pr.start == last.start || persianKey(a.text(pr.start, pr.next)) != persianKey(pr.role) {
		return pr // the last post, or one with a body or place of its own
	}
	if prefix := roleBodies.vals[persianKey(pr.role)]; prefix != "" {
		if last.orgPlace == "" {
			return pr
		}
		pr.org, pr.orgPlace = prefix+" "+last.orgPlace, last.orgPlace
		return pr
	}
	if r20aSharesListBody(pr) && last.org != "" {
		pr.org, pr.orgPlace = last.org, last.orgPlace
	}
	return pr
}

// r21aDropCrossed drops, in sentence s, an affiliation of a listed person
// with a post of the list in another place than his.
func (a *analysis) r21aDropCrossed(people []*personMention, posts []roleRef, s int) {
	out := a.affs[:0]
	for _, m := range a.affs {
		keep := true
		if m.sent == s {
			for n, p := range people {
				for q, pr := range posts {
					if m.person == p && q != n && m.role.start == pr.start {
						keep = false
					}
				}
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	a.affs = out
}

// r21aKeyTook is «گرفت(ند)», the verb of «در سمت R قرار گرفت».
var r21aKeyTook = keySet("گرفت", "گرفتند")

// r21aPresidiumPosts reads one member of a presidium elected to his post
// with no body after the post: «الف (نیز) منشی هیئت رئیسه (شورا) شد»،
// «الف به عنوان/به سمت/در سمت منشی هیئت رئیسه انتخاب شد/قرار گرفت». The
// post is in the council the presidium belongs to (the body named after
// «هیئت رئیسه», else the one the sentence or the one before names).
func (a *analysis) r21aPresidiumPosts() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		s := ts[p.start].sent
		k := p.end
		if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) {
			k++
		}
		if c := voteTallyEnd(ts, k); c > 0 {
			k = c
		}
		title := false
		if t := asTitleAt(ts, k); t > 0 {
			k, title = t, true
		}
		if k >= len(ts) || ts[k].sent != s {
			continue
		}
		r, ok := a.roleAt(k)
		if !ok || r.org != "" || r.former || r20aPresidiumAt(ts, r.next) == r.next {
			continue
		}
		o, end := a.r20aPresidiumBody(r.next, r)
		if o == nil || end >= len(ts) || ts[end].sent != s {
			continue
		}
		switch {
		case !title && isBecomeVerb(ts, end):
		case title && (introWords[ts[end].key] || appointVerbs[ts[end].key]):
		case title && ts[end].key == keyQarar && end+1 < len(ts) && r21aKeyTook[ts[end+1].key]:
		default:
			continue
		}
		r.org, r.orgPlace, r.next = o.name, o.place, end
		a.addClauseApp(appMention{person: p, role: r, sent: s, how: a.appointmentHow(false, s), rule: "presidium-post"})
	}
}

// r21aCoordinatedPredicates reads one person given several posts joined by
// «و» as the predicate of «شد»: «الف عضو هیئت‌مدیره و مدیرعامل شرکت X
// شد». A bare post takes the body the last post names; each body's
// appointment is told with the first post of it, as for «به عنوان R1 و
// R2 BODY منصوب شد», the others being affiliations.
func (a *analysis) r21aCoordinatedPredicates() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		s := ts[p.start].sent
		k := p.end
		if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) {
			k++
		}
		r, ok := a.roleAt(k)
		if !ok || r.former || ts[r.start].sent != s {
			continue
		}
		posts := []roleRef{r}
		n := r.next
		for len(posts) <= maxCoordinatedPosts && n+1 < len(ts) && ts[n].key == keyAnd && ts[n+1].sent == s {
			q, ok := a.roleAt(n + 1)
			if !ok || q.former || q.next <= n+1 {
				break
			}
			posts = append(posts, q)
			n = q.next
		}
		last := posts[len(posts)-1]
		if len(posts) < 2 || last.org == "" || !isBecomeVerb(ts, n) || n+1 < len(ts) && wasAt(ts, n+1) || a.pastPostBefore(k) {
			continue
		}
		for _, pr := range posts {
			if pr.org == "" && r20aSharesListBody(pr) {
				pr.org, pr.orgPlace = last.org, last.orgPlace
			}
			if pr.org != "" {
				a.addClauseApp(appMention{person: p, role: pr, sent: s, how: a.appointmentHow(false, s), rule: "coordinated-predicates"})
				if !a.hasAff(p, pr) {
					a.affs = append(a.affs, affMention{person: p, role: pr, sent: s, rule: "coordinated-predicates"})
				}
			}
		}
	}
}

// r21aMaxItemSpan bounds the tokens from the post after «؛» to the «،»
// before its holder's name in a list of «R، X» items.
const r21aMaxItemSpan = 14

// r21aSemicolonItems reads a list whose items are each a post, «،» and
// its holder, closed by «؛»: «با حضور R1 BODY1، الف؛ R2 BODY2، ب و R3
// BODY3، ج برگزار شد». The post after «؛» is the next name's, not the
// name's before the «؛»: the affiliation the rule for a name and the post
// after it gave that name is moved to the next one.
func (a *analysis) r21aSemicolonItems() {
	ts := a.toks
	for pi := range a.persons {
		x := &a.persons[pi]
		e := x.end
		if e+1 >= len(ts) || ts[e].text != "؛" || ts[e+1].sent != ts[x.start].sent {
			continue
		}
		r := a.roleStartingAt(e + 1)
		if r == nil || r.org == "" || r.former {
			continue
		}
		y := a.r21aHolderAfter(r.next, r21aMaxItemSpan)
		if y == nil {
			continue
		}
		moved := false
		out := a.affs[:0]
		for _, m := range a.affs {
			if m.person == x && m.role.start > e && m.role.start < y.start {
				moved = true
				continue
			}
			out = append(out, m)
		}
		a.affs = out
		if !moved {
			continue
		}
		if !a.hasAff(y, *r) {
			a.affs = append(a.affs, affMention{person: y, role: *r, sent: ts[y.start].sent, rule: "semicolon-list-item"})
		}
		if own := a.r21aPostBeforeHolder(x); own != nil && !a.hasAnyAff(x) {
			a.affs = append(a.affs, affMention{person: x, role: *own, sent: ts[x.start].sent, rule: "semicolon-list-item"})
		}
	}
}

// r21aPostBeforeHolder returns the post told right before «، X», X the
// name p, when it names a body.
func (a *analysis) r21aPostBeforeHolder(p *personMention) *roleRef {
	ts := a.toks
	c := p.start - 1
	if c < 1 || ts[c].text != "،" {
		return nil
	}
	for ri := range a.roles {
		if r := &a.roles[ri]; r.next == c && r.org != "" && !r.former && ts[r.start].sent == ts[p.start].sent {
			return r
		}
	}
	return nil
}

// r21aHolderAfter returns the name after the first «،» from token k on,
// within n tokens of its sentence, with no «؛» or other name before it.
func (a *analysis) r21aHolderAfter(k, n int) *personMention {
	ts := a.toks
	for j := k; j < len(ts) && j < k+n && ts[j].sent == ts[k].sent; j++ {
		if ts[j].text == "؛" || a.personCover[j] {
			return nil
		}
		if ts[j].text == "،" {
			return a.personStartingAt(j + 1)
		}
	}
	return nil
}

// r21aPresidiumBrackets reads the members of a presidium named before a
// list of names, each with his post in brackets: «هیئت رئیسه BODY با الف
// (رئیس)، ب (نایب‌رئیس) و ج (خزانه‌دار) در این نشست حاضر بود». A bare post
// is the presidium's council's: an affiliation each.
func (a *analysis) r21aPresidiumBrackets() {
	ts := a.toks
	for pi := 0; pi < len(a.persons); pi++ {
		first := a.persons[pi].start
		s := ts[first].sent
		var people []*personMention
		var posts []roleRef
		k := first
		for len(people) < maxPluralListed {
			p := a.personStartingAt(k)
			if p == nil || p.end+2 >= len(ts) || ts[p.end].text != "(" || ts[p.end].sent != s {
				break
			}
			r, ok := a.roleAt(p.end + 1)
			if !ok || r.former || r.next >= len(ts) || ts[r.next].text != ")" {
				break
			}
			people, posts = append(people, p), append(posts, r)
			k = r.next + 1
			if k+1 < len(ts) && (ts[k].text == "،" || ts[k].key == keyAnd) && ts[k].sent == s {
				k++
				continue
			}
			break
		}
		for pi+1 < len(a.persons) && a.persons[pi+1].start < k {
			pi++
		}
		if len(people) < 2 {
			continue
		}
		var o *orgMention
		lo, _ := a.sentRange(s)
		for v := lo; v < first && o == nil; v++ {
			if e := r20aPresidiumAt(ts, v); e != v {
				o = a.r21aBodyOfPresidium(v, e, posts[0])
			}
		}
		if o == nil {
			continue
		}
		for n, p := range people {
			r := posts[n]
			if persianKey(a.text(r.start, r.next)) != persianKey(r.role) {
				continue // a post with a body of its own
			}
			r.org, r.orgPlace = o.name, o.place
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: s, rule: "presidium-bracketed-list"})
			}
		}
	}
}

// r21aBodyOfPresidium returns the council of the presidium told from v to
// e: the body named after it, for the bare first word of a body's name
// («هیئت رئیسه اتاق») the body of that head the report names nearest, else the body the
// sentence or the one before names.
func (a *analysis) r21aBodyOfPresidium(v, e int, last roleRef) *orgMention {
	ts := a.toks
	if e < len(ts) && ts[e].sent == ts[v].sent && a.orgAt(e) == nil && !ts[e].punct {
		if o := a.r21aNearestOfFirstWord(ts[e].key, e); o != nil {
			return o
		}
	}
	o, _ := a.r20aPresidiumBody(v, last)
	return o
}

// r21aNearestOfFirstWord returns the body whose name begins with the word
// key named nearest before token i, else the first named after it.
func (a *analysis) r21aNearestOfFirstWord(key string, i int) *orgMention {
	var before, after *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start == i || firstWordKey(o.name) != key {
			continue
		}
		if o.start < i && (before == nil || o.start > before.start) {
			before = o
		}
		if o.start > i && after == nil {
			after = o
		}
	}
	if before != nil {
		return before
	}
	return after
}

// r21aMaxBracketTokens bounds the words in brackets after a listed name:
// «الف (نماینده باشگاه‌ها)».
const r21aMaxBracketTokens = 8

// r21aPresidiumMembersListed reads the members of a presidium listed after
// «عبارتند از:» or a colon: «(دیگر) اعضای هیئت رئیسه (BODY) عبارتند از: الف
// (نماینده X)، ب و ج». Each name is a member of the presidium of the
// council it belongs to: the body named after it, else that of the
// presidium's posts told just before («الف و ب به ترتیب نایب‌رئیس و
// خزانه‌دار هیئت انتخاب شدند»), else the body the sentence or the one
// before names. Words in brackets after a name are passed over.
func (a *analysis) r21aPresidiumMembersListed() {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].key != keyMembers && ts[k].key != keyMembers+ezafeKey {
			continue
		}
		v := k + 1
		e := r20aPresidiumAt(ts, v)
		if e == v {
			continue
		}
		r := roleRef{start: k, next: e, role: "عضو " + a.text(v, e)}
		end := r25aAfterNew(ts, e, k) // «اعضای هیئت رئیسه جدید شورای X»
		o := a.orgAt(end)
		if o != nil && ts[o.start].sent == ts[k].sent {
			end = o.end
		} else if o = a.r21aPresidiumPostBefore(k); o == nil {
			o = a.r21aBodyOfPresidium(v, e, r)
		}
		list := a.listIntroEnd(end)
		if o == nil || list == end || ts[list-1].text != ":" && ts[list-1].text != "：" {
			continue
		}
		r.org, r.orgPlace = o.name, o.place
		for _, p := range a.r21aNamesWithBrackets(list) {
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "presidium-members-listed"})
			}
		}
	}
}

// r21aNamesWithBrackets returns the names listed from token k on, joined
// by «،» or «و», each perhaps followed by words in brackets.
func (a *analysis) r21aNamesWithBrackets(k int) []*personMention {
	ts := a.toks
	var out []*personMention
	for len(out) < 2*maxPluralListed && k < len(ts) {
		p := a.personStartingAt(k)
		if p == nil || ts[p.start].sent != ts[out0(out, p).start].sent {
			break
		}
		out = append(out, p)
		j := p.end
		if j < len(ts) && ts[j].text == "(" {
			c := j + 1
			for c < len(ts) && c-j <= r21aMaxBracketTokens && ts[c].text != ")" && ts[c].sent == ts[j].sent {
				c++
			}
			if c >= len(ts) || ts[c].text != ")" {
				break
			}
			j = c + 1
		}
		if j+1 >= len(ts) || ts[j].text != "،" && ts[j].key != keyAnd {
			break
		}
		k = j + 1
	}
	return out
}

// out0 is the first name of a list, or p when the list is empty.
func out0(out []*personMention, p *personMention) *personMention {
	if len(out) == 0 {
		return p
	}
	return out[0]
}

// r21aPresidiumHeads are the posts of a presidium, with the first words
// firstWordKey reads of «نایب‌رئیس» and «خزانه‌دار».
var r21aPresidiumHeads = keySet("رئیس", "نایب‌رئیس", "نایب", "منشی", "خزانه‌دار", "خزانه", "دبیر")

// r21aPresidiumPostBefore returns the body of the last presidium post
// (رئیس، نایب‌رئیس، منشی، خزانه‌دار، دبیر) an appointment told within
// discourseReach sentences before token k gave.
func (a *analysis) r21aPresidiumPostBefore(k int) *orgMention {
	ts := a.toks
	s := ts[k].sent
	var best *appMention
	for i := range a.apps {
		ap := &a.apps[i]
		if ap.sent > s || ap.sent < s-discourseReach || ap.role.org == "" || ap.role.start >= k || !r21aPresidiumHeads[firstWordKey(ap.role.role)] {
			continue
		}
		if best == nil || ap.role.start > best.role.start {
			best = ap
		}
	}
	if best == nil {
		return nil
	}
	return &orgMention{name: best.role.org, place: best.role.orgPlace}
}
