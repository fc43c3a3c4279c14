package extract

// A decree may appoint several holders at once, the verb in the plural and
// the posts listed after it:
//
//	«با حکم شهردار، مدیران مناطق ۲، ۵ و ۹ منصوب شدند: الف مدیر منطقه ۲،
//	ب مدیر منطقه ۵ و ج مدیر منطقه ۹»
//
// Each listed «PERSON (،) ROLE BODY» or «ROLE BODY: PERSON» is one
// appointment, and the numbered bodies stay apart.

// pluralBecome are the plural forms of the verbs that close an
// appointment: «منصوب شدند»، «معرفی گردیدند»، «منصوب شده‌اند».
var pluralBecome = keySet("شدند", "گردیدند", "شده‌اند", "شدهاند")

// maxListSentences bounds the sentences after a plural appointment verb
// read as its list (one a line in many reports).
const maxListSentences = 12

// listAppointments adds one appointment for each post listed after a
// plural verb of appointment.
func (a *analysis) listAppointments() {
	ts := a.toks
	a.predicateLists()
	a.r21aPresidiumPosts()
	a.r21aCoordinatedPredicates()
	a.respectivelyPredicates()
	a.r20aElectedChairs()
	a.r20aBracketedLists()
	a.r23aMembershipList()
	for i := 0; i+1 < len(ts); i++ {
		from := i + 2
		if !introWords[ts[i].key] || !pluralBecome[ts[i+1].key] || ts[i+1].sent != ts[i].sent {
			if !a.decreeListHeader(i) {
				continue
			}
			from = i + 1
		}
		how := howAppointment
		if a.sentenceHas(ts[i].sent, keyDecree) || a.sentenceHasAny(ts[i].sent, decreeListNouns) {
			how = howDecree
		}
		if from == i+2 && a.pluralPostListed(i, how) {
			continue
		}
		last := ts[i].sent + maxListSentences
		for s := ts[i].sent; s <= last && s < len(a.sents); s++ {
			lo, hi := a.sentRange(s)
			if lo < from {
				lo = from
			}
			if s > ts[i].sent && !a.listLine(s) {
				break // a sentence of its own, not a line of the list
			}
			if n := a.listItems(lo, hi, i, how); n == 0 && s > ts[i].sent {
				break // the list has ended
			}
		}
	}
	a.r21aPresidiumMembersListed()
}

// pluralPostListed reads «فرمانداران شهرستان‌های الف و ب منصوب شدند: X و
// Y» with the verb of appointment at i: the plural post right before the
// verb, the names after its colon, one body each in order.
func (a *analysis) pluralPostListed(i int, how string) bool {
	ts := a.toks
	if i+2 >= len(ts) || ts[i+2].text != ":" {
		return false
	}
	lo, _ := a.sentRange(ts[i].sent)
	for k := i - 1; k >= lo && k >= i-maxRoleTokens; k-- {
		n, post := pluralPosts.at(ts, k)
		if n == 0 {
			continue
		}
		roles, end := a.pluralBodies(k, k+n, post)
		if end == i && len(roles) == 1 {
			return a.r20aMembersListed(i, roles[0], how) // «اعضای هیئت‌مدیره شرکت X انتخاب شدند: الف، ب و ج»
		}
		if end != i || len(roles) < 2 {
			return false
		}
		people := a.personsAfter(i + 3)
		if len(people) != len(roles) {
			return false
		}
		for m, p := range people {
			a.addClauseApp(appMention{person: p, role: roles[m], sent: ts[i].sent, how: how, rule: "plural-post-listed"})
		}
		return true
	}
	return false
}

// decreeListNouns name decrees or appointments in the plural, heading a
// list with no verb of appointment: «انتصابات جدید به شرح زیر است:»،
// «احکام مدیران جدید صادر شد:».
var decreeListNouns = keySet("احکام", "انتصابات", "احکامی")

