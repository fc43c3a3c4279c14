package extract

import "github.com/peyvand/peyvand/persian"

// r17bSentencePostBody returns the post told before token k in k's
// sentence whose body's name starts with the head headKey of two words
// or more («اداره کل»), for that head told bare after a post at k: in
// «مدیرکل کمیته امداد استان X ... الف را به سمت معاون توانمندسازی اداره
// کل منصوب کرد» the deputy is in the issuer's directorate general, not in
// another one named in an earlier sentence.
func (a *analysis) r17bSentencePostBody(headKey string, hn, k int) (roleRef, bool) {
	ts := a.toks
	if hn < 2 || k >= len(ts) || a.r17bPostScan {
		return roleRef{}, false
	}
	a.r17bPostScan = true
	defer func() { a.r17bPostScan = false }()
	s := ts[k].sent
	for m := k - 1; m >= 0 && ts[m].sent == s; m-- {
		if roleWordsAt(ts, m) == 0 || m > 0 && roleWordsAt(ts, m-1) > 0 && ts[m-1].sent == s {
			continue
		}
		r, ok := a.roleAt(m)
		if !ok || r.org == "" || r.former || r.next > k || a.r23bPastPostSpan(r.start, r.next) {
			continue // «که پیش از این مدیرکل BODY بود»: the post left
		}
		if w := persian.Words(r.org); len(w) > 1 && persianKey(w[0]+" "+w[1]) == headKey {
			return r, true
		}
		// «مدیرکل کمیته امداد استان X»: the post heads the directorate
		// general of its body, whatever the body's name starts with.
		if _, prefix := roleBodies.at(ts, r.start); prefix != "" && persianKey(prefix) == headKey {
			return r, true
		}
	}
	return roleRef{}, false
}
