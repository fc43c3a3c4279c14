package extract

import "strings"

// r23bSameBodyUnplaced reports a body told short by dropping the place
// the long form ends with: «مدیرکل راه X استان Y» named before, then
// «مدیرکل راه» alone, whose body reads «اداره کل راه X». The short form is
// the same body, so a bare post of it in a guest list is the holder's the
// report named already.
func r23bSameBodyUnplaced(long, short roleRef) bool {
	if long.orgPlace == "" || short.orgPlace != "" || long.org == "" || short.org == "" {
		return false
	}
	return equalWords(coreWords(long.org, long.orgPlace), coreWords(short.org, ""))
}

// r23bDirectorateNamed reads «مدیرکل BODY» where BODY is a body of its
// own name (a head noun like «گمرک» or «بهزیستی») and the report names
// «اداره کل BODY» too: a director general heads the directorate general,
// so the post is in the directorate the report names. It returns that
// body, or nil.
func (a *analysis) r23bDirectorateNamed(prefix string, o *orgMention) *orgMention {
	if persianKey(prefix) != keyDirectorate || strings.HasPrefix(persianKey(o.name), keyDirectorate) {
		return nil
	}
	key := persianKey(prefix + " " + o.name)
	for i := range a.orgs {
		if persianKey(a.orgs[i].name) == key {
			return &a.orgs[i]
		}
	}
	return nil
}
