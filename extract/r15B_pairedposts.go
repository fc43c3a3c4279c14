package extract

// r15bPairedPostsNames reads «R1 BODY1 و R2 BODY2، الف و ب» and «R1
// BODY1، R2 BODY2 و R3 BODY3، الف، ب و ج»: posts joined before a list of
// as many names, each post with a body of its own, are the names' in
// order, one each. It adds them and reports whether it did; the post ri is
// the last of the posts, p the first name after it.
func (a *analysis) r15bPairedPostsNames(ri int, p *personMention) bool {
	ts := a.toks
	people := a.personsAfter(p.start)
	if len(people) < 2 || people[0] != p {
		return false
	}
	posts := []roleRef{a.roles[ri]}
	for i := ri; i > 0 && len(posts) < len(people); i-- {
		k := a.roles[i].start
		prev := a.roles[i-1]
		if k < 1 || prev.next != k-1 || ts[k-1].key != keyAnd && ts[k-1].text != "،" {
			break
		}
		posts = append([]roleRef{prev}, posts...)
	}
	if len(posts) != len(people) || p.start < 1 || ts[p.start-1].text != "،" {
		return false
	}
	// «الف، R1 BODY1، R2 BODY2 ب و ج»: the first post is the apposition
	// of a name before it.
	if first := posts[0].start; first > 0 && (a.personEndingAt(first) != nil || isSeparator(ts[first-1].text) && a.personEndingAt(first-1) != nil) {
		return false
	}
	if first := posts[0].start; first > 0 && ts[first-1].sent == ts[first].sent && (ts[first-1].key == keyAnd || ts[first-1].text == "،") && a.roleEndingBefore(first-1) != nil {
		return false // more posts than names: not one each
	}
	seen := map[string]bool{}
	for _, r := range posts {
		k := persianKey(r.org)
		if r.org == "" || r.former || seen[k] {
			return false // one body's posts may all be one person's
		}
		seen[k] = true
	}
	for i, q := range people {
		if !a.hasAff(q, posts[i]) {
			a.affs = append(a.affs, affMention{person: q, role: posts[i], sent: ts[p.start].sent, rule: "paired-posts-then-names"})
		}
	}
	return true
}
