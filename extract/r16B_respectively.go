package extract

// r16bRespectiveGroups deals the posts listed after «به ترتیب» out to n
// persons in order. With as many posts as persons each takes one. With
// more, a «،» closes one person's posts and «و» joins two posts of one
// person: «به ترتیب R1، R2 و R3، و R4» gives the second person R2 and R3.
// When the commas leave one group short, the last «و» of the list closes
// it, as in any Persian list: «R1، R2 و R3 و R4» gives R2 and R3 to the
// second person and R4 to the third. It returns nil when the list cannot
// be dealt out so.
func r16bRespectiveGroups(posts []roleRef, comma []bool, n int) [][]roleRef {
	if len(posts) == n {
		out := make([][]roleRef, n)
		for i := range posts {
			out[i] = posts[i : i+1]
		}
		return out
	}
	if len(posts) < n {
		return nil
	}
	var out [][]roleRef
	from := 0
	for i := 1; i <= len(posts); i++ {
		if i == len(posts) || comma[i] {
			out = append(out, posts[from:i])
			from = i
		}
	}
	if len(out) == n-1 && len(out[n-2]) > 1 {
		g := out[n-2]
		out = append(out[:n-2], g[:len(g)-1], g[len(g)-1:])
	}
	if len(out) != n {
		return nil
	}
	return out
}

// r16bMaxListGap bounds the words between a list of persons and the «که»
// that opens the clause telling their posts: «الف، ب و ج حضور داشتند که».
const r16bMaxListGap = 6

// r16bListEndBefore returns the end of the list of persons told right
// before the «که» at w, with a few words (its verb) between and no mark or
// other «که»; w itself when there is none.
func (a *analysis) r16bListEndBefore(w int) int {
	ts := a.toks
	for e := w; e > 0 && w-e <= r16bMaxListGap && ts[e-1].sent == ts[w].sent; e-- {
		if a.personEndingAt(e) != nil {
			return e
		}
		if isSeparator(ts[e-1].text) || ts[e-1].key == keyWhich || ts[e-1].text == ":" {
			break
		}
	}
	return w
}

// r16bWith adds to s the phrases of the lexicon name.
func (s *phraseSet) r16bWith(name string) *phraseSet {
	more := loadPhrases(name)
	for k, p := range more.keys {
		s.add(p, more.vals[k])
	}
	return s
}

var (
	r16bKeyBecome = persianKey("شده")
	r16bPerfect   = keySet("است", "بود", "اند", "بودند")
)

// r16bBecameAt returns where the verb «شد» ends before the «که» at k
// («الف جانشین ب شد که»), or the perfect «شده است/بود» («... شده است
// که»): the token of «شد» or «شده»; -1 when there is none.
func r16bBecameAt(ts []token, k int) int {
	switch {
	case k >= 1 && ts[k-1].key == keyBecame:
		return k - 1
	case k >= 2 && r16bPerfect[ts[k-1].key] && ts[k-2].key == r16bKeyBecome:
		return k - 2
	}
	return -1
}

// r16bThisBodyAdjectives lists words describing a body referred back to
// by «این» and its head noun.
var r16bThisBodyAdjectives = loadPhrases("this_body_adjectives.txt")

// r16bMaxThisAdjectives bounds the describing words after the head.
const r16bMaxThisAdjectives = 2

// r16bThisBodyEnd returns the token after the words describing the body
// whose head noun, after «این» or «آن», ends at e («مدیرعامل این شرکت
// خصوصی گفت»), or e when none follows.
func (a *analysis) r16bThisBodyEnd(h, e int) int {
	ts := a.toks
	if h < 1 || !isDeterminer(ts[h-1].key) {
		return e
	}
	m := e
	for m < len(ts) && m-e < r16bMaxThisAdjectives && ts[m].sent == ts[h].sent && r16bThisBodyAdjectives.has(ts[m].key) && !a.personCover[m] {
		m++
	}
	return m
}

// r16bPostSubjectBefore reads a pronoun at k that opens its sentence
// after a sentence whose subject is a post told with no name («مدیرکل X
// هم در بازدید گفت: ... . وی که ریاست Y را نیز بر عهده دارد، ...»): the
// pronoun is that post's holder, the one person the report gave the post;
// nil when the sentence before names someone or the post has no one
// holder.
func (a *analysis) r16bPostSubjectBefore(k int) *personMention {
	ts := a.toks
	s := ts[k].sent
	if s == 0 {
		return nil
	}
	if i, _ := a.sentRange(s); i != k {
		return nil
	}
	i, j := a.sentRange(s - 1)
	r := a.roleStartingAt(i)
	if r == nil || r.org == "" || r.former || r.next >= j {
		return nil
	}
	for pi := range a.persons {
		if p := &a.persons[pi]; p.start >= i && p.start < j {
			return nil
		}
	}
	var holder *personMention
	for _, af := range a.affs {
		if af.role.former || !sameBodyName(af.role.org, r.org) || persianKey(af.role.role) != persianKey(r.role) {
			continue
		}
		if holder != nil && !samePerson(holder, af.person) {
			return nil
		}
		holder = af.person
	}
	return holder
}

// r16bOpensWithOtherPost reports a sentence whose first token, at first,
// opens another post in a body, a subject of its own: «R1 BODY1 ... خبر
// داد. R2 BODY2 ... گفت: ... . X افزود» makes X no holder of R1.
func (a *analysis) r16bOpensWithOtherPost(first int, r *roleRef) bool {
	q := a.roleStartingAt(first)
	if q == nil || q.org == "" || q.former {
		return false
	}
	return !sameBodyName(q.org, r.org) || persianKey(q.role) != persianKey(r.role)
}
