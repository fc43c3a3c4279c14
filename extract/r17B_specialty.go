package extract

// specialtyWords open a physician's or scholar's field told before his
// post in an apposition: «دکتر الف، فوق‌تخصص قلب و رئیس بخش X بیمارستان
// Y،».
var specialtyWords = keySet("متخصص", "فوق‌تخصص", "فوق", "پزشک", "جراح", "دکترای")

// maxSpecialtyWords bounds the words of the field before «و».
const maxSpecialtyWords = 5

// r17bSpecialtyThenPost reads «X، SPECIALTY و R BODY»: a field that is no
// post, then «و» and the post X holds.
func (a *analysis) r17bSpecialtyThenPost() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k >= len(ts) || ts[k].text != "،" {
			continue
		}
		k++
		if k >= len(ts) || !specialtyWords[ts[k].key] || ts[k].sent != ts[p.start].sent {
			continue
		}
		j := k + 1
		for j < len(ts) && j <= k+maxSpecialtyWords && !ts[j].punct && ts[j].sent == ts[k].sent && ts[j].key != keyAnd &&
			roleWordsAt(ts, j) == 0 && a.orgAt(j) == nil && !a.personCover[j] {
			j++
		}
		if j >= len(ts) || ts[j].key != keyAnd {
			continue
		}
		r := a.roleStartingAt(j + 1)
		if r == nil || r.org == "" || r.former || a.hasAff(p, *r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[k].sent, rule: "specialty-then-post"})
	}
}
