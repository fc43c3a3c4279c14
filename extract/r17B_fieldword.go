package extract

// r17bFieldBeforeHeadRole reports a head noun of hn tokens at j that
// names no body, coordinated by «و» with the post's field before it and
// right before a post that heads a body: in «معاون آب و آبفای وزیر نیرو»
// the head «آبفا» is a field of the deputy's post, which is in the
// ministry the minister heads.
func (a *analysis) r17bFieldBeforeHeadRole(j, hn int) bool {
	ts := a.toks
	e := j + hn
	if hn != 1 || j < 1 || ts[j-1].key != keyAnd || e >= len(ts) || ts[e].sent != ts[j].sent || a.orgAt(j) != nil || a.orgCover[j] {
		return false
	}
	bn, _ := roleBodies.at(ts, e)
	return bn > 0
}
