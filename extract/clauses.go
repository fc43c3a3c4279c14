package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// The appointment clauses beyond «X به عنوان ROLE BODY معرفی شد»:
//
//	«X ROLE (جدید) BODY شد»                 the post as the clause's predicate
//	«X جایگزین/جانشین Y (در BODY) شد»       Y is the predecessor
//	«X در سمت ROLE BODY ابقا شد»            kept in post: an appointment again
//	«حکم (انتصاب) X به عنوان ROLE BODY»     the decree, or a title, names X
//	«آیین معارفه X، ROLE جدید BODY»         the ceremony's title names X
//	«مسئولیت/سرپرستی BODY به X سپرده شد»    a charge entrusted
//	«X سرپرستی BODY را بر عهده گرفت/دارد»   a charge taken (or held: a post)
//	«Y جای خود را به X داد»                 Y is the predecessor
//	«X جایگزین مدیرکل سابق (در) BODY شد»     the predecessor unnamed
//	«X جایگزین Y خواهد شد»                  Y is the predecessor
//	«در جلسه BODY، X رئیس شد»               the body named before
//
// Each gives one appointment; the predecessor of the replacements comes
// from the clause itself when it names one.

// Words the clauses test by key.
var (
	keyPost      = persian.Squash("سمت")
	keyReplace   = persian.Squash("جایگزین")
	keySuccessor = persian.Squash("جانشین")
	keyBecame    = persian.Squash("شد")
	keyBecame2   = persian.Squash("گردید")
	keyBecame3   = persian.Squash("شده")
	keyBecomes   = persian.Squash("می‌شود")
	keyKeep      = persian.Squash("ابقا")
	keyBusy      = persian.Squash("مشغول")
	keyPastOf    = persian.Squash("پیش")
	keyWas       = persian.Squash("بود")
	keyWas2      = persian.Squash("بوده")
)

// wasAt reports «بود» or «بوده» at k: a post told as held before.
func wasAt(ts []token, k int) bool {
	return k < len(ts) && (ts[k].key == keyWas || ts[k].key == keyWas2)
}

// bodyHeadRoles gives the post that heads a body by the body's first word,
// for a clause that names the body but not the post («جایگزین X در
// فرمانداری Y شد» is about the فرماندار). The table is the reverse of
// role_bodies.txt, so the two stay in step.
var bodyHeadRoles = func() map[string]string {
	m := map[string]string{}
	for k, v := range roleBodies.vals {
		b := persian.Squash(persian.Words(v)[0])
		if _, ok := m[b]; !ok || len(roleBodies.keys[k]) < len(m[b]) {
			m[b] = roleBodies.keys[k]
		}
	}
	return m
}()

// bodyPosts adds to bodyHeadRoles the heads of bodies no role names
// (شرکت → مدیرعامل), for a clause that names no post at all.
var bodyPosts = loadPhrases("body_posts.txt")

// headPostOf returns the post that heads the body named o.
func headPostOf(o string) string {
	w := persian.Words(o)
	if len(w) == 0 {
		return ""
	}
	k := persianKey(w[0])
	if r := bodyHeadRoles[k]; r != "" {
		return r
	}
	return bodyPosts.vals[k]
}

// isBecomeVerb reports «شد»، «گردید» and «شده (است)» at token i.
func isBecomeVerb(ts []token, i int) bool {
	if i >= len(ts) {
		return false
	}
	k := ts[i].key
	return k == keyBecame || k == keyBecame2 || k == keyBecame3
}

var (
	keyMi   = persian.Squash("می")
	keyShod = persian.Squash("شود")
)

// becomesAt reports «می‌شود» at i, also typed «می شود» with a space.
func becomesAt(ts []token, i int) bool {
	if i >= len(ts) {
		return false
	}
	return ts[i].key == keyBecomes || ts[i].key == keyMi && i+1 < len(ts) && ts[i+1].key == keyShod && ts[i+1].sent == ts[i].sent
}

var (
	keyMembers  = persian.Squash("اعضا")
	keyMembers2 = persian.Squash("اعضای")
	keyCouncil  = persian.Squash("شورا")
	keyGain     = persian.Squash("کسب")
	voteKeys    = keySet("رأی", "رای", "آرا", "آراء", "ری")
)

// voteTallyEnd returns the token after «با (کسب) N رأی (از N رأی)» at k,
// the vote a person was elected by, else 0.
func voteTallyEnd(ts []token, k int) int {
	if k+2 >= len(ts) || ts[k].key != keyWith {
		return 0
	}
	j := k + 1
	if ts[j].key == keyGain {
		j++
	}
	switch {
	case j+1 < len(ts) && (ts[j].digit || numberWords[ts[j].key]) && voteKeys[ts[j+1].key]:
		j += 2
	case voteKeys[ts[j].key] && j+1 < len(ts) && (ts[j+1].key == keyMembers || ts[j+1].key == keyMembers2):
		// «با رأی اعضا/اعضای شورا/اعضای حاضر»: the members' vote.
		j += 2
		if j < len(ts) && (ts[j].key == keyPresent || ts[j].key == keyCouncil) {
			j++
		}
	case r17bMajorityVoteEnd(ts, j) > j:
		j = r17bMajorityVoteEnd(ts, j) // «با اکثریت آرا»، «با اتفاق آرا»
	default:
		return 0
	}
	if j+2 < len(ts) && ts[j].key == keyFrom && ts[j+1].digit && voteKeys[ts[j+2].key] {
		j += 3
	}
	j = r17bVoteTail(ts, j)
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return 0
	}
	return j
}

// maxAppositionTail bounds the words after a post in apposition before its
// closing comma («رئیس دوره قبل»).
const maxAppositionTail = 3

// appositionPostEnd returns the token after a post in apposition that a
// comma closes, at k right after «،» («الف، رئیس دوره قبل، با رأی اعضا
// نایب‌رئیس شورا شد»), when a predicate follows; else 0.
func (a *analysis) appositionPostEnd(k int) int {
	ts := a.toks
	if k == 0 || k >= len(ts) || ts[k-1].text != "،" {
		return 0
	}
	r, ok := a.roleAt(k)
	if !ok || r.next <= k || isBecomeVerb(ts, r.next) {
		return 0
	}
	for j := r.next; j < len(ts) && j <= r.next+maxAppositionTail && ts[j].sent == ts[k].sent; j++ {
		if ts[j].text == "،" {
			if j+1 < len(ts) && ts[j+1].sent == ts[k].sent {
				return j + 1
			}
			return 0
		}
		if isVerbLike(ts[j].key) || ts[j].key == keyWhich {
			return 0
		}
	}
	return 0
}

// decreePhraseEnd returns the token after «(نیز/هم) با حکم R (جدید/منتخب)
// (،)» at k, the decree's issuer told by post between a subject and its
// predicate («الف نیز با حکم شهردار منتخب سرپرست منطقه دو X شد»), else 0.
func (a *analysis) decreePhraseEnd(k int) int {
	ts := a.toks
	if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) {
		k++
	}
	if k+2 >= len(ts) || ts[k].key != keyWith || ts[k+1].key != keyDecree {
		return 0
	}
	if k+3 < len(ts) && ts[k+3].sent == ts[k].sent && (r16CFirstPerson[ts[k+2].key] || pronounKeys[ts[k+2].key]) {
		return k + 3 // «الف با حکم اینجانب/وی R BODY شد»: the decree's issuer told by a pronoun
	}
	r, ok := a.roleAt(k + 2)
	if !ok || r.next <= k+2 {
		return 0
	}
	if m := a.r23bNewPostInIssuer(k+2, r); m > 0 {
		return m // «الف با حکم وزیر X سرپرست اداره کل Y شد»
	}
	j := a.r22bCoordinatedIssuerEnd(r.next)
	if j < len(ts) && newHolderWords[ts[j].key] {
		j++
	}
	if j < len(ts) && ts[j].text == "،" {
		j++
	}
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return 0
	}
	return j
}

