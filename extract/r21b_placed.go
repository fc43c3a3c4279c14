package extract

// r21bPlacedInPost reports «در سمت R (BODY) قرار گرفت» at i (k the
// role's first token): placed in the post, as one elected to it («در
// سمت منشی هیئت رئیسه قرار گرفت»). The verb follows the post in its own
// clause; «مورد تقدیر قرار گرفت», honoured, is no appointment, nor «در
// سمت R فعالیت می‌کند», a post held.
func (a *analysis) r21bPlacedInPost(i, k int) bool {
	ts := a.toks
	if ts[i].key != keyIn {
		return false
	}
	for j := k; j+1 < len(ts) && ts[j].sent == ts[i].sent && j-k <= maxRoleTokens; j++ {
		if isSeparator(ts[j].text) || ts[j].key == keySubject {
			return false
		}
		if ts[j].key == keyQarar {
			return j > k && takeVerbs[ts[j+1].key]
		}
	}
	return false
}

// r21bPresidiumOwner returns the council of a post in a presidium that
// names none after it, «منشی هیئت رئیسه» as the role ends: the body the
// sentence or the one before names («... نایب رئیس شورا شد و ب در سمت
// منشی هیئت رئیسه قرار گرفت»). It returns nil for any other post.
func (a *analysis) r21bPresidiumOwner(r roleRef) *orgMention {
	for j := r.start + 1; j < r.next; j++ {
		if r20aPresidiumAt(a.toks, j) == r.next {
			return a.listBody(j, r)
		}
	}
	return nil
}
