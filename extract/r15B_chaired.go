package extract

// r15bChairedEventBefore reads «ریاست/اداره این نشست بر عهده X، R BODY
// بود»: X chaired the event told before, and the post after X's name is
// the one X holds now, not a post held before (the «بود» closes the
// charge, not the apposition).
func (a *analysis) r15bChairedEventBefore(p *personMention) bool {
	ts := a.toks
	i := p.start
	if i < 4 || ts[i-1].key != keyCharge2 || ts[i-2].key != keyOn && ts[i-2].key != keyTo {
		return false
	}
	sent := ts[p.start].sent
	for k := i - 3; k > 0 && ts[k-1].sent == sent; k-- {
		if isDeterminer(ts[k-1].key) && eventWords.has(ts[k].key) {
			return true
		}
	}
	return false
}

// r15bPluralBodyHeads are plural heads of offices with their singulars:
// «رؤسای ادارات آموزش و پرورش شهرستان‌های الف و ب».
var r15bPluralBodyHeads = map[string]string{
	persianKey("ادارات"):    "اداره",
	persianKey("ادارات کل"): "اداره کل",
	persianKey("شبکه‌های"):  "شبکه",
	persianKey("مراکز"):     "مرکز",
	persianKey("دفاتر"):     "دفتر",
}

// r15bMaxFieldWords bounds the field words of a body between its head and
// the plural head of places.
const r15bMaxFieldWords = 6

// r15bFieldBodyHead reads, from j in the sentence of the plural post at
// k, a body's head noun (singular or plural) and its field («اداره/ادارات
// منابع طبیعی») right before a plural head of places (شهرستان‌های), and
// returns the body's head in the singular with its field, and the token
// of the plural head of places; (“”, j) when there is none.
func (a *analysis) r15bFieldBodyHead(k, j int) (string, int) {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return "", j
	}
	head, hn := "", 0
	if j+1 < len(ts) {
		if s, ok := r15bPluralBodyHeads[ts[j].key+" "+ts[j+1].key]; ok {
			head, hn = s, 2
		}
	}
	if hn == 0 {
		if s, ok := r15bPluralBodyHeads[ts[j].key]; ok {
			head, hn = s, 1
		} else if n, _ := headNouns.at(ts, j); n > 0 {
			head, hn = a.text(j, j+n), n
		}
	}
	if hn == 0 {
		return "", j
	}
	for m := j + hn + 1; m <= j+hn+r15bMaxFieldWords && m < len(ts) && ts[m].sent == ts[k].sent; m++ {
		t := ts[m-1]
		if isSeparator(t.text) || a.personCover[m-1] || t.digit {
			return "", j
		}
		if n, ph := pluralPlaceHeads.at(ts, m); n > 0 {
			if !placeHeads[persianKey(ph)] {
				return "", j
			}
			return head + " " + a.text(j+hn, m), m
		}
	}
	return "", j
}
