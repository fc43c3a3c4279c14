package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// appMention is a change of post holder an article reports.
type appMention struct {
	person      *personMention
	predecessor *personMention
	role        roleRef
	date        *persian.DateMatch
	how         string
	sent        int
	rule        string // the rule that found it, for --explain
}

// How values of an appointment (see the peyvand package).
const (
	howAppointment = "APPOINTMENT"
	howHandover    = "HANDOVER"
	howDecree      = "DECREE"
)

// findAppointments reads «X ... به عنوان/به سمت ROLE (جدید) BODY معرفی شد»
// (X named before, through «وی», by a relative clause, or addressed by the
// decree; not a guest «با حضور X» nor one replaced «به جای X»), «به ریاست
// BODY منصوب شد», plural posts after «به عنوان» (pluralposts.go), then the
// clauses of clauses.go and the lists and new holders of appointlist.go,
// and for every appointment the outgoing holder: thanked «از زحمات Y»,
// resigned, named as former, or told to have held the post. When a
// handover report names the outgoing holder and one other person with no
// post, that person is taken as the incoming one.
func (a *analysis) findAppointments() {
	ts := a.toks
	handover := false
	for _, t := range ts {
		if handoverWords[t.key] {
			handover = true
			break
		}
	}
	post := a.handoverPost()
	for i := 0; i < len(ts); i++ {
		k := asTitleAt(ts, i)
		byNoun := false
		if k < 0 && ts[i].key == keyTo && i+1 < len(ts) && postNouns[ts[i+1].key] != "" {
			k, byNoun = i+1, true // «به ریاست دانشگاه X منصوب شد»
		}
		if k < 0 {
			continue
		}
		if k < len(ts) && isQuoteMark(ts[k].text) {
			k++ // «به عنوان "سرپرست" ...»
		}
		if k+1 < len(ts) && isPrenominalOrdinal(ts[k]) && roleWordsAt(ts, k+1) > 0 {
			k++ // «به عنوان چهارمین/نخستین رئیس BODY منصوب شد»
		}
		if a.pluralAsTitle(i, k) {
			continue
		}
		var r roleRef
		var ok bool
		if byNoun {
			r, ok = a.postNounRole(k)
		} else {
			r, ok = a.roleAt(k)
		}
		if !ok {
			r, ok = a.postNounRole(k) // «به سمت سرپرستی اداره کل X»
		}
		if !ok && byNoun {
			r, ok = a.r20bBoardPostNoun(k, i) // «به ریاست هیئت مدیره برگزیده شد»
		}
		if ok {
			a.r21bGroupHeadAppointed(&r) // «به سمت مدیر گروه X دانشکده Y منصوب شد»
		}
		this := false
		if !ok {
			r, ok = a.thisPost(k)
			this = ok
		}
		if !ok || !a.introFollows(k, ts[i].sent) && !a.futurePostAt(i, k) && !(byNoun && r.next < len(ts) && reachVerbs[ts[r.next].key]) && !a.r21bPlacedInPost(i, k) && !a.r23aRespectivelyPlaced(i, k) {
			if ok {
				a.reject("appointment", "as-title", ts[i].sent, r.role+" — "+r.org, "no verb of appointment follows in the sentence")
			}
			continue
		}
		if !this && a.respectivelyAt(i, k, r, a.appointmentHow(handover, ts[i].sent)) {
			continue
		}
		if !this && r25aRespectivelyBefore(ts, i) {
			a.reject("appointment", "as-title", ts[i].sent, r.role+" — "+r.org, r25aNoRespectively)
			continue
		}
		in := a.subjectBefore(i)
		if in == nil && a.addressedDecree(k, ts[i].sent) {
			in = a.antecedent(i)
		}
		if rel := a.relativeSubject(i); rel != nil {
			in = rel
		}
		if in == nil {
			in = a.formerHolderSubject(i)
		}
		if in == nil {
			in = a.r23bFormerHolderAfterColon(i) // «...: رئیس پیشین BODY از این پس به عنوان R ...»
		}
		// «X با قدردانی از Y گفت: وی ... با حکم اینجانب به سمت R منصوب
		// شده است»: «وی» in X's words is the one thanked, not X.
		if in != nil && a.pronounInQuoteOf(in, i) {
			if y := a.thankedBefore(i); y != nil && !samePerson(y, in) {
				in = y
			}
		}
		// «X از تلاش‌های Y قدردانی کرد و گفت: وی از این پس به عنوان R
		// خدمت خواهد کرد»: the one thanked in the sentence goes on to R.
		if in != nil && a.fromNowAt(i) {
			if y := a.thankedBefore(i); y != nil && !samePerson(y, in) && !a.hasApp(y) {
				in = y
			}
		}
		// «... از خدمات Y تقدیر شد. وی که از این پس به عنوان R خدمت خواهد
		// کرد»: a post from now on, told after the report's appointment,
		// is the outgoing holder's.
		if in != nil && a.fromNowAt(i) && a.hasApp(in) {
			if pred := a.outgoing(); pred != nil && !samePerson(pred, in) && !a.hasApp(pred) {
				in = pred
			}
		}
		if in == nil {
			a.reject("appointment", "as-title", ts[i].sent, r.role+" — "+r.org, "no person named before it in the sentence")
			continue
		}
		if a.r25bUnnamedObjectBefore(i, in) {
			a.reject("appointment", "as-title", ts[i].sent, in.name+" — "+r.role, "the one appointed («... را به سمت») is no person the report names: the subject gives the decree")
			continue
		}
		if this && a.hasApp(in) {
			continue // «به این سمت» tells again the appointment found before
		}
		if this && a.asTitleLater(k, ts[i].sent) {
			// «X که ... به این سمت منصوب شده است، به عنوان R معرفی شد»:
			// the post told after it in the sentence is the one meant.
			continue
		}
		// «به سمت معاون وزیر و مدیرعامل شرکت X منصوب شد»: coordinated
		// posts are one appointment each; a post whose body the text does
		// not name gives way to a coordinated post that names its own.
		a.representativeOnBoard(&r)
		coord := a.coordinatedPosts(r)
		bare := a.bareCoordinatedPosts(r)
		if r.org == "" && len(coord) > 0 && post.org != "" && a.deputyOfPost(r, post) {
			// «به عنوان معاون دادستان و سرپرست دادسرای ناحیه ۲ معرفی شد»
			// in a report of the prosecutor's post: the deputy is in the
			// body of that post, the coordinated post apart.
			r.org, r.orgPlace = post.org, post.orgPlace
		}
		if r.org == "" && len(coord) > 0 {
			r = *a.governorateOfNext(&r)
		}
		if len(coord) > 0 {
			a.r20bOneBodyOfHeadPost(&r) // «به سمت مشاور وزیر و دبیر ستاد X»
		}
		if r.org == "" && len(coord) > 0 {
			r, coord = coord[0], coord[1:]
		}
		// A post followed by a head noun names a body of its own there,
		// even one the body rules did not read («رئیس دانشکده فنی؛ ...»):
		// it borrows no other's.
		a.r20bBoardAfterPost(&r, i) // «به عنوان دبیر هیئت امنا انتخاب شد»
		named := r.org != ""
		if r.org == "" {
			if o, _ := a.r20aPresidiumBody(r.next, r); o != nil {
				r.org, r.orgPlace = o.name, o.place // «به عنوان منشی هیئت رئیسه شورای X»
			}
			if r.org == "" {
				if o := a.r21bPresidiumOwner(r); o != nil {
					r.org, r.orgPlace = o.name, o.place // «در سمت منشی هیئت رئیسه قرار گرفت»
				}
			}
		}
		ownHead := false
		if hn, _ := headNouns.at(ts, r.next); hn > 0 && r.org == "" {
			ownHead = true
		}
		if r.org == "" && !ownHead {
			// «الف به عنوان رئیس، ب به عنوان نایب‌رئیس و ج به عنوان منشی
			// شورای X انتخاب شدند»: the posts of one vote share the body
			// the last one names, before the report's own post.
			if o, ok := a.laterTitleBody(r.next); ok {
				r.org, r.orgPlace = o.org, o.orgPlace
			} else if o, ok := a.r20aEarlierTitleBody(i); ok {
				r.org, r.orgPlace = o.org, o.orgPlace // «الف به عنوان R1 BODY و ب به عنوان R2 انتخاب شدند»
			}
		}
		// «اعضای شورای اسلامی شهر X، الف را به عنوان شهردار (این شهر)
		// برگزیدند»: the mayor the city's council elects is X's.
		if city := a.councilCityBefore(i); city != "" && firstWordKey(r.role) == keyMayor && len(persian.Words(r.role)) == 1 &&
			(r.org == "" || r.next == k+1 || r.next > k+1 && isDeterminer(ts[k+1].key)) {
			r.org, r.orgPlace = roleBodies.vals[keyMayor]+" "+city, city
		}
		// The report's own post, with its place, stands for a post named
		// without one only when both are the same kind of body (اداره کل
		// ... and اداره کل ... استان X); «معاون وزیر» keeps its ministry.
		if org, place := a.r23bBodyOfHeadServed(r); org != "" {
			r.org, r.orgPlace = org, place // «به عنوان مشاور مدیرعامل» after «ب، مدیرعامل شرکت X»
		}
		full := a.r17bFullOfShortName(r.org, post.org)
		if full != nil {
			r.org, r.orgPlace = full.name, full.place // «شرکت توانیر» after «شرکت مادرتخصصی توانیر»
		}
		if r.org == "" || full == nil && post.org != "" && post.orgPlace != "" && r.orgPlace == "" && !a.hasGenericPlace(r) && sameHeadWord(r.org, post.org) && !a.r25fOtherNamedBody(r.org, post.org) {
			r.org, r.orgPlace = post.org, post.orgPlace
			// «آیین معارفه معاون درمان دانشگاه X ... به عنوان معاون جدید»:
			// the post the report names in full.
			if r.org != "" && firstWordKey(r.role) == firstWordKey(post.role) && len(persian.Words(post.role)) > len(persian.Words(r.role)) {
				r.role = post.role
			}
		}
		if r.org != "" && post.org != "" && r.orgPlace != "" && persianKey(r.orgPlace) == persianKey(post.orgPlace) && firstWordKey(r.role) == firstWordKey(post.role) && shortFormOf(r.org, post.org) {
			// «آیین معارفه دادستان عمومی و انقلاب شهرستان X ... به عنوان
			// دادستان X معرفی شد»: the short form of the report's post is
			// that post's body.
			r.org = post.org
		}
		if r.org == "" {
			// «در اداره کل X، الف به عنوان مدیرکل جدید معرفی شد»: the body
			// named before in the sentence.
			if o := a.bodyBefore(i, r); o != nil {
				r.org, r.orgPlace = o.name, o.place
			}
		}
		if a.isShortBody(r.org) {
			// «... و ج به عنوان منشی شورا انتخاب شدند»: the head alone
			// stands for the body of that head named before.
			if o := a.bodyBefore(i, r); o != nil && sameHeadKey(o.name, r.org) {
				r.org, r.orgPlace = o.name, o.place
			} else if org, place, ok := a.localOfficeOfPlace(r.org); ok {
				// «... به عنوان سرپرست شهرداری تعیین کرد» in a report of a
				// city: the city's municipality.
				r.org, r.orgPlace = org, place
			}
		}
		if r.org == "" {
			// «از زحمات X، مدیرکل سابق Y، تقدیر و Z به عنوان مدیرکل جدید
			// معرفی شد»: the post its former holder left.
			if fr, ok := a.leftPost(in); ok && firstWordKey(fr.role) == firstWordKey(r.role) {
				r.org, r.orgPlace = fr.org, fr.orgPlace
			}
		}
		if r.org == "" && a.pluralVerbAfter(r.next) {
			// «اعضای هیئت‌رئیسه شورای X انتخاب شدند. الف به عنوان رئیس و
			// ب به عنوان نایب‌رئیس برگزیده شدند»
			if o := a.listBody(i, r); o != nil {
				r.org, r.orgPlace = o.name, o.place
			}
		}
		if r.org == "" {
			if o := a.boardOwner(r, i); o != nil {
				r.org, r.orgPlace = o.name, o.place
			}
		}
		if r.org == "" {
			if o := a.r25bBoardOfLongPost(r, i); o != nil {
				r.org, r.orgPlace = o.name, o.place // «به عنوان مشاور عالی هیئت‌مدیره خدمت خواهد کرد»
			}
		}
		if r.org == "" {
			if o := a.r17bElectingBoardBody(i); o != nil {
				r.org, r.orgPlace = o.name, o.place // «هیئت‌مدیره این تعاونی الف را به عنوان مدیرعامل برگزید»
			}
		}
		if r.org == "" {
			// «الف جایگزین ب شد که از این پس به عنوان مشاور هیئت‌مدیره …»:
			// the one replaced goes on in the body of the post he leaves.
			if o, place, ok := a.leftBody(in); ok {
				r.org, r.orgPlace = o, place
			}
		}
		r = a.r22bDeputyOfOtherField(r) // «در سمت معاون X و سرپرست معاونت Y دانشگاه Z»: معاون X is Z's
		if !named && r.org != "" && a.headsOtherBody(r, roleRef{org: r.org}) {
			// «Y که به عنوان معاون وزیر منصوب شده است»: a body found around
			// it is not the one its role («وزیر») names.
			r.org, r.orgPlace = "", ""
		}
		if r.org == "" {
			a.reject("appointment", "as-title", ts[i].sent, in.name+" — "+r.role, "the post names no body and the report has no post of its own")
			continue
		}
		how := a.appointmentHow(handover, ts[i].sent)
		replaced := a.replacedBefore(i)
		if replaced != nil && samePerson(replaced, in) {
			replaced = nil // «الف جایگزین ب شد که از این پس به عنوان R ...»: ب's own post
		}
		a.apps = append(a.apps, appMention{person: in, predecessor: replaced, role: r, sent: ts[i].sent, how: how, rule: "as-title"})
		a.addCoordinated(appMention{person: in, role: r, sent: ts[i].sent, how: how, rule: "as-title"}, coord)
		for _, b := range bare {
			// «به سمت عضو هیئت‌مدیره و مدیرعامل شرکت X»: the bare post
			// is in the body the first one takes.
			b.org, b.orgPlace = r.org, r.orgPlace
			if !a.hasAff(in, b) {
				a.affs = append(a.affs, affMention{person: in, role: b, sent: ts[i].sent, rule: "as-title-coordinated"})
			}
		}
	}
	a.elidedTitles()
	// The lists first: «الف جایگزین ب شد» told after a list names the
	// predecessor of the listed post rather than a post of its own.
	a.listAppointments()
	a.appointmentClauses(post)
	a.decreedChargeClauses(post)
	a.r18aDropHandoverPostOfOther(post)
	a.newHolders()
	a.gaveWayClauses()
	a.decreeForClauses()
	a.namedLater()
	a.pluralAppositionApps()
	a.fromNowPosts(handover)
	a.r16CReplacedOwnPost(post)
	a.r16CGaveOwnPlace(post)
	a.r17bOutgoingNowPosts()
	a.r20bInChargeOfClauses() // «X عهده‌دار BODY شد»
	if !handover && len(a.apps) == 0 {
		return
	}
	// A report of an appointment in other words («به عنوان شهردار
	// برگزیده شد») names its outgoing holder the same ways: thanked,
	// resigned, or named as former.
	pred := a.outgoing()
	if handover && len(a.apps) == 0 && pred != nil && post.org != "" {
		if in := a.unpostedPerson(pred); in != nil {
			a.apps = append(a.apps, appMention{person: in, role: post, sent: ts[in.start].sent, how: howHandover, rule: "handover-unposted"})
		}
	} else if handover && len(a.apps) > 0 && a.r15CAppsOnlyOf(pred) && post.org != "" {
		// «... از زحمات ب قدردانی و الف معرفی شد. ب به عنوان معاون X
		// منصوب شده است»: the outgoing holder's own move leaves the
		// report's post to the one introduced.
		if in := a.r15CIntroducedBesides(pred); in != nil {
			a.apps = append(a.apps, appMention{person: in, role: post, sent: ts[in.start].sent, how: howHandover, rule: "handover-introduced-moved"})
		}
	}
	if handover && len(a.apps) == 0 && pred == nil && post.org != "" {
		// «در این آیین، الف (که ... منصوب شده بود،) معرفی شد» with no
		// outgoing holder named: the one introduced takes the post.
		if in := a.introducedPerson(); in != nil {
			a.apps = append(a.apps, appMention{person: in, role: post, sent: ts[in.start].sent, how: howHandover, rule: "handover-introduced"})
		}
	}
	a.dropNonNames()
	for i := range a.apps {
		if a.apps[i].predecessor == nil {
			if q := a.namedPredecessorOf(a.apps[i]); q != nil {
				a.apps[i].predecessor = q
			} else if q := a.pastHolder(a.apps[i]); q != nil {
				a.apps[i].predecessor = q
			} else if q := a.formerHolderOf(a.apps[i]); q != nil {
				a.apps[i].predecessor = q
			} else if q := a.thisPostHolder(a.apps[i]); q != nil {
				a.apps[i].predecessor = q
			}
		}
	}
	a.thankedFormerHolders()
	left := a.leftByOutgoing(pred, post)
	for i := range a.apps {
		// One thanked who holds another body's post now («با تقدیر از X،
		// رئیس Z») is a guest, not the outgoing holder.
		if a.apps[i].predecessor == nil && left[i] && (!a.holdsOtherPost(pred, a.apps[i].role) || a.movedOnNow(pred, a.apps[i].role) || a.r15CMovedByAppointment(pred, a.apps[i].role)) {
			a.apps[i].predecessor = pred
			a.movedOnPosts(pred, a.apps[i].role)
		}
		if a.apps[i].predecessor != nil && !isNameLike(a.apps[i].predecessor.name) {
			a.apps[i].predecessor = nil
		}
		if a.apps[i].rule == "moved-on-now" {
			continue // the day he moved on is not told
		}
		a.apps[i].date = a.appointmentDate(a.apps[i].sent)
		if d := a.decreeDayOf(a.apps[i]); d != nil && (a.apps[i].date == nil || a.dayIn(a.apps[i].sent) == nil) {
			a.apps[i].date = d
		}
		if d := a.r17bReportDecreeDay(a.apps[i]); d != nil && a.dayIn(a.apps[i].sent) == nil && (a.apps[i].date == nil || d.ISO <= a.apps[i].date.ISO) {
			a.apps[i].date = d // «حکم او چهارشنبه ۴ آذر صادر شده بود»: the decree's day, not the ceremony's
		}
	}
	for i := range a.apps {
		if a.apps[i].date != nil && a.r17bUndatedChange(a.apps[i]) {
			a.apps[i].date = nil // «ب پیش‌تر ... منصوب شده است»، «الف هفته گذشته ... سرپرست R شد»
		}
	}
	a.r15CMovedInClause()
	a.r20bSucceededAfter()
	a.r20bInsteadOfNamed()
	a.r20bTrusteeBoardApps()
	a.r20bCoordinatedPastHolders()
	a.r20bDropReportPostReplaces(post)
	a.r20bFormerHolderFromNow()
}

