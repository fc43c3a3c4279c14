package extract

import "github.com/peyvand/peyvand/persian"

// r17bFullOfShortName returns the body the report names in full whose
// short form, its head and its last word, is name: «شرکت توانیر» for
// «شرکت مادرتخصصی توانیر» named before or after. The report's own body
// (other) is left out, and so is a short form that more than one body
// fits, and one whose last word is a place: a body of the place is a
// body of its own. Else nil.
func (a *analysis) r17bFullOfShortName(name, other string) *orgMention {
	w := persian.Words(name)
	if len(w) != 2 {
		return nil
	}
	head, last := persianKey(w[0]), persianKey(w[1])
	if cities.has(last) || towns.has(last) || provinces.has(last) {
		return nil // «دانشگاه سمنان» is no short form of «دانشگاه علوم پزشکی سمنان»
	}
	var found *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		ow := persian.Words(o.name)
		if len(ow) <= len(w) || persianKey(ow[0]) != head || persianKey(ow[len(ow)-1]) != last || persianKey(o.name) == persianKey(other) {
			continue
		}
		if found != nil && persianKey(found.name) != persianKey(o.name) {
			return nil
		}
		found = o
	}
	return found
}
