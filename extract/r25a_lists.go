package extract

// Lists of several persons and their posts told in one sentence (round
// 25, tuner A).

import "slices"

// r25aDropPostBeforeKept drops the post told right before the first name
// of a list of holders kept in their own posts, «در آیین معارفه مدیرکل
// جدید X، الف (R1) و ب (R2) در سمت‌های خود ابقا شدند»: the post before
// the comma is the newcomer's, not الف's, whose own post the list gives.
func (a *analysis) r25aDropPostBeforeKept(p *personMention) {
	ts := a.toks
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		return m.person == p && m.rule == "role-then-name" && m.role.next+1 == p.start && ts[m.role.next].text == "،"
	})
}

// r25aPhotoSides are the words that tell where a person stands in a
// photo, in brackets after his name: «(راست)»، «(نفر دوم از چپ)».
var r25aPhotoSides = keySet("راست", "چپ", "وسط", "میانه")

// r25aPhotoSideWords may stand with a side in those brackets.
var r25aPhotoSideWords = keySet("نفر", "اول", "دوم", "سوم", "چهارم", "از", "ایستاده", "نشسته")

// r25aMaxPhotoSide bounds the words in those brackets.
const r25aMaxPhotoSide = 5

// r25aPhotoSideEnd returns the token after «(راست)» (and a comma after
// it) at k, or k when no side in brackets stands there.
func r25aPhotoSideEnd(ts []token, k int) int {
	if k >= len(ts) || ts[k].text != "(" {
		return k
	}
	side := false
	for j := k + 1; j < len(ts) && j-k <= r25aMaxPhotoSide+1 && ts[j].sent == ts[k].sent; j++ {
		switch {
		case ts[j].text == ")":
			if !side {
				return k
			}
			if j+1 < len(ts) && ts[j+1].text == "،" {
				return j + 2
			}
			return j + 1
		case r25aPhotoSides[ts[j].key]:
			side = true
		case !r25aPhotoSideWords[ts[j].key]:
			return k
		}
	}
	return k
}

// r25aPhotoSidePosts reads a photo's caption that tells each person's
// side in brackets between his name and his post, «الف (راست)، R1 BODY1،
// در کنار ب، R2 BODY2»، «الف (راست) R1 BODY1 و ب (چپ) R2 BODY2»: the post
// after the brackets is the named person's, as it is with no brackets.
func (a *analysis) r25aPhotoSidePosts() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		k := r25aPhotoSideEnd(ts, p.end)
		if k == p.end || k >= len(ts) || ts[k].sent != ts[p.start].sent {
			continue
		}
		r := a.roleStartingAt(k)
		if r == nil || r.org == "" || r.former || a.hasAff(p, *r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "photo-side-post"})
	}
}

// r25aItemPost reads the post of one list item after its name p, as a list
// tells it. It returns the post, the token the walk stands at after the
// item (-1 when it read nothing), whether it read an item, and whether
// the list may go on after it.
type r25aItemPost func(p *personMention) (r roleRef, next int, ok, more bool)

// r25aWalkItems walks a list of names each with its post, from the name
// at k on in sentence s, the items joined by «،» or «و» (at most
// maxPluralListed): «الف رئیس، ب نایب‌رئیس و ج منشی»، «الف (R1) و ب (R2)».
// read reads each item's post. It returns the items and the token the
// walk stands at after the last.
func (a *analysis) r25aWalkItems(k, s int, read r25aItemPost) ([]listedPost, int) {
	ts := a.toks
	var items []listedPost
	for len(items) < maxPluralListed {
		p := a.personStartingAt(k)
		if p == nil || ts[p.start].sent != s {
			break
		}
		r, next, ok, more := read(p)
		if next >= 0 {
			k = next
		}
		if !ok {
			break
		}
		items = append(items, listedPost{p, r})
		if more && k+1 < len(ts) && ts[k].sent == s && (ts[k].text == "،" || ts[k].key == keyAnd) && a.personStartingAt(k+1) != nil {
			k++
			continue
		}
		break
	}
	return items, k
}