// headsOtherBody reports a post made of a body-heading role after its
// first word («معاون وزیر»، «مشاور استاندار») whose body is not post's:
// «Y که به عنوان معاون وزیر منصوب شده است» is no deputy in the
// directorate the report is about.
func (a *analysis) headsOtherBody(r, post roleRef) bool {
	ts := a.toks
	for m := r.start + 1; m < r.next && m < len(ts); m++ {
		if bn, prefix := roleBodies.at(ts, m); bn > 0 {
			return !strings.HasPrefix(persianKey(post.org), persianKey(prefix))
		}
	}
	return false
}

// decreeIssued are the verbs of a decree's issue: «حکم X ... صادر شده
// بود»، «به امضای وزیر رسید»، «ابلاغ شد».
var decreeIssued = keySet("صادر", "امضا", "امضای", "ابلاغ")

// decreeDayOf is the day of ap's decree told in another sentence of the
// report: «حکم (انتصاب) X/وی ... روز چهارشنبه ۱۴ آبان صادر شده بود». The
// appointment's date is its decree's, not that of the introduction told
// with it («X صبح امروز ... معرفی شد»). The sentence names the decree
// and its issue and the appointee (by name or «وی») right after «حکم»,
// and reports no event itself.
func (a *analysis) decreeDayOf(ap appMention) *persian.DateMatch {
	ts := a.toks
	for s := range a.sents {
		if s == ap.sent || !a.sentenceHasAny(s, decreeIssued) {
			continue
		}
		i0, i1 := a.sentRange(s)
		named := false
		for k := i0; k < i1 && k < i0+4; k++ {
			if ts[k].key != keyDecree {
				continue
			}
			j := k + 1
			if j < i1 && ts[j].key == keyAppointment {
				j++
			}
			if j < i1 && pronounKeys[ts[j].key] {
				named = true
			} else if p := a.personStartingAt(j); p != nil && samePerson(p, ap.person) {
				named = true
			}
			break
		}
		if !named {
			continue
		}
		if d := a.eventDayIn(s); d != nil {
			return d
		}
	}
	return nil
}

