package extract

import (
	"strings"
	"unicode"

	"github.com/peyvand/peyvand/persian"
)

// token is a word or punctuation mark of an article, with its matching key.
type token struct {
	text       string // as written (normalized)
	key        string // persian.Squash of text; empty for punctuation
	start, end int    // rune offsets in the article's text
	punct      bool
	digit      bool
	sent       int // index of the sentence holding it
}

// tokenize splits an article's text into tokens and sentences.
func tokenize(text string) ([]token, []persian.Span) {
	sents := persian.Sentences(text)
	raw := persian.Tokenize(text)
	ts := make([]token, 0, len(raw))
	si := 0
	for _, r := range raw {
		for si < len(sents)-1 && r.Start >= sents[si].End {
			si++
		}
		t := token{text: r.Norm, start: r.Start, end: r.End, sent: si}
		k := persian.Squash(r.Norm)
		switch {
		case k == "":
			t.punct = true
		case isDigits(k):
			t.digit = true
			t.key = k
		default:
			t.key = k
		}
		ts = append(ts, t)
	}
	return ts, sents
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// isVerbLike reports words shaped like Persian verbs: the continuous prefix
// می/نمی (میخواهم، نمیشود), which no name or body starts with.
func isVerbLike(key string) bool {
	for _, p := range []string{"نمی", "می"} {
		if strings.HasPrefix(key, p) && len([]rune(key)) >= len([]rune(p))+3 && !strings.HasPrefix(key, "میر") &&
			!strings.HasPrefix(key, "میز") && !strings.HasPrefix(key, "میلاد") && !strings.HasPrefix(key, "مینا") {
			return true
		}
	}
	return false
}

// isPlural reports plural nouns (های، ها), which do not name one body or
// person.
func isPlural(t token) bool {
	return strings.HasSuffix(t.key, "های") || strings.HasSuffix(t.key, "ها") && len([]rune(t.key)) > 4
}
