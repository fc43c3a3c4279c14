package extract

// keyInChargeOf is «مسئول», the post a charge («مسئولیت BODY») gives
// when the text names the post no other way.
var keyInChargeOf = persianKey("مسئول")

// r17bLaterNewTitle returns the post the text calls the new holder of a
// charge by after it: «مسئولیت بیمارستان X به الف سپرده شد ... رئیس جدید
// بیمارستان X گفت» makes الف its رئیس. r is the charge read,
// a «مسئول» of its body; "" when no «R جدید» of the same body follows.
func (a *analysis) r17bLaterNewTitle(r roleRef) string {
	ts := a.toks
	if persianKey(r.role) != keyInChargeOf || r.org == "" {
		return ""
	}
	for m := r.next; m+1 < len(ts); m++ {
		n := roleWordsAt(ts, m)
		if n == 0 || m+n >= len(ts) || ts[m+n].key != keyNew || m > 0 && roleWordsAt(ts, m-1) > 0 {
			continue
		}
		r2, ok := a.roleAt(m)
		if !ok || r2.former || r2.org == "" || persianKey(r2.role) == keyInChargeOf || !r17bHeadsItsBody(r2.role) {
			continue
		}
		if sameBodyName(r2.org, r.org) || shortFormOf(r2.org, r.org) {
			return r2.role
		}
	}
	return ""
}

// keyMember is «عضو», a member's post, no head's.
var keyMember = persianKey("عضو")

// r17bHeadsItsBody reports a post that heads its body, not a deputy's or
// a member's («معاون جدید بیمارستان» is another holder's post).
func r17bHeadsItsBody(role string) bool {
	k := firstWordKey(role)
	return !deputyWords[k] && k != keyMember
}
