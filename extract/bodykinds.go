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
	if long.after[0] == keyPopular && len(short.after) < 2 {
		return false // «ستاد دیه استان»: a popular body's name cut to its one word, no state body
	}
	for _, w := range short.core {
		if w == long.after[0] {
			return false
		}
	}
	return true
}

// keyPopular is «مردمی», the kind of a popular body beside the state's
// (ستاد مردمی X).
var keyPopular = persianKey("مردمی")

// armyUnits are the units of the armed forces numbered across the country
// (لشکر ۸۱، تیپ ۴۸): the number names one unit wherever it is based.
var armyUnits = keySet("لشکر", "تیپ", "گردان", "هنگ")

// sameArmyUnit reports two names of one numbered army unit, whatever place
// one of them adds: «لشکر ۸۱ زرهی کرمانشاه» is «لشکر ۸۱ زرهی نیروی زمینی
// ارتش».
func sameArmyUnit(e, f *orgEnt) bool {
	return len(e.core) >= 2 && len(f.core) >= 2 && armyUnits[e.core[0]] && e.core[0] == f.core[0] &&
		isDigits(e.core[1]) && e.core[1] == f.core[1]
}
