package extract

// bodyKindWords make a body of another kind under the same head noun
// (دانشگاه علوم پزشکی X is not دانشگاه X).
var bodyKindWords = loadPhrases("body_kinds.txt")

// addsKind reports a longer name whose first word after the head names
// another kind of body and is not in the short name: «دانشگاه کاشان» is a
// body of its own, not a short form of «دانشگاه علوم پزشکی کاشان»; a word
// of kind further on («وزارت بهداشت، درمان و آموزش پزشکی») changes
// nothing.
func addsKind(short, long *orgEnt) bool {
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