// leftByOutgoing marks the appointments whose post the report's outgoing
// holder pred left, among those with no predecessor yet: the ones in the
// body of pred's former post («از زحمات Y، مدیر پیشین این شبکه»), else
// in the body of the report's own post, else those told in pred's
// sentence, else the report's first appointment. One thanked in a report
// of several appointments left one post, not all of them.
func (a *analysis) leftByOutgoing(pred *personMention, post roleRef) []bool {
	left := make([]bool, len(a.apps))
	if pred == nil {
		return left
	}
	for i := range a.apps {
		if a.apps[i].predecessor != nil && samePerson(a.apps[i].predecessor, pred) {
			return left // the post he left is known: he precedes no other
		}
	}
	open := func(i int) bool { return a.apps[i].predecessor == nil && !samePerson(pred, a.apps[i].person) }
	mark := func(match func(ap *appMention) bool) bool {
		found := false
		for i := range a.apps {
			if open(i) && match(&a.apps[i]) {
				left[i], found = true, true
			}
		}
		return found
	}
	inBody := func(org string) func(ap *appMention) bool {
		return func(ap *appMention) bool { return org != "" && persianKey(ap.role.org) == persianKey(org) }
	}
	if r := a.formerPostOf(pred); r != nil && (mark(func(ap *appMention) bool { return formerPostFits(*r, ap.role) }) || mark(inBody(r.org))) {
		return left
	}
	// «از خدمات Y، مدیرکل پیشین، قدردانی شد» after a مدیرکل and a معاون
	// are introduced: the former post names no body, but its title.
	if r := a.formerTitleOf(pred); r != nil && mark(func(ap *appMention) bool { return firstWordKey(ap.role.role) == firstWordKey(r.role) }) {
		return left
	}
	// «معاون دادستان» appointed in the prosecutor's report: the post
	// left is the report's own, not its deputy's in the same body.
	// «سرپرست امور مالی» of the report's company is no post the outgoing
	// «مدیرعامل» left: a post of the report's body is his when it is the
	// report's own post or a bare head («سرپرست»).
	ownPost := func(ap *appMention) bool {
		return post.role == "" || firstWordKey(ap.role.role) == firstWordKey(post.role) || len(persian.Words(ap.role.role)) == 1
	}
	if mark(func(ap *appMention) bool {
		return inBody(post.org)(ap) && !a.deputyOfPost(ap.role, post) && ownPost(ap)
	}) {
		return left
	}
	s := a.toks[pred.start].sent
	if mark(func(ap *appMention) bool { return ap.sent == s }) {
		return left
	}
	first := -1
	for i := range a.apps {
		if first < 0 || a.apps[i].sent < a.apps[first].sent {
			first = i
		}
	}
	if first >= 0 && open(first) {
		left[first] = true
	}
	return left
}

// thankedFormerHolders gives each appointment with no predecessor yet
// the person thanked in a list with its former post in apposition:
// «از زحمات الف، فرماندار پیشین X، و ب، فرماندار سابق Y، تشکر کرد»
// names the predecessors of the posts in X and in Y, one each.
func (a *analysis) thankedFormerHolders() {
	for pi := range a.persons {
		q := &a.persons[pi]
		s := a.toks[q.start].sent
		if !a.sentenceHasAny(s, thanksWords) || a.hasApp(q) {
			continue
		}
		r := a.formerPostOf(q)
		if r == nil {
			continue
		}
		fit := -1
		for i := range a.apps {
			ap := &a.apps[i]
			if ap.predecessor != nil && samePerson(ap.predecessor, q) {
				fit = -1
				break
			}
			if ap.predecessor == nil && !samePerson(ap.person, q) && (formerPostFits(*r, ap.role) || samePlacedPost(*r, ap.role)) {
				if fit >= 0 {
					fit = -1 // two posts fit: not told which
					break
				}
				fit = i
			}
		}
		if fit >= 0 {
			a.apps[fit].predecessor = q
		}
	}
}

// samePlacedPost reports a former post r of the same kind and place as
// post, told shorter: «فرماندار پیشین X» for «سرپرست/فرماندار
// فرمانداری ویژه X».
func samePlacedPost(r, post roleRef) bool {
	rw, pw := firstWordKey(r.role), firstWordKey(post.role)
	if rw != pw && !(pw == keySupervisorPost && headPosts[rw]) {
		return false
	}
	return r.orgPlace != "" && persianKey(r.orgPlace) == persianKey(post.orgPlace) && firstWordKey(r.org) == firstWordKey(post.org)
}

// formerTitleOf returns the former post told right after p with no body
// («Y، مدیرکل پیشین،»), or nil.
func (a *analysis) formerTitleOf(p *personMention) *roleRef {
	ts := a.toks
	k := p.end
	if k < len(ts) && isSeparator(ts[k].text) {
		k++
	}
	if r := a.roleStartingAt(k); r != nil && r.former && r.org == "" {
		return r
	}
	return nil
}

// formerPostOf returns the former post told right after p («Y، مدیرکل
// سابق Z»), or nil.
func (a *analysis) formerPostOf(p *personMention) *roleRef {
	ts := a.toks
	k := p.end
	if k < len(ts) && isSeparator(ts[k].text) {
		k++
	}
	if r := a.roleStartingAt(k); r != nil && r.former && r.org != "" {
		return r
	}
	if r := a.roleStartingAt(k); r != nil && r.former {
		if o := a.thisBodyAppointed(r.next, p.start); o != nil {
			rr := *r
			rr.org, rr.orgPlace = o.role.org, o.role.orgPlace
			return &rr
		}
	}
	return nil
}

// thisBodyAppointed reads «این/همین HEAD» at k after a former title
// («از زحمات Y، مدیر سابق این مدیریت، تقدیر کرد»): the appointment told
// before token before whose body has that head, the latest one.
func (a *analysis) thisBodyAppointed(k, before int) *appMention {
	ts := a.toks
	if k+1 >= len(ts) || !isDeterminer(ts[k].key) {
		return nil
	}
	head := ts[k+1].key
	var best *appMention
	for i := range a.apps {
		ap := &a.apps[i]
		if ap.role.org == "" || ap.person.start >= before || firstWordKey(ap.role.org) != head {
			continue
		}
		if best == nil || ap.person.start > best.person.start {
			best = ap
		}
	}
	return best
}

// dropNonNames removes the appointments whose person is no name: a word
// of the text's own vocabulary the person rules took for one («اکنون»،
// «مسئولیت»، «پاسدار»).
func (a *analysis) dropNonNames() {
	out := a.apps[:0]
	for _, ap := range a.apps {
		if !isNameLike(ap.person.name) {
			a.reject("appointment", ap.rule, ap.sent, ap.person.name+" — "+ap.role.role, "the person is a common word, not a name")
			continue
		}
		out = append(out, ap)
	}
	a.apps = out
}

// isNameLike reports a name with a word that is not a stop word, light
// verb or adverb, common noun, post, noun of a post or rank.
func isNameLike(name string) bool {
	for _, w := range persian.Words(name) {
		k := persianKey(w)
		if !stopWords.has(k) && !lightVerbs.has(k) && !commonWords.has(k) && !roleWords.has(k) && postNouns[k] == "" && !pluralPosts.has(k) && !persian.IsTitle(w) {
			return true
		}
	}
	return false
}

// laterTitleBody returns the first post after token k in its sentence,
// told with «به عنوان» and naming a body, when the sentence closes with a
// plural verb of appointment.
func (a *analysis) laterTitleBody(k int) (roleRef, bool) {
	ts := a.toks
	if !a.pluralVerbAfter(k) {
		return roleRef{}, false
	}
	s := ts[k].sent
	for j := k; j < len(ts) && ts[j].sent == s; j++ {
		if introWords[ts[j].key] || appointVerbs[ts[j].key] {
			break // the verb closes the list
		}
		// «الف به عنوان رئیس، ب نایب‌رئیس و ج منشی شورای X انتخاب شدند»:
		// a later item's post told right after its name, «به عنوان» left out.
		if a.personEndingAt(j) != nil {
			if r, ok := a.roleAt(j); ok && r.org != "" && !r.former {
				return r, true
			}
		}
		if t := asTitleAt(ts, j); t > 0 {
			if r, ok := a.roleAt(t); ok && r.org != "" && !r.former {
				return r, true
			}
			if r, ok := a.r20aPresidiumRole(t); ok {
				return r, true // «... و ج به عنوان منشی هیئت رئیسه شورای X»
			}
			// «... و ج و د به عنوان منشی‌های شورای X»: a plural post's body.
			if n, post := pluralPosts.at(ts, t); n > 0 {
				if roles, _ := a.pluralBodies(t, t+n, post); len(roles) == 1 {
					return roles[0], true
				}
			}
		}
	}
	return roleRef{}, false
}

