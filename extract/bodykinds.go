package extract

import "strings"

// bodyKindWords make a body of another kind under the same head noun
// (دانشگاه علوم پزشکی X is not دانشگاه X).
var bodyKindWords = loadPhrases("body_kinds.txt")

// addsKind reports a longer name whose first word after the head names
// another kind of body and is not in the short name: «دانشگاه کاشان» is a
// body of its own, not a short form of «دانشگاه علوم پزشکی کاشان»; a word
// of kind further on («وزارت بهداشت، درمان و آموزش پزشکی») changes
// nothing.
func addsKind(short, long *orgEnt) bool {
	if addsNumberedUnit(short.core, long.core) {
		return true
	}
	if len(long.after) == 0 || !bodyKindWords.has(long.after[0]) {
		return false
	}
	for _, w := range short.core {
		if w == long.after[0] {
			return false
		}
	}
	return true
}

// addsNumberedUnit reports a longer name holding a numbered unit (منطقه
// ۱۴، ناحیه ۲) that the short name lacks: «شهرداری منطقه ۱۴ تهران» is a
// district's body, not a fuller form of «شهرداری تهران».
func addsNumberedUnit(short, long []string) bool {
	for k := 0; k+1 < len(long); k++ {
		if unitHeads[long[k]] && isNumberWord(long[k+1]) && !hasWord(short, long[k+1]) {
			return true
		}
	}
	return false
}

// isNumberWord reports a word key made of digits only.
func isNumberWord(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// hasWord reports whether words holds w.
func hasWord(words []string, w string) bool {
	for _, v := range words {
		if v == w {
			return true
		}
	}
	return false
}
