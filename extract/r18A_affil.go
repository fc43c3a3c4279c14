package extract

// r18aAlsoBefore steps back over an «نیز/هم» right before token end
// («الف و ب نیز به ترتیب R1 و R2»): the adverb sits between the list of
// persons and «به ترتیب». It returns end unchanged when there is none.
func (a *analysis) r18aAlsoBefore(end int) int {
	if end > 1 && alsoWords[a.toks[end-1].key] {
		return end - 1
	}
	return end
}

// r18aMaxFieldWords bounds the words of the fields a plural «مدیران کل»
// lists before the place they share.
const r18aMaxFieldWords = 10

// r18aPluralDirectorsOfFields reads «مدیران کل FIELD1 و FIELD2 استان (X)،
// (به ترتیب) الف و ب»: the plural of a director general lists the fields
// of two or more provincial directorates (each field one or more words,
// split at «و» unless the «و» joins a fixed pair such as «حمل و نقل»),
// and the persons after it hold one each, in order. The lists must be as
// long as each other.
func (a *analysis) r18aPluralDirectorsOfFields() {
	ts := a.toks
	for k := 0; k < len(ts); k++ {
		n, post := pluralPosts.at(ts, k)
		if n == 0 || roleBodies.vals[persianKey(post)] != "اداره کل" {
			continue
		}
		j := k + n
		var fields []string
		from, m := j, j
		for ; m < len(ts) && m-j <= r18aMaxFieldWords && ts[m].sent == ts[k].sent; m++ {
			t := ts[m]
			if t.punct || t.digit || a.personCover[m] || placeHeads[t.key] {
				break
			}
			if bn := binomialAt(ts, m); bn > 0 {
				m += bn - 1 // «حمل و نقل»: one field's words
				continue
			}
			if t.key == keyAnd {
				if m == from {
					break
				}
				fields = append(fields, a.text(from, m))
				from = m + 1
			}
		}
		if m >= len(ts) || ts[m].key != keyProvince || m == from || len(fields) == 0 {
			continue
		}
		fields = append(fields, a.text(from, m))
		place, placeText, end := "", ts[m].text, m+1
		if pn, _ := placeAt(ts, m+1); pn > 0 && ts[m+pn].sent == ts[k].sent {
			place, placeText, end = a.text(m+1, m+1+pn), a.text(m, m+1+pn), m+1+pn
		}
		at := end
		if at < len(ts) && ts[at].text == "،" {
			at++
		}
		if at+1 < len(ts) && ts[at].key == keyTo && ts[at+1].key == keyOrder {
			at += 2 // «، به ترتیب الف و ب»
		}
		people := a.personsAfter(at)
		if len(people) != len(fields) {
			continue
		}
		for i, p := range people {
			r := roleRef{start: k, next: end, role: post, org: "اداره کل " + fields[i] + " " + placeText, orgPlace: place}
			a.dropRolesWithin(p, k-1, end) // also the plural's other reading, at k
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "plural-directors-of-fields"})
			}
		}
		k = end - 1
	}
}
