package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r22bAfterColon reports a post told right after a colon: «شیراز - نامه
// پارس: مدیرکل BODY، الف ...». A name before a colon is a dateline's
// agency or a speaker whose words follow, not the holder of the post the
// words start with, so the post stays free for the name after it.
func r22bAfterColon(ts []token, s int) bool {
	return s > 0 && (ts[s-1].text == ":" || ts[s-1].text == "：")
}

// r22bAppositionBeforeObject handles «R BODY، الف، ب را به عنوان R2
// معرفی کرد»: الف closed by commas after the post is the post's holder in
// apposition, and ب alone before «را» the verb's object. Names joined by
// «و» («استاندار، الف و ب را منصوب کرد») stay a list of objects.
func (a *analysis) r22bAppositionBeforeObject(p *personMention) bool {
	ts := a.toks
	e, n := p.end, 1
	for ; e+1 < len(ts) && n <= maxPluralListed && ts[e].text == "،"; n++ {
		q := a.personStartingAt(e + 1)
		if q == nil {
			return false
		}
		e = q.end
	}
	return n == 2 && e < len(ts) && ts[e].key == keyRa
}

// r22bCoordinatedIssuerEnd handles a decree issued by one holder of two
// posts: «الف با حکم معاون وزیر و رئیس سازمان X، سرپرست Y شد». From j,
// the end of the issuer's first post, it returns the end of the second
// when «و» joins one closed by a comma, else j.
func (a *analysis) r22bCoordinatedIssuerEnd(j int) int {
	ts := a.toks
	if j+1 >= len(ts) || ts[j].key != keyAnd {
		return j
	}
	r, ok := a.roleAt(j + 1)
	if !ok || r.next <= j+1 || r.next >= len(ts) || ts[r.next].text != "،" || ts[r.next].sent != ts[j].sent {
		return j
	}
	return r.next
}

// r22bReportSource reports a name told as a report's source, «به گزارش
// الف، R ... گفت»: the post after the comma opens the sentence itself and
// is not the source's in apposition. A post closed by a comma («به گزارش
// الف، خبرنگار ما، ...») stays the source's.
func (a *analysis) r22bReportSource(p *personMention, r *roleRef) bool {
	ts := a.toks
	if p.start < 2 || ts[p.start-1].key != keyReport || ts[p.start-2].key != keyTo {
		return false
	}
	if p.end >= len(ts) || ts[p.end].text != "،" || r.start != p.end+1 {
		return false
	}
	return r.next >= len(ts) || ts[r.next].text != "،"
}

// r22bPostNounOfBareHead reads «سمت دبیری هیئت نیز به الف سپرده شد»: a
// post's noun (دبیری، ریاست) before a bare body head is the post of the
// body under that head the sentence or the one before names («مجمع هیئت
// X استان Y ...»), else the one under that head the report named last.
// It returns the post with that body, or false.
func (a *analysis) r22bPostNounOfBareHead(i int) (roleRef, bool) {
	ts := a.toks
	if i+1 >= len(ts) || ts[i+1].sent != ts[i].sent {
		return roleRef{}, false
	}
	role, ok := postNouns[ts[i].key]
	if !ok || ts[i].key == keyCharge {
		return roleRef{}, false
	}
	r := roleRef{start: i, next: i + 2, role: role}
	o := a.listBody(i, r)
	if o == nil || firstWordKey(o.name) != ts[i+1].key {
		o = a.r22bLastUnderHead(i, ts[i+1].key)
	}
	if o == nil {
		return roleRef{}, false
	}
	r.org, r.orgPlace = o.name, o.place
	return r, true
}

// r22bLastUnderHead returns the body under head (its first word) named
// in full (three words or more) last before token i, or nil.
func (a *analysis) r22bLastUnderHead(i int, head string) *orgMention {
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end > i || o.end-o.start < 3 || firstWordKey(o.name) != head {
			continue
		}
		if best == nil || o.start > best.start {
			best = o
		}
	}
	return best
}

// keyDeputyOffice is «معاونت», the office a deputy («معاون») heads.
var keyDeputyOffice = persianKey("معاونت")

// r22bDeputyOfOtherField handles a deputy's post that took the body of a
// coordinated post in another deputy's office: «در سمت معاون پژوهش و
// سرپرست معاونت آموزشی دانشگاه X قرار گرفت». The deputy of research is
// no part of the office of education; his post is in the parent body
// the office's name ends with («دانشگاه X»), a body the report names.
func (a *analysis) r22bDeputyOfOtherField(r roleRef) roleRef {
	w := persian.Words(r.role)
	if len(w) < 2 || persianKey(w[0]) != keyDeputyPost || firstWordKey(r.org) != keyDeputyOffice {
		return r
	}
	if strings.HasPrefix(persianKey(r.org), persianKey("معاونت "+strings.Join(w[1:], " "))) {
		return r // «معاون آموزشی» of «معاونت آموزشی ...»
	}
	ow := persian.Words(r.org)
	var best *orgMention
	bestLen := 0
	for k := range a.orgs {
		o := &a.orgs[k]
		nw := persian.Words(o.name)
		if firstWordKey(o.name) == keyDeputyOffice || len(nw) >= len(ow) || len(nw) <= bestLen {
			continue
		}
		if persianKey(strings.Join(ow[len(ow)-len(nw):], " ")) == persianKey(o.name) {
			best, bestLen = o, len(nw)
		}
	}
	if best != nil {
		r.org, r.orgPlace = best.name, best.place
	}
	return r
}
