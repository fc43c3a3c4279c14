package extract

import "strings"

// maxChargeSinceTokens bounds the words of a start date «از ...» written between
// a charge's body and the one it is entrusted to.
const maxChargeSinceTokens = 7

// chargeSinceWords are the words, besides numbers, months and weekdays, of
// a start date written between a charge's body and «(با حکم ...) به X
// سپرده شد»: «از امروز»، «از روز یکشنبه ۳ دی»، «از ابتدای مهرماه»، «از
// تاریخ ۱ بهمن»، «از هفته آینده».
var chargeSinceWords = keySet("امروز", "فردا", "دیروز", "روز", "تاریخ", "ابتدای", "اول", "آغاز", "ماه", "هفته", "سال", "جاری", "آینده")

// r18bSinceEnd returns the token after a start date «(نیز) از ...» at j
// («از امروز»، «نیز از روز یکشنبه ۳ دی»), else j.
func (a *analysis) r18bSinceEnd(j0 int) int {
	ts := a.toks
	j := j0
	if j < len(ts) && (ts[j].key == keyAlso || ts[j].key == keyAlso2) {
		j++ // «مسئولیت اداره X نیز از امروز به الف سپرده شد»
	}
	if j+1 >= len(ts) || ts[j].key != keyFromDate || ts[j].sent != ts[j0].sent {
		return j0
	}
	k := j + 1
	for k < len(ts) && k <= j+maxChargeSinceTokens && ts[k].sent == ts[j].sent {
		t := ts[k]
		if t.digit || monthKeys[t.key] || monthKeys[strings.TrimSuffix(t.key, keyMonth)] || chargeSinceWords[t.key] {
			k++
			continue
		}
		if _, n, ok := weekdayAt(ts, k); ok {
			k += n
			continue
		}
		break
	}
	if k == j+1 {
		return j0
	}
	return k
}

// r18bDecreeAfterSince reports «از DATE با حکم» at j: the charge's start
// date, then the decree's issuer («مسئولیت اداره X از امروز با حکم الف
// به ب سپرده شد»).
func (a *analysis) r18bDecreeAfterSince(j int) bool {
	ts := a.toks
	e := a.r18bSinceEnd(j)
	return e > j && e+1 < len(ts) && ts[e].key == keyWith && ts[e+1].key == keyDecree
}

// r18bDropEchoedReplaces drops the appointment «X جایگزین Y شد» gave X
// with a post borrowed from elsewhere in the report when another rule
// already told X's change with Y as the predecessor, in another body:
// «الف با حکم ... سرپرست اداره X شد. الف جایگزین ب شد» tells one change,
// not two.
func (a *analysis) r18bDropEchoedReplaces() {
	kept := a.apps[:0]
	for i, ap := range a.apps {
		if ap.rule == "replaces" && ap.predecessor != nil && a.r18bChangeToldBy(i) {
			a.reject("appointment", "replaces", ap.sent, ap.person.name+" — "+ap.role.role+" — "+ap.role.org, "the change is told already with its predecessor, in another body")
			continue
		}
		kept = append(kept, ap)
	}
	a.apps = kept
}

// r18bChangeToldBy reports another appointment than a.apps[i], by another
// rule, of the same person after the same predecessor, in another body.
func (a *analysis) r18bChangeToldBy(i int) bool {
	ap := a.apps[i]
	for k, e := range a.apps {
		if k != i && e.rule != "replaces" && e.predecessor != nil && samePerson(e.person, ap.person) &&
			samePerson(e.predecessor, ap.predecessor) && persianKey(e.role.org) != persianKey(ap.role.org) {
			return true
		}
	}
	return false
}