// decreeListHeader reports a colon at i that ends a sentence naming
// decrees or appointments in the plural, the list on the lines after it.
func (a *analysis) decreeListHeader(i int) bool {
	ts := a.toks
	if ts[i].text != ":" || i+1 >= len(ts) {
		return false
	}
	// The plural noun heads the list, before the colon: in «شهر - روابط
	// عمومی فرمانداری: X، فرماندار، طی احکامی ...» the colon ends a
	// dateline and what follows is the report, no list.
	lo, _ := a.sentRange(ts[i].sent)
	for k := lo; k < i; k++ {
		if decreeListNouns[ts[k].key] {
			return true
		}
	}
	return false
}

// listItems adds the appointments listed in tokens lo..hi after the
// plural verb at verb and returns how many items it read.
func (a *analysis) listItems(lo, hi, verb int, how string) int {
	ts := a.toks
	n := 0
	for k := lo; k < hi; k++ {
		if p := a.personStartingAt(k); p != nil {
			j := p.end
			for j < hi && (isSeparator(ts[j].text) || ts[j].text == ":") {
				j++
			}
			if t := asTitleAt(ts, j); t > 0 {
				j = t
			}
			if r, ok := a.listedRole(j, verb); ok {
				a.addClauseApp(appMention{person: p, role: r, predecessor: a.itemPredecessor(r.next, hi), sent: ts[k].sent, how: how, rule: "listed-after-plural-verb"})
				n++
				k = r.next - 1
				continue
			}
			k = p.end - 1
			continue
		}
		// «مدیر منطقه ۲: الف»: the post first, the holder after a colon.
		if r, ok := a.listedRole(k, verb); ok && r.next > k {
			j := r.next
			for j < hi && (ts[j].text == ":" || ts[j].text == "-") {
				j++
			}
			if j > r.next {
				if p := a.personStartingAt(j); p != nil {
					a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: how, rule: "listed-after-plural-verb"})
					n++
					k = p.end - 1
					continue
				}
			}
			k = r.next - 1
		}
	}
	return n
}

// itemPredecessor returns the person a list item names as its post's
// holder before, in tokens lo..hi after the post: «الف به عنوان R به جای
// ب»، «الف به عنوان R و جانشین ب». It returns nil when the item names
// none, or names another listed person first.
func (a *analysis) itemPredecessor(lo, hi int) *personMention {
	ts := a.toks
	for k := lo; k < hi; k++ {
		p := a.personStartingAt(k)
		if p == nil {
			continue
		}
		if a.insteadOf(p) || p.start > 0 && isReplaceAt(ts, p.start-1) {
			return p
		}
		return nil
	}
	return nil
}

// listedRole returns the post of a list item at k. A post that names no
// body is one in the body the list's sentence names before its verb:
// «در جلسه شورای اسلامی شهر X، اعضای هیئت‌رئیسه انتخاب شدند: الف رئیس،
// ب نایب‌رئیس و ج منشی» are three posts of the council.
func (a *analysis) listedRole(k, verb int) (roleRef, bool) {
	r, ok := a.roleAt(k)
	if !ok || r.former {
		return r, false
	}
	if r.org == "" {
		if o := a.listBody(verb, r); o != nil {
			r.org, r.orgPlace = o.name, o.place
		}
	}
	return r, r.org != ""
}

// listBody returns the body a list told at token i names before it, in
// its sentence or else in the sentence before: «در جلسه شورای اسلامی شهر
// X، اعضای هیئت‌رئیسه انتخاب شدند. الف رئیس و ب منشی شدند».
func (a *analysis) listBody(i int, r roleRef) *orgMention {
	if o := a.bodyBefore(i, r); o != nil {
		return o
	}
	if lo, _ := a.sentRange(a.toks[i].sent); lo > 0 {
		return a.bodyBefore(lo-1, r)
	}
	return nil
}