// pluralAsTitle reads «X و Y (به ترتیب) به عنوان فرمانداران شهرستان‌های
// الف و ب منصوب شدند» with «به عنوان» at i and the plural post at k: one
// appointment each, the bodies of a plural head in the order of the names.
// It returns false, adding nothing, when no plural post is at k or the
// lists do not match.
func (a *analysis) pluralAsTitle(i, k int) bool {
	ts := a.toks
	n, post := pluralPosts.at(ts, k)
	if n == 0 || !a.introFollows(k, ts[i].sent) {
		return false
	}
	roles, _ := a.pluralBodies(k, k+n, post)
	end := i
	if end >= 1 && (ts[end-1].key == keyAlso || ts[end-1].key == keyAlso2) {
		end-- // «الف و ب نیز به عنوان اعضای ... منصوب شدند»
	}
	if end >= 2 && ts[end-1].key == keyOrder && ts[end-2].key == keyTo {
		end -= 2 // «به ترتیب»
	}
	if d := a.r23aDecreeBefore(end); d < end {
		end = a.r18aAlsoBefore(d) // «الف و ب (نیز) با حکم استاندار (به ترتیب) به عنوان ...»
	}
	if end >= 1 && ts[end-1].key == keyRa {
		end-- // «الف و ب را (به ترتیب) به سمت فرمانداران ... منصوب کرد»
	}
	people := a.personsBefore(end)
	if len(people) == 0 {
		people = a.personsBefore(a.r20aOnBehalfListBefore(end)) // «الف و ب به ترتیب به نمایندگی از BODY1 و BODY2 به عنوان اعضای ...»
	}
	if len(people) < 2 {
		// «الف به نمایندگی از BODY1 و ب به نمایندگی از BODY2 به عنوان اعضای ...»
		if items, _ := a.r23aOnBehalfItemsBefore(i); items != nil {
			people = items
		} else if items := a.r23aNamesWithBracketsBefore(end); len(items) > 1 {
			people = items // «الف (R1)، ب (R2) و ج (R3) به عنوان اعضای ...»
		}
	}
	if len(roles) == 0 || len(people) < 2 || len(roles) > 1 && len(roles) != len(people) {
		return false
	}
	how := a.appointmentHow(false, ts[i].sent)
	for m, p := range people {
		r := roles[0]
		if len(roles) > 1 {
			r = roles[m]
		}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[i].sent, how: how, rule: "plural-as-title"})
	}
	return true
}

// formerHolderSubject reads «مدیرکل سابق (نیز) به سمت R منصوب شد» with
// «به» at i: a sentence whose subject is the former holder named by post
// only is about the outgoing holder the report names.
func (a *analysis) formerHolderSubject(i int) *personMention {
	ts := a.toks
	k := i
	if k > 0 && (ts[k-1].key == keyAlso || ts[k-1].key == keyAlso2) {
		k--
	}
	r := a.roleEndingBefore(k)
	// «سلف فرمانده جدید، ... به عنوان R منصوب شده است»: the sentence's
	// subject is the predecessor, named before.
	first := a.firstTokenOfSentence(ts[i].sent)
	salaf := first >= 0 && first < i && ts[first].key == keyPredecessorNoun
	if !salaf && (r == nil || !r.former || r.start != first) {
		return nil
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		if ts[p.start].sent < ts[i].sent && (a.isFormer(p) || a.isThanked(p)) {
			return p
		}
	}
	return nil
}

// namedPredecessorOf returns the person told in apposition as the
// predecessor of ap's appointee: «او از Y، سلف X در دانشکده Z، قدردانی
// کرد».
func (a *analysis) namedPredecessorOf(ap appMention) *personMention {
	ts := a.toks
	// «سلف وی/سلف X، Y، ...»: the predecessor named after the noun.
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].key != keyPredecessorNoun || k > 0 && a.personCover[k-1] {
			continue
		}
		var of *personMention
		j := k + 1
		if p := a.personStartingAt(j); p != nil {
			of, j = p, p.end
		} else if pronounKeys[ts[j].key] {
			of, j = a.antecedent(k), j+1
		}
		if of == nil || !samePerson(of, ap.person) || j >= len(ts) || !isSeparator(ts[j].text) {
			continue
		}
		if q := a.personStartingAt(j + 1); q != nil && !samePerson(q, ap.person) {
			return q
		}
	}
	for pi := range a.persons {
		q := &a.persons[pi]
		k := q.end
		if k < len(ts) && isSeparator(ts[k].text) {
			k++
		}
		if k+1 >= len(ts) || ts[k].key != keyPredecessorNoun || samePerson(q, ap.person) {
			continue
		}
		if p := a.personStartingAt(k + 1); p != nil && samePerson(p, ap.person) {
			return q
		}
	}
	return nil
}

// keyPredecessorNoun is «سلف», the one who held the post before.
var keyPredecessorNoun = persianKey("سلف")

// isShortBody reports a body named by its head alone («شورا»), a body's
// name that ran into the verb of appointment counted alike («شورا
// انتخاب»).
func (a *analysis) isShortBody(name string) bool {
	w := persian.Words(name)
	if len(w) == 0 || !headNouns.has(persianKey(w[0])) {
		return false
	}
	for _, x := range w[1:] {
		if k := persianKey(x); !introWords[k] && !appointVerbs[k] {
			return false
		}
	}
	return true
}

// sameHeadKey reports a full name whose first word begins with the short
// name's head: «شورای اسلامی شهر X» for «شورا».
func sameHeadKey(full, short string) bool {
	f, s := persian.Words(full), persian.Words(short)
	return len(f) > 0 && len(s) > 0 && len(f) > 1 && strings.HasPrefix(persianKey(f[0]), persianKey(s[0]))
}

// pluralVerbAfter reports a plural verb of appointment after token k in
// its sentence: «... انتخاب شدند».
func (a *analysis) pluralVerbAfter(k int) bool {
	ts := a.toks
	if k >= len(ts) {
		return false
	}
	for j := k; j+1 < len(ts) && ts[j].sent == ts[k].sent; j++ {
		if (introWords[ts[j].key] || appointVerbs[ts[j].key]) && pluralBecome[ts[j+1].key] {
			return true
		}
	}
	return false
}

// appointmentHow is how an appointment told in sentence s was made: by
// decree when the sentence names one, else in a handover when the report
// tells one.
func (a *analysis) appointmentHow(handover bool, s int) string {
	switch {
	case a.sentenceHas(s, keyDecree):
		return howDecree
	case handover:
		return howHandover
	}
	return howAppointment
}

// bodyBefore returns the body named last before token i in its sentence
// that a post like r may head: one of the kind the post heads
// (مدیرکل → اداره کل), or any when the post heads no kind of its own.
func (a *analysis) bodyBefore(i int, r roleRef) *orgMention {
	ts := a.toks
	_, prefix := roleBodies.at(ts, r.start)
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end > i || ts[o.start].sent != ts[i].sent || o.end-o.start < 2 {
			continue
		}
		if prefix != "" && !strings.HasPrefix(persianKey(o.name), persianKey(prefix)) || a.guestBody(o) {
			continue
		}
		if best == nil || o.start > best.start {
			best = o
		}
	}
	return best
}

// guestBody reports a body named as the body of another post right before
// it («با حضور نماینده سازمان X»، «مدیرکل اداره کل Y»): a guest's, not the
// body an appointee's post with no body of its own is in.
func (a *analysis) guestBody(o *orgMention) bool {
	for _, r := range a.roles {
		if r.start < o.start && r.next >= o.end && persianKey(r.org) == persianKey(o.name) {
			return true
		}
	}
	return false
}

// boardKeys are the boards whose posts («رئیس هیئت‌مدیره»، «عضو هیئت‌امنا»)
// are in the body the board belongs to, in both spellings of «هیئت»
// (هیات). Keys drop spaces and ZWNJ, so «هیئت مدیره» written apart has
// the key of «هیئت‌مدیره».
var boardKeys = keySet("هیئت‌مدیره", "هیئت‌امنا", "هیئت‌امنای", "هیئت‌رئیسه", "هیئت‌عامل",
	"هیات‌مدیره", "هیات‌امنا", "هیات‌امنای", "هیات‌رئیسه", "هیات‌عامل")

// boardPhraseEnd returns the token after a board's name at j, one token
// («هیئت‌مدیره») or two («هیئت مدیره»، «هیات امنای»), or j when none
// stands there.
func boardPhraseEnd(ts []token, j int) int {
	if j < len(ts) && boardKeys[ts[j].key] {
		return j + 1
	}
	if j+1 < len(ts) && boardKeys[ts[j].key+ts[j+1].key] {
		return j + 2
	}
	return j
}

// boardPhraseBefore reports a board's name ending right before token i:
// «هیئت‌مدیره شرکت X»، «هیئت امنای مسجد X».
func boardPhraseBefore(ts []token, i int) bool {
	b := i - 1
	return b >= 0 && boardKeys[ts[b].key] || b >= 1 && boardKeys[ts[b-1].key+ts[b].key]
}

// boardOwner returns the body whose board the article names («جلسه
// هیئت‌مدیره شرکت X») for a board's post with no body of its own («الف به
// عنوان رئیس هیئت‌مدیره انتخاب شد»): the last such body named before token
// i, else nil.
func (a *analysis) boardOwner(r roleRef, i int) *orgMention {
	words := persian.Words(r.role)
	if len(words) < 2 || !boardKeys[persianKey(strings.Join(words[1:], " "))] {
		return nil
	}
	ts := a.toks
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start > i {
			break
		}
		if best != nil && o.start > best.start && o.end <= best.end {
			continue // a body named inside the one found
		}
		if boardPhraseBefore(ts, o.start) || a.generalAssemblyBefore(o.start) {
			best = o
		}
	}
	return best
}

// keyAssembly and keyGeneral are «مجمع عمومی», the members' meeting that
// elects a company's board.
var (
	keyAssembly = persianKey("مجمع")
	keyGeneral  = persianKey("عمومی")
)

// maxAssemblyWords bounds the words between «مجمع عمومی» and the body
// («مجمع عمومی عادی سالانه شرکت X»).
const maxAssemblyWords = 3

// generalAssemblyBefore reports «مجمع عمومی (عادی/فوق‌العاده ...)» right
// before token i: the body named at i holds the assembly, whose board
// the report elects.
func (a *analysis) generalAssemblyBefore(i int) bool {
	ts := a.toks
	for b := i - 2; b >= 0 && b >= i-2-maxAssemblyWords && ts[b].sent == ts[i].sent; b-- {
		if ts[b].key == keyAssembly && ts[b+1].key == keyGeneral {
			return true
		}
		if ts[b+1].punct {
			return false
		}
	}
	return false
}

// hasApp reports an appointment of p found already.
func (a *analysis) hasApp(p *personMention) bool {
	for _, ap := range a.apps {
		if samePerson(ap.person, p) {
			return true
		}
	}
	return false
}

