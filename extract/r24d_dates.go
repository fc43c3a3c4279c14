package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// Round 24, tuner D: the article's date from datelines typed in other
// ways, and the days of events told together.

// r24dMaxClockLineWords bounds the words of a dateline that tells its
// time of day in words: «سه‌شنبه ۱۱ آذر ۱۴۰۵ ساعت ۱۰ و ۴۵ دقیقه و ۲۰ ثانیه».
const r24dMaxClockLineWords = 14

// r24dSpokenClock reports a short line, no sentence, that tells a time
// of day in words, «ساعت» and a number: «دوشنبه ۱۰ آذر ۱۴۰۵ ساعت ۹ و ۱۵
// دقیقه»، «۱۴۰۵/۰۹/۱۰، ساعت ۱۸».
func r24dSpokenClock(s string) bool {
	if wordCount(s) > r24dMaxClockLineWords || endsSentence(s) && !strings.HasSuffix(strings.TrimSpace(s), ")") {
		return false
	}
	w := persian.Words(s)
	for i := 0; i+1 < len(w); i++ {
		if persian.Squash(w[i]) == r24dKeyHour && w[i+1] != "" && isASCIIOrPersianDigit([]rune(w[i+1])[0]) {
			return true
		}
	}
	return false
}

var r24dKeyHour = persian.Squash("ساعت")

// r24dSpacedNumericDate is the first full date of s written in digits
// with spaces around its slashes, «۱۴۰۵ / ۰۹ / ۱۰»، «1405 /9/ 10», read
// with the spaces left out; else nil. Only the date's value is read: its
// offsets are not those of s.
func r24dSpacedNumericDate(s string) *persian.DateMatch {
	if !strings.Contains(s, "/") {
		return nil
	}
	rs := []rune(s)
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && r24dSpaceBySlash(rs, i) {
			changed = true
			continue
		}
		b.WriteRune(rs[i])
	}
	if !changed {
		return nil
	}
	return fullDate(b.String())
}

// r24dSpaceBySlash reports a run of spaces at i that stands between a
// digit and a slash, or a slash and a digit.
func r24dSpaceBySlash(rs []rune, i int) bool {
	j := i
	for j > 0 && rs[j-1] == ' ' {
		j--
	}
	k := i
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if j == 0 || k == len(rs) {
		return false
	}
	l, r := rs[j-1], rs[k]
	return l == '/' && isASCIIOrPersianDigit(r) || isASCIIOrPersianDigit(l) && r == '/'
}