// predicateLists reads posts told as the predicates of one plural verb:
// «الف فرماندار شهرستان X، ب فرماندار شهرستان Y و ج فرماندار شهرستان Z
// شدند»، «الف رئیس، ب نایب‌رئیس و ج منشی شورا شدند». Each item is
// «PERSON (،) ROLE»; a post that names no body takes the body of the
// last item that names one, else the body the sentence or the one before
// names.
func (a *analysis) predicateLists() {
	ts := a.toks
	for pi := 0; pi < len(a.persons); pi++ {
		var items []listedPost
		verb := -1
		for k := a.persons[pi].start; ; {
			p := a.personStartingAt(k)
			if p == nil {
				break
			}
			j := p.end
			if j < len(ts) && ts[j].text == "،" {
				j++
			}
			if c := voteTallyEnd(ts, j); c > 0 {
				j = c // «الف با هشت رأی رئیس، ب نایب‌رئیس و ج منشی شورا شدند»
			}
			r, ok := a.roleAt(j)
			if !ok || r.former || r.next >= len(ts) || ts[r.next].sent != ts[p.start].sent {
				break
			}
			j = r.next
			if o, e := a.r20aPresidiumBody(j, r); o != nil && r.org == "" {
				r.org, r.orgPlace, j = o.name, o.place, e // «... و ج منشی هیئت رئیسه شورای X شدند»
			}
			items = append(items, listedPost{p, r})
			// «... ج منشی شورا شدند»: the body's head alone, a short
			// mention of the body named before.
			if j+1 < len(ts) && headNouns.has(ts[j].key) && pluralBecome[ts[j+1].key] {
				j++
			}
			if pluralBecome[ts[j].key] {
				verb = j
				break
			}
			if ts[j].text == "،" || ts[j].text == "؛" {
				j++
			}
			if j < len(ts) && ts[j].key == keyAnd {
				j++
			}
			if j == r.next {
				break
			}
			k = j
		}
		if verb < 0 || len(items) < 2 {
			continue
		}
		shared := roleRef{}
		for n := len(items) - 1; n >= 0 && shared.org == ""; n-- {
			shared = items[n].r
		}
		for n := range items {
			if r := &items[n].r; r.org == "" && shared.org != "" {
				r.org, r.orgPlace = shared.org, shared.orgPlace
			}
		}
		a.addListedApps(items, verb, ts[verb].sent, "predicate-list")
		for pi+1 < len(a.persons) && a.persons[pi+1].start < verb {
			pi++
		}
	}
}

// listedPost is one person of a list and the post the list gives him.
type listedPost struct {
	p *personMention
	r roleRef
}

// addListedApps gives each person of a list closed by the verb at verb
// the appointment to his post, in sentence sent; a post that names no body
// takes the body the list's sentence (or the one before) names
// (listBody), and one still without a body gives none.
func (a *analysis) addListedApps(items []listedPost, verb, sent int, rule string) {
	for _, it := range items {
		r := it.r
		if r.org == "" {
			if o := a.listBody(verb, r); o != nil {
				r.org, r.orgPlace = o.name, o.place
			}
		}
		if r.org != "" {
			a.addClauseApp(appMention{person: it.p, role: r, sent: sent, how: a.appointmentHow(false, sent), rule: rule})
		}
	}
}

// isSeparator reports the marks that set an apposition off: «،» «,» «؛».
func isSeparator(s string) bool { return s == "،" || s == "," || s == "؛" || s == "-" }

var keyOrder = persianKey("ترتیب")