// appointmentClauses adds the appointments of the clauses above that the
// «به عنوان» rule did not find; a person already appointed in the same
// body is not added twice.
func (a *analysis) appointmentClauses(post roleRef) {
	ts := a.toks
	a.chargeClauses()
	a.r21bPostEntrusted() // «سمت R BODY به X سپرده شد»
	// «سرکار خانم X / انتصاب جنابعالی به سمت R BODY را تبریک ...»
	a.r25bAddressedAppointments()
	a.takeChargeClauses()
	a.helmOfBodyClauses()
	a.r18bHelmReached()
	a.chargeWasOnClauses()
	a.inChargeClauses()
	a.replaceClauses(post)
	a.fromNowPostClauses()
	a.wentToPostClauses()
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k < len(ts) && ts[k].text == "،" {
			k++
		}
		if k >= len(ts) || ts[k].sent != ts[p.start].sent {
			continue
		}
		switch {
		case isReplaceAt(ts, k) && a.personStartingAt(k+1) != nil:
			// read below, with the subject named further before
		case a.decreeOrTitleBefore(p):
			// «حکم انتصاب X، مدیرکل جدید Y ... اعطا شد»، «آیین معارفه X،
			// مدیرکل جدید Y»: the appointee named in the decree or the
			// ceremony's title, his post in apposition.
			if k < len(ts) {
				if j := asTitleAt(ts, k); j > 0 {
					k = j
				}
			}
			r, ok := a.roleAt(k)
			if !ok && ts[p.start-1].key == keyIntroduction {
				// «آیین معارفه X و تودیع Y، مدیرکل سابق Z»: X takes the post
				// the former holder leaves.
				r, ok = a.leftPost(p)
			}
			if !ok || r.org == "" || r.former {
				continue
			}
			how := howHandover
			if a.sentenceHas(ts[k].sent, keyDecree) {
				how = howDecree
			}
			m := appMention{person: p, role: r, sent: ts[k].sent, how: how, rule: "decree-or-title-apposition"}
			a.addClauseApp(m)
			a.addCoordinated(m, a.coordinatedPosts(r))
		case a.insteadOf(p):
			// «الف به جای ب فرماندار X شد»: the post is الف's, read with him
		default:
			if a.r18aDecreeIssuer(p) {
				continue // «با حکم ب، مدیرکل X، ...»: ب issues the decree
			}
			k = a.r18aAlsoAt(k)        // «الف نیز که ...، R شد»
			a.r18aRelativeBecame(p, k) // «X که دیروز R BODY شده است، ...»
			// «X که ... بود/داشت، R شد»: the predicate after the relative
			// clause.
			if c := a.relativeClauseEnd(k); c > 0 {
				k = c
			}
			if c := a.appositionPostEnd(k); c > 0 {
				k = c // «الف، رئیس دوره قبل، با رأی اعضا نایب‌رئیس شورا شد»
			}
			if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) && k+1 < len(ts) && ts[k+1].sent == ts[k].sent {
				k++ // «الف نیز سرپرست جدید شهرداری منطقه دو X شد»
			}
			k = a.r24bAgainEnd(k) // «الف بار دیگر رئیس شورای X شد»
			// «الف مجدداً رئیس شورای X شد»
			k = a.r25bAdverbEnd(k)
			if c := r17bDayPhraseEnd(ts, k); c > 0 {
				k = c // «الف هفته گذشته با حکم ... سرپرست X شد»
			}
			k = a.r20bSkipDayAdjunct(k) // «الف از امروز (شنبه) R BODY شد»، «الف به تازگی R BODY شده است»
			if c := voteTallyEnd(ts, k); c > 0 {
				k = c // «الف با ۹ رأی شهردار X شد»
			}
			if c := a.decreePhraseEnd(k); c > 0 {
				k = c // «الف نیز با حکم شهردار منتخب سرپرست منطقه دو X شد»
			}
			if c := a.r18aNamedDecreeEnd(k); c > 0 {
				k = c // «الف با حکم دکتر ب، مدیرکل X، سرپرست اداره Y شد»
			}
			// «الف به جای ب/وی فرماندار X شد»: the one replaced is told
			// before the predicate.
			var replaced *personMention
			if k+2 < len(ts) && ts[k].key == keyTo && ts[k+1].key == keyPlace {
				if q := a.personStartingAt(k + 2); q != nil && !samePerson(q, p) {
					replaced, k = q, q.end
				} else if pronounKeys[ts[k+2].key] {
					if q := a.antecedent(p.start); q != nil && !samePerson(q, p) {
						replaced, k = q, k+3
					}
				}
			}
			r, ok := a.roleAt(k)
			if ok && r.org == "" && !r.former && isBecomeVerb(ts, r.next) {
				// «در جلسه شورای X، الف رئیس شد»: the body named before;
				// «الف رئیس اتاق X شد. ب نایب‌رئیس شد»: that of the post
				// filled just before.
				if o := a.bodyBefore(p.start, r); o != nil {
					r.org, r.orgPlace = o.name, o.place
				} else if ap := a.appJustBefore(p.start); ap != nil {
					r.org, r.orgPlace = ap.role.org, ap.role.orgPlace
				}
			}
			if !ok || r.org == "" || r.former || !isBecomeVerb(ts, r.next) {
				continue
			}
			if a.pastPostBefore(k) {
				a.reject("appointment", "role-predicate", ts[k].sent, p.name+" — "+r.role+" — "+r.org, "a post held before («پیش از این»)")
				continue
			}
			a.addClauseApp(appMention{person: p, predecessor: replaced, role: r, sent: ts[k].sent, how: howAppointment, rule: "role-predicate"})
		}
	}
	a.replacedAfterPredicate()
}

// replacedAfterPredicate reads «X R BODY شد. وی جانشین Y شد»: the
// replacement told after an appointment the clauses above found (the
// role predicate comes after replaceClauses) names its predecessor.
func (a *analysis) replacedAfterPredicate() {
	ts := a.toks
	for k := 1; k+1 < len(ts); k++ {
		if !isReplaceAt(ts, k) {
			continue
		}
		q := a.personStartingAt(k + 1)
		if q == nil || q.end >= len(ts) || !isBecomeVerb(ts, q.end) && !becomesAt(ts, q.end) && ts[q.end].key != keyWill {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil {
			continue
		}
		for i := range a.apps {
			if samePerson(a.apps[i].person, p) && a.apps[i].predecessor == nil && !samePerson(a.apps[i].person, q) {
				a.apps[i].predecessor = q
			}
		}
	}
}

// replaceClauses reads «X (، ...،) جایگزین Y شد» and «وی جانشین Y شد»:
// the subject is the person named last before «جایگزین» in the sentence,
// or the one a pronoun there stands for.
func (a *analysis) replaceClauses(post roleRef) {
	ts := a.toks
	for k := 1; k+1 < len(ts); k++ {
		if !isReplaceAt(ts, k) {
			continue
		}
		if a.personStartingAt(k+1) == nil && !pronounKeys[ts[k+1].key] {
			a.unnamedReplaced(k, post)
			continue
		}
		if p := a.subjectBefore(k); p != nil {
			a.replaceClause(p, k, post)
		}
	}
}

// unnamedReplaced reads «X جایگزین مدیرکل (سابق) اداره کل Y شد» and
// «X جانشین مدیرکل سابق در اداره کل Y شد» with «جایگزین/جانشین» at k: the
// outgoing holder named by his post only, the predecessor left unnamed.
// «جانشین» before a post held now is a deputy's post (جانشین فرمانده),
// which the predicate rule reads.
func (a *analysis) unnamedReplaced(k int, post roleRef) {
	ts := a.toks
	r, ok := a.roleAt(k + 1)
	if !ok || ts[k].key == keySuccessor && !r.former {
		return
	}
	j := r.next
	if j+1 < len(ts) && ts[j].key == keyIn {
		if o := a.orgAt(j + 1); o != nil {
			r.org, r.orgPlace, j = o.name, o.place, o.end
		}
	}
	if r.org == "" && post.org != "" && firstWordKey(post.role) == firstWordKey(r.role) {
		r.org, r.orgPlace = post.org, post.orgPlace
	}
	if c := a.relativeClauseEnd(j); c > 0 && r.former && r.org != "" {
		j = c // «الف جایگزین رئیس پیشین X که بازنشسته شده است، شد»
	}
	if r.org == "" || !isBecomeVerb(ts, j) {
		return
	}
	p := a.subjectBefore(k)
	if p == nil {
		return
	}
	r.former, r.start = false, k
	a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "replaces-unnamed"})
}

