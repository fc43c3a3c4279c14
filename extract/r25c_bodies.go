package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// r25cNestedCountyForm returns the form of e the file writes on its own
// when e's name, with «شهرستان» or «شهر» («فرمانداری شهرستان الف»), is
// written only inside a longer body's name («پایگاه اطلاع‌رسانی
// فرمانداری شهرستان الف», a site's name) and the report names the body
// without that word («فرمانداری الف»): the name the report itself gives
// the body, as writtenCountyForm does for a name inferred from a post.
func r25cNestedCountyForm(e *orgEnt, written, alone map[string]bool) string {
	k := persianKey(e.name)
	if !written[k] || alone[k] {
		return ""
	}
	named := *e
	named.key = k // the name chosen, which may be a form's
	return writtenCountyForm(&named, alone)
}

// r25cGluedCopulas are the plural copula's endings written on a word
// that ends in a letter that joins no next one («امدادند»، «آزادیم»), with
// no non-joiner between them (hasGluedCopula reads the joined ones).
var r25cGluedCopulas = []string{"ند", "یم"}

// r25cBodiesPass applies round 25's rules on the bodies found.
func (a *analysis) r25cBodiesPass() {
	a.r25cCutGluedCopula()
	a.r25cTownThenProvince()
}

// r25cCutGluedCopula ends a body's name whose last word, the last of its
// clause, is a word of the name with a copula glued on («... تحت حمایت
// کمیته امدادند»): the word without the ending is the name's word where
// the file names the body elsewhere («رئیس کمیته امداد شهرستان الف»)، after
// the same word. A word that only ends so («نهاوند»، «پیوند») is found
// whole elsewhere, not cut.
func (a *analysis) r25cCutGluedCopula() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		l := o.end - 1
		if o.end-o.start < 2 || o.end > len(ts) || o.end < len(ts) && ts[o.end].sent == ts[l].sent && !ts[o.end].punct {
			continue
		}
		if !strings.HasSuffix(o.name, ts[l].text) {
			continue
		}
		for _, c := range r25cGluedCopulas {
			stem, ok := strings.CutSuffix(ts[l].text, c)
			if !ok || utf8.RuneCountInString(stem) < 3 || !r25cEndsUnjoined(stem) {
				continue
			}
			if !a.r25cWordOfBodyAfter(persianKey(stem), ts[l-1].key, l) {
				continue
			}
			o.name = strings.TrimSuffix(o.name, c)
			break
		}
	}
}

// r25cWordOfBodyAfter reports a token other than skip keyed word, inside
// a body's name, right after a token keyed prev.
func (a *analysis) r25cWordOfBodyAfter(word, prev string, skip int) bool {
	ts := a.toks
	for k := 1; k < len(ts); k++ {
		if k != skip && ts[k].key == word && ts[k-1].key == prev && a.orgCover[k] && a.orgCover[k-1] {
			return true
		}
	}
	return false
}

// r25cEndsUnjoined reports a word ending in a letter that joins no next
// one (ا د ذ ر ز ژ و): an ending after it is written joined with no
// non-joiner by the commonest hands.
func r25cEndsUnjoined(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("ادذرزژو", r)
}

// r25cSpacedCompounds are the compound nouns of two verb stems joined by
// «و» («گفت‌وگو»، «جست‌وجو»، «رفت‌وآمد»), first part and second: typed
// with spaces for the non-joiner («گفت و گو») their first part reads as
// a verb, though the three words are one noun of a body's name
// («شورای گفت و گوی دولت و بخش خصوصی»).
var r25cSpacedCompounds = map[string]string{
	persianKey("گفت"): persianKey("گو"),
	persianKey("جست"): persianKey("جو"),
	persianKey("شست"): persianKey("شو"),
	persianKey("رفت"): persianKey("آمد"),
}

