package extract

import (
	"strings"
	"unicode/utf8"
)

// r22cThreePartSurname reports a surname of three parts joined by
// non-joiners whose first two make a surname of their own, with its
// ending («الف‌پوری‌ب»، «الف‌زاده‌ب»), or end in the «ی» of origin before
// the third («الف‌ی‌ب» as compoundSurname reads two parts): a shape of
// surnames, not of common nouns.
func r22cThreePartSurname(s string) bool {
	if strings.Contains(s, " ") || strings.Count(s, "\u200c") != 2 {
		return false
	}
	cut := strings.LastIndex(s, "\u200c")
	first, rest := s[:cut], s[cut+len("\u200c"):]
	if utf8.RuneCountInString(rest) < 3 {
		return false
	}
	return hasSurnameEnding(first) || compoundSurname(first) || strings.HasSuffix(first, "ی") && hasSurnameEnding(strings.TrimSuffix(first, "ی"))
}