var (
	keyPlace = persian.Squash("جای")
	keyOwn   = persian.Squash("خود")
	giveWays = keySet("داد", "سپرد", "دادند", "داده")
)

// gaveWayClauses reads «Y جای خود را به X داد/سپرد»: Y is the
// predecessor of X's appointment told in the report.
func (a *analysis) gaveWayClauses() {
	ts := a.toks
	for k := 1; k+4 < len(ts); k++ {
		if ts[k].key == keyPlace && ts[k+1].key != keyOwn {
			a.tookPlaceClause(k)
			continue
		}
		if ts[k].key != keyPlace || ts[k+1].key != keyOwn || ts[k+2].key != keyRa || ts[k+3].key != keyTo {
			continue
		}
		x := a.personStartingAt(k + 4)
		if x == nil || x.end >= len(ts) || !giveWays[ts[x.end].key] {
			continue
		}
		y := a.subjectBefore(k)
		if y == nil || samePerson(x, y) {
			continue
		}
		named := false
		for i := range a.apps {
			if samePerson(a.apps[i].person, x) {
				named = true
				if a.apps[i].predecessor == nil {
					a.apps[i].predecessor = y
				}
			}
		}
		// «Y، مدیرکل سابق BODY، جای خود را به X داد»: X takes the post
		// Y is told to have held.
		if r := a.formerPostOf(y); !named && r != nil && r.org != "" && !r.earlier {
			took := *r
			took.former, took.start = false, k
			a.addClauseApp(appMention{person: x, predecessor: y, role: took, sent: ts[k].sent, how: howAppointment, rule: "gave-way"})
		}
	}
}

// takeWays are the verbs of «X جای Y را گرفت»: X took Y's place.
var takeWays = keySet("گرفت", "می‌گیرد", "گرفته", "میگیرد", "بگیرد", "گرفتند")

// tookPlaceClause reads «X جای Y را گرفت/می‌گیرد/خواهد گرفت» with «جای»
// at k: Y is the predecessor of X's appointment told in the report.
func (a *analysis) tookPlaceClause(k int) {
	ts := a.toks
	y := a.personStartingAt(k + 1)
	if y == nil || y.end+1 >= len(ts) || ts[y.end].key != keyRa {
		return
	}
	j := y.end + 1
	if ts[j].key == keyWill && j+1 < len(ts) {
		j++
	}
	if !takeWays[ts[j].key] && !r25eSpacedPresentAt(ts, j, takeWays) {
		return
	}
	x := a.subjectBefore(k)
	if x == nil || samePerson(x, y) {
		return
	}
	for i := range a.apps {
		if samePerson(a.apps[i].person, x) && a.apps[i].predecessor == nil {
			a.apps[i].predecessor = y
		}
	}
}

// isReplaceAt reports «جایگزین» or «جانشین» at k; «جانشین» is a
// successor only before a person's name, else the post of a deputy.
func isReplaceAt(ts []token, k int) bool {
	return ts[k].key == keyReplace || ts[k].key == keySuccessor
}

// decreeOrTitleBefore reports a person named right after «حکم انتصاب»
// or after the ceremony words «(تودیع و) معارفه»، «تکریم و معارفه».
func (a *analysis) decreeOrTitleBefore(p *personMention) bool {
	ts := a.toks
	i := p.start - 1
	if i < 0 {
		return false
	}
	if ts[i].key == keyAppointment && (i > 0 && ts[i-1].key == keyDecree || asTitleAt(ts, p.end) > 0) {
		return true // «حکم انتصاب X»، «انتصاب X به سمت R» in a title
	}
	// «با انتخاب/معرفی X به عنوان R، ...»: the nominal of the verb.
	if nominalAppointments[ts[i].key] && asTitleAt(ts, p.end) > 0 {
		return true
	}
	// «حکم X به عنوان R ... امضا شد»: the decree of X, not «با حکم X»
	// (X the issuer).
	if ts[i].key == keyDecree && asTitleAt(ts, p.end) > 0 && !(i > 0 && decreeIssuerCues[ts[i-1].key]) {
		return true
	}
	return ts[i].key == keyIntroduction
}

var (
	keyOfficeHead  = persianKey("اداره")
	keyGeneralWord = persianKey("کل")
)

// keyNameOf and issuedWords read «حکم R به نام X صادر/ابلاغ شد».
var (
	keyNameOf   = persianKey("نام")
	issuedWords = keySet("صادر", "ابلاغ", "اعطا", "امضا")
)

// nominalAppointments name an appointment as a noun before its appointee
// and post: «با انتخاب X به عنوان R»، «پس از معرفی X به سمت R».
var nominalAppointments = keySet("انتخاب", "معرفی")

// decreeIssuerCues before «حکم» make the person after it the decree's
// issuer: «با حکم X»، «طی حکم X»، «به موجب حکم X».
var decreeIssuerCues = keySet("با", "طی", "موجب", "طبق", "براساس", "اساس")

var (
	keyAppointment  = persian.Squash("انتصاب")
	keyIntroduction = persian.Squash("معارفه")
	keyCharge       = persian.Squash("مسئولیت")
	keyEntrusted    = keySet("سپرده", "واگذار", "محول")
)