// r25cSpacedCompoundLen returns the tokens of such a compound typed apart
// at j, its last word bare or with the ezafe's «ی»: three in «گفت و
// گوی», two in «گفت وگوی»; else 0.
func r25cSpacedCompoundLen(ts []token, j int) int {
	second, ok := r25cSpacedCompounds[ts[j].key]
	if !ok || j+1 >= len(ts) || ts[j+1].sent != ts[j].sent {
		return 0
	}
	if k := ts[j+1].key; k == keyAnd+second || k == keyAnd+second+"ی" {
		return 2
	}
	if ts[j+1].key != keyAnd || j+2 >= len(ts) || ts[j+2].sent != ts[j].sent {
		return 0
	}
	if k := ts[j+2].key; k == second || k == second+"ی" {
		return 3
	}
	return 0
}

// r25cOutletDateline reports an outlet whose name ends with a province's
// («خبرگزاری فارس»): a dash and a city after it («خبرگزاری فارس -
// شیراز؛») are the dateline's seat of the report, no part of the name.
func r25cOutletDateline(ts []token, o *orgMention) bool {
	return o.start < len(ts) && (outletHeads[ts[o.start].key] || ts[o.start].key == keyNewsAgency)
}

// r25cPlacedTeachingCentre returns the one teaching hospital of the file
// whose official name is a head of r21cTeachingCentres, the words of a
// hospital e named with no place («بیمارستان الف») and the centre's own
// place («مرکز آموزشی درمانی الف ب», ب its city): one hospital, its
// common name told without the city. Else nil.
func r25cPlacedTeachingCentre(e *orgEnt, ents []*orgEnt) *orgEnt {
	rest, ok := strings.CutPrefix(e.name, "بیمارستان ")
	if !ok || rest == "" || e.place != "" {
		return nil
	}
	var only *orgEnt
	for _, t := range ents {
		if t == e || t.place == "" || t.mergeTo != nil {
			continue
		}
		for _, h := range r21cTeachingCentres {
			if t.key == persianKey(h+" "+rest+" "+t.place) {
				if only != nil && only != t {
					return nil
				}
				only = t
			}
		}
	}
	return only
}

// r25cSpacedSuperlative reports at k the superlative's «ترین» typed apart
// from its adjective («بزرگ ترین ناحیه»): a superlative before a head
// makes a kind of body, no body's name, as isSuperlative's does.
func r25cSpacedSuperlative(ts []token, k int) bool {
	return k > 0 && ts[k].key == keySuperlative && !ts[k-1].punct && ts[k-1].sent == ts[k].sent
}

// r25cTownThenProvince lengthens a company's name that ends with a town
// by the town's province written right after it («شرکت سیمان الف
// سیستان و بلوچستان»، الف a town of that province): companies named by
// their town take the province too, as a one-word province after it is.
func (a *analysis) r25cTownThenProvince() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if e >= len(ts) || e < 2 || ts[e].sent != ts[e-1].sent || !companyHeads[ts[o.start].key] || o.name != a.text(o.start, o.end) || a.orgCover[e] {
			continue
		}
		_, of := cities.at(ts, e-1)
		if n, t := towns.at(ts, e-1); of == "" && n == 1 {
			of = t
		}
		pn, _ := provinces.at(ts, e)
		if of == "" || pn == 0 || persian.Squash(a.text(e, e+pn)) != persian.Squash(of) {
			continue
		}
		o.end = e + pn
		o.name = a.text(o.start, o.end)
		for k := e; k < o.end; k++ {
			a.orgCover[k] = true
		}
	}
}

// r25cCorpsOfOrganization reports a corps e («سپاه الف استان ب») named at
// the end of the name f of a Basij organization under a generic head
// («سازمان بسیج سازندگی سپاه الف استان ب»): the organization is a part of
// the corps, and the corps no short form of it, as r22cCorpsOfBranch
// tells of a branch named without the head.
func r25cCorpsOfOrganization(e, f *orgEnt) bool {
	if firstWordKey(e.name) != keyCorps || !strings.HasSuffix(f.name, " "+e.name) {
		return false
	}
	head, rest, ok := strings.Cut(strings.TrimSuffix(f.name, " "+e.name), " ")
	return ok && slices.Contains(genericHeads, head) && firstWordKey(rest) == keyBasij && len(strings.Fields(rest)) > 1 && knownBodies.has(persianKey(rest))
}