// thisPost reads «به این سمت منصوب شد»: the post is the one named last
// before k that is no decree issuer's («با حکم استاندار ...»).
func (a *analysis) thisPost(k int) (roleRef, bool) {
	ts := a.toks
	if k+1 >= len(ts) || !isDeterminer(ts[k].key) || ts[k+1].key != keyPost {
		return roleRef{}, false
	}
	for ri := len(a.roles) - 1; ri >= 0; ri-- {
		r := a.roles[ri]
		// The post is told before, not by the speaker of this sentence,
		// or in apposition before the relative clause that tells it
		// («X، رئیس اداره Y که ماه پیش به این سمت منصوب شده، گفت»).
		appos := ts[r.start].sent == ts[k].sent && r.start < k && r.start > 0 && isSeparator(ts[r.start-1].text) &&
			r.next < len(ts) && ts[r.next].key == keyWhich && a.personEndingAt(r.start-1) != nil
		if !appos && (ts[r.start].sent >= ts[k].sent || ts[r.start].sent < ts[k].sent-discourseReach) {
			continue
		}
		if r.org == "" || r.former || a.issuerRole(r) || r.start > 0 && ts[r.start-1].key == keyPresence {
			continue // «با حضور معاون وزیر»: a guest's post is not the one filled
		}
		if !appos && a.r23bGuestPost(r) {
			continue // «با حضور الف رئیس دانشگاه و ب فرماندار X»
		}
		r.next = k + 2
		return r, true
	}
	return roleRef{}, false
}

// issuerRole reports a post named as the issuer of a decree: «با حکم
// استاندار»، «از سوی وزیر».
func (a *analysis) issuerRole(r roleRef) bool {
	ts := a.toks
	if r.start > 0 && ts[r.start-1].key == keyDecree {
		return true
	}
	return r.start > 1 && ts[r.start-2].key == keyFrom && ts[r.start-1].key == keySide
}

var (
	keySide    = persian.Squash("سوی")
	keyToPost1 = persian.Squash("به‌سمت")
	keyToPost2 = persian.Squash("بسمت")
)

// maxShortName is the most words of a body's name that, beginning like
// another, is read as a short mention of it («شهرداری منتخب»).
const maxShortName = 2

// sameHeadWord reports whether two body names begin with the same word
// and x is short or its words are, in order, words of y: y may be x named
// in full.
func sameHeadWord(x, y string) bool {
	fx, fy := strings.Fields(x), strings.Fields(y)
	if len(fx) == 0 || len(fy) == 0 || persianKey(fx[0]) != persianKey(fy[0]) {
		return false
	}
	if len(fx) <= maxShortName {
		return true
	}
	return isSubsequence(keysOf(fx), keysOf(fy))
}

// shortFormOf reports a body's name short whose words are, in order, a
// part of full's, one word at least left out: «دادسرای X» of
// «دادسرای عمومی و انقلاب شهرستان X».
func shortFormOf(short, full string) bool {
	fs, ff := strings.Fields(short), strings.Fields(full)
	if len(fs) == 0 || len(fs) >= len(ff) || persianKey(fs[0]) != persianKey(ff[0]) {
		return false
	}
	return isSubsequence(keysOf(fs), keysOf(ff))
}

// keysOf returns the matching key of each word.
func keysOf(words []string) []string {
	ks := make([]string, len(words))
	for i, w := range words {
		ks[i] = persianKey(w)
	}
	return ks
}

// maxCoordinatedPosts bounds the posts read after one «به سمت».
const maxCoordinatedPosts = 3

// addCoordinated adds the posts coordinated with the post of the
// appointment m («به سمت معاون وزیر و مدیرعامل شرکت X»): one appointment
// each in another body; in the same body («رئیس هیئت‌مدیره و مدیرعامل
// شرکت X») one appointment, and the second post is the person's too.
func (a *analysis) addCoordinated(m appMention, coord []roleRef) {
	for _, rr := range coord {
		if persianKey(rr.org) == persianKey(m.role.org) {
			a.affs = append(a.affs, affMention{person: m.person, role: rr, sent: m.sent, rule: m.rule + "-coordinated"})
			continue
		}
		c := m
		c.role, c.predecessor = rr, nil
		a.addClauseApp(c)
	}
}

// bareCoordinatedPosts returns the posts with no body joined by «و» to
// r, a post with no body of its own either: «به سمت عضو هیئت‌مدیره و
// مدیرعامل» are two posts of the body found for r.
func (a *analysis) bareCoordinatedPosts(r roleRef) []roleRef {
	ts := a.toks
	if r.org != "" {
		return nil
	}
	var out []roleRef
	for n := r.next; len(out) < maxCoordinatedPosts && n+1 < len(ts) && ts[n].key == keyAnd && ts[n+1].sent == ts[r.start].sent; {
		next, ok := a.roleAt(n + 1)
		if !ok || next.next <= n+1 || next.org != "" || next.former {
			break
		}
		if persianKey(next.role) != persianKey(r.role) {
			out = append(out, next)
		}
		n = next.next
	}
	return out
}

// coordinatedPosts returns the posts joined to r by «و» (R1 و R2 و R3)
// that name a body: «رئیس هیئت‌مدیره و مدیرعامل شرکت X» are two posts
// in one body.
func (a *analysis) coordinatedPosts(r roleRef) []roleRef {
	ts := a.toks
	var out []roleRef
	for n := r.next; len(out) < maxCoordinatedPosts && n+1 < len(ts) && ts[n].key == keyAnd && ts[n+1].sent == ts[r.start].sent; {
		next, ok := a.roleAt(n + 1)
		if !ok || next.next <= n+1 {
			break
		}
		if next.org != "" && !next.former && (next.org != r.org || next.role != r.role) {
			out = append(out, next)
		}
		n = next.next
	}
	return out
}

// asTitleAt returns the token after «به عنوان» (or بعنوان) at i, else -1.
func asTitleAt(ts []token, i int) int {
	if i < 0 || i >= len(ts) {
		return -1
	}
	switch {
	case ts[i].key == keyTo && i+1 < len(ts) && ts[i+1].key == keyTitle:
		return i + 2
	case ts[i].key == keyAsTitle1 || ts[i].key == keyAsTitle2:
		return i + 1
	case (ts[i].key == keyTo || ts[i].key == keyIn) && i+1 < len(ts) && (ts[i+1].key == keyPost || ts[i+1].key == r20aKeyPosts):
		return i + 2 // «به سمت ... منصوب شد»، «در سمت ... ابقا شد»
	case ts[i].key == keyToPost1 || ts[i].key == keyToPost2:
		return i + 1 // «به‌سمت»، «بسمت» typed as one word
	case ts[i].key == keyTo && i+2 < len(ts) && isDeterminer(ts[i+1].key) && ts[i+2].key == keyPost:
		return i + 1 // «به این سمت منصوب شد»: see thisPost
	}
	return -1
}

// localOfficeOfPlace returns the local office of the article's place for
// a bare head of one (شهرداری، فرمانداری → the city's; استانداری → the
// province's).
func (a *analysis) localOfficeOfPlace(short string) (string, string, bool) {
	w := persian.Words(short)
	if len(w) == 0 {
		return "", "", false
	}
	p := ""
	switch persianKey(w[0]) {
	case persianKey("شهرداری"), persianKey("فرمانداری"):
		p = a.city
	case keyGovernorate:
		p = firstNonEmpty(a.province, provinceOf(a.city))
	}
	if p == "" {
		return "", "", false
	}
	return w[0] + " " + p, p, true
}

// deputyOfPost reports a post r «معاون/جانشین/مشاور R» of the role R
// that heads the report's own post.
func (a *analysis) deputyOfPost(r, post roleRef) bool {
	w := persian.Words(r.role)
	if len(w) != 2 || !deputyWords[persianKey(w[0])] {
		return false
	}
	return persianKey(w[1]) == firstWordKey(post.role) && len(persian.Words(post.role)) == 1
}

// deputyWords are the posts of one who stands next to a body's head.
var deputyWords = keySet("معاون", "جانشین", "مشاور", "قائم‌مقام")

// asTitleLater reports «به عنوان/به سمت» after token k in sentence s.
func (a *analysis) asTitleLater(k, s int) bool {
	ts := a.toks
	for j := k + 1; j < len(ts) && ts[j].sent == s; j++ {
		if t := asTitleAt(ts, j); t > 0 && !(ts[j].key == keyTo && t == j+1) {
			return true // not «به این سمت» again
		}
	}
	return false
}

// introFollows reports whether the sentence goes on from k to a verb of
// introduction or appointment.
func (a *analysis) introFollows(k, s int) bool {
	for j := k; j < len(a.toks) && a.toks[j].sent == s; j++ {
		if introWords[a.toks[j].key] || appointVerbs[a.toks[j].key] {
			return true
		}
		// «به سمت مشاور مدیرعامل ارتقا یافت»: promoted to the post.
		if promotionWords[a.toks[j].key] && j+1 < len(a.toks) && (foundVerbs[a.toks[j+1].key] || r25eSpacedPresentAt(a.toks, j+1, foundVerbs)) {
			return true
		}
		// «از این پس به عنوان X خدمت خواهد کرد»: a post served from now
		// on; «خدمت کرد» told a past one.
		if serviceWords[a.toks[j].key] && j+1 < len(a.toks) && a.toks[j+1].key == keyWill {
			return true
		}
		// «به عنوان R کار خود را آغاز کرد»، «... آغاز به کار کرد»: work
		// begun in the post.
		if a.toks[j].key == keyBegin && a.workBegun(j) {
			return true
		}
		// «به عنوان R به تهران می‌رود»: moved to the post in another
		// city.
		if (goVerbs[a.toks[j].key] || r25eSpacedPresentAt(a.toks, j, goVerbs)) && j >= 2 && a.toks[j-2].key == keyTo {
			if pn, _ := placeAt(a.toks, j-1); pn == 1 {
				return true
			}
		}
	}
	return false
}

// promotionWords and foundVerbs make «ارتقا یافت»، promoted to a post.
var (
	promotionWords = keySet("ارتقا", "ارتقاء")
	foundVerbs     = keySet("یافت", "یافته", "یافتند", "می‌یابد")
)

