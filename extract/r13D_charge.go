package extract

import "github.com/peyvand/peyvand/persian"

// maxDecreeIssuerTokens bounds the words of «با حکم ISSUER» between a
// charge's body and «به X سپرده شد».
const maxDecreeIssuerTokens = 14

// decreedChargeClauses reads «مسئولیت/سرپرستی BODY با حکم ISSUER به X
// سپرده/واگذار/محول شد»: the decree's issuer («دکتر الف مدیرکل Y»)
// stands between the body and the one it is entrusted to. «مسئولیت»
// names no title of its own: the holder is the report's new post in that
// body when it names one («سرپرست جدید BODY معرفی شد»), else its head.
func (a *analysis) decreedChargeClauses(post roleRef) {
	ts := a.toks
	for k := 0; k+4 < len(ts); k++ {
		noun, ok := postNouns[ts[k].key]
		if !ok {
			continue
		}
		o := a.orgAt(k + 1)
		if o == nil || o.start != k+1 || o.end+2 >= len(ts) {
			continue
		}
		s := ts[k].sent
		var p *personMention
		switch {
		case ts[o.end].key == keyWith && ts[o.end+1].key == keyDecree:
			p = a.entrustedAfter(o.end+2, s)
		case ts[o.end].key == keyRa && ts[o.end+1].key == keyWhich:
			p = a.entrustedToPronoun(o.end+2, s)
		case ts[o.end].key == keyWhich:
			p = a.entrustedToPronoun(o.end+1, s)
		case a.r18bDecreeAfterSince(o.end):
			p = a.entrustedAfter(a.r18bSinceEnd(o.end)+2, s) // «مسئولیت BODY از امروز با حکم ISSUER به X سپرده شد»
		}
		if p == nil {
			continue
		}
		r := roleRef{start: k, next: o.end, org: o.name, orgPlace: o.place, role: noun}
		if noun == postNouns[keyCharge] {
			if head := persian.Words(o.name); len(head) > 0 && bodyHeadRoles[persianKey(head[0])] != "" {
				r.role = bodyHeadRoles[persianKey(head[0])]
				if persianKey(head[0]) == keyOfficeHead && (len(head) < 2 || persianKey(head[1]) != keyGeneralWord) {
					r.role = "رئیس"
				}
			}
			if post.role != "" && persianKey(post.org) == persianKey(o.name) {
				r.role = post.role
			}
			if role := a.r17bLaterNewTitle(r); role != "" {
				r.role = role // «... به الف سپرده شد. رئیس جدید مرکز X ...»
			}
		}
		a.addClauseApp(appMention{person: p, role: r, sent: s, how: howDecree, rule: "decreed-charge"})
	}
}

// entrustedAfter returns X of the first «به X سپرده/واگذار شد» within
// maxDecreeIssuerTokens of j in sentence s, or nil.
func (a *analysis) entrustedAfter(j0, s int) *personMention {
	ts := a.toks
	for j := j0; j < len(ts) && j <= j0+maxDecreeIssuerTokens && ts[j].sent == s; j++ {
		if ts[j].key != keyTo {
			continue
		}
		if q := a.personStartingAt(j + 1); q != nil && q.end < len(ts) && keyEntrusted[ts[q.end].key] {
			return q
		}
		return nil
	}
	return nil
}

// entrustedToPronoun reads the clause «(را) که (با حکم وی) به او سپرده
// شده» after a charge's body, from j: the one the pronoun stands for is
// entrusted with it («از الف خواست ریاست مرکز X را که با حکم وی به او
// سپرده شده، پیگیری کند»).
func (a *analysis) entrustedToPronoun(j0, s int) *personMention {
	ts := a.toks
	for j := j0; j+2 < len(ts) && j <= j0+maxDecreeIssuerTokens && ts[j].sent == s; j++ {
		if ts[j].key == keyWhich || ts[j].text == "،" {
			return nil
		}
		if ts[j].key == keyTo && pronounKeys[ts[j+1].key] && keyEntrusted[ts[j+2].key] {
			return a.antecedent(j + 1)
		}
	}
	return nil
}

// representativeOnBoard reads «به عنوان نماینده شورا در هیئت‌مدیره
// سازمان X»: a body's representative on another body's board holds a
// post in that body, «نماینده شورا در هیئت‌مدیره».
func (a *analysis) representativeOnBoard(r *roleRef) {
	ts := a.toks
	j := r.next
	if firstWordKey(r.role) != keyRepresentative || j+2 >= len(ts) || ts[j].key != keyIn {
		return
	}
	e := boardPhraseEnd(ts, j+1)
	if e == j+1 || e >= len(ts) {
		return
	}
	o := a.orgAt(e)
	if o == nil || o.start != e {
		return
	}
	r.role = a.text(r.start, e)
	r.org, r.orgPlace, r.next = o.name, o.place, o.end
}
