package extract

import (
	"slices"

	"github.com/peyvand/peyvand/persian"
)

// keyUnitOf is «واحد», the unit of a body spread over a province's towns
// («دانشگاه آزاد اسلامی واحد X»، «دانشگاه پیام نور واحد Y»).
var keyUnitOf = persianKey("واحد")

// r18bProvinceNotUnit reports a long name f naming a body's unit («دانشگاه
// الف واحد X») and a short one e its provincial body («دانشگاه الف استان
// X»): the province's body runs the units, it is none of them.
func r18bProvinceNotUnit(e, f *orgEnt) bool {
	if !slices.Contains(f.core, keyUnitOf) || slices.Contains(e.core, keyUnitOf) {
		return false
	}
	for _, w := range persian.Words(e.name) {
		if persianKey(w) == keyProvince {
			return true
		}
	}
	return false
}

// r18bParentRest reports the rest [e, end) of a name before «را» that is
// itself a body the article names, starting with its head: «ریاست دانشکده
// X دانشگاه Y را بر عهده دارد» names the faculty of the university, its
// parent's name the end of the faculty's, no object of the clause.
func r18bParentRest(ts []token, e, end int, names map[string]bool, a *analysis) bool {
	return headNounsAt(ts, e) > 0 && names[a.keyOf(e, end)]
}

// r18bParentInserted reports a long name f that is the short name e with
// its parent body written inside it, before e's place or unit: «دانشکده
// فنی دانشگاه الف واحد X» is «دانشکده فنی واحد X» with its university
// named. The words after e's shared start begin with a head noun, and e's
// rest closes f.
func r18bParentInserted(e, f []string) bool {
	m := 0
	for m < len(e) && m < len(f) && e[m] == f[m] {
		m++
	}
	if m < 2 || m == len(e) || m >= len(f) || !headNouns.has(f[m]) || academicUnitHeads[f[m]] {
		return false
	}
	rest := e[m:]
	return len(f)-m > len(rest) && equalWords(f[len(f)-len(rest):], rest)
}

// r18bEndsWithAnd reports a name whose last word is «و»: a post's words
// run into a list of persons («مدیرکل میراث فرهنگی و الف بازدید
// کردند»), and no body's name ends with the conjunction.
func r18bEndsWithAnd(name string) bool {
	w := persian.Words(name)
	return len(w) > 1 && persianKey(w[len(w)-1]) == keyAnd
}

// keyChamber is «اتاق», the head of the chambers (اتاق بازرگانی، اتاق
// تعاون، اتاق اصناف), a room otherwise.
var keyChamber = persianKey("اتاق")

// r18bChamberShortForms reads «اتاق PLACE» (اتاق قزوین، اتاق تبریز) as
// the chamber of that place in a report that names a chamber of another
// place in full («اتاق بازرگانی، صنایع، معادن و کشاورزی X»): the short
// form chambers are called by, a room otherwise.
func (a *analysis) r18bChamberShortForms() {
	ts := a.toks
	named := false
	fullPlaces := map[string]bool{}
	for _, o := range a.orgs {
		if w := persian.Words(o.head); len(w) > 1 && persianKey(w[0]) == keyChamber {
			named = true
			fullPlaces[persianKey(o.place)] = true
		}
	}
	if !named {
		return
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].key != keyChamber || a.orgCover[k] || a.orgCover[k+1] || ts[k+1].sent != ts[k].sent {
			continue
		}
		n := placeLen(ts, k+1)
		if n == 0 || fullPlaces[a.keyOf(k+1, k+1+n)] {
			continue // «اتاق X» of the chamber named in full is read as its short form
		}
		a.orgs = append(a.orgs, orgMention{start: k, end: k + 1 + n, name: a.text(k, k+1+n), head: ts[k].text, place: a.text(k+1, k+1+n)})
		for j := k; j < k+1+n; j++ {
			a.orgCover[j] = true
		}
	}
}

// stationPlurals are «ایستگاه» in the plural: «ایستگاه‌های آتش‌نشانی X».
var stationPlurals = keySet("ایستگاه‌های", "ایستگاههای", "ایستگاه‌ها")

// keyNumberWord is «شماره», before a unit's or a station's number.
var keyNumberWord = persianKey("شماره")

// r18bStationBefore reports a station named before i by its plural or
// with its number: «ایستگاه‌های آتش‌نشانی X»، «ایستگاه (شماره) ۵
// آتش‌نشانی X» are stations, places, not the fire service as a body.
func r18bStationBefore(ts []token, i int) bool {
	if stationPlurals[ts[i-1].key] {
		return true
	}
	if !ts[i-1].digit || i < 2 {
		return false
	}
	if ts[i-2].key == keyStation {
		return true
	}
	return i >= 3 && ts[i-2].key == keyNumberWord && ts[i-3].key == keyStation
}

// universityPlurals are «دانشگاه» in the plural: «هیئت امنای دانشگاه‌های X».
var universityPlurals = keySet("دانشگاه‌ها", "دانشگاهها", "دانشگاه‌های", "دانشگاههای")

// maxBoardOfPluralTokens bounds the words of «هیئت امنای دانشگاه‌ها و
// ... PLACE» before its place.
const maxBoardOfPluralTokens = 10

// r18bProvinceTrusteeBoards lists the board of trustees of a province's
// universities as a body of its own: «هیئت امنای دانشگاه‌ها و مؤسسات
// آموزش عالی و پژوهشی استان X»، «هیئت امنای دانشگاه‌های X». It is no
// part of one university; it meets and decides, and its secretary holds
// its post. The name runs to the place.
func (a *analysis) r18bProvinceTrusteeBoards() {
	ts := a.toks
	for k := 1; k+1 < len(ts); k++ {
		if !universityPlurals[ts[k].key] || a.orgCover[k] {
			continue
		}
		b := trusteeBoardBefore(ts, k)
		if b == 0 || k-b > 0 && isDeterminer(ts[k-b-1].key) {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+maxBoardOfPluralTokens && ts[j].sent == ts[k].sent; j++ {
			if n := placeLen(ts, j); n > 0 {
				a.addOrg(k-b, j+n, a.text(k-b, k), a.text(j, j+n))
				k = j + n - 1
				break
			}
			if ts[j].punct || ts[j].digit || isOrgStop(ts[j]) && ts[j].key != keyAnd {
				break
			}
		}
	}
}
