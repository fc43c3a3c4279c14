// Package persian normalizes Persian text for matching: letters, digits,
// diacritics, the zero-width non-joiner, honorifics and ranks; it also reads
// Persian number words and Solar Hijri dates.
//
// Beyond the standard library it imports only golang.org/x/text and, for
// the Solar Hijri calendar arithmetic, github.com/yaa110/go-persian-calendar.
package persian

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ZWNJ is the zero-width non-joiner (نیم‌فاصله).
const ZWNJ = '\u200c'

// foldRune maps one rune to its normal form, or -1 to drop it: Arabic
// letter forms to Persian, Persian and Arabic-Indic digits to ASCII, and
// marks that carry no letter (diacritics, the superscript alef, tatweel,
// bidi and zero-width controls other than the non-joiner) dropped. It is a
// switch, not a map, because it runs for every rune of every article.
func foldRune(r rune) rune {
	if r < 0x0600 {
		return r
	}
	switch {
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return -1
	case r == 0x200B, r == 0x200D, r == 0x200E, r == 0x200F, r == 0xFEFF:
		return -1
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return -1
	}
	switch r {
	case 'ي', 'ى', 'ئ':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'ة', 'ۀ', 'ە':
		return 'ه'
	case 'أ', 'إ', 'ٱ':
		return 'ا'
	case 'ؤ':
		return 'و'
	case '٫':
		return '.'
	case '٬':
		return ','
	}
	return r
}

// Normalize returns s in the normal form used for display-independent
// processing: Arabic ي/ى/ك/ة/ۀ folded to Persian, Persian and Arabic-Indic
// digits to ASCII, diacritics, tatweel and bidi marks removed, runs of white
// space (but not the non-joiner) folded to one space, and the ends trimmed.
// آ is kept: it is a letter of its own in Persian text.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldRune(r)
		if r < 0 {
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Squash returns the matching key of s: Normalize, then آ as ا, and the
// non-joiner, spaces and punctuation removed, so that رستمی‌فر, رستمی فر
// and رستمیفر give the same key. It keeps honorifics; see NameKey.
//
// Every rune is keyed on its own, so the runes that make up nearly all of a
// Persian text (letters other than آ, ASCII lower-case letters and digits)
// are copied without the folding, and a word made only of them is its own key.
func Squash(s string) string {
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
		if isOwnKeyRune(r) {
			b = utf8.AppendRune(b, r)
			continue
		}
		b = appendKey(b, r)
	}
	return string(b)
}

// appendKey appends the key of rune r to b: r folded, آ as ا, lower case,
// or nothing when r is not a letter or a digit.
func appendKey(b []byte, r rune) []byte {
	r = foldRune(r)
	if r < 0 {
		return b
	}
	if r == 'آ' {
		r = 'ا'
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// isOwnKeyRune reports the runes appendKey keeps as they are.
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

// Words splits s into words after normalization, treating the non-joiner,
// white space and punctuation as separators.
func Words(s string) []string {
	return strings.FieldsFunc(Normalize(s), func(r rune) bool {
		return r == ZWNJ || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
}

// isInvisible reports marks that carry no letter, which Normalize drops.
func isInvisible(r rune) bool { return foldRune(r) < 0 }
