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

// r18bSinceEnd returns the token after a start date «از ...» at j («از
// امروز»، «از روز یکشنبه ۳ دی»), else j.
func (a *analysis) r18bSinceEnd(j int) int {
	ts := a.toks
	if j+1 >= len(ts) || ts[j].key != keyFromDate {
		return j
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
		return j
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