// goVerbs are the forms of «رفتن» that tell a move to a post in another
// place (به تهران می‌رود).
var goVerbs = keySet("می‌رود", "میرود", "رفت", "خواهد رفت")

// futurePostAt reports a post held from now on told with any verb in the
// future tense: «از این پس به عنوان R به همکاری ادامه خواهد داد»، «از این
// به بعد به عنوان R در کنار ما خواهد بود». «از این پس» before the «به
// عنوان» at i and a future auxiliary after the post at k in the sentence.
func (a *analysis) futurePostAt(i, k int) bool {
	if !a.fromNowAt(i) {
		return false
	}
	for j := k; j < len(a.toks) && a.toks[j].sent == a.toks[i].sent; j++ {
		// «از این پس به عنوان R خدمت خواهد کرد/فعالیت می‌کند»: the
		// future, or the present that tells it after «از این پس».
		if futureAux[a.toks[j].key] || isVerbLike(a.toks[j].key) || r25bDetachedVerbAt(a.toks, j) {
			return true
		}
	}
	return false
}

// appointVerbs are verbs of appointment beyond introWords: «X را به
// عنوان R برگزید»، «به عنوان R تعیین شد»، «به سمت R گماشت».
var appointVerbs = keySet("برگزید", "برگزیدند", "تعیین", "گماشت", "گمارد", "گمارده", "گماشته", "منصوب")

// reachVerbs end «به ریاست BODY رسید»: the post reached, by a vote.
var reachVerbs = keySet("رسید", "رسیدند", "رسیده")

// secondPersonVerbs close the text of a decree addressed to its
// appointee: «... به سمت R منصوب می‌شوید».
var secondPersonVerbs = keySet("میشوید", "میگردید", "شوید")

// addressedDecree reports a decree's text addressed to the appointee in
// sentence s after token k: «به موجب این حکم به سمت R منصوب می‌شوید»,
// the addressee named in the salutation before («جناب آقای X»).
func (a *analysis) addressedDecree(k, s int) bool {
	ts := a.toks
	for j := k; j+1 < len(ts) && ts[j].sent == s; j++ {
		if introWords[ts[j].key] && secondPersonVerbs[ts[j+1].key] {
			return true
		}
	}
	return false
}

// isQuoteMark reports the marks that open or close a quotation.
func isQuoteMark(s string) bool {
	return s == "«" || s == "»" || s == "\"" || s == "“" || s == "”"
}

var keyWill = persianKey("خواهد")

var (
	keyBegin = persianKey("آغاز")
	keyWork  = persianKey("کار")
)

var keyOwn2 = persianKey("خود")

// workBegun reports «کار/فعالیت خود را» right before «آغاز» at j or
// before the «به عنوان» of the sentence, or «آغاز به کار» after it.
func (a *analysis) workBegun(j int) bool {
	ts := a.toks
	// «کار خود را (به عنوان R) آغاز کرد»: the work told before the post
	// in the same sentence.
	for m := j - 1; m >= 2 && ts[m].sent == ts[j].sent; m-- {
		if ts[m].key == keyRa && ts[m-1].key == keyOwn2 && (ts[m-2].key == keyWork || serviceWords[ts[m-2].key]) {
			return m == j-1 || asTitleAt(ts, m+1) > 0
		}
	}
	return j+2 < len(ts) && ts[j+1].key == keyTo && ts[j+2].key == keyWork
}

// serviceWords are the nouns of «... خدمت/فعالیت خواهد کرد»: a post
// served from now on.
var serviceWords = keySet("خدمت", "فعالیت")

// maxRelativeGap bounds the tokens between a person and the «که» of a
// relative clause about them (the person's post in apposition).
const maxRelativeGap = 10

var keyWhich = persianKey("که")

// fromNowWords tell a time from now on between «که» and a post: «از این
// پس»، «از این به بعد»، «هم‌اکنون»، «نیز».
var fromNowWords = keySet("از", "این", "پس", "به", "بعد", "اکنون", "هم‌اکنون", "هماکنون", "نیز", "هم")

var keyHence = persianKey("پس")

// fromNowAt reports «از این پس/از این به بعد» right before token i.
func (a *analysis) fromNowAt(i int) bool {
	ts := a.toks
	for k := i - 1; k >= 0 && i-k <= maxFromNowWords && fromNowWords[ts[k].key]; k-- {
		if ts[k].key == keyHence || ts[k].key == keyAfter {
			return true
		}
	}
	return false
}

// thankedBefore returns the last person named before token i in its
// sentence when that person is thanked there, else nil.
func (a *analysis) thankedBefore(i int) *personMention {
	s := a.toks[i].sent
	for pi := len(a.persons) - 1; pi >= 0; pi-- {
		p := &a.persons[pi]
		if p.end > i {
			continue
		}
		if a.toks[p.start].sent != s || !a.isThanked(p) {
			return nil
		}
		return p
	}
	return nil
}

// pronounInQuoteOf reports «X ... گفت: وی ...» with the post at i: a
// pronoun opens the words X said, before i in the sentence.
func (a *analysis) pronounInQuoteOf(x *personMention, i int) bool {
	ts := a.toks
	for j := x.end; j < i; j++ {
		if ts[j].sent != ts[i].sent {
			return false
		}
		if ts[j].text == ":" && j > 0 && saidVerbs[ts[j-1].key] {
			return j+1 < i && pronounKeys[ts[j+1].key]
		}
	}
	return false
}

// maxFromNowWords bounds those words.
const maxFromNowWords = 4

// relativeSubject returns the person a relative clause «که به سمت ...»
// at token i is about: «از خدمات X، مدیرعامل پیشین که به سمت R منصوب شده
// است، قدردانی شد» appoints X, though X is thanked as the outgoing
// holder. The person must be named at most maxRelativeGap tokens before
// «که», with no verb and no other person between.
func (a *analysis) relativeSubject(i int) *personMention {
	ts := a.toks
	// «X که از این پس به عنوان R خدمت خواهد کرد»: words of time from now
	// on may stand between «که» and the post.
	k := i - 1
	for k > 0 && i-k <= maxFromNowWords && fromNowWords[ts[k].key] {
		k--
	}
	if k >= 0 && ts[k].key != keyWhich {
		k = a.relativeLeadStart(i)
	}
	if k < 0 || ts[k].key != keyWhich {
		return nil
	}
	for pi := len(a.persons) - 1; pi >= 0; pi-- {
		p := &a.persons[pi]
		if p.end > k {
			continue
		}
		if ts[p.start].sent != ts[k].sent || k-p.end > maxRelativeGap {
			return nil
		}
		if !a.replacedThen(p, k) {
			for m := p.end; m < k; m++ {
				if isVerbLike(ts[m].key) || lightVerbs.has(ts[m].key) {
					return nil
				}
			}
		}
		if p.start > 0 && ts[p.start-1].key == keyDecree {
			return nil
		}
		return p
	}
	return nil
}

// maxRelativeLead bounds the words between «که» and the post of a
// relative clause: a time and the decree's issuer («که اخیراً با حکم
// وزیر به سمت R منصوب شده»).
const maxRelativeLead = 12

// leadVerbs are the verbs and auxiliaries that end a clause before a
// post: a relative clause's lead has none.
var leadVerbs = keySet("شد", "شده", "کرد", "کرده", "بود", "بوده", "داشت", "است", "داد", "گفت", "رسید")

// relativeLeadStart returns the «که» a few words before token i when the
// words between are no verb, no object «را», no separator and name no
// person, else -1.
func (a *analysis) relativeLeadStart(i int) int {
	ts := a.toks
	for k := i - 1; k >= 0 && i-k <= maxRelativeLead && ts[k].sent == ts[i].sent; k-- {
		t := ts[k]
		if t.key == keyWhich {
			if k == i-1 {
				return -1
			}
			return k
		}
		if isVerbLike(t.key) || leadVerbs[t.key] || t.key == keyRa || isSeparator(t.text) || isQuoteMark(t.text) {
			return -1
		}
		if a.personStartingAt(k) != nil {
			return -1
		}
	}
	return -1
}

// replacedThen reports «جایگزین X شد/گردید که …» with X the person p and
// the «که» at k: the relative clause after the verb of a replacement is
// about the one replaced, the last noun before it.
func (a *analysis) replacedThen(p *personMention, k int) bool {
	ts := a.toks
	if p.start == 0 || !isReplaceAt(ts, p.start-1) {
		return false
	}
	m := p.end
	if m < k && isBecomeVerb(ts, m) {
		m++
	}
	if m < k && ts[m].key == keyIs {
		m++ // «شده است»
	}
	return m == k && m > p.end
}

// fromNowPosts adds the posts told as a predicate from now on («X از
// این پس مستشار دادگاه Y خواهد بود»): a change of post like «به عنوان R
// خدمت خواهد کرد», usually the outgoing holder's next post.
func (a *analysis) fromNowPosts(handover bool) {
	for _, af := range a.affs {
		if !af.fromNow || af.role.org == "" || a.hasAppIn(af.person, af.role.org) {
			continue
		}
		a.apps = append(a.apps, appMention{person: af.person, role: af.role, sent: af.sent, how: a.appointmentHow(handover, af.sent), rule: "from-now-predicate"})
	}
}

// pluralAppositionApps adds the appointments of the holders listed after
// a plural post when the verb of their appointment follows the list:
// «فرمانداران جدید الف و ب، X و Y، منصوب شدند».
func (a *analysis) pluralAppositionApps() {
	ts := a.toks
	for _, af := range a.affs {
		if af.rule != "plural-post-apposition" || af.person.start < af.role.start {
			continue
		}
		e := a.listEndAfter(af.person)
		if e < len(ts) && ts[e].text == "،" {
			e++
		}
		if e >= len(ts) || ts[e].sent != ts[af.person.start].sent {
			continue
		}
		if appointVerbs[ts[e].key] || introWords[ts[e].key] && isBecomeVerb(ts, e+1) {
			a.addClauseApp(appMention{person: af.person, role: af.role, sent: af.sent, how: a.appointmentHow(false, af.sent), rule: "plural-post-appointed"})
		}
	}
}

var keyCouncilHead = persianKey("شورای")