// r18bRelativePredicate reads «X که (DAY) (با حکم ...) R BODY شده است،
// ...» at k, the «که» after X: the relative clause tells X's appointment
// («الف که روز گذشته با حکم استاندار سرپرست بخشداری Y شده است، معرفی
// شد»). It reports whether it added one.
func (a *analysis) r18bRelativePredicate(p *personMention, k int) bool {
	ts := a.toks
	if k+1 >= len(ts) || ts[k].key != keyWhich || ts[k+1].sent != ts[k].sent {
		return false
	}
	j := k + 1
	if c := r17bDayPhraseEnd(ts, j); c > 0 {
		j = c
	}
	if c := a.decreePhraseEnd(j); c > 0 {
		j = c
	}
	r, ok := a.roleAt(j)
	if !ok || r.org == "" || r.former || !isBecomeVerb(ts, r.next) || a.pastPostBefore(j) {
		return false
	}
	a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "relative-predicate"})
	return true
}

// r18bDecreeByNameEnd returns the token after «با حکم (TITLE) NAME، R
// BODY،» at k, the decree's issuer named with his post in apposition
// between a subject and its predicate («الف با حکم دکتر ب، مدیرکل X،
// سرپرست اداره Y شد»), else 0.
func (a *analysis) r18bDecreeByNameEnd(k int) int {
	ts := a.toks
	if k+3 >= len(ts) || ts[k].key != keyWith || ts[k+1].key != keyDecree {
		return 0
	}
	q := a.personStartingAt(k + 2)
	if q == nil {
		q = a.personStartingAt(k + 2 + a.titleAt(k+2))
	}
	if q == nil || q.end+1 >= len(ts) || ts[q.end].text != "،" || ts[q.end].sent != ts[k].sent {
		return 0
	}
	return a.appositionPostEnd(q.end + 1)
}

// r18bDecreeIssuer reports p named right after «با حکم» (its titles
// between): the decree's issuer, no subject of the predicate after it.
func (a *analysis) r18bDecreeIssuer(p *personMention) bool {
	i := a.titledStart(p)
	return i >= 2 && a.toks[i-1].key == keyDecree && a.toks[i-2].key == keyWith && a.toks[i-1].sent == a.toks[p.start].sent
}

// recentlyWords are the adverbs of a change told as recent, between the
// one appointed and the predicate: «الف اخیراً مدیرکل X شده است».
var recentlyWords = keySet("اخیراً", "اخیرا", "به‌تازگی", "بتازگی", "به تازگی")

// r18bRecentlyEnd returns the token after an adverb of recentness at k
// (اخیراً، به‌تازگی), else k.
func r18bRecentlyEnd(ts []token, k int) int {
	if k+1 < len(ts) && recentlyWords[ts[k].key] && ts[k+1].sent == ts[k].sent {
		return k + 1
	}
	return k
}

// r18bAlsoWhich returns the «که» after «نیز/هم» at k («الف نیز که ...
// بود، R شد»), else k.
func r18bAlsoWhich(ts []token, k int) int {
	if k+1 < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) && ts[k+1].key == keyWhich {
		return k + 1
	}
	return k
}

// helmNouns are the nouns «سکان» may take before the body it steers:
// «سکان مدیریت بیمارستان X»، «سکان هدایت شرکت Y».
var helmNouns = keySet("مدیریت", "هدایت", "ریاست")

// helmPassedVerbs say a charge passed to its new holder: «سکان X به الف
// رسید»، «... به الف سپرده شد».
var helmPassedVerbs = keySet("رسید", "سپرده", "واگذار")

// r18bHelmReached reads «سکان (مدیریت/هدایت) BODY به X رسید/سپرده شد»:
// X takes the post that heads the body.
func (a *analysis) r18bHelmReached() {
	ts := a.toks
	for k := 0; k+4 < len(ts); k++ {
		if ts[k].key != keyHelm {
			continue
		}
		b := k + 1
		if helmNouns[ts[b].key] {
			b++
		}
		o := a.orgAt(b)
		if o == nil || o.start != b || o.end+2 >= len(ts) || ts[o.end].key != keyTo || ts[o.end].sent != ts[k].sent {
			continue
		}
		p := a.personStartingAt(o.end + 1)
		if p == nil {
			p = a.personStartingAt(o.end + 1 + a.titleAt(o.end+1))
		}
		if p == nil || p.end >= len(ts) || !helmPassedVerbs[ts[p.end].key] {
			continue
		}
		role := headPostOf(o.name)
		if role == "" {
			continue
		}
		r := roleRef{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "helm-reached"})
	}
}
