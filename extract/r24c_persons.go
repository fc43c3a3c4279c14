package extract

import (
	"slices"
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

// r24cCitySurnameAt reports a city's name of n tokens at i, right after a
// given name or a title, that starts a surname: a city of two words or
// more whose last word bears the «ی» of origin («کاوه بوئین زهرایی»،
// the surname made of «بوئین زهرا»), or a one-word city followed by a
// word of origin in «ی» that ends the name («کاوه رامیان کتولی»).
func (a *analysis) r24cCitySurnameAt(i, n int) bool {
	ts := a.toks
	if i+n > len(ts) || !a.afterGivenOrTitle(i) {
		return false
	}
	last := ts[i+n-1]
	if n >= 2 && strings.HasSuffix(last.key, "ی") {
		stem := strings.TrimSuffix(strings.TrimSuffix(last.key, "ی"), "ی")
		cp := slices.Clone(ts[i : i+n])
		cp[n-1].key, cp[n-1].text = stem, stem
		if m, _ := cities.at(cp, 0); m == n {
			return true
		}
	}
	if n != 1 || i+1 >= len(ts) || ts[i+1].punct || ts[i+1].sent != ts[i].sent {
		return false
	}
	next := ts[i+1]
	if !strings.HasSuffix(next.key, "ی") || utf8.RuneCountInString(next.key) < 4 || stopWords.has(next.key) || commonWords.has(next.key) || !a.isNameWordCheap(i+1) {
		return false
	}
	if m, _ := cities.at(ts, i+1); m > 0 {
		return false
	}
	return i+2 >= len(ts) || ts[i+2].punct || ts[i+2].sent != ts[i].sent || !a.isNameWordCheap(i+2)
}

// r24cJoinedSuffix reports a word whose last part, after a non-joiner, is
// a listed surname ending however short («کلهری‌فر»، «قره‌لو»): a
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
// the file at i whose first word is a town's name («رامیان کتولی» after
// «کاوه رامیان کتولی»): told alone, it is the person, not the town.
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
