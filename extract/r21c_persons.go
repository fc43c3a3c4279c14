package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// originCompoundSurname reports a surname of two words joined by a
// non-joiner whose second word is the nisba of a listed city or town
// (شاکرمنش‌کاشانی، خوش‌نیت‌سمنانی): a common noun after a given name that
// is also a word does not take that shape.
func originCompoundSurname(s string) bool {
	first, rest, ok := strings.Cut(s, "\u200c")
	if !ok || strings.ContainsAny(rest, "\u200c ") || utf8.RuneCountInString(first) < 3 {
		return false
	}
	stem, ok := strings.CutSuffix(persian.Squash(rest), "ی")
	if !ok || utf8.RuneCountInString(stem) < 3 {
		return false
	}
	if s, ok := strings.CutSuffix(stem, "ی"); ok && (cities.has(s) || towns.has(s)) {
		stem = s // «آستارایی»: the nisba of «آستارا»
	}
	return cities.has(stem) || towns.has(stem)
}

// r21cInsideCityName reports token i, a given name, as a later word of a
// listed city's name that starts before it («گنبد کاووس»): the city, not
// a person. A stop word before the name glued to it («و رامین» read as
// ورامین) is no city (cityAt).
func (a *analysis) r21cInsideCityName(i int) bool {
	ts := a.toks
	for b := max(0, i-2); b < i; b++ {
		if ts[b].punct || ts[b].sent != ts[i].sent {
			continue
		}
		if n := cityAt(ts, b); n > i-b {
			return true
		}
	}
	return false
}
