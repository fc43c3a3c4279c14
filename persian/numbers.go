package persian

import (
	"math"
	"strings"
)

// ordinals maps every ordinal word to its value: the cardinal plus «م» or
// «مین» (یکم، بیستمین، هزارم), the irregular ones, and the words for first.
var ordinals = func() map[string]int {
	m := make(map[string]int, 2*len(cardinals)+len(ordinalIrregular)+len(ordinalFirst))
	for w, v := range cardinals {
		if v == 0 || w == "سه" || w == "سی" {
			continue // «سوم» is irregular; «سیم» means wire
		}
		m[w+"م"] = v
		m[w+"مین"] = v
	}
	for w, v := range ordinalIrregular {
		m[w] = v
	}
	for w := range ordinalFirst {
		m[w] = 1
	}
	return m
}()

// maxDigits bounds the digit strings read as numbers so they fit an int.
const maxDigits = 15

// ParseNumber reads s as one number: digits (Persian, Arabic-Indic or
// ASCII) or Persian cardinal or ordinal words, «هزار و چهارصد و سه» = 1403,
// «سی و یکم» = 31, «سی‌ام» = 30, «اول» = 1. The whole of s must be the
// number.
func ParseNumber(s string) (int, bool) {
	n := Normalize(s)
	if n == "" {
		return 0, false
	}
	if strings.ContainsAny(n, "0123456789") {
		return parseDigits(n)
	}
	words := Words(n)
	v, next, _, ok := numberAt(words, 0)
	if !ok || next != len(words) {
		return 0, false
	}
	return v, true
}

// NumberAt reads the longest number starting at words[i], where words are
// normalized words such as Words returns. It returns the value, the index
// of the first word after the number, and whether the number is ordinal;
// ok is false when no number starts at i.
func NumberAt(words []string, i int) (value, next int, ordinal, ok bool) {
	return numberAt(words, i)
}

// parseDigits reads an all-ASCII-digit string.
func parseDigits(s string) (int, bool) {
	if s == "" || len(s) > maxDigits {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// placeLimit is the bound on the part that may follow v after «و»: after
// «بیست» only units, after «صد» anything below a hundred, after a unit or
// teen nothing.
func placeLimit(v int) int {
	switch {
	case v >= 100:
		return 100
	case v >= 20:
		return 10
	}
	return 0
}

// numberAt is NumberAt. Parts joined by «و» must fall in place value
// (بیست و یک, not یک و بیست); a multiplier (هزار، میلیون) scales the group
// before it and must be smaller than any multiplier before it.
func numberAt(words []string, i int) (value, next int, ordinal, ok bool) {
	if i < 0 || i >= len(words) {
		return 0, i, false, false
	}
	if v, ok := parseDigits(words[i]); ok {
		if i+1 < len(words) && ordinalSuffixes[words[i+1]] {
			return v, i + 2, true, true
		}
		return v, i + 1, false, true
	}
	if ordinalFirst[words[i]] {
		return 1, i + 1, true, true
	}
	var (
		total, group int
		limit        = math.MaxInt // bound on the next additive part
		multLimit    = math.MaxInt // bound on the next multiplier
		needPart     = true        // at the start or after «و»
		bestValue    int
		bestNext     = -1
	)
	for j := i; j < len(words); j++ {
		w := words[j]
		if !needPart && len(w) > len(andWord) && strings.HasPrefix(w, andWord) {
			// «و» glued to the next part: «سی‌ویکم» split at the non-joiner.
			rest := w[len(andWord):]
			if _, ok := cardinals[rest]; ok {
				w, needPart = rest, true
			} else if _, ok := ordinals[rest]; ok {
				w, needPart = rest, true
			}
		}
		if needPart {
			if v, ok := ordinals[w]; ok && !ordinalFirst[w] {
				if isMultiplier(v) {
					if v >= multLimit {
						break
					}
					return total + max(group, 1)*v, j + 1, true, true
				}
				if v >= limit {
					break
				}
				return total + group + v, j + 1, true, true
			}
			v, ok := cardinals[w]
			if !ok {
				break
			}
			if isMultiplier(v) {
				if v >= multLimit {
					break
				}
				total += max(group, 1) * v
				group, limit, multLimit = 0, v, v
			} else {
				if v >= limit {
					break
				}
				group += v
				limit = placeLimit(v)
			}
			needPart = false
			bestValue, bestNext = total+group, j+1
			continue
		}
		if v, ok := cardinals[w]; ok && isMultiplier(v) && group > 0 && v < multLimit {
			total += group * v
			group, limit, multLimit = 0, v, v
			bestValue, bestNext = total, j+1
			continue
		}
		if v, ok := ordinals[w]; ok && isMultiplier(v) && group > 0 && v < multLimit {
			return total + group*v, j + 1, true, true
		}
		if ordinalSuffixes[w] {
			return total + group, j + 1, true, true
		}
		if w == andWord && j+1 < len(words) {
			needPart = true
			continue
		}
		break
	}
	if bestNext < 0 {
		return 0, i, false, false
	}
	return bestValue, bestNext, false, true
}

func isMultiplier(v int) bool { return v >= 1000 }