// chargeClauses reads «مسئولیت (ROLE) BODY (از سوی Z) به X سپرده/واگذار
// شد» and the same with another noun of a post («سرپرستی BODY به X
// سپرده شد»).
func (a *analysis) chargeClauses() {
	ts := a.toks
	for k := 0; k+3 < len(ts); k++ {
		noun, ok := postNouns[ts[k].key]
		if !ok {
			continue
		}
		charge := noun == postNouns[keyCharge]
		var r roleRef
		var thisPred *personMention
		if rr, ok := a.roleAt(k + 1); ok && rr.org != "" && charge {
			r = rr
		} else if pr, ok := a.postNounRole(k + 1); ok && charge {
			// «مسئولیت معاونت درمان دانشگاه X»: the charge of the post
			// the inner noun names.
			r = pr
			r.start = k
		} else if o := a.orgAt(k + 1); o != nil {
			r = roleRef{start: k, next: o.end, org: o.name, orgPlace: o.place, role: noun}
			if charge {
				// «مسئولیت فرمانداری X» is the charge of its head.
				if head := persian.Words(o.name); len(head) > 0 && bodyHeadRoles[persianKey(head[0])] != "" {
					r.role = bodyHeadRoles[persianKey(head[0])]
					if persianKey(head[0]) == keyOfficeHead && (len(head) < 2 || persianKey(head[1]) != keyGeneralWord) {
						r.role = "رئیس" // «اداره X» is headed by its رئیس, «اداره کل X» by its مدیرکل
					}
				} else if len(head) > 0 {
					r.role = r21bChargeOfHead(head[0], r.role) // «مسئولیت مرکز X» is its رئیس's
				}
			}
		} else if tr, ok := a.r19aThisBodyCharge(k); ok && charge {
			r, thisPred = tr, a.r19aPastHolderOf(tr)
		} else {
			continue
		}
		j := a.r20bSkipDayAdjunct(a.skipIssuer(r.next)) // «مسئولیت اداره X از امروز به الف سپرده شد»
		if j < len(ts) && (ts[j].key == keyAlso || ts[j].key == keyAlso2) {
			j++ // «مسئولیت اداره X نیز به الف محول شد»
			// «... نیز روز گذشته به الف ...»
			j = a.r20bSkipDayAdjunct(j)
		}
		j, pred := a.r19aChargeAdjuncts(j)
		j = a.r20bChargeAsTitle(j, &r) // «مسئولیت BODY به‌عنوان سرپرست به الف سپرده شد»
		if pred == nil {
			pred = thisPred
		}
		// «حکم سرپرستی بخشداری X به نام الف صادر شد»: the decree of the
		// post, issued in the appointee's name.
		if k > 0 && ts[k-1].key == keyDecree && j+2 < len(ts) && ts[j].key == keyTo && ts[j+1].key == keyNameOf {
			if p := a.personStartingAt(j + 2); p != nil && p.end < len(ts) && issuedWords[ts[p.end].key] {
				a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howDecree, rule: "decree-in-name"})
				continue
			}
		}
		if j >= len(ts) || ts[j].key != keyTo && ts[j].key != keyOn {
			continue
		}
		p := a.personStartingAt(j + 1)
		if q := a.r17bChargeLaidOn(j); q != nil {
			p = q // «مسئولیت BODY به عهده الف گذاشته شد»
		} else if ts[j].key != keyTo || p == nil || p.end >= len(ts) || !keyEntrusted[ts[p.end].key] {
			continue
		}
		if role := a.r17bLaterNewTitle(r); role != "" {
			r.role = role // «مسئولیت بیمارستان X به الف سپرده شد ... رئیس جدید بیمارستان»
		} else if role := a.r23bFormerTitleOfCharge(k, r); role != "" {
			r.role = role // «... سپرده شد و از زحمات مسئول قبلی این اداره تقدیر شد»
		}
		a.addClauseApp(appMention{person: p, predecessor: pred, role: r, sent: ts[k].sent, how: howAppointment, rule: "charge-entrusted"})
	}
}

// skipIssuer returns the token after «از سوی ISSUER» at j, the issuer a
// post or a person («از سوی وزیر کشور»), else j.
func (a *analysis) skipIssuer(j int) int {
	ts := a.toks
	if j+2 >= len(ts) || ts[j].key != keyFrom || ts[j+1].key != keySide {
		return j
	}
	if r, ok := a.roleAt(j + 2); ok && r.next > j+2 {
		return r.next
	}
	if p := a.personStartingAt(j + 2); p != nil {
		return p.end
	}
	if o := a.orgAt(j + 2); o != nil {
		return o.end
	}
	return j
}

// replaceClause reads «X جایگزین Y (در BODY) شد» with the «جایگزین» at k.
func (a *analysis) replaceClause(p *personMention, k int, post roleRef) {
	ts := a.toks
	q := a.personStartingAt(k + 1)
	j := 0
	if q != nil {
		j = q.end
	} else if pronounKeys[ts[k+1].key] {
		// «... و X جایگزین وی در فرمانداری Y شد»: the one named before.
		q, j = a.antecedent(p.start), k+2
		if q != nil && samePerson(q, p) {
			q = nil
		}
	}
	if q == nil {
		return
	}
	r := roleRef{start: k}
	if j+2 < len(ts) && ts[j].key == keyIn && isDeterminer(ts[j+1].key) && (ts[j+2].key == keyPost || ts[j+2].key == keyCharge) {
		j += 3 // «جایگزین Y در این سمت شد»: the post told before
	} else if j+2 < len(ts) && ts[j].key == keyIn && ts[j+1].key == keyPost {
		// «جایگزین Y در سمت مدیرکل بهزیستی استان X شد»: the post told.
		if pr, ok := a.roleAt(j + 2); ok && pr.org != "" && !pr.former {
			r.role, r.org, r.orgPlace, j = pr.role, pr.org, pr.orgPlace, pr.next
		} else if pr, ok := a.postNounRole(j + 2); ok {
			r.role, r.org, r.orgPlace, j = pr.role, pr.org, pr.orgPlace, pr.next
		}
	} else if t := asTitleAt(ts, j); t > 0 && !(j+2 < len(ts) && isDeterminer(ts[j+1].key)) {
		// «X جایگزین Y به عنوان فرماندار Z شد»: the post told after the
		// one replaced.
		if pr, ok := a.roleAt(t); ok && pr.org != "" && !pr.former {
			r.role, r.org, r.orgPlace, j = pr.role, pr.org, pr.orgPlace, pr.next
		}
	} else if j < len(ts) && ts[j].key == keyIn {
		if pr, ok := a.postNounRole(j + 1); ok {
			// «جایگزین Y در معاونت درمان دانشگاه X شد»: the post the noun
			// names.
			r.role, r.org, r.orgPlace, j = pr.role, pr.org, pr.orgPlace, pr.next
		} else if o := a.orgAt(j + 1); o != nil {
			r.org, r.orgPlace, j = o.name, o.place, o.end
			if head := persian.Words(o.name); len(head) > 0 {
				r.role = bodyHeadRoles[persianKey(head[0])]
				if persianKey(head[0]) == keyOfficeHead && (len(head) < 2 || persianKey(head[1]) != keyGeneralWord) {
					r.role = "رئیس" // «جانشین Y در اداره X شد»: an «اداره» is headed by its رئیس, an «اداره کل» by its مدیرکل
				}
				// «جایگزین Y در فرماندهی سپاه X شد»: the command of a
				// unit that is a body of its own is a post in that unit.
				if persianKey(head[0]) == keyCommand && len(head) > 1 && commandBodies[persianKey(head[1])] {
					r.org = strings.TrimSpace(strings.TrimPrefix(o.name, head[0]))
				}
			}
		}
	}
	if j+1 < len(ts) && ts[j].key == keyWill {
		j++ // «جایگزین Y خواهد شد»
	}
	// «X جایگزین Y می‌شود»: the present of a change the report tells.
	// «X جانشین Y است که ...»: Y precedes X in the post found for X.
	isNow := q != nil && j < len(ts) && presentCopulas[ts[j].key] && a.personStartingAt(k+1) != nil
	if !isBecomeVerb(ts, j) && !becomesAt(ts, j) && !isNow {
		return
	}
	// «X ... منصوب شد. X جایگزین Y شده است»: Y is the predecessor of X's
	// appointments found already.
	named := false
	for i := range a.apps {
		if samePerson(a.apps[i].person, p) && a.apps[i].predecessor == nil && !samePerson(a.apps[i].person, q) {
			a.apps[i].predecessor = q
			named = true
		}
	}
	if named || isNow {
		return
	}
	if r.role == "" && r.org == "" {
		// «X به عنوان بخشدار Y جایگزین Z شد»: the post told between the
		// subject and «جایگزین».
		for i := p.end; i < k; i++ {
			if j := asTitleAt(ts, i); j > 0 {
				if rr, ok := a.roleAt(j); ok && rr.org != "" && !rr.former && rr.next == k {
					r.role, r.org, r.orgPlace = rr.role, rr.org, rr.orgPlace
				}
				break
			}
		}
	}
	if own, ok := a.r18aOwnPredicateBefore(p, k); ok && r.role == "" && (r.org == "" || persianKey(r.org) == persianKey(own.org)) {
		r.role, r.org, r.orgPlace = own.role, own.org, own.orgPlace // «X سرپرست BODY شد و جایگزین Y شد»
	}
	if r.role == "" && post.org != "" && (r.org == "" || persianKey(r.org) == persianKey(post.org)) {
		r.role, r.org, r.orgPlace = post.role, post.org, post.orgPlace
	}
	if r.role == "" {
		for _, af := range a.affs {
			if af.person == q && af.role.org != "" && (r.org == "" || persianKey(af.role.org) == persianKey(r.org)) && !a.r20bNowPostAfter(af, k) {
				r.role, r.org, r.orgPlace = af.role.role, af.role.org, af.role.orgPlace
				break
			}
		}
	}
	if r.role == "" && r.org != "" {
		r.role = headPostOf(r.org)
	}
	if r.role == "" || r.org == "" {
		a.reject("appointment", "replaces", ts[k].sent, p.name+" after "+q.name, "no post or body for the change")
		return
	}
	if own := a.r17bOwnPostIn(p, r.org); own != nil {
		r.role, r.org, r.orgPlace = own.role, own.org, own.orgPlace // «الف، سرپرست اداره X، ... جانشین ب در اداره X شد»
	}
	a.addClauseApp(appMention{person: p, predecessor: q, role: r, sent: ts[k].sent, how: howAppointment, rule: "replaces"})
}

