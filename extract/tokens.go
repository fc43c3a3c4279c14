package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// maxSentenceTokens bounds a sentence: a longer run of words without a
// full stop (a list, a table flattened to text, a word repeated) is cut
// into pieces of this many tokens, so that the rules, which look back and
// ahead within a sentence, do work linear in the text. News sentences are
// far shorter; the longest in the development sets have about 120 tokens.
const maxSentenceTokens = 160

// tokenize splits an article's text into tokens and sentences. A sentence
// longer than maxSentenceTokens is cut into pieces.
func tokenize(text string) ([]token, []persian.Span) {
	sents := persian.Sentences(text)
	raw := persian.Tokenize(text)
	ts := make([]token, 0, len(raw))
	var runes []rune // the text's runes, made only when a sentence is cut
	out := make([]persian.Span, 0, len(sents))
	si, inSent := 0, 0
	for _, r := range raw {
		moved := false
		for si < len(sents)-1 && r.Start >= sents[si].End {
			si++
			moved = true
		}
		if moved || len(out) == 0 {
			out = append(out, sents[si])
			inSent = 0
		} else if inSent >= maxSentenceTokens {
			if runes == nil {
				runes = []rune(text)
			}
			last := &out[len(out)-1]
			rest := persian.Span{Start: r.Start, End: last.End}
			last.End, last.Text = ts[len(ts)-1].end, ""
			out = append(out, rest)
			inSent = 0
		}
		inSent++
		t := token{text: r.Norm, start: r.Start, end: r.End, sent: len(out) - 1}
		k := squash(r.Norm)
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
	for i := range out {
		if out[i].Text == "" {
			out[i].Text = string(runes[out[i].Start:out[i].End])
		}
	}
	return ts, out
}

// squash is persian.Squash, without its cost for the runes that make up
// nearly all of a Persian text: Persian letters (other than آ), ASCII
// lower-case letters and digits are kept as they are, and white space,
// the non-joiner and ASCII marks dropped; any other rune goes through
// persian.Squash, which works rune by rune.
func squash(s string) string {
	own := true
	for _, r := range s {
		if !isOwnKeyRune(r) {
			own = false
			break
		}
	}
	if own {
		return s
	}
	var stack [256]byte
	b := stack[:0]
	for _, r := range s {
		switch {
		case isOwnKeyRune(r):
			b = utf8.AppendRune(b, r)
		case r == 'آ':
			b = utf8.AppendRune(b, 'ا')
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r-'A'+'a'))
		case r < utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r), r == persian.ZWNJ:
		default:
			b = append(b, persian.Squash(string(r))...)
		}
	}
	return string(b)
}

// isOwnKeyRune reports runes that persian.Squash keeps as they are.
func isOwnKeyRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return true
	case r == 0x0621, r == 0x0627, r == 0x0628, r >= 0x062A && r <= 0x063A, r == 0x0641, r == 0x0642,
		r >= 0x0644 && r <= 0x0648:
		return true
	case r == 'پ', r == 'چ', r == 'ژ', r == 'ک', r == 'گ', r == 'ی':
		return true
	}
	return false
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
	for _, p := range verbPrefixes {
		if strings.HasPrefix(key, p) && utf8.RuneCountInString(key) >= utf8.RuneCountInString(p)+3 &&
			!strings.HasPrefix(key, "میر") && !strings.HasPrefix(key, "میز") && !strings.HasPrefix(key, "میلاد") &&
			!strings.HasPrefix(key, "مینا") {
			return true
		}
	}
	return false
}

var verbPrefixes = []string{"نمی", "می"}

// isPlural reports plural nouns (های، ها), which do not name one body or
// person.
func isPlural(t token) bool {
	return strings.HasSuffix(t.key, "های") || strings.HasSuffix(t.key, "ها") && utf8.RuneCountInString(t.key) > 4
}
