package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// r24cPairFieldOfPost reports token i inside a fixed pair or phrase of
// the binomials list that starts more than two tokens before it («حمل و
// نقل و ترافیک»)، or the word after the «و» that closes a fixed pair which
// a post's field opens («معاون آب و فاضلاب و بهداشت شهردار»): the word is
// the post's field, no name in apposition to the post that follows.
func r24cPairFieldOfPost(ts []token, i int) bool {
	if i < 4 || ts[i-1].key != keyAnd || ts[i-1].sent != ts[i].sent {
		return false
	}
	for b := max(0, i-2*binomials.max); b+3 <= i; b++ {
		n := binomialAt(ts, b)
		if n > 0 && b+n > i {
			return true
		}
		if n == 0 || b+n != i-1 {
			continue
		}
		for r := b - 1; r >= 0 && r >= b-3 && ts[r].sent == ts[i].sent && (!ts[r].punct || ts[r].text == "،"); r-- {
			if !ts[r].punct && roleWordsAt(ts, r) > 0 {
				return true
			}
		}
	}
	return false
}

// r24cJoinedSuffix reports a word whose last part, after a non-joiner, is
// a listed surname ending however short («کلهری‌راد»، «قره‌لو»): a
// surname's shape, though the ending alone is too short to tell a
// surname glued on («سفر»).
func r24cJoinedSuffix(s string) bool {
	k := strings.LastIndex(s, "\u200c")
	if k < 0 {
		return false
	}
	stem, suf := s[:k], s[k+len("\u200c"):]
	return !strings.Contains(s, " ") && utf8.RuneCountInString(stem) >= 3 && surnameSuffixes.has(persian.Squash(suf))
}

// r24cCitySurnameMention reports a known surname of two words or more of
// the file at i whose first word is a town's name («مینودشت سرخی» after
// «کاوه مینودشت سرخی»): told alone, it is the person, not the town.
func (a *analysis) r24cCitySurnameMention(i int, surnames map[string]string) bool {
	ts := a.toks
	if i >= len(ts) || a.personCover[i] || a.covered(i) {
		return false
	}
	if n, _ := cities.at(ts, i); n != 1 {
		return false
	}
	j := a.groupEnd(i)
	if j >= len(ts) || ts[j].punct || ts[j].sent != ts[i].sent || !a.isNameWord(j) || a.personCover[j] {
		return false
	}
	_, ok := surnames[a.keyOf(i, a.groupEnd(j))]
	return ok
}