// relativeClauseEnd returns the token after the comma that closes a
// relative clause «که ...» at k, in k's sentence and within
// maxRelativeClause words, else -1.
func (a *analysis) relativeClauseEnd(k int) int {
	ts := a.toks
	if k >= len(ts) || ts[k].key != keyWhich {
		return -1
	}
	_, end := a.sentRange(ts[k].sent)
	return commaAfter(ts, k+1, min(end, k+maxRelativeClause+1), end)
}

// commaAfter returns the token after the first comma of ts[from:limit]
// when that token is before end (its sentence's end), else -1; a mark of
// another kind before the comma also gives -1.
func commaAfter(ts []token, from, limit, end int) int {
	for j := from; j < limit; j++ {
		if ts[j].text == "،" || ts[j].text == "," {
			if j+1 < end {
				return j + 1
			}
			return -1
		}
		if ts[j].punct {
			return -1
		}
	}
	return -1
}

// maxRelativeClause bounds the words of a relative clause between a
// name and its predicate («X که سال‌ها ریاست BODY را بر عهده
// داشت، R شد»).
const maxRelativeClause = 16

// appJustBefore returns the appointment with a body told last before
// token i, in i's sentence or the one before, else nil.
func (a *analysis) appJustBefore(i int) *appMention {
	ts := a.toks
	s := ts[i].sent
	var best *appMention
	for x := range a.apps {
		ap := &a.apps[x]
		if ap.role.org == "" || ap.person.start >= i || ap.sent < s-1 || ap.sent > s {
			continue
		}
		if best == nil || ap.person.start > best.person.start {
			best = ap
		}
	}
	return best
}

// pastPostBefore reports «که پیش از این» right before k: the post that
// follows is one held before, not a new one.
func (a *analysis) pastPostBefore(k int) bool {
	ts := a.toks
	for j := k - 1; j >= 0 && j >= k-4 && ts[j].sent == ts[k].sent; j-- {
		if ts[j].key == keyPastOf {
			return true
		}
	}
	return false
}

// addClauseApp appends an appointment unless the person already has one
// in the same body.
func (a *analysis) addClauseApp(m appMention) {
	for _, e := range a.apps {
		if persianKey(e.person.name) == persianKey(m.person.name) && persianKey(e.role.org) == persianKey(m.role.org) {
			return
		}
	}
	a.apps = append(a.apps, m)
}

// Pronouns that stand for the person named last: «وی»، «ایشان»، «او»، and
// «نامبرده» (the one named above).
var pronounKeys = keySet("وی", "ایشان", "او", r25bNamedAbove)

// pronounBefore returns the last pronoun before token i in its sentence
// that is no object of thanks («از زحمات وی»), or -1.
func (a *analysis) pronounBefore(i int) int {
	ts := a.toks
	for k := i - 1; k >= 0 && ts[k].sent == ts[i].sent; k-- {
		if pronounKeys[ts[k].key] && !(k > 0 && (effortWords[ts[k-1].key] || ts[k-1].key == keyDecree)) {
			return k
		}
		if a.r23bThisOfficialAt(k) {
			return k // «این مقام (مسئول) که ...»: referred back like «وی»
		}
	}
	return -1
}

// antecedent returns the person a pronoun at token k stands for: the one
// named last before it, in its sentence or the discourseReach sentences
// before, leaving out the issuer of a decree and a person thanked.
func (a *analysis) antecedent(k int) *personMention {
	ts := a.toks
	if p := a.r16bPostSubjectBefore(k); p != nil {
		return p
	}
	first := ts[k].sent - discourseReach
	for pi := len(a.persons) - 1; pi >= 0; pi-- {
		p := &a.persons[pi]
		if p.end > k {
			continue
		}
		if ts[p.start].sent < first {
			return nil
		}
		if p.start > 0 && ts[p.start-1].key == keyDecree && !a.r17bDecreeFor(p) || a.isThanked(p) {
			continue
		}
		// «X که جانشین Y شده است، ... . وی ...»: the one replaced, told
		// inside a clause about X, is not the next sentence's subject.
		if p.start > 1 && isReplaceAt(ts, p.start-1) && ts[p.start-2].key == keyWhich && ts[p.start].sent < ts[k].sent {
			continue
		}
		// «X ... با حضور Y معرفی شد. او جایگزین Z شد»: one who attends,
		// named after the sentence's subject, is not the next sentence's
		// subject.
		if ts[p.start].sent < ts[k].sent && (a.attendsAfterSubject(pi) || a.r17bAgentAfterSubject(pi)) {
			continue
		}
		return p
	}
	return nil
}

// titledStart returns where p's mention begins with the titles written
// before the name («دکتر»، «حجت‌الاسلام» ...).
func (a *analysis) titledStart(p *personMention) int {
	i := p.start
	for b := max(0, i-maxTitleTokens); b < i; b++ {
		if n := a.titleAt(b); n == i-b {
			return b
		}
	}
	return i
}

// attendsAfterSubject reports the person pi named right after «با حضور»
// (its titles between) when the sentence names someone before it.
func (a *analysis) attendsAfterSubject(pi int) bool {
	ts := a.toks
	p := &a.persons[pi]
	i := a.titledStart(p)
	if i < 2 || ts[i-1].key != keyPresence || ts[i-2].key != keyWith {
		return false
	}
	return pi > 0 && ts[a.persons[pi-1].start].sent == ts[p.start].sent
}

// subjectBefore is incomingBefore, or, when the sentence names no one
// before token i, the person a pronoun before i stands for: «الف ... .
// وی با حکم ... به سمت R منصوب شد».
func (a *analysis) subjectBefore(i int) *personMention {
	if p := a.relativeSubject(i); p != nil {
		return p
	}
	if p := a.incomingBefore(i); p != nil {
		return p
	}
	if k := a.pronounBefore(i); k >= 0 {
		return a.antecedent(k)
	}
	return nil
}

