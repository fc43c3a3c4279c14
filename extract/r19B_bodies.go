package extract

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

// r19bLocalityWords are the nouns of a locality that, bare at a name's
// end, refer back to a village or area the report named («روستا»،
// «منطقه»، «محله»): the name is no body's own.
var r19bLocalityWords = keySet("روستا", "منطقه", "محله")

// r19bBareLocalityEnd reports a name from i to j that ends with a bare
// locality noun after words of its own («مسجد جامع روستا», «مرکز
// خدمات کشاورزی منطقه»), with no place or number after it: a form of the
// village's body («شورای اسلامی روستا» for «شورای اسلامی روستای X») or no
// body at all, but never a body listed under that name. A name under a
// local government's head is the locality's own body («شورای اسلامی روستا»، «شهرداری
// منطقه»), listed as before.
func r19bBareLocalityEnd(ts []token, i, j, hn int, place, generic string) bool {
	if place != "" || generic != "" || j-i < hn+1 || j > len(ts) || !r19bLocalityWords[ts[j-1].key] {
		return false
	}
	return !r19bLocalGovHeads[ts[i].key]
}

// r19bLocalGovHeads are the heads of a locality's own bodies, its council
// and its municipal offices, which the locality noun right after names
// («شورای اسلامی روستا»، «شهرداری منطقه»، «دهیاری روستا»).
var r19bLocalGovHeads = keySet("شورای", "شورا", "شهرداری", "دهیاری", "بخشداری", "فرمانداری")