// councilCityBefore returns the city of a city council («شورای (اسلامی)
// شهر X») named in i's sentence before i, else "".
func (a *analysis) councilCityBefore(i int) string {
	ts := a.toks
	for _, o := range a.orgs {
		if o.start >= i || ts[o.start].sent != ts[i].sent || o.place == "" || persianKey(o.head) != keyCouncilHead {
			continue
		}
		if strings.Contains(o.name, " شهر ") {
			return o.place
		}
	}
	return ""
}

// hasAppIn reports an appointment of p in the body org.
func (a *analysis) hasAppIn(p *personMention, org string) bool {
	for _, ap := range a.apps {
		if samePerson(ap.person, p) && persianKey(ap.role.org) == persianKey(org) {
			return true
		}
	}
	return false
}

// leftBody returns the body of the appointment whose holder replaces p
// («الف جایگزین ب شد»، with p as ب), or of one naming p its predecessor.
func (a *analysis) leftBody(p *personMention) (org, place string, ok bool) {
	ts := a.toks
	var in *personMention
	if p.start > 0 && isReplaceAt(ts, p.start-1) {
		in = a.personEndingAt(p.start - 1)
	}
	for _, ap := range a.apps {
		if in != nil && samePerson(ap.person, in) || ap.predecessor != nil && samePerson(ap.predecessor, p) {
			return ap.role.org, ap.role.orgPlace, ap.role.org != ""
		}
	}
	return "", "", false
}

// incomingBefore returns the person named nearest before token i in its
// sentence, leaving out the issuer of a decree («با حکم X»، «از سوی X»), a
// guest («با حضور X») and a person thanked («از زحمات X»).
func (a *analysis) incomingBefore(i int) *personMention {
	s := a.toks[i].sent
	var best *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.end > i || a.toks[p.start].sent != s {
			continue
		}
		if p.start > 0 && (a.toks[p.start-1].key == keyDecree || guestCues[a.toks[p.start-1].key] || a.isThanked(p)) || a.insteadOf(p) || a.r15CReplacedName(p) {
			continue
		}
		best = p
	}
	return best
}

// insteadOf reports «به جای X»: X is the one replaced.
func (a *analysis) insteadOf(p *personMention) bool {
	ts := a.toks
	return p.start > 1 && ts[p.start-1].key == keyPlace && ts[p.start-2].key == keyTo
}

// replacedBefore returns the person named «به جای X» before token i in
// its sentence, else nil.
func (a *analysis) replacedBefore(i int) *personMention {
	// «الف به جای ب به عنوان R1 و ج به جای د به عنوان R2»: the nearest
	// one before the post.
	var last *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if p.end <= i && a.toks[p.start].sent == a.toks[i].sent && (a.insteadOf(p) || a.r15CReplacedName(p)) {
			last = p
		}
	}
	return last
}

// guestCues before a name make the person a guest or the issuer, not the
// one appointed: «با حضور X»، «از سوی X»، «توسط X».
var guestCues = keySet("حضور", "سوی", "توسط")

// hasGenericPlace reports whether a role's body ends with استان or شهرستان
// alone (هلال‌احمر استان), which still names the right branch.
func (a *analysis) hasGenericPlace(r roleRef) bool {
	for _, o := range a.orgs {
		if o.name == r.org && o.genericPlace != "" {
			return true
		}
	}
	return false
}

// handoverPost returns the post a handover report is about: the role after
// «تودیع و معارفه»، «معارفه» or with «جدید», preferring one whose body
// has a place.
func (a *analysis) handoverPost() roleRef {
	ts := a.toks
	var best roleRef
	for i := 0; i < len(ts); i++ {
		cand := false
		if handoverWords[ts[i].key] {
			j := i + 1
			for j < len(ts) && (ts[j].key == keyAnd || handoverWords[ts[j].key]) {
				j++
			}
			if r, ok := a.roleAt(j); ok && r.org != "" {
				cand = true
				// «تودیع و معارفه دادستان عمومی و انقلاب X» then «...
				// دادستان عمومی و انقلاب شهرستان X»: the fuller form of
				// the same body.
				if best.org == "" || best.orgPlace == "" && r.orgPlace != "" ||
					persianKey(best.orgPlace) == persianKey(r.orgPlace) && shortFormOf(best.org, r.org) {
					best = r
				}
			}
		}
		if !cand {
			if r, ok := a.roleAt(i); ok && r.org != "" && i+1 < len(ts) {
				if n, _ := roleWords.at(ts, i); i+n < len(ts) && ts[i+n].key == keyNew && (best.org == "" || best.orgPlace == "" && r.orgPlace != "") {
					best = r
				}
			}
		}
	}
	return best
}

// outgoing returns the outgoing holder in a handover report: a person
// thanked («از زحمات X»، «با تقدیر از X») or named with «سابق/پیشین».
func (a *analysis) outgoing() *personMention {
	for pi := range a.persons {
		p := &a.persons[pi]
		if a.isThanked(p) || a.isFormer(p) || a.bidFarewell(p) {
			return p
		}
	}
	// «سرهنگ X ... جا دارد از اقدامات ایشان تشکر نماییم»
	for pi := range a.persons {
		p := &a.persons[pi]
		s := a.toks[p.start].sent
		if a.sentenceHasAny(s, thanksWords) && (a.sentenceHas(s, keyHe2) || a.sentenceHas(s, keyHe)) {
			return p
		}
	}
	return nil
}

// bidFarewell reports a person named right after «تکریم/تودیع» and
// before «و معارفه»: «آیین تکریم X و معارفه Y» bids X farewell.
func (a *analysis) bidFarewell(p *personMention) bool {
	ts := a.toks
	if p.start > 0 && farewellWords[ts[p.start-1].key] && p.end+1 < len(ts) && ts[p.end].key == keyAnd && ts[p.end+1].key == keyIntroduction {
		return true
	}
	// «مراسم معارفه X، R جدید BODY و تودیع Y»: the farewell told after.
	if p.start > 1 && farewellWords[ts[p.start-1].key] && ts[p.start-2].key == keyAnd {
		for k := p.start - 3; k >= 0 && ts[k].sent == ts[p.start].sent; k-- {
			if ts[k].key == keyIntroduction {
				return true
			}
		}
	}
	return false
}

// genericCharges are the posts of «مسئولیت/مدیریت BODY را بر عهده
// داشت», which name no title of their own, and «سرپرستی BODY را بر عهده
// داشت», the acting head a new head follows.
var genericCharges = keySet("مسئول", "مدیر", "سرپرست")

// departureWords tell the end of a holder's term: «پس از استعفای/
// بازنشستگی X»، «با پایان مأموریت X».
var departureWords = keySet("استعفای", "بازنشستگی", "مأموریت", "ماموریت")

var (
	keyMission = persianKey("مأموریت")
	keyEnd     = persianKey("پایان")
)

// isThanked reports a person named right after words of thanks or effort
// in a sentence that thanks someone.
func (a *analysis) isThanked(p *personMention) bool {
	ts := a.toks
	s := ts[p.start].sent
	if !a.sentenceHasAny(s, thanksWords) && !a.sentenceHasAny(s, departureWords) && !a.r25bEndOfWorkIn(s) {
		return false
	}
	from := p.start - 1
	if r := a.roleEndingBefore(p.start); r != nil && r.start > 0 && effortWords[ts[r.start-1].key] && ts[r.start-1].key != keyFrom {
		from = r.start - 1 // «از زحمات مدیرکل سابق، X»
	}
	for k := from; k >= 0 && k >= from-2 && ts[k].sent == s; k-- {
		if effortWords[ts[k].key] || ts[k].key == keyResign || departureWords[ts[k].key] && (ts[k].key != keyMission || k > 0 && ts[k-1].key == keyEnd) || r25bEndOfWorkAt(ts, k) {
			return true // «از زحمات X»، «استعفای X»، «بازنشستگی X»، «پایان مأموریت X»
		}
		if ts[k].punct {
			break
		}
	}
	return false
}

// isFormer reports «X دادستان سابق ...» and «دادستان سابق، X».
func (a *analysis) isFormer(p *personMention) bool {
	k := p.end
	if k < len(a.toks) && a.toks[k].text == "،" {
		k++
	}
	if r := a.roleStartingAt(k); r != nil && r.former {
		return !r.earlier
	}
	r := a.roleEndingBefore(p.start)
	return r != nil && r.former && !r.earlier
}

// pastHolder returns a person told to have held the appointment's post
// before: «X که چهار سال مدیرکل این اداره کل بود».
func (a *analysis) pastHolder(ap appMention) *personMention {
	ts := a.toks
	for qi := range a.persons {
		q := &a.persons[qi]
		// «X که ... بود»، «X پیش از این ... بود»، «پیش از این X R بود»
		if samePerson(q, ap.person) || q.end >= len(ts) {
			continue
		}
		from := q.end + 1
		if isSeparator(ts[q.end].text) && q.end+1 < len(ts) && ts[q.end+1].key == keyWhich {
			from++ // «Y، که پیش از این مدیرکل این اداره کل بود»
		} else if ts[q.end].key != keyWhich && ts[q.end].key != keyPastOf {
			if !a.pastOfBefore(q.start) {
				continue
			}
			from = q.end
		}
		s := ts[q.start].sent
		for k := from; k < len(ts) && ts[k].sent == s && k < q.end+maxRelativeGap+maxRoleTokens; k++ {
			if wasAt(ts, k) {
				break
			}
			r, ok := a.roleAt(k)
			if !ok {
				continue
			}
			if firstWordKey(r.role) == firstWordKey(ap.role.role) && r.next < len(ts) {
				// «مدیرکل این اداره کل بود»: the body the report is about.
				if end := a.thisBodyEnd(r.next); r.org == "" && end > r.next && wasAt(ts, end) {
					return q
				}
			}
			if r.org == "" {
				continue
			}
			// «فرماندار نطنز» is the post of «فرمانداری شهرستان نطنز».
			// «پیش از این Y مدیرکل بنیاد مسکن استان بود»: a short form of
			// the body, with no place of its own, is the report's body.
			sameBody := persianKey(r.org) == persianKey(ap.role.org) ||
				r.orgPlace != "" && persianKey(r.orgPlace) == persianKey(ap.role.orgPlace) && firstWordKey(r.org) == firstWordKey(ap.role.org) ||
				r.orgPlace == "" && shortFormOf(r.org, ap.role.org)
			if sameBody && (firstWordKey(r.role) == firstWordKey(ap.role.role) || r23bChargeOfHead(r, ap.role)) && wasAt(ts, r.next) {
				return q
			}
			k = r.next - 1
		}
	}
	for _, pp := range a.pastPosts {
		// «Y که پنج سال مسئولیت/مدیریت این اداره کل را بر عهده داشت»:
		// the charge of a body is its head's post.
		// «پیش از این Y ریاست این دانشکده را بر عهده داشت» told of a
		// «سرپرست» appointed: the acting head follows the head.
		generic := genericCharges[firstWordKey(pp.role.role)] && headPosts[firstWordKey(ap.role.role)] ||
			firstWordKey(ap.role.role) == keySupervisorPost && headPosts[firstWordKey(pp.role.role)] ||
			pp.rule == "charge-was-on" && headPosts[firstWordKey(pp.role.role)] && headPosts[firstWordKey(ap.role.role)]
		if samePerson(pp.person, ap.person) || firstWordKey(pp.role.role) != firstWordKey(ap.role.role) && !generic {
			continue
		}
		if sameBodyName(pp.role.org, ap.role.org) || pp.role.orgPlace != "" && persianKey(pp.role.orgPlace) == persianKey(ap.role.orgPlace) && firstWordKey(pp.role.org) == firstWordKey(ap.role.org) {
			return pp.person
		}
	}
	return nil
}

