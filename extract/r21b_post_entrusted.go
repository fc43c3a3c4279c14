package extract

import "strings"

// maxEntrustedApposition bounds the words of an apposition between the
// appointee and «سپرده شد» («به الف، عضو دیگر شورا، سپرده شد»).
const maxEntrustedApposition = 6

// r21bPostEntrusted reads «سمت R (BODY) (نیز/همچنان) به X سپرده شد»,
// the post itself entrusted to X, an appointment like the charge of
// chargeClauses; X may carry an apposition between commas. A post that
// names no body takes the one its sentence or the one before names,
// else the body of the appointment the sentence before tells, one vote's
// posts sharing a body («الف در سمت منشی هیئت رئیسه شورا قرار گرفت.
// سمت خزانه‌دار به ب سپرده شد»). «به سمت» and
// «در سمت» are the as-title rules'.
func (a *analysis) r21bPostEntrusted() {
	ts := a.toks
	for k := 0; k+4 < len(ts); k++ {
		if ts[k].key != keyPost || k > 0 && ts[k-1].sent == ts[k].sent && (ts[k-1].key == keyTo || ts[k-1].key == keyIn) {
			continue
		}
		r, ok := a.roleAt(k + 1)
		if !ok {
			r, ok = a.r22bPostNounOfBareHead(k + 1) // «سمت دبیری هیئت نیز به ...»
		}
		if !ok || r.former || r.next >= len(ts) || ts[r.next].sent != ts[k].sent {
			continue
		}
		if w := strings.Fields(r.role); r.org == "" && len(w) > 1 && stillWords[ts[r.next-1].key] {
			// «سمت خزانه‌دار همچنان به ...»: the adverb is no part of the post.
			r.role, r.next = strings.Join(w[:len(w)-1], " "), r.next-1
		}
		j := a.r20bSkipDayAdjunct(a.skipIssuer(r.next))
		for j < len(ts) && (ts[j].key == keyAlso || ts[j].key == keyAlso2 || stillWords[ts[j].key]) {
			j++
		}
		j, pred := a.r19aChargeAdjuncts(j) // «... با حکم مدیرکل به الف سپرده شد»
		if j+1 >= len(ts) || ts[j].key != keyTo {
			continue
		}
		p := a.personStartingAt(j + 1)
		if p == nil || p.end >= len(ts) {
			continue
		}
		e := p.end
		if isSeparator(ts[e].text) {
			// «به الف، عضو دیگر شورا، سپرده شد»
			c := e + 1
			for c < len(ts) && c-e <= maxEntrustedApposition && ts[c].sent == ts[k].sent && !isSeparator(ts[c].text) {
				c++
			}
			if c < len(ts) && isSeparator(ts[c].text) {
				e = c + 1
			}
		}
		if e >= len(ts) || !keyEntrusted[ts[e].key] {
			continue
		}
		r.start = k
		if r.org == "" {
			if o := a.listBody(k, r); o != nil {
				r.org, r.orgPlace = o.name, o.place
			} else if ap := a.r21bLastAppBefore(ts[k].sent); ap != nil {
				r.org, r.orgPlace = ap.role.org, ap.role.orgPlace
			} else {
				continue
			}
		}
		a.addClauseApp(appMention{person: p, predecessor: pred, role: r, sent: ts[k].sent, how: howAppointment, rule: "post-entrusted"})
	}
}

// r21bLastAppBefore returns the last appointment with a body told in
// the sentence right before sentence s, else nil.
func (a *analysis) r21bLastAppBefore(s int) *appMention {
	var last *appMention
	for i := range a.apps {
		if ap := &a.apps[i]; ap.sent == s-1 && ap.role.org != "" && (last == nil || ap.role.start > last.role.start) {
			last = ap
		}
	}
	return last
}

// r21bChargeOfHead returns the post of the head of a body whose first
// word is head, for «مسئولیت BODY به X سپرده شد» when no role names the
// body's head: a centre or an institute is headed by its رئیس («مسئولیت
// مرکز بهداشت شهرستان X»); else role, the charge. A company's, an
// office's or a committee's charge is told as written: its holder is
// often no head but the one in charge.
func r21bChargeOfHead(head, role string) string {
	if r21bChargedHeads[persianKey(head)] {
		return "رئیس"
	}
	return role
}

// r21bChargedHeads are the body heads whose charge is the post of رئیس.
var r21bChargedHeads = keySet("مرکز", "پژوهشگاه", "پژوهشکده")