// respectivelyAt reads «X و Y به ترتیب به عنوان R1 و R2 منصوب شدند» with
// «به عنوان» at i and its post at k: each person takes the post in the same
// place of the list. It returns false, adding nothing, when the sentence
// says no «به ترتیب» right before i or the two lists differ in length.
func (a *analysis) respectivelyAt(i, k int, r roleRef, how string) bool {
	ts := a.toks
	o := r20aVoteListBefore(ts, i) // «به ترتیب با ۷، ۶ و ۵ رأی به عنوان ...»
	listEnd := o - 2
	if o < 2 || ts[o-1].key != keyOrder || ts[o-2].key != keyTo {
		if listEnd = a.r20aPairedTitlesEnd(i); listEnd < 0 {
			return false
		}
	}
	posts := a.r20aOrdinalPosts(append([]roleRef{r}, a.listedPosts(r)...)) // «به عنوان نایب‌رئیس اول و دوم»
	if ps := a.r23aSingularOverPlaces(k); ps != nil {
		posts = ps // «به عنوان فرماندار شهرستان‌های الف و ب»
	}
	a.r20aPresidiumPosts(posts)
	a.r20aBoardListBody(posts, i)
	// «به عنوان معاون فنی، معاون اداری و مدیر روابط عمومی این شرکت»: bare
	// posts listed before one naming the body are in that body.
	if last := posts[len(posts)-1]; last.org != "" {
		for n := range posts {
			if posts[n].org == "" {
				posts[n].org, posts[n].orgPlace = last.org, last.orgPlace
			}
		}
	} else if o := a.listBody(i, r); o != nil && len(posts) > 1 {
		// «در جلسه شورای X، ... ب و ج به ترتیب به عنوان نایب رئیس و منشی
		// انتخاب شدند»: bare posts all, in the body named before.
		for n := range posts {
			if posts[n].org == "" {
				posts[n].org, posts[n].orgPlace = o.name, o.place
			}
		}
	}
	a.r18aBodyLaterInList(posts) // «... و ج به عنوان R3 BODY انتخاب شدند»
	// The persons listed right before «به ترتیب», joined by «و» or «،».
	var people []*personMention
	if listEnd > 1 && ts[listEnd-1].text == "،" {
		listEnd-- // «الف، ب و ج، به ترتیب ...»
	}
	listEnd = a.r23aDecreeBefore(listEnd)                    // «الف و ب با حکم استاندار به ترتیب ...»
	end := r20aVoteListBefore(ts, a.r18aAlsoBefore(listEnd)) // «الف، ب و ج (نیز) با ۷، ۶ و ۵ رأی به ترتیب ...»
	if end > 0 && ts[end-1].key == keyRa {
		end-- // «الف و ب را به ترتیب به عنوان R1 و R2 منصوب کرد»
	}
	for {
		p := a.personEndingAt(end)
		if p == nil {
			break
		}
		people = append([]*personMention{p}, people...)
		end = p.start - 1
		if end < 0 || !(ts[end].key == keyAnd || isSeparator(ts[end].text)) {
			break
		}
		end = a.r23aCommaBeforeAnd(end) // «الف، ب، و ج»
	}
	if len(people) < 2 || len(people) != len(posts) {
		return false
	}
	for n, p := range people {
		if posts[n].org == "" {
			continue
		}
		a.addClauseApp(appMention{person: p, role: posts[n], sent: ts[i].sent, how: how, rule: "respectively"})
	}
	return true
}

// respectivelyPredicates reads «الف، ب و ج به ترتیب فرماندار X، فرماندار
// Y و بخشدار Z شدند»: posts told as the predicates of «شدند» after «به
// ترتیب», one to each name in order.
func (a *analysis) respectivelyPredicates() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyTo || ts[k+1].key != keyOrder {
			continue
		}
		at := k + 2
		if e := r20aVoteListEnd(ts, at); e > 0 {
			at = e // «به ترتیب با ۷، ۶ و ۵ رأی رئیس، نایب‌رئیس و منشی شورا شدند»
		}
		r, ok := a.roleAt(at)
		if !ok || r.former || r.next <= at {
			continue
		}
		posts := a.r20aOrdinalPosts(append([]roleRef{r}, a.listedPosts(r)...)) // «منشی اول و دوم شورا شدند»
		last := posts[len(posts)-1]
		v := last.next
		if o, e := a.r20aPresidiumBody(v, last); o != nil && last.org == "" {
			last.org, last.orgPlace, v = o.name, o.place, e // «... و منشی دوم هیئت رئیسه شورای X شدند»
		}
		if v < len(ts) && headNouns.has(ts[v].key) {
			v++ // «... و ج منشی شورا شدند»
		}
		if v >= len(ts) || !pluralBecome[ts[v].key] {
			continue
		}
		people := a.personsBefore(k + 2)
		if len(people) == 0 {
			people = a.personsBefore(a.r18aAlsoBefore(k)) // «الف و ب نیز به ترتیب R1 و R2 شدند»
		}
		if len(people) == 0 {
			people = a.personsBefore(r20aVoteListBefore(ts, k)) // «الف و ب با ۷ و ۶ رأی به ترتیب ...»
		}
		if len(people) < 2 || len(people) != len(posts) {
			continue
		}
		for n, p := range people {
			pr := posts[n]
			if pr.org == "" {
				pr.org, pr.orgPlace = last.org, last.orgPlace
			}
			if pr.org == "" {
				continue
			}
			a.addClauseApp(appMention{person: p, role: pr, sent: ts[k].sent, how: a.appointmentHow(false, ts[k].sent), rule: "respectively-predicate"})
		}
	}
}

