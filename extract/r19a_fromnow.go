package extract

import "strings"

// r19aThankedFromNow returns, for «... از خدمات Y قدردانی شد. وی از این پس
// ROLE BODY خواهد بود» (a post held from now on, told with a pronoun),
// the thanked outgoing holder Y when he is the last person named in the
// sentence before and the pronoun's sentence names no one before token
// k: the outgoing holder's new post, which antecedent (leaving out the
// thanked) would give to the newcomer.
func (a *analysis) r19aThankedFromNow(k int) *personMention {
	ts := a.toks
	pk := a.pronounBefore(k)
	if pk < 0 {
		return nil
	}
	s := ts[pk].sent
	for pi := len(a.persons) - 1; pi >= 0; pi-- {
		p := &a.persons[pi]
		if p.end > pk {
			continue
		}
		if ts[p.start].sent != s-1 || !a.isThanked(p) {
			return nil
		}
		return p
	}
	return nil
}

// r19aIntensifiers are the adjectives of degree written between a compound
// verb's noun and its light verb («حمایت کامل خواهد کرد»، «پیگیری جدی
// می‌کند»، «همکاری همه‌جانبه دارند»).
var r19aIntensifiers = keySet("کامل", "جدی", "ویژه", "همه‌جانبه", "لازم", "بیشتر", "جدی‌تر")

// r19aVerbAfterIntensifier is verbAfter past one adjective of degree
// right after the word at j, or -1 when none follows it.
func r19aVerbAfterIntensifier(ts []token, j int) int {
	if j+2 >= len(ts) || !r19aIntensifiers[ts[j+1].key] || ts[j+1].sent != ts[j].sent {
		return -1
	}
	return verbAfter(ts, j+1)
}

// r19aSeatOf reads «نماینده BODY1 در BODY2» after a name («X، عضو شورای
// شهر الف و نماینده این شورا در شورای سلامت»): a body's representative
// holds his post in the body he sits in, BODY2. It returns r unchanged
// otherwise.
func (a *analysis) r19aSeatOf(r *roleRef) *roleRef {
	ts := a.toks
	j := r.next
	if r.org == "" || firstWordKey(r.role) != keyRepresentative || j+1 >= len(ts) || ts[j].key != keyIn || ts[j+1].sent != ts[j].sent {
		return r
	}
	o := a.orgAt(j + 1)
	if o == nil || o.start != j+1 || persianKey(o.name) == persianKey(r.org) {
		return r
	}
	seat := *r
	seat.role = a.text(r.start, j)
	seat.org, seat.orgPlace, seat.next = o.name, o.place, o.end
	if o.place == "" {
		// «شورای سلامت» after «شورای سلامت شهرستان الف» named before:
		// the placed body the page has named.
		if full := a.r19aPlacedFormOf(o); full != nil {
			seat.org, seat.orgPlace = full.name, full.place
		}
	}
	return &seat
}

// r19aPlacedFormOf returns the one body named before o whose name is o's
// followed by its place («شورای سلامت» → «شورای سلامت شهرستان الف»), or
// nil when none or more than one is.
func (a *analysis) r19aPlacedFormOf(o *orgMention) *orgMention {
	var found *orgMention
	prefix := o.name + " "
	for i := range a.orgs {
		f := &a.orgs[i]
		if f.start >= o.start || f.place == "" || !strings.HasPrefix(f.name, prefix) {
			continue
		}
		if found != nil && persianKey(found.name) != persianKey(f.name) {
			return nil
		}
		found = f
	}
	return found
}