// postNouns are the nouns of holding a post, with the post's title:
// «سرپرستی X را بر عهده گرفت» makes a سرپرست of X.
var postNouns = map[string]string{
	persian.Squash("سرپرستی"):  "سرپرست",
	persian.Squash("ریاست"):    "رئیس",
	persian.Squash("مدیریت"):   "مدیر",
	persian.Squash("فرماندهی"): "فرمانده",
	persian.Squash("مسئولیت"):  "مسئول",
	persian.Squash("مسیولیت"):  "مسئول",
	persian.Squash("دبیری"):    "دبیر",
	persian.Squash("دبیرکلی"):  "دبیرکل",
	persian.Squash("معاونت"):   "معاون",
	persian.Squash("نمایندگی"): "نماینده",
	persian.Squash("تولیت"):    "متولی",
}

var (
	keyChargeNoun = persian.Squash("مسئولیت")
	keyCharge2    = persian.Squash("عهده")
	keyOn         = persian.Squash("بر")
	takeVerbs     = keySet("گرفت", "گرفته", "گرفتند", "گیرد", "بگیرد")
	holdVerbs     = keySet("دارد", "دارند", "داشت")
	// pastHoldVerbs tell a post held before the time of the report.
	pastHoldVerbs = keySet("داشت")
	keyInCharge   = persian.Squash("عهده‌دار")
	// «سکان مدیریت BODY را به دست گرفت»: the helm of a post taken in hand.
	keyHelm = persian.Squash("سکان")
	keyHand = persian.Squash("دست")
)

// helmOfBodyClauses reads «X سکان شهرداری/اداره کل Y را به دست گرفت»:
// the helm of a body whose head's post the body's name tells (شهردار،
// فرماندار، مدیرکل) is that post, taken up.
func (a *analysis) helmOfBodyClauses() {
	ts := a.toks
	for k := 1; k+4 < len(ts); k++ {
		if ts[k].key != keyHelm {
			continue
		}
		o := a.orgAt(k + 1)
		if o == nil || o.start != k+1 {
			continue
		}
		words := persian.Words(o.name)
		role := bodyHeadRoles[persianKey(words[0])]
		if role == "" || persianKey(words[0]) == keyOffice && (len(words) < 2 || persianKey(words[1]) != keyWhole) {
			continue // «سکان سازمان X»: no post of its own name
		}
		j := o.end
		if j+2 >= len(ts) || ts[j].key != keyRa || ts[j+1].key != keyTo || ts[j+2].key != keyHand || j+3 >= len(ts) || !takeVerbs[ts[j+3].key] {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil {
			continue
		}
		r := roleRef{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "took-the-helm"})
	}
}

var keyOffice = persianKey("اداره")

// termWords count a term before the charge: «پس از هشت سال/ماه مدیریت».
var termWords = keySet("سال", "ماه", "سالها", "سال‌ها")

// leaveWords leave a post: «بازنشسته شد»، «کناره‌گیری کرد»، «استعفا داد».
var leaveWords = keySet("بازنشسته", "کناره‌گیری", "کنارهگیری", "استعفا", "خداحافظی")

// chargeWasOnClauses reads «مسئولیت/ریاست BODY (پیش از این) بر عهده Y
// بود»: a post Y held before, kept for the predecessor of that post.
// whichShortlyBefore returns «که» right before k or up to three words
// before it with no mark between («که چهار سال این سمت را»), else -1.
func (a *analysis) whichShortlyBefore(k int) int {
	ts := a.toks
	for j := k - 1; j >= 0 && j >= k-4 && ts[j].sent == ts[k].sent && !ts[j].punct; j-- {
		if ts[j].key == keyWhich {
			return j
		}
		if isVerbLike(ts[j].key) {
			return -1
		}
	}
	return -1
}

func (a *analysis) chargeWasOnClauses() {
	ts := a.toks
	for k := 1; k+4 < len(ts); k++ {
		// «Y، که این سمت را از سال ۱۳۹۸ بر عهده داشت»: the post of the
		// appointment told just before.
		// «Y که چهار سال این مسئولیت را بر عهده داشت»: a time may stand
		// after «که», and the charge is the post too.
		if !isDeterminer(ts[k].key) || ts[k+1].key != keyPost && ts[k+1].key != keyCharge || ts[k+2].key != keyRa {
			continue
		}
		w := a.whichShortlyBefore(k)
		if w < 0 {
			continue
		}
		p := a.subjectBefore(w + 1)
		if p == nil {
			continue
		}
		// «با انتصاب الف به سمت R، ب که ... این مسئولیت را بر عهده داشت،
		// به سمت R2 منصوب شد»: the appointment told before ب, not ب's own.
		ap := a.appJustBefore(p.start)
		if ap == nil {
			ap = a.appJustBefore(k)
		}
		if ap == nil {
			continue
		}
		for j := k + 3; j+2 < len(ts) && j < k+10 && ts[j].sent == ts[k].sent && !ts[j].punct; j++ {
			if (ts[j].key == keyOn || ts[j].key == keyTo) && ts[j+1].key == keyCharge2 && pastHoldVerbs[ts[j+2].key] {
				if !samePerson(p, ap.person) {
					r := ap.role
					r.start, r.next = k, k+2
					a.pastPosts = append(a.pastPosts, affMention{person: p, role: r, sent: ts[k].sent, rule: "held-this-post"})
				}
				break
			}
		}
	}
	for k := 0; k+4 < len(ts); k++ {
		// «... منصوب شد؛ این سمت پیش از این بر عهده Y بود»: the post of
		// the appointment told just before was Y's.
		if !isDeterminer(ts[k].key) || ts[k+1].key != keyPost && ts[k+1].key != keyCharge || ts[k+2].key == keyRa {
			continue
		}
		for j := k + 2; j+2 < len(ts) && j < k+8 && ts[j].sent == ts[k].sent && !ts[j].punct; j++ {
			if ts[j].key != keyOn && ts[j].key != keyTo || ts[j+1].key != keyCharge2 {
				continue
			}
			p := a.personStartingAt(j + 2)
			if p == nil || !wasAt(ts, p.end) {
				break
			}
			if ap := a.appJustBefore(k); ap != nil && !samePerson(p, ap.person) {
				r := ap.role
				r.start, r.next = k, k+2
				a.pastPosts = append(a.pastPosts, affMention{person: p, role: r, sent: ts[k].sent, rule: "this-post-was-on"})
			}
			break
		}
	}
	for k := 0; k+3 < len(ts); k++ {
		if postNouns[ts[k].key] == "" {
			continue
		}
		r, ok := a.postNounRole(k)
		if !ok || r.org == "" {
			continue
		}
		// «Y پس از هشت سال مدیریت این اداره کل بازنشسته شد»: years in
		// the charge, then the holder leaves it.
		if k > 0 && termWords[ts[k-1].key] && r.next < len(ts) && leaveWords[ts[r.next].key] {
			if p := a.subjectBefore(k); p != nil {
				a.pastPosts = append(a.pastPosts, affMention{person: p, role: r, sent: ts[k].sent, rule: "charge-was-on"})
			}
		}
		for j := r.next; j+2 < len(ts) && j < r.next+6 && ts[j].sent == ts[k].sent && !ts[j].punct; j++ {
			if ts[j].key != keyOn || ts[j+1].key != keyCharge2 {
				continue
			}
			if p := a.personStartingAt(j + 2); p != nil && wasAt(ts, p.end) {
				a.pastPosts = append(a.pastPosts, affMention{person: p, role: r, sent: ts[k].sent, rule: "charge-was-on"})
			}
			break
		}
		k = r.next - 1
	}
}