// listedPosts returns the posts listed after r in its sentence, joined by
// «،» or «و», the list closed by the first «و»: «به سمت فرماندار شهرستان
// الف، فرماندار شهرستان ب و بخشدار مرکزی ج».
func (a *analysis) listedPosts(r roleRef) []roleRef {
	ts := a.toks
	var out []roleRef
	for n := r.next; len(out) < maxPluralListed && n+1 < len(ts) && ts[n+1].sent == ts[r.start].sent; {
		and := ts[n].key == keyAnd
		if !and && ts[n].text != "،" {
			break
		}
		next, ok := a.roleAt(n + 1)
		if !ok || next.next <= n+1 || next.former {
			break
		}
		out = append(out, next)
		n = next.next
		if and {
			break
		}
	}
	return out
}

// newHolders adds an appointment for each person whose post is told as
// new: «X، فرماندار جدید شهرستان Y، گفت»، «مدیرکل جدید اداره کل Y، X».
func (a *analysis) newHolders() {
	ts := a.toks
	for _, af := range a.affs {
		r := af.role
		isNew := false
		for k := r.start; k < r.next && k < len(ts); k++ {
			if ts[k].key == keyNew {
				isNew = true
				break
			}
		}
		if isNew && r.org != "" && !r.former {
			a.nameEntrustedCharge(af.person, r)
			a.addClauseApp(appMention{person: af.person, role: r, sent: af.sent, how: howAppointment, rule: "new-holder"})
		}
	}
}

var keyHolderInCharge = persianKey("مسئول")

// nameEntrustedCharge gives a charge entrusted to p («مسئولیت دبیرخانه X
// به الف سپرده شد», read as «مسئول») the post p is then told to hold new
// in that body («الف، دبیر جدید این دبیرخانه»).
func (a *analysis) nameEntrustedCharge(p *personMention, r roleRef) {
	for i := range a.apps {
		e := &a.apps[i]
		if e.rule == "charge-entrusted" && persianKey(e.role.role) == keyHolderInCharge && samePerson(e.person, p) &&
			persianKey(e.role.org) == persianKey(r.org) && persianKey(r.role) != keyHolderInCharge {
			e.role.role = r.role
		}
	}
}

// listLine reports a sentence with no verb: a line of a list
// («مدیر منطقه ۱: الف»), not a sentence that goes on with the report.
func (a *analysis) listLine(s int) bool {
	i, j := a.sentRange(s)
	for k := i; k < j; k++ {
		if t := asTitleAt(a.toks, k); t > k {
			k = t - 1 // «الف به عنوان R»: no verb
			continue
		}
		key := a.toks[k].key
		// «الف به عنوان R، به جای ب که ... داشت؛»: a relative clause
		// up to its comma carries its own verb, not the line's.
		if key == keyWhich {
			for k+1 < j && !isSeparator(a.toks[k+1].text) {
				k++
			}
			continue
		}
		if isVerbLike(key) || lightVerbs.has(key) || isBecomeVerb(a.toks, k) || speechWords[key] && !weakSpeechWords[key] {
			return false
		}
	}
	return true
}

// maxNamedLater is how many sentences after an unnamed appointed post its
// holder may be named.
const maxNamedLater = 2

// namedLater reads a post told as filled with no holder named («فرماندار
// جدید شهرستان X منصوب شد») followed by a sentence naming a person who
// holds no post in the report: that person is the appointee. It runs only
// when the report gave no appointment otherwise.
func (a *analysis) namedLater() {
	if len(a.apps) > 0 {
		return
	}
	ts := a.toks
	for _, r := range a.roles {
		if r.org == "" || r.former || a.issuerRole(r) || !a.appointedVerbAt(r.next) {
			continue
		}
		s := ts[r.start].sent
		if a.personBeforeSpeech(s) {
			continue
		}
		for next := s + 1; next <= s+maxNamedLater && next < len(a.sents); next++ {
			p := a.firstUnpostedPerson(next)
			if p == nil {
				continue
			}
			a.apps = append(a.apps, appMention{person: p, role: r, sent: s, how: howAppointment, rule: "post-then-holder"})
			return
		}
	}
}

