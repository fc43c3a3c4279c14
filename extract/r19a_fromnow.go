package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

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

// r19aThisBodyCharge reads «مسئولیت این اداره به X سپرده شد» with the
// charge noun at k: the body is the one of the last post named before
// whose body's name opens with the demonstrative's head noun, and the
// charge is that post («الف پیش از این رئیس اداره ب بود و مسئولیت این
// اداره به ج سپرده شد»: رئیس اداره ب).
func (a *analysis) r19aThisBodyCharge(k int) (roleRef, bool) {
	ts := a.toks
	end := a.thisBodyEnd(k + 1)
	if end <= k+2 {
		return roleRef{}, false
	}
	head := a.text(k+2, end) + " "
	for ri := len(a.roles) - 1; ri >= 0; ri-- {
		r := a.roles[ri]
		if r.start >= k || ts[r.start].sent < ts[k].sent-discourseReach {
			continue
		}
		if r.org == "" || a.issuerRole(r) || r.start > 0 && ts[r.start-1].key == keyPresence {
			continue
		}
		if !strings.HasPrefix(r.org+" ", head) {
			continue
		}
		return roleRef{start: k, next: end, org: r.org, orgPlace: r.orgPlace, role: r.role}, true
	}
	return roleRef{}, false
}

// r19aPastHolderOf returns the person who held the post r before («الف
// پیش از این رئیس اداره ب بود»), the predecessor of one given its charge.
func (a *analysis) r19aPastHolderOf(r roleRef) *personMention {
	for ri := len(a.roles) - 1; ri >= 0; ri-- {
		q := a.roles[ri]
		if q.start >= r.start || q.org != r.org || !wasAt(a.toks, q.next) {
			continue
		}
		return a.subjectBefore(q.start)
	}
	return nil
}

// r19aChargeAdjuncts returns the token after the adjuncts written between
// a charge's body and «به X سپرده شد»: «به جای وی/Y» (the predecessor,
// returned too) and «با حکم ISSUER» (a post or a person), else j.
func (a *analysis) r19aChargeAdjuncts(j int) (int, *personMention) {
	ts := a.toks
	var pred *personMention
	for n := 0; n < 2 && j+2 < len(ts); n++ {
		switch {
		case ts[j].key == keyTo && ts[j+1].key == keyPlace:
			if pronounKeys[ts[j+2].key] {
				pred = a.antecedent(j + 2)
				j += 3
			} else if p := a.personStartingAt(j + 2); p != nil {
				pred, j = p, p.end
			} else {
				return j, pred
			}
		case ts[j].key == keyWith && ts[j+1].key == keyDecree:
			if r, ok := a.roleAt(j + 2); ok && r.next > j+2 {
				j = r.next
			} else if p := a.personStartingAt(j + 2); p != nil {
				j = p.end
			} else {
				return j, pred
			}
		default:
			return j, pred
		}
	}
	return j, pred
}

// r19aTitledBodyOfHead returns, for a bare head noun at h that ends a
// post («X، مدیر امور سهام شرکت، ...»), the one body of that head named
// before h whose name's last two words the article's title holds: the
// report's own company, not the last one named (a shareholder's). It
// returns nil when no such body or more than one is.
func (a *analysis) r19aTitledBodyOfHead(h int) *orgMention {
	ts := a.toks
	if h+1 >= len(ts) || !ts[h+1].punct || h > 0 && isDeterminer(ts[h-1].key) || a.art.Title == "" {
		return nil
	}
	title := " " + persian.Normalize(a.art.Title) + " "
	var found *orgMention
	for _, s := range a.orgHeadIndex().byHead[ts[h].key] {
		o := &a.orgs[s.k]
		if o.start >= h {
			break
		}
		w := persian.Words(o.name)
		if len(w) < 3 || !strings.Contains(title, " "+strings.Join(w[len(w)-2:], " ")+" ") {
			continue
		}
		if found != nil && persianKey(found.name) != persianKey(o.name) {
			return nil
		}
		found = o
	}
	return found
}
