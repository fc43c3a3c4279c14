package extract

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