// appointedVerbAt reports a verb of appointment at k, closed by «شد»:
// «منصوب شد»، «معرفی گردید».
func (a *analysis) appointedVerbAt(k int) bool {
	ts := a.toks
	return k+1 < len(ts) && (introWords[ts[k].key] || appointVerbs[ts[k].key]) && isBecomeVerb(ts, k+1)
}

// firstUnpostedPerson returns the first person named in sentence s when
// that person holds no post in the report, is no decree's issuer and is
// not thanked; else nil.
func (a *analysis) firstUnpostedPerson(s int) *personMention {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		if ts[p.start].sent != s {
			continue
		}
		if a.hasRole(p) || p.start > 0 && ts[p.start-1].key == keyDecree || a.isThanked(p) || a.isFormer(p) {
			return nil
		}
		return p
	}
	return nil
}

var keyFor = persianKey("برای")

// decreeForClauses reads «حکم (انتصاب) ROLE BODY برای X صادر شد»:
// the decree names the post first and its holder after it.
func (a *analysis) decreeForClauses() {
	ts := a.toks
	for i := 0; i+3 < len(ts); i++ {
		if ts[i].key != keyDecree || i > 0 && decreeIssuerCues[ts[i-1].key] {
			continue // «با حکم استاندار»: the issuer's post
		}
		// «حکم انتصاب ROLE» or «حکم سرپرستی BODY»; «حکم استاندار» alone
		// is the governor's decree.
		r, ok := a.postNounRole(i + 1)
		if !ok && ts[i+1].key == keyAppointment {
			r, ok = a.roleAt(i + 2)
		}
		if !ok || r.org == "" || r.former {
			continue
		}
		j := r.next
		if j >= len(ts) || ts[j].key != keyFor {
			continue
		}
		if p := a.personStartingAt(j + 1); p != nil {
			a.addClauseApp(appMention{person: p, role: r, sent: ts[i].sent, how: howDecree, rule: "decree-for"})
		}
	}
}

// elidedTitles reads a vote's list «الف به عنوان R1، ب R2 و ج به عنوان R3
// BODY انتخاب شدند»: a name right after an appointment's post and a comma,
// its own post right after it, then «و» or «،», and the verb of
// appointment still to come, is appointed the same way, «به عنوان» left
// out; its post with no body is in the body of the list's.
func (a *analysis) elidedTitles() {
	ts := a.toks
	n := len(a.apps)
	for x := 0; x < n; x++ {
		ap := a.apps[x]
		j := ap.role.next
		if ap.rule != "as-title" || j+1 >= len(ts) || ts[j].text != "،" || ts[j+1].sent != ap.sent {
			continue
		}
		// «... ب R2 و ج R3 BODY انتخاب شدند»: each item after it in turn,
		// the last one right before the verb.
		for j+1 < len(ts) && ts[j+1].sent == ap.sent && (ts[j].text == "،" || ts[j].key == keyAnd) {
			q := a.personStartingAt(j + 1)
			if q == nil || a.hasApp(q) {
				break
			}
			r, ok := a.roleAt(q.end)
			if !ok || r.former || r.next >= len(ts) || !a.introFollows(r.next, ap.sent) {
				break
			}
			last := introWords[ts[r.next].key] || appointVerbs[ts[r.next].key]
			if ts[r.next].key != keyAnd && ts[r.next].text != "،" && !last {
				break
			}
			if r.org == "" {
				r.org, r.orgPlace = ap.role.org, ap.role.orgPlace
			}
			a.addClauseApp(appMention{person: q, role: r, sent: ap.sent, how: ap.how, rule: "elided-as-title"})
			if last {
				break
			}
			j = r.next
		}
	}
}
