package extract

import "strings"

// agencyNames are the news agencies known by an acronym with the full
// names they are written out in (agency_names.txt).
var agencyNames = loadPhrases("agency_names.txt")

// nameOutletsInFull gives one name to the two forms of one outlet a
// report writes: an agency's acronym («ایرنا» of a dateline) is the
// agency's full name when the report writes that too («خبرگزاری جمهوری
// اسلامی» on the masthead), as is «خبرگزاری ایرنا», and a site's short name («به گزارش X») is the
// site's whole name when a masthead writes «پایگاه خبری X».
func (a *analysis) nameOutletsInFull() {
	ts := a.toks
	sites := map[string]string{} // a site's short name's key → its whole name
	for _, o := range a.orgs {
		if o.start < 0 || o.end > len(ts) {
			continue
		}
		// «پایگاه خبری دانشگاه X» is the university's own site: its tail
		// is a body of its own, no short name of the site.
		if h, _ := siteHeadLen(ts, o.start); h > 0 && o.end > o.start+h && o.name == a.text(o.start, o.end) &&
			headNounsAt(ts, o.start+h) == 0 && !knownBodies.has(a.keyOf(o.start+h, o.end)) {
			sites[a.keyOf(o.start+h, o.end)] = o.name
		}
	}
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start < 0 || o.end > len(ts) || o.name != a.text(o.start, o.end) {
			continue
		}
		k := persianKey(o.name)
		if full, ok := sites[k]; ok {
			o.name = full
			continue
		}
		if !agencyNames.has(k) {
			// «به گزارش خبرگزاری ایرنا»: the head, then the acronym.
			rest, ok := strings.CutPrefix(o.name, "خبرگزاری ")
			if !ok || !agencyNames.has(persianKey(rest)) {
				continue
			}
			k = persianKey(rest)
		}
		for _, long := range strings.Split(agencyNames.vals[k], "|") {
			if long = strings.TrimSpace(long); long != "" && a.namesInFull(long) {
				o.name, o.head = long, strings.Fields(long)[0]
				break
			}
		}
	}
}