// r25aNoRespectively is why r25aRespectivelyBefore turns a post down.
const r25aNoRespectively = "a list's posts told «به ترتیب», whose names the list rules did not read"

// r25aRespectivelyBefore reports «به ترتیب» (and «نیز») right before
// the «به عنوان» at i: «الف، ب و ج به ترتیب به عنوان R1، R2 و R3 ...»
// gives its posts to a list of names in order. When the list rules did
// not read it (a name cut short), the first post is not the last name's.
func r25aRespectivelyBefore(ts []token, i int) bool {
	j := i
	if j > 0 && alsoWords[ts[j-1].key] {
		j--
	}
	return j >= 2 && ts[j-1].key == keyOrder && ts[j-2].key == keyTo && ts[j-1].sent == ts[i].sent
}

// r25aAfterNew steps over «جدید» at e in the sentence of token k («هیئت
// رئیسه جدید شورای X»), returning the token after it, else e.
func r25aAfterNew(ts []token, e, k int) int {
	if e < len(ts) && ts[e].key == keyNew && ts[e].sent == ts[k].sent {
		return e + 1
	}
	return e
}

// r25aCountWords are the counts of persons «دو تن از اعضای ...» tells
// before a plural post, by their value.
var r25aCountWords = map[string]int{
	persianKey("دو"): 2, persianKey("سه"): 3, persianKey("چهار"): 4,
	persianKey("پنج"): 5, persianKey("شش"): 6,
}

// r25aPersonNouns count persons: «دو تن»، «سه نفر».
var r25aPersonNouns = keySet("تن", "نفر")

// r25aSomeOfPlural returns the names listed right before «از» and the
// plural post at k (… ending at end), «الف و ب (، دو تن) از اعضای BODY»:
// some of the post's holders, each one of them, as oneOfPlural reads one
// name; nil when fewer than two names are listed there, when a count
// told with them is not theirs, or, with no count, when the sentence goes
// on to a verb whose object «از» marks.
func (a *analysis) r25aSomeOfPlural(k, end int) []*personMention {
	ts := a.toks
	if k < 3 || ts[k-1].key != keyFrom {
		return nil
	}
	e, count := k-1, 0
	if r25aPersonNouns[ts[e-1].key] {
		n, ok := r25aCountWords[ts[e-2].key]
		if !ok {
			return nil
		}
		e, count = e-2, n
	}
	people := a.personsBefore(e)
	if len(people) < 2 || count > 0 && count != len(people) || ts[people[0].start].sent != ts[k].sent {
		return nil
	}
	for j := end; count == 0 && j < len(ts) && ts[j].sent == ts[k].sent; j++ {
		if objectOfFromVerbs[ts[j].key] {
			return nil // «الف و ب از اعضای شورا قدردانی کردند»; a count is a partitive
		}
	}
	return people
}

// r25aLastOfListFrom returns the last name of a list that goes on at k
// after a name, «X، Y و Z» with «،» or «و» at k: the name a plural post
// after the list follows («X، Y و Z، نمایندگان مردم ... در مجلس»); nil
// when no name follows k.
func (a *analysis) r25aLastOfListFrom(k int) *personMention {
	ts := a.toks
	var q *personMention
	for n := 0; n < maxPluralListed && k+1 < len(ts) && (ts[k].key == keyAnd || ts[k].text == "،"); n++ {
		if ts[k].text == "،" && k+2 < len(ts) && ts[k+1].key == keyAnd {
			k++ // «X، Y، و Z»
		}
		if !a.personCover[k+1] {
			break // no name goes on there (a cheap test before the scan)
		}
		next := a.personStartingAt(k + 1)
		if next == nil || ts[next.start].sent != ts[k].sent {
			break
		}
		q, k = next, next.end
	}
	return q
}

// r25aFormerWithin reports a word of a post held before («پیشین»،
// «سابق») among the tokens from j to end, a plural post's words before its
// body: «معاونان پیشین اداره کل X».
func r25aFormerWithin(ts []token, j, end int) bool {
	for ; j < end && j < len(ts); j++ {
		if formerWords[ts[j].key] {
			return true
		}
	}
	return false
}