// takeChargeClauses reads «X سرپرستی BODY را بر عهده گرفت» (an
// appointment) and «X ریاست BODY را بر عهده دارد» (the post X holds).
func (a *analysis) takeChargeClauses() {
	ts := a.toks
	covered := 0
	for k := 0; k+3 < len(ts); k++ {
		if k < covered {
			continue // «سرپرستی معاونت ...»: the inner noun is read with the outer
		}
		role := postNouns[ts[k].key]
		r, ok := a.postNounRole(k)
		if r2, ok2 := a.seatOfRole(k); ok2 {
			// «وی که سمت مدیرعامل سازمان X را بر عهده دارد»: the seat of
			// a post is that post.
			r, ok, role = r2, true, r2.role
		}
		if r3, ok3 := a.r20bManagingDirectorship(k); !ok && ok3 {
			r, ok, role = r3, true, r3.role // «Y مدیریت عامل این شرکت را بر عهده داشت»
		}
		if !ok && role != "" && k+1 < len(ts) {
			// «ریاست شورا را بر عهده داشت»: the bare head stands for the
			// body of that head named before.
			if o := a.recentOrgWithBareHead(ts[k+1], k); o != nil && o.end <= k {
				r, ok = roleRef{start: k, next: k + 2, role: role, org: o.name, orgPlace: o.place}, true
			}
		}
		if !ok {
			continue
		}
		covered = r.next
		j := r.next
		object := j < len(ts) && ts[j].key == keyRa
		if object {
			j++
		}
		if j < len(ts) && (ts[j].key == keyAlso || ts[j].key == keyAlso2) {
			j++ // «را نیز بر عهده دارد»
		}
		// «ریاست هیئت X را (نیز) از امروز الف بر عهده گرفت»: the post told
		// first, opening its sentence, and its holder after the object.
		var fronted *personMention
		if j < len(ts) && object && (k == 0 || ts[k-1].sent != ts[k].sent || ts[k-1].punct) {
			if q := a.personStartingAt(a.timePhraseEnd(j)); q != nil && ts[q.start].sent == ts[k].sent {
				fronted, j = q, q.end
			}
		}
		appoint, hold := false, false
		switch {
		case j+1 < len(ts) && (ts[j].key == keyOn || ts[j].key == keyTo) && ts[j+1].key == keyCharge2:
			j += 2
		case j < len(ts) && (ts[j].key == keyOn+keyCharge2 || ts[j].key == keyTo+keyCharge2):
			j++
		case j+2 < len(ts) && ts[j].key == keyTo && ts[j+1].key == keyHand && takeVerbs[ts[j+2].key]:
			j += 2 // «... را به دست گرفت»
		case j < len(ts) && ts[j].key == keyInCharge:
			j++
			if isBecomeVerb(ts, j) {
				appoint = true
			} else if j < len(ts) && (ts[j].key == keyIs || ts[j].key == keyHold) {
				hold = true
			}
		default:
			continue
		}
		will := false
		if j+1 < len(ts) && ts[j].key == keyWill {
			j, will = j+1, true // «بر عهده خواهد گرفت/داشت»
		}
		if !appoint && !hold && j < len(ts) {
			appoint, hold = takeVerbs[ts[j].key], holdVerbs[ts[j].key]
			// «X که ... ریاست BODY را بر عهده داشت»: a post held before,
			// kept for the predecessor of that post.
			if hold && pastHoldVerbs[ts[j].key] && !will {
				if p := a.subjectBefore(k); p != nil && r.org != "" {
					a.pastPosts = append(a.pastPosts, affMention{person: p, role: r, sent: ts[k].sent, rule: "held-charge-before"})
				}
				continue
			}
		}
		if !appoint && !hold {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil && k > 0 && ts[k-1].key == keyHelm {
			p = a.subjectBefore(k - 1)
		}
		if fronted != nil {
			p = fronted
		}
		if p == nil {
			a.reject("appointment", "takes-charge", ts[k].sent, role+" — "+r.org, "no person named before it")
			continue
		}
		if hold {
			// «X از این پس ریاست BODY را بر عهده خواهد داشت»: a post held
			// from now on is taken up, an appointment too; so is one held
			// from today («X از امروز مسئولیت این دانشکده را بر عهده دارد»).
			fromToday := fronted == nil && (k >= 2 && ts[k-2].key == keyFrom && ts[k-1].key == keyToday || a.fromNowAt(k) || a.r23bFromNowAt(k))
			if (will || fromToday) && !a.stillBetween(p.end, k) {
				a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "holds-charge-from-now"})
			}
			if a.hasAff(p, r) {
				continue
			}
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "holds-charge", fromNow: will && !a.stillBetween(p.end, k)})
			continue
		}
		a.addClauseApp(appMention{person: p, predecessor: a.r24bInsteadBetween(p.end, k), role: r, sent: ts[k].sent, how: howAppointment, rule: "takes-charge"})
	}
}

// fromNowPostClauses reads «X (که ...،) از این پس ROLE BODY خواهد بود/شد»:
// a post held from now on, X's new post (often the outgoing holder's),
// an appointment and a post X holds.
func (a *analysis) fromNowPostClauses() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if !a.fromNowAt(k) || ts[k-1].key == keyAsTitle1 {
			continue
		}
		r, ok := a.roleAt(k)
		if !ok || r.org == "" || r.former || r.next+1 >= len(ts) || ts[r.next].key != keyWill {
			continue
		}
		if v := ts[r.next+1].key; v != keyWas && v != keyBecame {
			continue
		}
		a.r21bGroupHeadAppointed(&r) // «از این پس مدیر گروه X معاونت Y خواهد بود»: a post one is placed in
		p := a.subjectBefore(k)
		if t := a.r19aThankedFromNow(k); t != nil {
			p = t
		}
		if p == nil {
			continue
		}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "post-from-now"})
		if !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "post-from-now", fromNow: true})
		}
	}
}

// wentVerbs close «به ریاست BODY رفت/رفته است»: moved to a new post.
var wentVerbs = keySet("رفت", "رفته", "رفتند")

// wentToPostClauses reads «Y که به دبیرکلی/ریاست BODY رفته است»: Y's new
// post, told of the outgoing holder («X جای Y را می‌گیرد که به ... رفته
// است»). Y is the person named last before «که», or the subject before
// «به» with no «که».
func (a *analysis) wentToPostClauses() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyTo {
			continue
		}
		noun, ok := postNouns[ts[k+1].key]
		if !ok {
			continue
		}
		var r roleRef
		if pr, ok := a.postNounRole(k + 2); ok && noun == postNouns[keyCharge] {
			r = pr
		} else if o := a.orgAt(k + 2); o != nil {
			r = roleRef{start: k + 1, next: o.end, org: o.name, orgPlace: o.place, role: noun}
		} else {
			continue
		}
		if r.next >= len(ts) || !wentVerbs[ts[r.next].key] {
			continue
		}
		var p *personMention
		if ts[k-1].key == keyWhich {
			for pi := len(a.persons) - 1; pi >= 0; pi-- {
				q := &a.persons[pi]
				if q.end <= k-1 && ts[q.start].sent == ts[k].sent {
					p = q
					break
				}
			}
		} else {
			p = a.subjectBefore(k)
		}
		if p == nil {
			continue
		}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "went-to-post"})
		if !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "went-to-post"})
		}
	}
}

// stillWords tell a post kept on, not taken up: «X همچنان سرپرستی BODY
// را بر عهده خواهد داشت».
var stillWords = keySet("همچنان", "کماکان", "هنوز")

// stillBetween reports a word of stillWords from token i to token j.
func (a *analysis) stillBetween(i, j int) bool {
	for m := i; m < j && m < len(a.toks); m++ {
		if stillWords[a.toks[m].key] {
			return true
		}
	}
	return false
}

// helmWords are the nouns of one who heads a body, told before the body:
// «X سکاندار BODY شد». «سکان‌دار» has the same key.
var helmWords = keySet("سکاندار")

