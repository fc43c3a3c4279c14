package extract

// r19bFromVerbNoun reports the word at j, inside a body's name that «از»
// opens, as the noun of a compound verb whose light verb comes after a
// manner word or two («از اداره X حمایت کامل خواهد کرد», «از شرکت Y
// قدردانی ویژه کرد»): the verb's noun ends the name, as it does right
// before its light verb (startsCompoundVerb).
func r19bFromVerbNoun(ts []token, i, j int) bool {
	if i == 0 || ts[i-1].key != keyFrom || !objectOfFromVerbs[ts[j].key] {
		return false
	}
	for k := j + 1; k <= j+3 && k < len(ts) && ts[k].sent == ts[j].sent; k++ {
		t := ts[k]
		if t.punct || t.digit {
			return false
		}
		if futureAux[t.key] || detachedVerbPrefixes[t.key] {
			continue
		}
		if lightVerbs.vals[t.key] == "c" {
			return true
		}
		if headNounsAt(ts, k) > 0 || placeLen(ts, k) > 0 {
			return false
		}
	}
	return false
}

// r19bZincWords are the words of mining and metal industry after which
// «روی» is zinc, a word of the name, not the preposition «on» (صنعت روی،
// معدن روی، سرب و روی).
var r19bZincWords = keySet("صنعت", "صنایع", "معدن", "معادن", "سرب", "کنسانتره", "شمش", "ذوب", "فرآوری", "کارخانه")

// r19bZincInName reports «روی» at j right after a word of the metal
// industry inside a name («شرکت ملی صنایع سرب و روی», «صندوق ... کارکنان
// صنعت روی»).
func r19bZincInName(ts []token, j int) bool {
	return j > 0 && ts[j].key == keyZinc && !ts[j-1].punct && ts[j-1].sent == ts[j].sent &&
		(r19bZincWords[ts[j-1].key] || ts[j-1].key == keyAnd && j > 1 && r19bZincWords[ts[j-2].key])
}

var keyZinc = persianKey("روی")
