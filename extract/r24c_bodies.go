package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r24cSeatOffices are the offices named by the seat's own «-داری» noun
// (فرمانداری، بخشداری ...): a body by itself, never a unit «اداره» heads.
var r24cSeatOffices = keySet("استانداری", "فرمانداری", "بخشداری", "شهرداری", "دهیاری")

// r24cBodiesPass applies round 24's rules on the bodies found.
func (a *analysis) r24cBodiesPass() {
	a.r24cManagingSeatOffice()
}

// r24cManagingSeatOffice reads «اداره» right before a seat's office
// («اداره بخشداری الف را بر عهده دارد»، «در اداره شهرداری ب»): the
// verbal noun "running", not the head of a body; the body is the office.
func (a *analysis) r24cManagingSeatOffice() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		s := o.start
		if s+2 > o.end || o.end > len(ts) || ts[s].key != keyOffice || !r24cSeatOffices[ts[s+1].key] || ts[s+1].sent != ts[s].sent {
			continue
		}
		if o.name != a.text(s, o.end) {
			continue
		}
		a.orgCover[s] = false
		o.start = s + 1
		o.name = a.text(o.start, o.end)
		if _, head := headNouns.at(ts, o.start); head != "" {
			o.head = head
		}
	}
}

// r24cOpensReport reports token i in the page's lines before its report
// line («به گزارش ...»): a headline or a lead, whose short forms of a
// body («کمیسیون الف شورا») the report spells out after them.
func (a *analysis) r24cOpensReport(i int) bool {
	ts := a.toks
	if i < 0 || i >= len(ts) {
		return false
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].key == keyTo && ts[k+1].key == keyReport && ts[k+1].sent == ts[k].sent {
			return ts[k].sent > ts[i].sent
		}
	}
	return false
}

// r24cSamePlace reports two places of bodies' names that are one town: the
// same, or a port town's full name and its short one («بندر انزلی» and
// «انزلی»، «بندر ماهشهر» and «ماهشهر») where the short one is a town of the
// lexicon too.
func r24cSamePlace(p, q string) bool {
	kp, kq := persianKey(p), persianKey(q)
	if kp == kq {
		return true
	}
	short := func(place string) string {
		w := persian.Words(place)
		if len(w) < 2 || persianKey(w[0]) != keyPort {
			return ""
		}
		rest := strings.Join(w[1:], " ")
		if !cities.has(persianKey(rest)) && !towns.has(persianKey(rest)) {
			return ""
		}
		return persianKey(rest)
	}
	if s := short(p); s != "" && s == kq {
		return true
	}
	s := short(q)
	return s != "" && s == kp
}
