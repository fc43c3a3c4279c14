package persian

import (
	"strings"
	"unicode"
)

// Token is a word, a number or a punctuation mark of a text.
type Token struct {
	Text       string // as written
	Norm       string // Normalize(Text); a non-joiner inside a word is kept
	Start, End int    // rune offsets of Text in the input
}

// Span is a stretch of a text.
type Span struct {
	Start, End int // rune offsets in the input
	Text       string
}

// tokenKind tells what a rune contributes to a token.
type tokenKind int

const (
	kindSpace  tokenKind = iota // separates tokens
	kindJoin                    // non-joiner or invisible mark: inside a word only
	kindLetter                  // letter or combining mark
	kindDigit                   // any decimal digit
	kindPunct                   // a token of its own
)

func kindOf(r rune) tokenKind {
	// Fast paths for the runes that make up nearly all of a Persian text.
	switch {
	case r == ' ' || r == '\n':
		return kindSpace
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A,
		r == 'پ', r == 'چ', r == 'ژ', r == 'ک', r == 'گ', r == 'ی':
		return kindLetter
	case r >= '0' && r <= '9', r >= '۰' && r <= '۹', r >= '٠' && r <= '٩':
		return kindDigit
	}
	if r == ZWNJ || isInvisible(r) {
		return kindJoin
	}
	f := foldRune(r)
	switch {
	case unicode.IsSpace(f):
		return kindSpace
	case unicode.IsDigit(f):
		return kindDigit
	case unicode.IsLetter(f), unicode.IsMark(f):
		return kindLetter
	}
	return kindPunct
}

// isNumberJoint reports runes that stay inside a number when digits stand
// on both sides: 1403/12/12, 2025-03-02, 12.5, 12٫5, 1,403, 10:30.
func isNumberJoint(r rune) bool {
	switch r {
	case '/', '-', '.', ':', ',', '٫', '٬':
		return true
	}
	return false
}

// Tokenize splits text into words, numbers and punctuation marks, with rune
// offsets into text. Words joined by the non-joiner (می‌شود) are one token;
// digits with separators between them (1403/12/12, 12.5) are one token; a
// change between digits and non-ASCII letters (۱۲اسفند) splits; every other
// mark or symbol is a token of its own; white space is dropped.
func Tokenize(text string) []Token {
	runes := []rune(text)
	kinds := make([]tokenKind, len(runes))
	for i, r := range runes {
		kinds[i] = kindOf(r)
	}
	toks := make([]Token, 0, len(runes)/5)
	var norm strings.Builder
	emit := func(s, e int) {
		// A token holds no white space, so its Normalize is a plain fold.
		norm.Reset()
		for _, r := range runes[s:e] {
			if f := foldRune(r); f >= 0 {
				norm.WriteRune(f)
			}
		}
		toks = append(toks, Token{Text: string(runes[s:e]), Norm: norm.String(), Start: s, End: e})
	}
	i := 0
	for i < len(runes) {
		switch kinds[i] {
		case kindSpace, kindJoin:
			i++
			continue
		case kindPunct:
			emit(i, i+1)
			i++
			continue
		}
		start := i
		end := i + 1 // end of the last word rune taken
		prev, pk := runes[i], kinds[i]
		for j := i + 1; j < len(runes); j++ {
			r, kj := runes[j], kinds[j]
			if kj == kindJoin {
				continue // taken only if a word rune follows
			}
			if kj == kindLetter && pk == kindLetter || kj == kindDigit && pk == kindDigit {
				end, prev, pk = j+1, r, kj
				continue
			}
			if (kj == kindLetter && pk == kindDigit || kj == kindDigit && pk == kindLetter) && j == end &&
				r < unicode.MaxASCII && prev < unicode.MaxASCII {
				end, prev, pk = j+1, r, kj // ASCII mixes such as mp3, H2O
				continue
			}
			if kj == kindPunct && pk == kindDigit && j == end && isNumberJoint(r) &&
				j+1 < len(runes) && kinds[j+1] == kindDigit {
				end, prev = j+2, runes[j+1]
				j++
				continue
			}
			break
		}
		emit(start, end)
		i = end
	}
	return toks
}

// isSentenceEnd reports the marks that end a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '۔', '…', '\n':
		return true
	}
	return false
}

// Sentences splits text into sentences, with rune offsets into text. A
// sentence ends at . ! ? ؟ … or a line break, and at «:» closing a line; a
// point between digits (12.5) does not end one. Each span keeps its closing
// marks and is trimmed of white space; empty spans are left out.
func Sentences(text string) []Span {
	runes := []rune(text)
	var spans []Span
	add := func(s, e int) {
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if s < e {
			spans = append(spans, Span{Start: s, End: e, Text: string(runes[s:e])})
		}
	}
	start := 0
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		end := false
		switch {
		case r == '.' && i > 0 && i+1 < len(runes) && kindOf(runes[i-1]) == kindDigit && kindOf(runes[i+1]) == kindDigit:
		case r == ':' || r == '：':
			j := i + 1
			for j < len(runes) && runes[j] != '\n' && unicode.IsSpace(runes[j]) {
				j++
			}
			end = j == len(runes) || runes[j] == '\n'
		case isSentenceEnd(r):
			end = true
		}
		if !end {
			continue
		}
		// Keep a run of closing marks (?!, ...) with the sentence.
		for i+1 < len(runes) && runes[i+1] != '\n' && isSentenceEnd(runes[i+1]) {
			i++
		}
		add(start, i+1)
		start = i + 1
	}
	add(start, len(runes))
	return spans
}

// normWords splits tokens into words at the non-joiner, with rune offsets:
// «سی‌ام» gives «سی» and «ام», «اسفند‌ماه» gives «اسفند» and «ماه».
func normWords(text string) []word {
	runes := []rune(text)
	var words []word
	for _, t := range Tokenize(text) {
		if !strings.ContainsRune(t.Text, ZWNJ) {
			words = append(words, word{norm: t.Norm, start: t.Start, end: t.End})
			continue
		}
		s := t.Start
		for j := t.Start; j <= t.End; j++ {
			if j < t.End && runes[j] != ZWNJ {
				continue
			}
			if n := Normalize(string(runes[s:j])); n != "" {
				words = append(words, word{norm: n, start: s, end: j})
			}
			s = j + 1
		}
	}
	return words
}

// word is one normalized word of a text with its rune offsets.
type word struct {
	norm       string
	start, end int
}
