package extract

// managementFields are the fields whose county office is a «مدیریت»
// named by the field (lexicon/management_fields.txt).
var managementFields = loadPhrases("management_fields.txt")

// r17bCountyManagement reports whether body o, named right after the post
// «مدیر» (or «مدیر جدید/پیشین») that starts at k, is a county's office of a
// field of managementFields told by the field alone: «مدیر جهاد کشاورزی
// شهرستان نمونه‌آباد» heads «مدیریت جهاد کشاورزی شهرستان نمونه‌آباد», the
// body its office is named by. The county is told by «شهرستان»: a
// province's body of the field («جهاد کشاورزی استان X») is no county's
// office, and a town named alone may be a smaller centre's.
func (a *analysis) r17bCountyManagement(o *orgMention, k int) bool {
	ts := a.toks
	if o == nil || k < 0 || k >= len(ts) || ts[k].key != keyManager || o.start <= k || o.start >= len(ts) {
		return false
	}
	for m := k + 1; m < o.start; m++ {
		if ts[m].key != keyNew && !formerWords[ts[m].key] {
			return false
		}
	}
	if n, _ := managementFields.at(ts, o.start); n == 0 {
		return false
	}
	for m := o.start; m < o.end && m < len(ts); m++ {
		if ts[m].key == keyCounty {
			return true
		}
	}
	return false
}

// r17bNameCountyManagements names the bodies read after «مدیر» that are
// a county's office of a field of managementFields by that office,
// «مدیریت FIELD شهرستان X», as roleAt names the post's body.
func (a *analysis) r17bNameCountyManagements() {
	for x := range a.orgs {
		o := &a.orgs[x]
		k := o.start - 1
		if k > 0 && (a.toks[k].key == keyNew || formerWords[a.toks[k].key]) {
			k--
		}
		if a.r17bCountyManagement(o, k) {
			o.name = managementOf + " " + o.name
		}
	}
}