// inChargeClauses reads «X عهده‌دار مسئولیت/ریاست BODY شد» and «X سکاندار
// BODY شد» (an appointment), and the same with «است» (the post X holds).
// After «سکاندار» the post is the one that heads the body (headPostOf).
func (a *analysis) inChargeClauses() {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		var r roleRef
		switch {
		case ts[k].key == keyInCharge:
			var ok bool
			if r, ok = a.postNounRole(k + 1); !ok {
				continue
			}
		case helmWords[ts[k].key]:
			j := k + 1
			if ts[j].key == keyNew {
				j++ // «سکاندار جدید BODY»
			}
			o := a.orgAt(j)
			if o == nil || o.start != j {
				continue
			}
			r = roleRef{start: k, next: o.end, role: r17bHeadPost(o.name), org: o.name, orgPlace: o.place}
			if r.role == "" {
				continue
			}
		default:
			continue
		}
		appoint, hold := isBecomeVerb(ts, r.next), a.presentCopulaAt(r.next)
		if !appoint && !hold {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil || a.pastPostBefore(k) {
			continue
		}
		if hold {
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "in-charge"})
			}
			continue
		}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "in-charge"})
	}
}

// postNounRole reads a noun of holding a post and its body at k:
// «سرپرستی اداره کل X» is the سرپرست of اداره کل X; «فرماندهی انتظامی
// شهرستان X», a body the noun heads, is its فرمانده; «معاونت عمرانی
// استانداری X», which holds another body, is the «معاون عمرانی» of it.
func (a *analysis) postNounRole(k int) (roleRef, bool) {
	ts := a.toks
	if k >= len(ts) {
		return roleRef{}, false
	}
	role, ok := postNouns[ts[k].key]
	if !ok {
		return roleRef{}, false
	}
	// «ریاست این اداره»: the body of that head named before.
	if k+2 < len(ts) && isDeterminer(ts[k+1].key) {
		if hn, _ := headNouns.at(ts, k+2); hn > 0 {
			var o *orgMention
			if hn == 1 {
				o = a.recentOrgWithBareHead(ts[k+2], k)
			} else {
				o = a.recentOrgWithHead(persianKey(a.text(k+2, k+2+hn)), k)
			}
			o = a.r24bNotIssuerBody(o, k) // «با حکم R BODY2، سرپرستی این HEAD»
			if o != nil && o.start < k {
				return roleRef{start: k, next: k + 2 + hn, role: role, org: o.name, orgPlace: o.place}, true
			}
			// «مسئولیت این اداره کل» after «مدیرکل بهزیستی استان X»: the
			// body a post before it heads, never named by the body rules.
			if org, place, ok := a.postBodyBefore(persianKey(a.text(k+2, k+2+hn)), k); ok {
				return roleRef{start: k, next: k + 2 + hn, role: role, org: org, orgPlace: place}, true
			}
		}
	}
	if o := a.orgAt(k + 1); o != nil {
		// «سرپرستی معاونت درمان دانشگاه X»: the post is in the body the
		// inner deputyship belongs to.
		if innerRole, inner := postNouns[ts[k+1].key]; inner {
			if m, in := a.heldBody(o, k+3); in != nil {
				return roleRef{start: k, next: o.end, role: role + " " + a.text(k+1, m), org: in.name, orgPlace: in.place}, true
			}
			// «مسئولیت مدیریت شعب بانک X را بر عهده دارد»: the charge of
			// a body named by its post noun is that post (مدیر).
			if role == postNouns[keyChargeNoun] {
				role = innerRole
			}
		}
		return roleRef{start: k, next: o.end, role: r20bDirectorGeneralPost(officeHeadPost(role, o.name), o.name), org: o.name, orgPlace: o.place}, true
	}
	o := a.orgAt(k)
	if o == nil || o.end <= k+1 {
		// «مدیریت شعب بانک X»: the post's own words, then its body.
		if m := a.bodyAheadAt(k+1, k); m > k+1 {
			in := a.orgAt(m)
			return roleRef{start: k, next: in.end, role: role + " " + a.text(k+1, m), org: in.name, orgPlace: in.place}, true
		}
		// «ریاست اتاق X»: the first word of a long head, as after a post
		// (shortHeadBody).
		if o == nil && k+1 < len(ts) && !ts[k+1].punct {
			r := roleRef{start: k, next: k + 2, role: role}
			a.shortHeadBody(&r, []string{role, ts[k+1].text}, k+2)
			if r.org != "" {
				return r, true
			}
		}
		return roleRef{}, false
	}
	if m, in := a.heldBody(o, k+2); in != nil {
		return roleRef{start: k, next: o.end, role: role + " " + a.text(k+1, m), org: in.name, orgPlace: in.place}, true
	}
	return roleRef{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}, true
}

// localOfficeHeads are the posts that head a local office, by the office's
// first word: its head is never «مدیر/رئیس» of it.
var localOfficeHeads = map[string]string{
	persianKey("شهرداری"):   "شهردار",
	persianKey("فرمانداری"): "فرماندار",
	persianKey("استانداری"): "استاندار",
	persianKey("بخشداری"):   "بخشدار",
	persianKey("دهیاری"):    "دهیار",
}

// officeHeadPost is the post of «مدیریت/ریاست/مسئولیت» of a body: the
// local office's own head post («سکان مدیریت شهرداری X» → شهردار), else
// the post the noun names.
func officeHeadPost(role, org string) string {
	if role != "مدیر" && role != "رئیس" && role != "مسئول" {
		return role
	}
	if h, ok := localOfficeHeads[firstWordKey(org)]; ok {
		return h
	}
	return role
}

// heldBody returns the body named inside o from token from on that ends
// where o ends («معاونت عمرانی استانداری X» holds استانداری X), with its
// first token; nil when o holds none.
func (a *analysis) heldBody(o *orgMention, from int) (int, *orgMention) {
	for m := from; m < o.end; m++ {
		if in := a.orgAt(m); in != nil && in.end == o.end && in.end-in.start >= 2 {
			return m, in
		}
	}
	return -1, nil
}

var (
	keyHold = persian.Squash("هستند")
)

// hasAff reports an affiliation of p found already in r's body, with a
// post whose first word is r's.
func (a *analysis) hasAff(p *personMention, r roleRef) bool {
	for _, af := range a.affs {
		if samePerson(af.person, p) && samePost(af.role, r) {
			return true
		}
	}
	return false
}

// samePost reports two posts in one body whose first words are one.
func samePost(x, y roleRef) bool {
	return persianKey(x.org) == persianKey(y.org) && firstWordKey(x.role) == firstWordKey(y.role)
}

// otherPostsAll reports that p holds a post other than r (none taken up
// only from now on), and that ok holds for every such post.
func (a *analysis) otherPostsAll(p *personMention, r roleRef, ok func(af affMention) bool) bool {
	found := false
	for _, af := range a.affs {
		if af.fromNow || !samePerson(af.person, p) || samePost(af.role, r) {
			continue
		}
		if !ok(af) {
			return false
		}
		found = true
	}
	return found
}

func firstWordKey(s string) string {
	w := persian.Words(s)
	if len(w) == 0 {
		return ""
	}
	return persianKey(w[0])
}

// leftPost returns the post a person named as its former holder left
// («Y، مدیرکل سابق Z»), as a post to fill; ok is false when the article
// names no such person other than p.
func (a *analysis) leftPost(p *personMention) (roleRef, bool) {
	ts := a.toks
	for qi := range a.persons {
		q := &a.persons[qi]
		if samePerson(q, p) {
			continue
		}
		k := q.end
		if k < len(ts) && isSeparator(ts[k].text) {
			k++
		}
		if r := a.roleStartingAt(k); r != nil && r.former && r.org != "" {
			out := *r
			out.former = false
			return out, true
		}
	}
	return roleRef{}, false
}
