package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// r25cCityPairSurname reads a surname of two parts that are both towns'
// names, typed with a space where they are joined («نسرین کاشان
// اردستانی» for «کاشان‌اردستانی»): right after a given name, a one-word
// city and then another whose name has the surname's «ی» ending, set off
// by a clear end (a comma, a post, a title, «و»). Two towns in a row after
// a given name are no place of the sentence; so is a town and a name word
// set off by a comma and a post. It returns the end.
func (a *analysis) r25cCityPairSurname(i int) (int, bool) {
	ts := a.toks
	if i == 0 || i+2 > len(ts) || i+1 >= len(ts) || !isGivenToken(ts[i-1]) || ts[i+1].sent != ts[i].sent || ts[i+1].punct || a.covered(i) {
		return 0, false
	}
	if n, _ := cities.at(ts, i); n != 1 {
		return 0, false
	}
	if n := cityAt(ts, i+1); n == 1 && isNisba(ts[i+1].key) {
		return i + 2, a.hardEnd(i + 2)
	}
	// «نسرین کاشان طرهان، معاون ...»: the town, then a name word, then a
	// comma and a post or a title, which only follow a person's name
	k := i + 2
	if !a.isNameWord(i+1) || givenNames.has(ts[i+1].key) || k+1 >= len(ts) || ts[k].text != "،" || ts[k+1].sent != ts[i].sent {
		return 0, false
	}
	return k, roleWordsAt(ts, k+1) > 0 || a.titleAt(k+1) > 0
}

// r25cSuffixedStopWord reports a stop word at i that a surname's ending
// typed apart follows («ولی نیا» for «ولی‌نیا»، «اما نی»): with the
// ending it is a surname's first part, no stop word.
func (a *analysis) r25cSuffixedStopWord(i int) bool {
	ts := a.toks
	if i == 0 || i+1 >= len(ts) || !isGivenToken(ts[i-1]) || !stopWords.has(ts[i].key) || ts[i].key == keyAnd || ts[i+1].sent != ts[i].sent || ts[i+1].punct {
		return false // «کامران و پور»: «و» between two names is no stem
	}
	if surnameSuffixes.has(ts[i+1].key) {
		return true
	}
	// «ولی پورامیرکلایی» for «ولی‌پورامیرکلایی»: an ending that opens the
	// next word, its rest a surname's «ی» word
	for _, e := range r25cOpeningEndings {
		if rest, ok := strings.CutPrefix(ts[i+1].key, e); ok && utf8.RuneCountInString(rest) >= 4 && isNisba(rest) {
			return true
		}
	}
	return false
}

// r25cOpeningEndings are the surnames' endings that also open the next
// part of a surname of three parts («پور»، «زاده»، «نژاد»).
var r25cOpeningEndings = []string{persian.Squash("پور"), persian.Squash("زاده"), persian.Squash("نژاد")}

// r25cBylineCity reads a town's name at j right after a surname at i as
// the surname's second part when it ends the line of a byline («عکس:
// کاوه نیکپی رودبار»): a byline names its maker and nothing after him.
func (a *analysis) r25cBylineCity(i, j int) (int, bool) {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[i].sent || cityAt(ts, j) != 1 || j+1 < len(ts) && ts[j+1].sent == ts[j].sent {
		return 0, false
	}
	b, _ := a.sentRange(ts[i].sent)
	if b+1 >= i || !bylineWords[ts[b].key] || ts[b+1].text != ":" {
		return 0, false
	}
	return j + 1, true
}

// r25cPreverbVerb reports a prefixed verb in the continuous («برمی‌دارد»،
// «درمی‌آید»، isPreverbVerb) with a verb's ending: never a word of a
// person's name, though a town's name or a given name stands before it.
func r25cPreverbVerb(t token) bool {
	return isPreverbVerb(t.key) && verbEnding(t.key)
}

// r25cTurkmenEndings are the Turkmen given names' endings other than
// «بردی» («دردی» stayed, «گلدی» came: قربان‌دردی، آنه‌گلدی), after a
// listed given name.
var r25cTurkmenEndings = []string{persian.Squash("دردی"), persian.Squash("گلدی")}

// r25cTurkmenGiven reports a listed given name with such an ending glued
// on: a given name of a productive pattern, as «...بردی» is.
func r25cTurkmenGiven(key string) bool {
	for _, e := range r25cTurkmenEndings {
		if stem, ok := strings.CutSuffix(key, e); ok && utf8.RuneCountInString(stem) >= 3 && givenNames.has(stem) {
			return true
		}
	}
	return false
}
