package extract

// thisPostWords name the post just told: «این سمت»، «این مسئولیت».
var thisPostWords = keySet("سمت", "مسئولیت", "پست", "جایگاه")

// heldVerbs end a clause of a post held: «در این سمت بود»، «این مسئولیت را
// بر عهده داشت»، «در این سمت خدمت می‌کرد».
var heldVerbs = keySet("بود", "داشت", "می‌کرد", "میکرد")

// maxHeldGap bounds the words between a name and «این سمت», and between
// «این سمت» and its past verb.
const maxHeldGap = 8

// thisPostHolder returns one told, in one of the two sentences after ap's, to
// have held «this post» in the past: «Y که هشت سال در این سمت بود، ...»،
// «Y پیش از این عهده‌دار این مسئولیت بود»، «Y این مسئولیت را بر عهده
// داشت». The post is ap's only when no other appointment is told between.
func (a *analysis) thisPostHolder(ap appMention) *personMention {
	ts := a.toks
	for qi := range a.persons {
		q := &a.persons[qi]
		if samePerson(q, ap.person) || q.end >= len(ts) {
			continue
		}
		s := ts[q.start].sent
		if s <= ap.sent || s > ap.sent+2 || !a.onlyAppBetween(ap, q, s) {
			continue
		}
		for k := q.end; k+2 < len(ts) && k <= q.end+maxHeldGap && ts[k+1].sent == s; k++ {
			if ts[k].key != keyThis || !thisPostWords[ts[k+1].key] {
				continue
			}
			if k > 0 && ts[k-1].key == keyFrom {
				break // «از این سمت کناره‌گیری کرد»: one who left it, told apart
			}
			if a.heldVerbAfter(k+2, s) {
				return q
			}
			break
		}
	}
	return nil
}

// heldVerbAfter reports a past verb of holding within maxHeldGap of j in
// sentence s, before any comma or «و».
func (a *analysis) heldVerbAfter(j, s int) bool {
	ts := a.toks
	for k := j; k < len(ts) && k <= j+maxHeldGap && ts[k].sent == s; k++ {
		if ts[k].punct || ts[k].key == keyAnd || ts[k].key == keyWill {
			return false
		}
		if heldVerbs[ts[k].key] || r25eSpacedPresentAt(ts, k, heldVerbs) {
			return true
		}
	}
	return false
}

// onlyAppBetween reports that no appointment other than ap and q's own is
// told from ap's sentence to sentence s.
func (a *analysis) onlyAppBetween(ap appMention, q *personMention, s int) bool {
	for _, o := range a.apps {
		if o.sent < ap.sent || o.sent > s || samePerson(o.person, ap.person) || samePerson(o.person, q) {
			continue
		}
		return false
	}
	return true
}
