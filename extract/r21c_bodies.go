package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// r21cSeatAfterDash lengthens a provincial body's name that ends with its
// province by the seat written after a dash («اداره کل منابع طبیعی
// استان الف - ب»، ب a city of that province): provinces with two
// directorates of one service tell them apart so, and the seat is part of
// the name. The dash and city must close the name: a punctuation mark, a
// line's end or a word that is no place follows.
func (a *analysis) r21cSeatAfterDash() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if e+1 >= len(ts) || e == 0 || ts[e].text != "-" || ts[e+1].sent != ts[e-1].sent || ts[e+1].punct {
			continue
		}
		if r25cOutletDateline(ts, o) {
			continue
		}
		province := ""
		for b := max(0, e-3); b < e && province == ""; b++ {
			if n, _ := provinces.at(ts, b); n == e-b && b >= o.start {
				province = a.text(b, e)
			}
		}
		if province == "" {
			continue
		}
		cn, _ := cities.at(ts, e+1)
		if cn == 0 || e+1+cn > len(ts) {
			continue
		}
		_, cityProvince := cities.at(ts, e+1)
		if persian.Squash(cityProvince) != persian.Squash(province) {
			continue
		}
		if k := e + 1 + cn; k < len(ts) && ts[k].sent == ts[e].sent && !ts[k].punct && a.isNameWordCheap(k) {
			continue
		}
		o.name += " - " + a.text(e+1, e+1+cn)
		o.end = e + 1 + cn
		for k := e; k < o.end; k++ {
			a.orgCover[k] = true
		}
	}
}

// r21cNestedPlacedOnly reports a university f with a place that the file
// names only inside a unit's longer name («پردیس الف دانشگاه ب استان ج»),
// and the university e named on its own with no place («رئیس دانشگاه
// ب»): e is the university at large, of campuses in every province, not
// the short form of f, a parent written only to place the unit.
func r21cNestedPlacedOnly(e, f *orgEnt) bool {
	return len(e.core) > 0 && e.core[0] == keyUniversity && e.place == "" && e.generic == "" && e.unnested && f.place != "" && !f.unnested
}

// r21cTeachingCentres are the official heads of a teaching hospital,
// whose common name is «بیمارستان X»: «مرکز آموزشی درمانی X» and its
// longer spellings.
var r21cTeachingCentres = []string{"مرکز آموزشی درمانی", "مرکز آموزشی و درمانی", "مرکز آموزشی، درمانی", "مرکز آموزشی درمانی و پژوهشی", "مرکز آموزشی، پژوهشی و درمانی"}

// r21cTeachingCentreOf returns the body the file names «مرکز آموزشی
// درمانی X» for a hospital e named «بیمارستان X»: one hospital, under
// its common and its official name. Else nil.
func r21cTeachingCentreOf(e *orgEnt, byKey map[string]*orgEnt) *orgEnt {
	rest, ok := strings.CutPrefix(e.name, "بیمارستان ")
	if !ok || rest == "" {
		return nil
	}
	for _, h := range r21cTeachingCentres {
		if t := byKey[persianKey(h+" "+rest)]; t != nil && t != e {
			return t
		}
	}
	return nil
}

// r21cMaxDashTail bounds the words of a body's name after a dashed pair of
// adjectives («تجاری - صنعتی الف»).
const r21cMaxDashTail = 3

// r21cDashedAdjectives lengthens a body's name cut at a dash between two
// adjectives in «ی» («سازمان منطقه آزاد تجاری - صنعتی الف»، «مرکز آموزشی
// - درمانی ب»): the pair is one qualifier of the name, and the name goes
// on after it up to a punctuation mark, a stop word or a post.
func (a *analysis) r21cDashedAdjectives() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if e+1 >= len(ts) || e-1 <= o.start || ts[e].text != "-" || ts[e+1].sent != ts[e-1].sent || ts[e+1].punct {
			continue
		}
		if !r21cAdjective(ts[e-1]) || !r21cAdjective(ts[e+1]) || a.orgCover[e+1] {
			continue
		}
		end := e + 2
		for end < len(ts) && end-e-2 < r21cMaxDashTail && ts[end].sent == ts[e].sent && !ts[end].punct && !a.orgCover[end] &&
			!stopWords.has(ts[end].key) && roleWordsAt(ts, end) == 0 && a.isNameWordCheap(end) {
			end++
		}
		o.name += " - " + a.text(e+1, end)
		o.end = end
		for k := e; k < end; k++ {
			a.orgCover[k] = true
		}
	}
}

// r21cAdjective reports a word of at least four letters in «ی» that is no
// stop word: an adjective of kind («تجاری»، «صنعتی»، «آموزشی»).
func r21cAdjective(t token) bool {
	return !t.punct && utf8.RuneCountInString(t.key) >= 4 && strings.HasSuffix(t.key, "ی") && !stopWords.has(t.key)
}
