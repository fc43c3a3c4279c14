package persian

import (
	"slices"
	"strings"
)

// titles are the honorifics and ranks that stand before a Persian name and
// are not part of its identity, longest first so that «سرهنگ دوم» wins over
// «سرهنگ». They are written normalized, words separated by one space.
var titles = []string{
	"حجت الاسلام والمسلمین", "حجت الاسلام و المسلمین", "حجت الاسلام", "آیت الله العظمی", "آیت الله",
	"جناب آقای", "سرکار خانم", "سرهنگ دوم", "سرهنگ تمام", "سرتیپ دوم", "سرتیپ", "سرلشکر", "سپهبد",
	"سرهنگ", "سرگرد", "سروان", "ستوان یکم", "ستوان دوم", "ستوان", "سردار", "امیر سرتیپ", "امیر دریادار",
	"دکتر", "مهندس", "استاد", "پروفسور", "آقای", "آقا", "خانم", "جناب", "سرکار", "بسیجی",
	"شهید", "حاج", "حاجی", "حاجیه", "سیده", "سید", "شیخ", "امام", "سرتیپ پاسدار",
	"سرهنگ پاسدار", "سردار سرتیپ", "سردار سرتیپ دوم", "سرتیپ دوم پاسدار", "سرهنگ دوم پاسدار",
	"سرلشکر پاسدار", "سرگرد پاسدار", "سروان پاسدار", "ستوان پاسدار", "پاسدار",
}

// titlePrefixes are titles with the space that must follow them.
var titlePrefixes []string

func init() {
	// Longest first, so multi-word ranks are taken whole.
	for i := range titles {
		titles[i] = Normalize(strings.ReplaceAll(titles[i], "\u200c", " "))
	}
	sortByLengthDesc(titles)
	for _, t := range titles {
		titlePrefixes = append(titlePrefixes, t+" ")
	}
}

func sortByLengthDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len([]rune(s[j])) > len([]rune(s[j-1])); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// SplitTitles separates the honorifics and ranks at the start of name from
// the name itself: «دکتر سرهنگ دوم کامران شریفی‌نیا» gives «کامران شریفی‌نیا»
// and [دکتر سرهنگ دوم]. A «سید» glued to the given name (سیدعبدالحمید) is
// split off too. The name keeps its own spelling apart from normalization.
func SplitTitles(name string) (bare string, found []string) {
	s := Normalize(name)
	for {
		// Compare with the non-joiner as a space, so حجت‌الاسلام matches.
		cmp := strings.ReplaceAll(s, "\u200c", " ")
		hit := ""
		for i, t := range titlePrefixes {
			if strings.HasPrefix(cmp, t) {
				hit = titles[i]
				break
			}
		}
		if hit == "" {
			if rest, ok := gluedSayyid(s); ok {
				found = append(found, "سید")
				s = rest
				continue
			}
			return s, found
		}
		found = append(found, hit)
		s = strings.TrimSpace(string([]rune(s)[len([]rune(hit)):]))
	}
}

// gluedSayyid splits «سیدعبدالحمید موسوی» into «عبدالحمید موسوی». A name that
// merely starts with those letters (سیدی، سیده) is left alone.
func gluedSayyid(s string) (string, bool) {
	const p = "سید"
	if !strings.HasPrefix(s, p) {
		return s, false
	}
	rest := s[len(p):]
	first, _, _ := strings.Cut(rest, " ")
	if len([]rune(first)) < 3 || strings.HasPrefix(rest, "ی") || strings.HasPrefix(rest, "ه") || !strings.Contains(rest, " ") {
		return s, false
	}
	return rest, true
}

// IsTitle reports whether w (one or more words) is an honorific or rank.
func IsTitle(w string) bool {
	w = strings.ReplaceAll(Normalize(w), "\u200c", " ")
	for _, t := range titles {
		if t == w {
			return true
		}
	}
	return false
}

// NameKey returns the identity key of a person's or body's name: titles
// dropped, then Squash. Names that differ only in honorifics, the
// non-joiner, spacing or Arabic letter forms have the same key.
func NameKey(name string) string {
	bare, _ := SplitTitles(name)
	return Squash(bare)
}

// BoundaryKeys returns the search keys of a name: titles dropped, then the
// Squash of the name from each word on («دکتر کامران شریفی‌نیا» gives
// کامرانشریفینیا, شریفینیا and نیا). A prefix typed with a space, a
// non-joiner or nothing between the parts of a name is a prefix of one of
// them.
func BoundaryKeys(name string) []string {
	bare, _ := SplitTitles(name)
	words := Words(bare)
	keys := make([]string, 0, len(words))
	for i := range words {
		k := Squash(strings.Join(words[i:], ""))
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}
