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
	for i := range out {
		if out[i].Text == "" {
			out[i].Text = string(runes[out[i].Start:out[i].End])
		}
	}
	return ts, out
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
// می/نمی (میخواهم، نمیشود), which no name or body starts with, but for a
// listed town whose name starts so (میانه، مینودشت), which closes a body's
// name as any town does. A verb of news prose ends with its person's
// ending or its stem's (میکند، میکنیم، میرفت، میکرده، میتوان): a word with
// «می» first and another last letter is a noun (میادین، میثاق،
// میکروبیولوژی، میگوی، میلیون).
func isVerbLike(key string) bool {
	for _, p := range verbPrefixes {
		if strings.HasPrefix(key, p) && utf8.RuneCountInString(key) >= utf8.RuneCountInString(p)+3 &&
			!strings.HasPrefix(key, "میر") && !strings.HasPrefix(key, "میز") && !strings.HasPrefix(key, "میلاد") &&
			!strings.HasPrefix(key, "مینا") && verbEnding(key) && !cities.has(key) && !towns.has(key) {
			return true
		}
	}
	return false
}

// verbEndings are the last letters of the verbs of news prose: the
// persons' endings (د، ند، م، یم، ید), the past stem's «ت» and «د», the
// perfect's participle «ه» and the object pronoun «ش» (میکنندش).
var verbEndings = map[rune]bool{'د': true, 'م': true, 'ت': true, 'ه': true, 'ش': true}

// verbEnding reports a key that ends as a verb does, or is «میتوان» (one
// can), the verb with no ending.
func verbEnding(key string) bool {
	r, _ := utf8.DecodeLastRuneInString(key)
	return verbEndings[r] || strings.HasSuffix(key, "توان")
}

var verbPrefixes = []string{"نمی", "می"}

// isPlural reports plural nouns (های، ها), which do not name one body or
// person.
func isPlural(t token) bool {
	return strings.HasSuffix(t.key, "های") || strings.HasSuffix(t.key, "ها") && utf8.RuneCountInString(t.key) > 4
}
