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

// r22cDropOutletNames drops a person whose name is the own name of an
// outlet the file names with its head («هفته‌نامه نسترن سبز»): the same
// words without the head («به گزارش نسترن سبز»، «شهر- نسترن سبز:») are the
// outlet's short form, though a given name starts them.
func (a *analysis) r22cDropOutletNames() {
	own := map[string]bool{}
	for _, o := range a.orgs {
		if o.end-o.start >= 3 && outletHeads[a.toks[o.start].key] {
			own[a.keyOf(o.start+1, o.end)] = true
		}
	}
	if len(own) == 0 {
		return
	}
	kept := a.persons[:0]
	for _, p := range a.persons {
		if p.nameStart == p.start && own[a.keyOf(p.nameStart, p.end)] {
			for k := p.start; k < p.end; k++ {
				a.personCover[k] = false
			}
			continue
		}
		kept = append(kept, p)
	}
	a.persons = kept
}