// formerHolderOf returns a person told as the former holder of ap's post
// right after the name («از X، رئیس پیشین دانشکده Y ... قدردانی شد»)
// when a report tells several: the post is ap's in its body, or ap's body
// is the deputyship that post names («معاون پیشین آموزش دانشگاه» for
// «سرپرست معاونت آموزش دانشگاه»).
func (a *analysis) formerHolderOf(ap appMention) *personMention {
	for qi := range a.persons {
		q := &a.persons[qi]
		if samePerson(q, ap.person) {
			continue
		}
		r := a.formerPostOf(q)
		if r == nil || r.earlier {
			continue
		}
		// «Y، مدیر پیشین شعب بانک X استان الف که به سمت مدیر شعب ... استان
		// ب منصوب شده»: one moved to another body's post still left this one.
		if a.hasApp(q) && (!sameBodyName(r.org, ap.role.org) || a.hasAppIn(q, ap.role.org)) {
			continue
		}
		if formerPostFits(*r, ap.role) {
			return q
		}
	}
	return nil
}

// samePlacedBody reports two names of one body, one with its place and
// one without («هیئت کشتی استان» and «هیئت کشتی استان X»): the same
// words once the place and the generic place words are dropped.
func samePlacedBody(r, post roleRef) bool {
	if r.org == "" || post.org == "" || r.orgPlace != "" && post.orgPlace != "" && persianKey(r.orgPlace) != persianKey(post.orgPlace) {
		return false
	}
	return equalWords(coreWords(r.org, r.orgPlace), coreWords(post.org, post.orgPlace))
}

// keyDeputyPost and keyDeputyship are «معاون» and the body it heads,
// «معاونت».
var (
	keyDeputyPost     = persianKey("معاون")
	keyDeputyship     = persianKey("معاونت")
	keySupervisorPost = persianKey("سرپرست")
)

// formerPostFits reports a former post r that is the post of an
// appointment: the same post of the same body, an acting head's body
// headed by r, or the deputyship r names («معاون X» of a body for
// «معاونت X» of it).
func formerPostFits(r, post roleRef) bool {
	rw, pw := firstWordKey(r.role), firstWordKey(post.role)
	if sameBodyName(r.org, post.org) || samePlacedBody(r, post) {
		return rw == pw || pw == keySupervisorPost && headPosts[rw]
	}
	words := persian.Words(r.role)
	if rw != keyDeputyPost || len(words) < 2 {
		return false
	}
	ship := keyDeputyship + persianKey(strings.Join(words[1:], " "))
	pk := persianKey(post.org)
	if !strings.HasPrefix(pk, ship) {
		return false
	}
	// What follows the deputyship's name is the body r is in, or a short
	// form of it («دانشگاه» for «دانشگاه X»).
	rest := strings.TrimPrefix(pk, ship)
	return rest == "" || strings.HasPrefix(persianKey(r.org), rest)
}

// pastOfBefore reports «پیش از این» (or «قبلاً»، «سابقاً») right before
// token i, in its sentence: what follows tells a time before the report.
func (a *analysis) pastOfBefore(i int) bool {
	ts := a.toks
	if i >= 2 && i < len(ts) && isSeparator(ts[i-1].text) && ts[i-1].sent == ts[i].sent {
		i-- // «پیش از این، X مدیرکل این اداره کل بود»
	}
	if i >= 1 && i < len(ts) && ts[i-1].sent == ts[i].sent && earlierWords[ts[i-1].key] {
		return true
	}
	return i >= 3 && ts[i-3].sent == ts[i].sent && ts[i-3].key == keyPastOf && ts[i-2].key == keyFrom && isDeterminer(ts[i-1].key)
}

// earlierWords are the adverbs of a time before the report.
var earlierWords = keySet("قبلاً", "سابقاً", "پیشتر")

// maxThisBody bounds the words of «این اداره کل»، «این شرکت».
const maxThisBody = 3

// thisBodyEnd returns the token after «این HEAD» at k («این اداره کل»,
// «این شرکت»), else k.
func (a *analysis) thisBodyEnd(k int) int {
	ts := a.toks
	if k+1 >= len(ts) || !isDeterminer(ts[k].key) {
		return k
	}
	if n, _ := headNouns.at(ts, k+1); n > 0 && n <= maxThisBody {
		return k + 1 + n
	}
	return k
}

// roleEndingBefore returns the role phrase that ends right before token k
// or before a comma there: «مدیرکل سابق، X».
func (a *analysis) roleEndingBefore(k int) *roleRef {
	ts := a.toks
	for ri := range a.roles {
		r := &a.roles[ri]
		if r.next == k || r.next == k-1 && k > 0 && isSeparator(ts[k-1].text) {
			return r
		}
	}
	return nil
}

// unpostedPerson returns the last person of the report, other than the
// outgoing one, who holds no post in it.
func (a *analysis) unpostedPerson(pred *personMention) *personMention {
	var best *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		// «در این آیین X معرفی و از خدمات Y قدردانی شد»: one introduced
		// right after the name needs no title to be the incoming holder.
		introduced := a.introducedAfter(p) || a.r24bDecreeReadFor(p)
		if persianKey(p.name) == persianKey(pred.name) || len(p.titles) == 0 && !introduced || a.hasRole(p) {
			continue
		}
		best = p
	}
	return best
}

// hasRole reports whether a role follows the person's name.
func (a *analysis) hasRole(p *personMention) bool {
	k := p.end
	if k < len(a.toks) && (a.toks[k].text == "،" || a.toks[k].text == ",") {
		k++
	}
	if a.roleStartingAt(k) != nil {
		return true
	}
	for _, af := range a.affs {
		if af.person == p {
			return true
		}
	}
	return false
}

// dayIn returns the first date of sentence s that names a day, or nil.
func (a *analysis) dayIn(s int) *persian.DateMatch {
	for _, d := range a.datesIn(s) {
		if d.Precision == persian.PrecisionDay {
			return &d
		}
	}
	return nil
}

// appointmentDate is the first full date in the appointment's sentence,
// else a day it names relative to the article's date, else the date of
// the article's event.
func (a *analysis) appointmentDate(s int) *persian.DateMatch {
	if d := a.dayIn(s); d != nil {
		return d
	}
	if d := a.relativeDayIn(s); d != nil {
		return d
	}
	if d := a.r16CMonthStartIn(s); d != nil {
		return d
	}
	for _, e := range a.events {
		if e.date != nil {
			return e.date
		}
	}
	return nil
}

func (a *analysis) sentenceHas(s int, key string) bool {
	i, j := a.sentRange(s)
	for _, t := range a.toks[i:j] {
		if t.key == key {
			return true
		}
	}
	return false
}

func (a *analysis) sentenceHasAny(s int, keys map[string]bool) bool {
	i, j := a.sentRange(s)
	for _, t := range a.toks[i:j] {
		if keys[t.key] {
			return true
		}
	}
	return false
}

// samePerson reports two mentions of one person: equal names, or one the
// surname of the other (a full name and the surname alone).
func samePerson(p, q *personMention) bool {
	pk, qk := persianKey(p.name), persianKey(q.name)
	if len(pk) > len(qk) {
		pk, qk = qk, pk
	}
	return pk != "" && strings.HasSuffix(qk, pk)
}

// movedOnNow reports one thanked whose every other post is told as held
// now («از خدمات Y قدردانی شد. Y اکنون معاون X است»): he has moved on
// from the post the report fills, he is no guest holding another.
func (a *analysis) movedOnNow(p *personMention, r roleRef) bool {
	ts := a.toks
	return a.otherPostsAll(p, r, func(af affMention) bool {
		k := af.role.start
		return k >= 1 && k < len(ts) && (nowWords[ts[k-1].key] || k > 2 && ts[k-3].key == keyIn && ts[k-2].key == keyState && ts[k-1].key == keyPresent)
	})
}

// movedOnPosts adds, for the outgoing holder p of post r, the post told
// held now in a sentence of its own that opens with his name («از خدمات
// ب قدردانی شد. ب اکنون معاون X است»): the post he moved on to. One told
// in a clause on him («ب، که اکنون معاون X است») is his post only.
func (a *analysis) movedOnPosts(p *personMention, r roleRef) {
	if !a.movedOnNow(p, r) {
		return
	}
	ts := a.toks
	for _, af := range a.affs {
		if af.fromNow || !samePerson(af.person, p) || af.role.org == "" || persianKey(af.role.org) == persianKey(r.org) {
			continue
		}
		k := af.role.start
		q := a.personEndingAt(k - 1)
		if q == nil || !samePerson(q, p) || q.start > 0 && ts[q.start-1].sent == ts[q.start].sent {
			continue
		}
		a.addClauseApp(appMention{person: q, role: af.role, sent: af.sent, how: howAppointment, rule: "moved-on-now"})
	}
}
