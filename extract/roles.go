package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// roleRef is a post named in the text with the body it belongs to:
// «مسئول سازمان بسیج ...»، «فرماندار شهرستان دماوند».
type roleRef struct {
	start, next int // first token of the role and the token after the phrase
	role        string
	org         string // the body's name; empty when the text shows none
	orgPlace    string
	former      bool // سابق، پیشین
	earlier     bool // اسبق، فقید: the holder is no predecessor
}

// maxRoleModifiers bounds the words between a role's head and its body.
const maxRoleModifiers = 7

// maxRoleTokens bounds a whole role phrase («معاون ... و مدیرکل ...»), so
// that reading one is constant work however long the sentence.
const maxRoleTokens = 16

// roleMemoEntry is a remembered result of roleAt.
type roleMemoEntry struct {
	r  roleRef
	ok bool
}

// roleAt reads a role phrase at token k and the body it names, if any.
func (a *analysis) roleAt(k int) (roleRef, bool) {
	if k < 0 || k >= len(a.roleMemo) {
		r, ok := a.roleAtUncached(k)
		if ok {
			a.academicGroupHead(&r)
			trusteeBoardOf(&r)
			nationalDepartmentOf(&r)
			a.r20bShortTrusteeBoard(&r)
			a.r25fProvinceOfDirectorate(&r)
			a.r25fHeadOfItBefore(&r)
			a.r25fHeadlessCompany(&r)
		}
		return r, ok
	}
	if m := a.roleMemo[k]; m != nil {
		return m.r, m.ok
	}
	// While the post at k is read, a read of it again (two coordinated
	// posts each looking for the other's body) finds none, not a loop.
	a.roleMemo[k] = &roleMemoEntry{}
	r, ok := a.roleAtUncached(k)
	if ok && (a.r23bTaskCharge(k, r) || a.r23bDelegateAt(k, r)) {
		r, ok = roleRef{}, false // «مسئول راه‌اندازی این مرکز»: a task; «نماینده BODY در جلسه»: a delegate
	}
	if ok {
		a.academicGroupHead(&r)
		nationalDepartmentOf(&r)
		a.r20bShortTrusteeBoard(&r) // «عضو حقیقی هیئت امنا»
		a.r25fProvinceOfDirectorate(&r)
		a.r25fHeadOfItBefore(&r)
		a.r25fHeadlessCompany(&r)
	}
	a.roleMemo[k] = &roleMemoEntry{r: r, ok: ok}
	return r, ok
}

// formerWords mark a post held before: «مدیرکل سابق/پیشین/اسبق/قبلی»،
// «شهردار فقید».
var formerWords = keySet("سابق", "پیشین", "اسبق", "قبلی", "فقید")

// heldBeforeLast mark a post held before the last holder, or by one who
// has died: its holder is no predecessor.
var heldBeforeLast = keySet("اسبق", "فقید")

// serviceNouns are the nouns of serving in a post, which end the post's
// title: «به عنوان مشاور هیئت‌مدیره همکاری خود را ادامه خواهد داد»،
// «به عنوان معاون خدمت خواهد کرد».
var serviceNouns = keySet("همکاری", "خدمت", "فعالیت")

func (a *analysis) roleAtUncached(k int) (roleRef, bool) {
	ts := a.toks
	if k < 0 || k >= len(ts) {
		return roleRef{}, false
	}
	if r20aInPresidium(ts, k) {
		return roleRef{}, false // «هیئت رئیسه»: no post «رئیسه»
	}
	n, _ := roleWords.at(ts, k)
	if n == 0 && !a.orgCover[k] {
		if role, body, place, ok := gluedRole(ts[k]); ok {
			// «شهردارتفت»: a post and its place typed as one word.
			return roleRef{start: k, next: k + 1, role: role, org: body + " " + place, orgPlace: place}, true
		}
	}
	if n == 0 || a.orgCover[k] {
		return roleRef{}, false
	}
	// «به ریاست معاون عمرانی استاندار، X»: the chair is named by the post
	// after «ریاست», which is the post's own.
	if ts[k].key == keyHeadship && k+1 < len(ts) && ts[k+1].sent == ts[k].sent && roleWordsAt(ts, k+1) > 0 {
		return a.roleAt(k + 1)
	}
	r := roleRef{start: k}
	var words []string
	if ts[k].key == keyHeadship {
		words = append(words, "رئیس") // «خانم X ریاست شورا»: the post is رئیس
	} else if ts[k].key == keyReps {
		words = append(words, "نماینده")
	} else {
		words = append(words, a.text(k, k+n))
	}
	bodyRole, bodyRoleEnd := -1, -1
	// «معاون وزیر» read as one role word still ends with a body-heading
	// role (وزیر): its body is that role's.
	for m := k; m < k+n && m < len(ts); m++ {
		if bn, _ := roleBodies.at(ts, m); bn > 0 && m+bn <= k+n {
			bodyRole, bodyRoleEnd = m, m+bn
			break
		}
	}
	j := k + n
	mods := 0
	for j < len(ts) && mods < maxRoleModifiers && j-k < maxRoleTokens {
		t := ts[j]
		if isQuoteMark(t.text) && j == k+n && k > 0 && isQuoteMark(ts[k-1].text) && t.sent == ts[k].sent {
			j++ // «"سرپرست" فرمانداری ...»: the quoted post goes on to its body
			continue
		}
		if t.text == "،" && mods > 0 && a.modifierListAt(j+1) {
			// «معاون فنی، عمرانی و اقتصادی استاندار»: a list of the
			// post's own words.
			words[len(words)-1] += "،"
			j++
			continue
		}
		if t.punct || t.sent != ts[k].sent || a.orgAt(j) != nil || a.personCover[j] {
			break
		}
		if hn, _ := headNouns.at(ts, j); hn > 0 && !(j > k+n && a.r17bFieldBeforeHeadRole(j, hn)) {
			break
		}
		if j == k+n && a.phraseEndsAt(j+1) {
			// «با حضور دکتر X رئیس پارک امضا شد» after «پارک علم و
			// فناوری Y» was named: the first word of a body's name stands
			// for it.
			if o := a.lastBodyOfFirstWord(t.key, k); o != nil && o.end <= k && len(persian.Words(o.name)) > 1 {
				r.role, r.org, r.orgPlace, r.next = strings.Join(words, " "), o.name, o.place, j+1
				return r, true
			}
		}
		if o := a.companyByLastWord(j); o != nil && mods > 0 {
			// «معاون فنی توانیر» after «شرکت مادرتخصصی توانیر»: the
			// company's own name alone.
			r.role, r.org, r.orgPlace, r.next = strings.Join(words, " "), o.name, o.place, j+1
			return r, true
		}
		if unitHeads[t.key] {
			// «رئیس واحد (سنندج)»: the unit of a body named before.
			if o, end := a.unitBodyAt(j); o != nil {
				r.role, r.org, r.orgPlace, r.next = strings.Join(words, " "), o.name, o.place, end
				return r, true
			}
		}
		if o := a.bracketAliasAt(j); o != nil {
			// «مشاور رئیس هیئت‌عامل ایمیدرو»: the short name given in
			// brackets after a body's name stands for that body.
			r.role, r.next = strings.Join(words, " "), j+1
			r.org, r.orgPlace = o.name, o.place
			return r, true
		}
		if t.key == keyNew || formerWords[t.key] || t.key == keyRespected {
			r.former = r.former || formerWords[t.key]
			r.earlier = r.earlier || heldBeforeLast[t.key]
			j++
			continue
		}
		if (t.key == keyPluralHa || t.key == keyPluralHay) && j > k+n {
			words = append(words, t.text) // «معاون طرح های ...»: the plural ending written apart
			j++
			continue
		}
		if rn, _ := roleWords.at(ts, j); rn > 0 {
			if bn, _ := roleBodies.at(ts, j); bn > 0 {
				bodyRole, bodyRoleEnd = j, j+bn
			}
			words = append(words, a.text(j, j+rn))
			j += rn
			continue
		}
		if bn := binomialAt(ts, j); bn > 0 {
			// «معاون حمل و نقل و ترافیک شهرداری X»: a fixed pair is one
			// word of the post.
			words = append(words, a.text(j, j+bn))
			j += bn
			mods++
			continue
		}
		if cn := r25bStopCompoundAt(ts, j); cn > 0 {
			words = append(words, a.text(j, j+cn)) // «کارشناس مسئول پیش بینی اداره کل X»
			j += cn
			mods++
			continue
		}
		if t.key == keyAnd {
			if rn, _ := roleWords.at(ts, j+1); rn > 0 || j+1 < len(ts) && isGluedRole(ts[j+1]) {
				break // «رئیس هیئت‌مدیره و مدیرعامل شرکت X»: two posts
			}
			if j+1 < len(ts) && !ts[j+1].punct && !a.personCover[j+1] && !stopWords.has(ts[j+1].key) &&
				a.orgAt(j+1) == nil && a.titleAt(j+1) == 0 { // «... و خانم X»: the next holder
				if hn, _ := headNouns.at(ts, j+1); hn == 0 || a.r17bFieldBeforeHeadRole(j+1, hn) {
					words = append(words, ts[j].text)
					j++
					continue
				}
			}
			break
		}
		if t.key == keyOver && j > k+n && ts[j-1].key == keySupervision && j+1 < len(ts) && ts[j+1].sent == t.sent && !ts[j+1].punct &&
			!a.personCover[j+1] && a.orgAt(j+1) == nil && !stopWords.has(ts[j+1].key) {
			// «مدیر هماهنگی و نظارت بر توزیع گاز شرکت X»: the object of
			// «نظارت بر» is part of the post's title.
			words = append(words, t.text)
			j++
			continue
		}
		if t.key == keyFrom && j > k+n && (ts[j-1].key == keyPrevention || r25eSpacedPreventionBefore(ts, j)) && j+1 < len(ts) && ts[j+1].sent == t.sent && !ts[j+1].punct &&
			!a.personCover[j+1] && a.orgAt(j+1) == nil && !stopWords.has(ts[j+1].key) {
			// «معاون اجتماعی و پیشگیری از وقوع جرم دادگستری کل استان
			// X»: the object of «پیشگیری از» is part of the post's title.
			words = append(words, t.text)
			j++
			continue
		}
		if e := r25eSpacedPrefixEnd(ts, j); e > j {
			words = append(words, a.text(j, e)) // «کارشناس پیش بینی …»: a compound typed apart
			j = e
			mods++
			continue
		}
		if stopWords.has(t.key) || introWords[t.key] || promotionWords[t.key] || serviceNouns[t.key] || t.digit || isVerbLike(t.key) || t.key == keyProvince || t.key == keyCounty ||
			t.key == keyCity || t.key == keyCountry {
			break
		}
		if pn, _ := placeAt(ts, j); pn > 0 {
			break
		}
		if bodyRole >= 0 && !a.bodyAhead(j, k) {
			break // «فرماندار شهرستان ...»: the rest names the body
		}
		words = append(words, t.text)
		mods++
		j++
	}
	for len(words) > 1 && persianKey(words[len(words)-1]) == keyAnd {
		words = words[:len(words)-1]
	}
	// «رئیس شعبه ۴ دادگاه تجدیدنظر استان X»: a numbered branch of the
	// body named after its number is the body the post heads.
	if len(words) > 1 && persianKey(words[len(words)-1]) == keyBranch && j+1 < len(ts) && ts[j].digit && ts[j].sent == ts[k].sent {
		if o := a.orgAt(j + 1); o != nil {
			r.role = strings.Join(words[:len(words)-1], " ")
			r.org, r.orgPlace, r.next = words[len(words)-1]+" "+a.text(j, j+1)+" "+o.name, o.place, o.end
			return r, true
		}
	}
	r.role = strings.Join(words, " ")
	r.next = j
	switch o := a.orgAt(j); {
	case o != nil:
		r.org, r.orgPlace, r.next = o.name, o.place, o.end
		a.thisPlaceOfBody(&r, o)
		if o2 := a.orgAt(o.end); o2 != nil && o2.start == o.end && districtWords[firstWordKey(o2.name)] && ts[o.end].sent == ts[k].sent {
			// «مسئول بسیج سازندگی ناحیه X»: a body's district read as a
			// body of its own is the post's body, the district of it.
			r.org, r.orgPlace, r.next = o.name+" "+o2.name, o2.place, o2.end
		}
		if e := o.end; o.place == "" && lastWordKeyOf(o.name) == keyCity && e+1 < len(ts) && ts[e].sent == ts[k].sent && ts[e+1].punct &&
			!ts[e].punct && !ts[e].digit && !stopWords.has(ts[e].key) && !a.personCover[e] && roleWordsAt(ts, e) == 0 && !isVerbLike(ts[e].key) {
			// «عضو شورای اسلامی شهر ماهان،»: the word after «شهر», a
			// city whose name is also a given name, ends the body's name.
			r.org, r.orgPlace, r.next = o.name+" "+ts[e].text, ts[e].text, e+1
		}
		// «سرپرست دانشکده فنی این دانشگاه»: a unit named with no parent,
		// then «این HEAD» for the body named before, is that body's unit.
		if e := o.end; r.next == e && e+1 < len(ts) && isDeterminer(ts[e].key) && ts[e+1].sent == ts[k].sent {
			if hn, _ := headNouns.at(ts, e+1); hn == 1 {
				if b := a.recentOrgWithBareHead(ts[e+1], k); b != nil && b.start < k && b != o {
					r.org, r.orgPlace, r.next = o.name+" "+b.name, b.place, e+2
				}
			}
		}
		// «مدیر (امور) شعب بانک X استان Y» heads the bank's branches of
		// the province, «(امور) شعب بانک X استان Y», not the bank.
		if len(words) > 1 && persianKey(words[0]) == keyManager && persianKey(words[len(words)-1]) == keyBranches &&
			persianKey(o.head) == keyBank {
			r.org = strings.Join(words[1:], " ") + " " + o.name
			r.role = words[0]
			if len(words) == 2 {
				// «مدیر شعب بانک X استان Y» heads «مدیریت شعب بانک X
				// استان Y», the body its office is named by.
				r.org = managementOf + " " + r.org
			}
		} else if len(words) == 1 && persianKey(words[0]) == keyManager && firstWordKey(o.name) == keyBranches {
			r.org = managementOf + " " + o.name // the branches read as a body of their own
		}
		// «مدیرکل آموزش و پرورش استان X» heads «اداره کل آموزش و پرورش
		// استان X»: a field whose provincial body is a directorate general.
		if bodyRole >= 0 && a.onlyNewWordsBetween(bodyRoleEnd, j) && fieldHeads.has(persianKey(o.head)) {
			if _, prefix := roleBodies.at(ts, bodyRole); persianKey(prefix) == keyDirectorate {
				r.org = prefix + " " + o.name
			}
		} else if bodyRole >= 0 && a.onlyNewWordsBetween(bodyRoleEnd, j) {
			if _, prefix := roleBodies.at(ts, bodyRole); prefix != "" {
				if d := a.r23bDirectorateNamed(prefix, o); d != nil {
					r.org, r.orgPlace = d.name, d.place
				}
			}
		}
		// «مدیرکل مدیریت بحران استانداری» after «اداره کل مدیریت بحران
		// استانداری X» was named: the directorate, not the governorate.
		if bodyRole >= 0 && bodyRoleEnd < j && bodyRoleEnd > k {
			if _, prefix := roleBodies.at(ts, bodyRole); persianKey(prefix) == keyDirectorate {
				if full := a.namedBodyStarting(prefix + " " + a.text(bodyRoleEnd, j) + " " + o.name); full != nil {
					r.org, r.orgPlace = full.name, full.place
					r.role = strings.TrimSpace(a.text(k, bodyRoleEnd))
				} else if firstWordKey(o.name) == keyGovernorate && !a.personCover[bodyRoleEnd] {
					// «مدیرکل امور اتباع استانداری X» heads the governorate's
					// directorate general of that field, named or not.
					r.org, r.orgPlace = prefix+" "+a.text(bodyRoleEnd, j)+" "+o.name, o.place
					r.role = strings.TrimSpace(a.text(k, bodyRoleEnd))
				}
			}
		}
		return r, true
	}
	// «مسئول سازمان»، «رئیس این مرکز»: the body named before; «مدیر هنری
	// این اداره کل»: the post's own words may stand before «این».
	h := a.wordsBeforeThis(j)
	postWords := a.text(j, h)
	if h < len(ts) && isDeterminer(ts[h].key) {
		h++
	}
	// «... و ج به عنوان مدیرعامل شرکت انتخاب شدند»: the head alone
	// before the verb's noun too.
	// «معاون پژوهش دانشگاه دکتر X»: the head alone before its holder's
	// name.
	hn, _ := headNouns.at(ts, h)
	// «مدیرعامل این شرکت خصوصی»: words describing the body after its head.
	he := a.r16bThisBodyEnd(h, h+hn)
	if hn > 0 && (he >= len(ts) || isOrgStop(ts[he]) || ts[he].key == keyAnd || ts[he].text == "،" || r25fServiceAfterHead(ts, he) ||
		introWords[ts[he].key] && a.verbalNounBeforePassive(he) || a.personCover[he] && ts[he].sent == ts[h].sent) {
		var o *orgMention
		if sp, ok := a.r17bSentencePostBody(persianKey(a.text(h, h+hn)), hn, k); ok {
			// «مدیرکل کمیته امداد استان X ... الف را به سمت معاون اداره
			// کل منصوب کرد»: the directorate of the post told before in
			// the sentence.
			r.org, r.orgPlace, r.next = sp.org, sp.orgPlace, he
			if postWords != "" {
				r.role += " " + postWords
			}
			return r, true
		}
		if hn == 1 {
			o = a.recentOrgWithBareHead(ts[h], h) // «شورا» for «شورای شهر X» too
			if t := a.r19aTitledBodyOfHead(h); t != nil {
				o = t
			}
			if t := a.r25fBodyOfDistrict(h, o); t != nil {
				o = t // «معاون آموزش متوسطه ناحیه» of «اداره آموزش و پرورش ناحیه ۴ X»
			}
			if o == nil && h > 0 && isDeterminer(ts[h-1].key) {
				o = a.r25fBodyOfHeadsFirstWord(h) // «مدیرکل این اداره» after «اداره کل X»
			}
		} else {
			// «این اداره کل»: a body of the whole head named before comes
			// first, not one of its first word («اداره X») named after.
			if h > j || bodyRole < 0 {
				if f := a.recentOrgWithHead(persianKey(a.text(h, h+hn)), h); f != nil && f.start < h {
					o = f
				}
				if o == nil {
					if org, place, ok := a.r25fDirectorateOfPostBefore(h, hn, k); ok {
						// «معاون F اداره کل» in a report of a county office
						// «اداره X»: the directorate a post before tells.
						r.org, r.orgPlace, r.next = org, place, he
						if postWords != "" {
							r.role += " " + postWords
						}
						return r, true
					}
				}
			}
			if o == nil {
				o = a.recentOrgWithHead(ts[h].key, h)
			}
		}
		if o == nil && hn > 1 && (h > j || bodyRole < 0) {
			o = a.recentOrgWithHead(persianKey(a.text(h, h+hn)), h) // «این اداره کل»
		}
		if o == nil && hn == 1 {
			// «مترون بیمارستان» under a sub-heading: the body of that
			// head named in the report's part before.
			o = a.earlierPartBody(ts[h])
		}
		if o == nil && hn == 1 && h > 0 && isDeterminer(ts[h-1].key) {
			o = a.r17bBodyOfKindWord(ts[h].key, h) // «مدیرعامل این خیریه» after «مؤسسه خیریه X»
		}
		if o == nil && hn == 1 && he == h+2 && isDeterminer(ts[h-1].key) {
			// «مدیرعامل این مؤسسه خیریه» after «خیریه X»: the body headed
			// by the word that tells the kind.
			if k2 := a.recentOrgWithBareHead(ts[h+1], h); k2 != nil && k2.end <= h {
				o = k2
			}
		}
		if o == nil && h > 0 && isDeterminer(ts[h-1].key) {
			// «آیین معارفه مدیرکل آموزش و پرورش استان X ... معاون پرورشی
			// این اداره کل»: the body a post before it heads, never named
			// by the body rules.
			if org, place, ok := a.postBodyBefore(persianKey(a.text(h, h+hn)), k); ok {
				r.org, r.orgPlace, r.next = org, place, he
				if postWords != "" {
					r.role += " " + postWords
				}
				return r, true
			}
		}
		if o != nil && isDeterminer(ts[h-1].key) {
			o = a.r23bNotPastPostBody(o, h) // «الف که ... R BODY2 بود، ... R این HEAD»
		}
		if o != nil {
			r.org, r.orgPlace, r.next = o.name, o.place, he
			if un, _ := headNouns.at(ts, j); un > 0 && postWords != "" && j+un < h && isDeterminer(ts[h-1].key) {
				// «سرپرست دانشکده فنی این دانشگاه»: a unit of the body
				// named before, a body of its own.
				r.org = strings.TrimSpace(postWords) + " " + o.name
				return r, true
			}
			if postWords != "" {
				r.role += " " + postWords
			}
			return r, true
		}
	}
	// «نماینده مردم استان در مجلس شورای اسلامی».
	// The place may be named: «نماینده مردم شوشتر و گتوند در مجلس».
	listed := -1 // the end of the places read before an unlisted word
	for h = j; h < len(ts); {
		// «نماینده مردم سمنان، مهدیشهر و سرخه در مجلس»: places listed
		// with «،» or «و».
		if ts[h].key == keyProvince || ts[h].key == keyCounty || ts[h].key == keyCity || h > j && (ts[h].key == keyAnd || ts[h].text == "،") {
			h++
		} else if n := a.placeNameAt(h); n > 0 {
			h += n
		} else if h > j+1 && (ts[h-1].key == keyAnd || ts[h-1].text == "،") && a.listedPlaceWord(h) {
			// A town whose name is also a common word (دیر، بم) among
			// listed ones: read on only if «در» and a body follow.
			if listed < 0 {
				listed = h - 1
			}
			h++
		} else {
			break
		}
	}
	if h < len(ts) && ts[h].key == keyIn && inBodyRoles[firstWordKey(r.role)] {
		if o := a.orgAt(h + 1); o != nil {
			r.org, r.orgPlace, r.next = o.name, o.place, o.end
			if persianKey(o.name) == keyParliamentShort && firstWordKey(r.role) == keyRepresentative {
				r.org = parliament // «نماینده مردم X در مجلس»: the parliament, by its full name
			}
			return r, true
		}
	}
	if listed >= 0 {
		h = listed
	}
	// «نماینده مردم دامغان» with no body named: the people's representative
	// sits in the parliament.
	if h > j && persianKey(r.role) == keyPeoplesRep && !(h < len(ts) && ts[h].key == keyIn) {
		r.org, r.next = parliament, h
		return r, true
	}
	if bodyRole >= 0 {
		a.inferBody(&r, bodyRole, bodyRoleEnd)
	} else if org, place, end, ok := a.countyOfficeOfHead(k, n); ok {
		// «رئیس میراث فرهنگی شهرستان X»: the head of the county's office
		// of a field, «اداره میراث فرهنگی شهرستان X».
		r.role, r.org, r.orgPlace, r.next = a.text(k, k+n), org, place, end
	} else if len(words) > 1 {
		a.shortHeadBody(&r, words, j)
	}
	// «رئیس هیئت‌مدیره و مدیرعامل شرکت X»: a post with no body of its own
	// shares the body of the post coordinated with it, unless it is the
	// post of a body-heading role (معاون وزیر، مشاور استاندار), whose body
	// is that role's.
	if r.org == "" && bodyRole < 0 && r.next < len(ts) && ts[r.next].key == keyAnd {
		if rn, _ := roleWords.at(ts, r.next+1); rn > 0 || r.next+1 < len(ts) && isGluedRole(ts[r.next+1]) {
			if next, ok := a.roleAt(r.next + 1); ok && next.org != "" && !next.former {
				r.org, r.orgPlace = next.org, next.orgPlace
				if parent := a.r20bParentOfUnit(r, next); parent != nil {
					r.org, r.orgPlace = parent.name, parent.place // «معاون فنی و رئیس کمیته X شرکت Y»
				}
			}
		}
	}
	// «X، دانشیار گروه فیزیولوژی، ...»: a rank of the faculty with a
	// department only is the university's the report names last before.
	if r.org == "" && academicRanks[firstWordKey(r.role)] {
		o := a.bodyOfFirstWordBefore(keyUniversityWord, k)
		if o == nil {
			o = a.onlyBodyOfFirstWord(keyUniversityWord)
		}
		if o != nil {
			r.org, r.orgPlace = o.name, o.place
		}
	}
	return r, true
}

// phraseEndsAt reports the end of a noun phrase at token j: the
// sentence's end, a punctuation mark, «نیز» or a verb.
func (a *analysis) phraseEndsAt(j int) bool {
	ts := a.toks
	if j >= len(ts) || j == 0 || ts[j].sent != ts[j-1].sent || ts[j].punct {
		return true
	}
	key := ts[j].key
	return key == keyAlso || appointVerbs[key] || reachVerbs[key] || isVerbLike(key) || speechVerbAfter(ts, j)
}

// academicRanks are the ranks of a university's faculty, posts in the
// university.
var academicRanks = keySet("دانشیار", "استادیار")

var keyUniversityWord = persianKey("دانشگاه")

// maxPostBodyReach bounds how many tokens back postBodyBefore looks.
const maxPostBodyReach = 600

// postBodyBefore returns the body of the last post before token k whose
// body's name starts with the head headKey (one word or two), told by the
// post only («مدیرکل آموزش و پرورش استان X» heads «اداره کل آموزش و
// پرورش استان X»).
func (a *analysis) postBodyBefore(headKey string, k int) (string, string, bool) {
	ts := a.toks
	for m := k - 1; m >= 0 && m >= k-maxPostBodyReach; m-- {
		if roleWordsAt(ts, m) == 0 || m > 0 && roleWordsAt(ts, m-1) > 0 {
			continue
		}
		r, ok := a.roleAt(m)
		if !ok || r.org == "" || r.former || r.next > k {
			continue
		}
		w := persian.Words(r.org)
		if len(w) > 0 && persianKey(w[0]) == headKey || len(w) > 1 && persianKey(w[0]+" "+w[1]) == headKey {
			return r.org, r.orgPlace, true
		}
	}
	return "", "", false
}

// onlyNewWordsBetween reports tokens i to j that are all «جدید» or a
// word of a former post («مدیرکل جدید بهزیستی»), or none.
func (a *analysis) onlyNewWordsBetween(i, j int) bool {
	if i > j {
		return false
	}
	for m := i; m < j; m++ {
		if k := a.toks[m].key; k != keyNew && !formerWords[k] {
			return false
		}
	}
	return true
}

// thisPlaceOfBody reads «رئیس اداره X این شهرستان» with the body o named
// without a place and «این شهرستان/استان/شهر» after it: the body of the
// place named last before, else of the article's place, is r's.
func (a *analysis) thisPlaceOfBody(r *roleRef, o *orgMention) {
	ts := a.toks
	k := o.end
	if o.place != "" || k+1 >= len(ts) || ts[k].key != keyThis || ts[k].sent != ts[o.start].sent {
		return
	}
	generic := ts[k+1].key
	if generic != keyProvince && generic != keyCounty && generic != keyCity {
		return
	}
	p := a.placeBefore(o.start, generic == keyProvince)
	if p == "" {
		p = a.city
		if generic == keyProvince {
			p = a.province
		}
	}
	if p == "" {
		return
	}
	r.org, r.orgPlace, r.next = o.name+" "+ts[k+1].text+" "+p, p, k+2
}

// listedPlaceWord reports a one-word name at h between the places of a
// constituency: a plain word followed by «،», «و» or «در».
func (a *analysis) listedPlaceWord(h int) bool {
	ts := a.toks
	if h+1 >= len(ts) || ts[h].punct || ts[h].digit || isVerbLike(ts[h].key) || roleWordsAt(ts, h) > 0 {
		return false
	}
	nx := ts[h+1]
	return nx.text == "،" || nx.key == keyAnd || nx.key == keyIn
}

var (
	keyParliamentShort = persianKey("مجلس")
	keyRepresentative  = persianKey("نماینده")
)

// keyPeoplesRep is the post «نماینده مردم», and parliament the body a
// representative of the people of a place sits in when none is named.
var (
	keyPeoplesRep = persianKey("نماینده مردم")
	parliament    = "مجلس شورای اسلامی"
)

// headPosts are the posts that head a body; localHeads those that head a
// local office (استانداری، فرمانداری ...), held by one person each.
var (
	headPosts  = keySet("رئیس", "مدیرکل", "مدیرعامل", "فرمانده", "شهردار", "فرماندار", "استاندار", "بخشدار", "دادستان")
	localHeads = keySet("فرماندار", "شهردار", "استاندار", "بخشدار", "دهیار")
)

// fieldHeads are the head nouns of fields whose body in a province is a
// directorate general (اداره کل) that news names by the field alone,
// from lexicon/directorate_fields.txt.
var fieldHeads = loadPhrases("directorate_fields.txt")

var (
	keyDirectorate = persianKey("اداره کل")
	keyManager     = persianKey("مدیر")
	keyBranches    = persianKey("شعب")
	managementOf   = "مدیریت"
	keyBank        = persianKey("بانک")
)

// inBodyRoles are the posts held «در» a body («نماینده مردم X در مجلس»،
// «عضو ... در شورای Y»); after another post «در» names where it is
// (امام جمعه X در ستاد Y، a venue).
var inBodyRoles = keySet("نماینده", "نمایندگان", "عضو", "اعضای")

// pronounsPost reads «X معاون وی» with a pronoun right after the post:
// the post is in the body where the person the pronoun stands for (named
// before X) holds a post.
func (a *analysis) pronounsPost(p *personMention, r *roleRef) *roleRef {
	ts := a.toks
	k := r.next
	if k >= len(ts) || !pronounKeys[ts[k].key] || ts[k].sent != ts[r.start].sent {
		return r
	}
	q := a.antecedent(p.start)
	if q == nil {
		return r
	}
	for _, af := range a.affs {
		if samePerson(af.person, q) && af.role.org != "" {
			out := *r
			out.org, out.orgPlace, out.next = af.role.org, af.role.orgPlace, k+1
			return &out
		}
	}
	return r
}

// wordsBeforeThis returns the determiner after the plain words of a post
// from j on («مدیر [هنری] این اداره کل»), or j when no determiner
// follows them.
func (a *analysis) wordsBeforeThis(j int) int {
	ts := a.toks
	for m := j; m < len(ts) && m-j <= maxRoleModifiers/2; m++ {
		t := ts[m]
		if isDeterminer(t.key) {
			if m+1 < len(ts) && headNouns.has(ts[m+1].key) || m+2 < len(ts) && headNouns.has(ts[m+1].key+ts[m+2].key) {
				return m
			}
			return j
		}
		if t.punct || t.sent != ts[j].sent || isOrgStop(t) || a.personCover[m] || a.covered(m) || roleWordsAt(ts, m) > 0 {
			return j
		}
	}
	return j
}

// shortHeadBody reads «رئیس اتاق X» with the post's last word the first
// word of a head of two or more words (اتاق of «اتاق بازرگانی») and a
// place at j: the body of that head and place the article names, written
// short (اتاق بازرگانی، صنایع، معادن و کشاورزی X).
func (a *analysis) shortHeadBody(r *roleRef, words []string, j int) {
	pn := a.placeNameAt(j)
	if pn == 0 {
		a.bareShortHeadBody(r, words, j)
		return
	}
	if a.shortHeads == nil || a.shortHeadsN != len(a.orgs) {
		a.shortHeads, a.shortHeadsN = map[string]int{}, len(a.orgs)
		for k := range a.orgs {
			o := &a.orgs[k]
			head := persian.Words(o.head)
			if len(head) < 2 || o.place == "" {
				continue
			}
			key := persianKey(head[0]) + "|" + persianKey(o.place)
			if b, ok := a.shortHeads[key]; !ok || len(o.name) > len(a.orgs[b].name) {
				a.shortHeads[key] = k // the fullest form
			}
		}
	}
	if b, ok := a.shortHeads[persianKey(words[len(words)-1])+"|"+persianKey(a.text(j, j+pn))]; ok {
		best := &a.orgs[b]
		r.role = strings.Join(words[:len(words)-1], " ")
		r.org, r.orgPlace, r.next = best.name, best.place, j+pn
	}
}

// bareShortHeadBody reads «خزانه‌دار اتاق انتخاب شد» with the post's last
// word the first word of a head of two or more words and no place after
// it: the body of that head the article named last before j (the fullest
// form of those starting there), one of the article's place first: the
// body the report is about, not a national one named beside it.
func (a *analysis) bareShortHeadBody(r *roleRef, words []string, j int) {
	ts := a.toks
	if j < len(ts) && ts[j].sent == ts[r.start].sent && !isOrgStop(ts[j]) && ts[j].key != keyAnd && !introWords[ts[j].key] {
		return // more words follow: no short head alone
	}
	last := persianKey(words[len(words)-1])
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start >= r.start {
			continue
		}
		head := persian.Words(o.head)
		if len(head) < 2 || persianKey(head[0]) != last {
			continue
		}
		home := o.place != "" && (o.place == a.province || o.place == a.city)
		bestHome := best != nil && best.place != "" && (best.place == a.province || best.place == a.city)
		if best == nil || home && !bestHome || home == bestHome && (o.start > best.start || o.start == best.start && len(o.name) > len(best.name)) {
			best = o
		}
	}
	if best != nil {
		r.role = strings.Join(words[:len(words)-1], " ")
		r.org, r.orgPlace = best.name, best.place
	}
}

var (
	keyMinistry    = persianKey("وزارت")
	keyCommand     = persianKey("فرماندهی")
	keyManagement  = persianKey("مدیریت")
	keyZone        = persianKey("منطقه")
	keyMunicipal   = persianKey("شهرداری")
	keyGovernorate = persianKey("استانداری")
)

// commandBodies are units a commander leads that are bodies by their own
// name (lexicon/command_bodies.txt): «فرمانده لشکر ۲۸ پیاده» leads «لشکر
// ۲۸ پیاده», where «فرمانده انتظامی شهرستان X» leads «فرماندهی انتظامی
// شهرستان X».
var commandBodies = wordKeys(loadPhrases("command_bodies.txt"))

// wordKeys is the set of the keys a word list holds.
func wordKeys(p *phraseSet) map[string]bool {
	m := make(map[string]bool, len(p.keys))
	for k := range p.keys {
		m[k] = true
	}
	return m
}

// municipality returns the city of the municipality a report before
// token k names («شهردار کرمان»، «شهرداری کرمان»): the body zones are
// numbered in. ok is false when it names none.
func (a *analysis) municipality(k int) (city string, ok bool) {
	for _, o := range a.orgs {
		if o.start < k && persianKey(o.head) == keyMunicipal {
			return o.place, true
		}
	}
	for i := 0; i < k && i < len(a.roleMemo); i++ {
		if m := a.roleMemo[i]; m != nil && m.ok && strings.HasPrefix(persianKey(m.r.org), keyMunicipal) {
			return m.r.orgPlace, true
		}
	}
	return "", false
}

// placeBefore returns the city (or the province) named last before token
// k in its sentence or the sentence before: what «این شهرستان» refers to.
func (a *analysis) placeBefore(k int, province bool) string {
	if k >= len(a.toks) {
		return ""
	}
	first := a.toks[k].sent - 1
	for i := len(a.placeSpans) - 1; i >= 0; i-- {
		ps := a.placeSpans[i]
		if ps.start >= k {
			continue
		}
		if a.toks[ps.start].sent < first {
			break
		}
		if ps.province == province {
			return ps.name
		}
	}
	return ""
}

// recentInferredBody returns the body, inferred from a role in this
// sentence or the one before token k, whose name starts with prefix and
// ends with place.
func (a *analysis) recentInferredBody(prefix, place string, k int) string {
	if k >= len(a.toks) || a.roleMemo == nil {
		return ""
	}
	from, _ := a.sentRange(a.toks[k].sent - 1)
	if a.toks[k].sent == 0 {
		from = 0
	}
	pk, plk := persianKey(prefix), persianKey(place)
	for i := from; i < k && i < len(a.roleMemo); i++ {
		m := a.roleMemo[i]
		if m == nil || !m.ok || m.r.org == "" {
			continue
		}
		ok := persianKey(m.r.org)
		if strings.HasPrefix(ok, pk) && strings.HasSuffix(ok, plk) && len(ok) > len(pk)+len(plk) {
			return m.r.org
		}
	}
	return ""
}

// onlyMinistry returns the ministry's name when the article names one
// ministry and no other.
func (a *analysis) onlyMinistry() string {
	found := ""
	for _, o := range a.orgs {
		if !strings.HasPrefix(persianKey(o.name), keyMinistry) {
			continue
		}
		if found != "" && persianKey(found) != persianKey(o.name) {
			return ""
		}
		found = o.name
	}
	return found
}

// placeNameAt returns how many tokens from i name a province or city.
func (a *analysis) placeNameAt(i int) int {
	if n, _ := provinces.at(a.toks, i); n > 0 {
		return n
	}
	n, _ := cities.at(a.toks, i)
	return n
}

// keyDistrictOffice and keyCentralWord read «بخشدار مرکزی».
var (
	keyDistrictOffice = persianKey("بخشداری")
	keyCentralWord    = persianKey("مرکزی")
)

// inferBody names the body a role heads when the text gives only the role
// and its place: «فرماندار شهرستان دماوند» → «فرمانداری شهرستان دماوند»;
// with no place at all the article's own place is used.
var keyAffairs = persianKey("امور")

// districtWords begin the name of a body's district: «ناحیه X»، «منطقه X».
var districtWords = keySet("ناحیه", "منطقه")

// lastWordKeyOf is the key of a name's last word.
func lastWordKeyOf(name string) string {
	w := persian.Words(name)
	if len(w) == 0 {
		return ""
	}
	return persianKey(w[len(w)-1])
}

var (
	keyWater  = persianKey("آب")
	keySewage = persianKey("فاضلاب")
)

// fieldWordsIn reports whether the words of rest other than the generic
// place words (استان، شهرستان) and the place itself are all in the body
// full: «مدیرکل میراث فرهنگی استان» is not «اداره کل آموزش و پرورش
// استان X» named before.
func fieldWordsIn(rest []string, full string) bool {
	fk := persianKey(full)
	for _, w := range rest[:len(rest)-1] {
		k := persianKey(strings.Trim(w, "،,"))
		if k == keyProvince || k == keyCounty || k == keyCity || k == keyAnd || isDeterminer(k) {
			continue
		}
		if !strings.Contains(fk, k) {
			return false
		}
	}
	return true
}

func (a *analysis) inferBody(r *roleRef, bodyRole, bodyRoleEnd int) {
	ts := a.toks
	_, prefix := roleBodies.at(ts, bodyRole)
	end, place, generic := a.nameExtent(bodyRoleEnd)
	end = a.r23bPlaceOfficeEnd(prefix, bodyRoleEnd, end, place, generic) // «بخشدار W طرح X را ...»
	var rest []string
	for k := bodyRoleEnd; k < end; k++ {
		if ts[k].key == keyNew || formerWords[ts[k].key] || isDeterminer(ts[k].key) ||
			ts[k].key == keyRespected {
			continue
		}
		if (ts[k].text == "،" || ts[k].text == ",") && len(rest) > 0 {
			rest[len(rest)-1] += ts[k].text // «میراث فرهنگی، گردشگری»: the comma on the word before
			continue
		}
		rest = append(rest, ts[k].text)
	}
	// «بخشدار مرکزی» alone is the central district's of the report's
	// county («بخشداری مرکزی X»), not of the province named «مرکزی».
	if persianKey(prefix) == keyDistrictOffice && len(rest) == 1 && persianKey(rest[0]) == keyCentralWord && a.city != "" && end == bodyRoleEnd+1 {
		rest = append(rest, a.city)
		place = a.city
	}
	if generic == keyVillage {
		rest, place, generic = a.thisVillage(rest, bodyRole)
	}
	switch {
	case place != "":
	case generic != "":
		// «دادستان ... این شهرستان»: the place named last before it in
		// this sentence or the one before, else the article's own place.
		p := a.placeBefore(bodyRole, generic == keyProvince)
		if p == "" {
			p = a.city
			if generic == keyProvince {
				p = a.province
			}
		}
		if p == "" && generic == keyProvince {
			// «استاندار این استان» in a report of a county: the county's
			// province.
			p = provinceOf(firstNonEmpty(a.placeBefore(bodyRole, false), a.city))
		}
		if p == "" {
			return
		}
		if generic == keyProvince && persianKey(prefix) == keyGovernorate && len(rest) > 0 && persianKey(rest[len(rest)-1]) == keyProvince {
			rest = rest[:len(rest)-1] // «استاندار این استان» → «استانداری X»
		}
		if generic == keyCity && persianKey(prefix) == keyMunicipal && len(rest) == 1 && persianKey(rest[0]) == keyCity {
			rest = rest[:0] // «شهردار این شهر» → «شهرداری X»
		}
		rest = append(rest, p)
		place = p
		// The same office named in full just before («دادستان عمومی و
		// انقلاب شهرستان X ... دادستان این شهرستان») gives its name.
		if full := a.recentInferredBody(prefix, p, bodyRole); full != "" && fieldWordsIn(rest, full) {
			r.org, r.orgPlace = full, p
			r.role = strings.TrimSpace(a.text(r.start, bodyRoleEnd))
			if end > r.next {
				r.next = end
			}
			return
		}
	case len(rest) == 0 && persianKey(prefix) == keyMinistry:
		// «معاون وزیر» alone: the one ministry the article names.
		if m := a.onlyMinistry(); m != "" {
			r.org = m
			r.role = strings.TrimSpace(a.text(r.start, bodyRoleEnd))
		}
		return
	case len(rest) == 0:
		// «شهردار»، «استاندار» alone: an office bound to the article's place.
		p := ""
		switch persianKey(prefix) {
		case persianKey("استانداری"):
			p = a.province
			// «استاندار»، «معاون استاندار» in a report of a county: the
			// county's province; «معاون استاندار و فرماندار ویژه X» is
			// read with the coordinated post (governorateOfNext).
			if p == "" && !(bodyRoleEnd < len(ts) && ts[bodyRoleEnd].key == keyAnd && roleWordsAt(ts, bodyRoleEnd+1) > 0) {
				p = provinceOf(a.city)
			}
		case persianKey("فرمانداری"), persianKey("شهرداری"):
			p = a.city
		case keyDistrictOffice:
			// «بخشدار» alone: a county has many districts, and the
			// city names the county, not the district; the one district
			// office the article names, if only one.
			if o := a.onlyBodyOfFirstWord(keyDistrictOffice); o != nil && !a.otherDistrictTold(o) {
				r.org, r.orgPlace = o.name, o.place
				r.role = strings.TrimSpace(a.text(r.start, bodyRoleEnd))
			}
			return
		}
		if p == "" {
			return
		}
		rest = append(rest, p)
		place = p
	}
	// «مدیر توسعه پژوهش دانشگاه»، «مدیر امور مالی شرکت»: a field's
	// manager in the body named before by its head alone is that body's
	// («مدیر توسعه پژوهش» of the university), not a «مدیریت» of its own.
	if persianKey(prefix) == keyManagement && place == "" && generic == "" && len(rest) >= 2 && end-1 > bodyRoleEnd {
		if hn, _ := headNouns.at(ts, end-1); hn == 1 && !managedFacilities[persianKey(rest[0])] {
			if o := a.bodyOfFirstWordBefore(ts[end-1].key, r.start); o != nil {
				r.org, r.orgPlace = o.name, o.place
				r.role = strings.TrimSpace(a.text(r.start, end-1))
				if end > r.next {
					r.next = end
				}
				return
			}
			if o := a.onlyBodyOfFirstWord(ts[end-1].key); o == nil && !a.bodyAfterIn(ts[end-1].key, r.start) {
				// «مدیر امور مالی شرکت» with no company named: no body,
				// not a «مدیریت امور مالی شرکت».
				if end > r.next {
					r.next = end
				}
				return
			}
		}
	}
	if persianKey(prefix) == keyManagement && end-bodyRoleEnd >= 3 {
		// «مدیر امور X بنادر و دریانوردی Y»: the tail a named body's
		// name without its head.
		if o, i := a.r23bHeadlessBodyTail(bodyRoleEnd, end); o != nil {
			r.org, r.orgPlace = o.name, o.place
			r.role = strings.TrimSpace(a.text(r.start, i))
			if end > r.next {
				r.next = end
			}
			return
		}
	}
	switch {
	case persianKey(prefix) == keyManagement && len(rest) == 4 && persianKey(rest[0]) == keyZone && isDigits(persianKey(rest[1])) &&
		persianKey(rest[2]) == keyMunicipal:
		// «مدیر منطقه ۳ شهرداری X» heads the district's municipality,
		// «شهرداری منطقه ۳ X».
		r.org = rest[2] + " " + rest[0] + " " + rest[1] + " " + rest[3]
		if w := a.writtenZoneBody(rest[1], rest[3]); w != "" {
			r.org = w // the report's own «منطقه ۳ شهرداری X»
		}
	case persianKey(prefix) == keyManagement && len(rest) > 4 && place != "" && persianKey(rest[0]) == keyAffairs && persianKey(rest[1]) == keyWater &&
		persianKey(rest[2]) == keyAnd && persianKey(rest[3]) == keySewage:
		// «مدیر امور آب و فاضلاب شهرستان X» heads the water and
		// wastewater company's county unit, «امور آب و فاضلاب شهرستان X»,
		// not a «مدیریت».
		r.org = strings.Join(rest, " ")
	case persianKey(prefix) == keyManagement && len(rest) > 1 && (managedFacilities[persianKey(rest[0])] || headedVenues[persianKey(rest[0])]):
		// «مدیر نیروگاه X»، «مدیر پایانه Y»، «مدیر دبیرستان Z»: a
		// facility's manager heads the facility itself, not a «مدیریت
		// نیروگاه X».
		r.org = joinNameWords(rest)
	case r23bCountyAffairsUnit(prefix, rest, place) || r25fZoneAffairsUnit(prefix, rest, place):
		// «مدیر امور منابع آب شهرستان X» heads «امور منابع آب شهرستان X».
		r.org = strings.Join(rest, " ")
	case persianKey(prefix) == keyManagement && a.countyOfficeAt(bodyRoleEnd, end, generic):
		// «مدیر میراث فرهنگی شهرستان X» heads the county's office of the
		// field, «اداره میراث فرهنگی شهرستان X».
		r.org = officeOf + " " + strings.Join(rest, " ")
	case persianKey(prefix) == keyCommand && len(rest) > 0 && commandBodies[persianKey(rest[0])]:
		// «فرمانده لشکر ۲۸»: the commanded unit is the body itself.
		r.org = strings.Join(rest, " ")
	case len(rest) == 2 && persianKey(rest[0]) == keyZone && persianKey(prefix) == keyMunicipal:
		// «شهردار منطقه ۲» is of the zone of the city's municipality the
		// report names.
		r.org = prefix + " " + strings.Join(rest, " ")
		if city, ok := a.municipality(r.start); ok && city != "" {
			r.org += " " + city
			place = city
			if w := a.writtenZoneBody(rest[1], city); w != "" {
				r.org = w // «شهردار منطقه ۲» of the report's «منطقه ۲ شهرداری X»
			}
		}
	case (len(rest) == 2 || len(rest) == 3 && place != "") && persianKey(rest[0]) == keyZone && persianKey(prefix) == keyManagement:
		// «مدیر منطقه ۲» in a report of a city's municipality is the
		// municipality's zone, not a «مدیریت».
		if city, ok := a.municipality(r.start); ok {
			if place == "" {
				rest = append(rest, city)
			}
			r.org = strings.TrimSpace("شهرداری " + strings.Join(rest, " "))
			if w := a.writtenZoneBody(rest[1], firstNonEmpty(place, city)); w != "" {
				r.org = w // «مدیر منطقه دو» of the report's «منطقه دو شهرداری X»
			}
			break
		}
		r.org = prefix + " " + strings.Join(rest, " ")
	default:
		r.org = prefix + " " + strings.Join(rest, " ")
	}
	r.orgPlace = place
	r.role = strings.TrimSpace(a.text(r.start, bodyRoleEnd))
	if end > r.next {
		r.next = end
	}
}

// bodyAfterIn reports a body of the article whose name's first word is
// key named after token i.
func (a *analysis) bodyAfterIn(key string, i int) bool {
	for x := range a.orgs {
		if a.orgs[x].start > i && firstWordKey(a.orgs[x].name) == key {
			return true
		}
	}
	return false
}

// bodyOfFirstWordBefore returns the body named nearest before token i
// whose name's first word is key («دانشگاه» for «دانشگاه علوم پزشکی
// X»), in this article or, failing that, in the last earlier article of
// the file that names one (a part under a sub-heading), else nil.
func (a *analysis) bodyOfFirstWordBefore(key string, i int) *orgMention {
	if o := a.lastBodyOfFirstWord(key, i); o != nil {
		return o
	}
	for _, b := range a.earlierParts() {
		if o := b.lastBodyOfFirstWord(key, len(b.toks)); o != nil {
			return o
		}
	}
	return nil
}

// earlierParts returns the articles of the file before this one that are
// parts of the same report, nearest first: an article with no date of its
// own (a part under a sub-heading) goes on the one before it, back to the
// first that has one. An article with its own date begins a report.
func (a *analysis) earlierParts() []*analysis {
	if a.cache == nil || a.ownsDate() {
		return nil
	}
	var out []*analysis
	for x := a.idx - 1; x >= 0 && x < len(a.cache.arts); x-- {
		b := a.cache.arts[x]
		if b == nil {
			break
		}
		out = append(out, b)
		if b.ownsDate() {
			break
		}
	}
	return out
}

// ownsDate reports an article dated by a marker or a dateline of its own.
func (a *analysis) ownsDate() bool {
	return a.art.Published != "" || articleDateline(&a.art) != nil
}

// earlierPartBody returns the body with head t (a bare head noun) named
// last in an earlier part of the report (see earlierParts), else nil.
func (a *analysis) earlierPartBody(t token) *orgMention {
	for _, b := range a.earlierParts() {
		o := b.recentOrgWithBareHead(t, len(b.toks))
		if l := b.lastBodyOfFirstWord(t.key, len(b.toks)); l != nil && (o == nil || l.start > o.start) {
			o = l // «دانشگاه» for «دانشگاه علوم پزشکی X», whose head is longer
		}
		if o != nil {
			return o
		}
	}
	return nil
}

// keyDistrictGovernor is the post «بخشدار».
var keyDistrictGovernor = persianKey("بخشدار")

// otherDistrictTold reports «بخشدار X» in the article with X a word that
// o's name does not hold: a district other than o's is told by its post.
func (a *analysis) otherDistrictTold(o *orgMention) bool {
	ts := a.toks
	name := " " + persian.Normalize(o.name) + " "
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].key != keyDistrictGovernor || ts[i+1].sent != ts[i].sent {
			continue
		}
		nx := ts[i+1]
		if nx.punct || nx.digit || nx.key == keyNew || formerWords[nx.key] || stopWords.has(nx.key) || isDeterminer(nx.key) || !a.isNameWordCheap(i+1) {
			continue
		}
		if !strings.Contains(name, " "+persian.Normalize(nx.text)+" ") {
			return true
		}
	}
	return false
}

// onlyBodyOfFirstWord returns the one body of the article whose name's
// first word is key, else nil (none, or two of different names).
func (a *analysis) onlyBodyOfFirstWord(key string) *orgMention {
	var found *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		if firstWordKey(o.name) != key {
			continue
		}
		if found != nil && persianKey(found.name) != persianKey(o.name) {
			return nil
		}
		found = o
	}
	return found
}

// lastBodyOfFirstWord returns the body of the article whose name's first
// word is key named nearest before token i, else nil.
func (a *analysis) lastBodyOfFirstWord(key string, i int) *orgMention {
	var best *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start < i && (best == nil || o.start > best.start) && firstWordKey(o.name) == key {
			best = o
		}
	}
	return best
}

// countyOfficeOfHead reads «رئیس FIELD شهرستان X» (also «... این
// شهرستان») with the post of n tokens at k: the office «اداره FIELD
// شهرستان X» of a field of countyOffices, its place, and the token after.
func (a *analysis) countyOfficeOfHead(k, n int) (string, string, int, bool) {
	ts := a.toks
	if persianKey(a.text(k, k+n)) != keyHead || k+n >= len(ts) {
		return "", "", 0, false
	}
	i := k + n
	if fn, _ := countyOffices.at(ts, i); fn == 0 {
		return "", "", 0, false
	}
	end, place, generic := a.nameExtent(i)
	if !a.countyOfficeAt(i, end, generic) {
		return "", "", 0, false
	}
	if place != "" {
		return officeOf + " " + a.text(i, end), place, end, true
	}
	if generic != keyCounty || a.city == "" || end < i+2 {
		return "", "", 0, false
	}
	p := firstNonEmpty(a.placeBefore(k, false), a.city)
	// «... این شهرستان»: the field's words, then the county named before.
	return officeOf + " " + a.text(i, end-2) + " شهرستان " + p, p, end, true
}

var keyHead = persianKey("رئیس")

// countyOffices are the fields whose county office is an «اداره»
// (lexicon/county_offices.txt).
var countyOffices = loadPhrases("county_offices.txt")

// officeOf is the head noun of a county's office of a field.
const officeOf = "اداره"

// countyOfficeAt reports a body's words from i to end that name a field
// of countyOffices in a county: «میراث فرهنگی ... شهرستان X» or «... این
// شهرستان».
func (a *analysis) countyOfficeAt(i, end int, generic string) bool {
	ts := a.toks
	if n, _ := countyOffices.at(ts, i); n == 0 {
		return false
	}
	if generic == keyCounty {
		return true
	}
	for k := i; k < end && k < len(ts); k++ {
		if ts[k].key == keyCounty {
			return true
		}
	}
	return false
}

// namedBodyStarting returns the one body the article names whose name is
// name or starts with it followed by more words, else nil.
func (a *analysis) namedBodyStarting(name string) *orgMention {
	key := persianKey(name)
	var found *orgMention
	for i := range a.orgs {
		o := &a.orgs[i]
		ok := persianKey(o.name)
		if !strings.HasPrefix(ok, key) || !strings.HasPrefix(persian.Normalize(o.name)+" ", persian.Normalize(name)+" ") {
			continue
		}
		if found != nil && persianKey(found.name) != ok {
			return nil
		}
		found = o
	}
	return found
}

// managedFacilities are facilities whose head is titled «مدیر» and which
// are the body he heads (lexicon/managed_facilities.txt): مدیر نیروگاه،
// مدیر پالایشگاه، مدیر پایانه.
var managedFacilities = wordKeys(loadPhrases("managed_facilities.txt"))

// cityAfterProvinceWord returns the end and name of a city named at j,
// alone or after «شهرستان»/«شهر», in sentence sent: a province's name
// before it was a word of the office (بخش مرکزی), not its place.
func (a *analysis) cityAfterProvinceWord(j, sent int) (end int, city string) {
	ts := a.toks
	if j < len(ts) && (ts[j].key == keyCounty || ts[j].key == keyCity) {
		j++
	}
	if j >= len(ts) || ts[j].sent != sent {
		return 0, ""
	}
	if n, _ := cities.at(ts, j); n > 0 {
		return j + n, a.text(j, j+n)
	}
	return 0, ""
}

// nameExtent returns where a body's name that starts at i ends, using the
// rules of findOrgs, with the place it ends with.
func (a *analysis) nameExtent(i int) (end int, place, generic string) {
	ts := a.toks
	j := i
	listed := false // past a comma of the name's list
	for j < len(ts) && j-i < maxOrgTokens {
		t := ts[j]
		if j > i && t.sent != ts[i].sent || listEndsAtHead(ts, i, j, listed) {
			break
		}
		if isDeterminer(t.key) && j+1 < len(ts) && (ts[j+1].key == keyProvince || ts[j+1].key == keyCounty || ts[j+1].key == keyCity || ts[j+1].key == keyVillage) {
			return j + 2, "", ts[j+1].key // «این شهرستان»، «این روستا»
		}
		if t.punct {
			if n := bracketBlessing(ts, j); n > 0 {
				j += n
				continue
			}
			if j > i && place == "" && a.commaListContinues(j, false) {
				j++ // «مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان X»
				listed = true
				continue
			}
			break
		}
		if t.key == keyAnd {
			if !a.continuesAfterAnd(j) || j == i || j+1 < len(ts) && a.personCover[j+1] {
				break // «مدیرکل X و Y (نام) ...»: a post and a name listed together
			}
			j++
			continue
		}
		if bn := binomialAt(ts, j); bn > 0 && j+bn-i <= maxOrgTokens {
			j += bn // «مدیرکل راهداری و حمل و نقل جاده‌ای استان X»: a fixed pair (r23b)
			continue
		}
		if t.key == keyNew || formerWords[t.key] || t.key == keyRespected {
			j++
			continue
		}
		if t.digit && j > i && numberedWords[ts[j-1].key] {
			j++ // «شهردار منطقه ۲»: the number is part of the name
			continue
		}
		if numberWords[t.key] && j > i && ts[j-1].key == keyZone {
			j++ // «شهردار منطقه دو»: the number written as a word
			continue
		}
		if j > i && a.r25fPrepositionInPost(j) {
			j++ // «مدیر گروه مبارزه با بیماری‌های ...»: the noun of action's preposition
			continue
		}
		if isOrgStop(t) && !a.nounStopInName(j) || a.personCover[j] {
			break
		}
		if n, _ := roleWords.at(ts, j); n > 0 {
			break
		}
		if introWords[t.key] || appointVerbs[t.key] {
			break // «به عنوان شهردار انتخاب کرد»
		}
		if j > i && (startsCompoundVerb(ts, j) || j+1 < len(ts) && ts[j+1].key == keyWill && !r25fPlaceBeforeWill(ts, j) || r23cOwnObject(ts, j)) {
			break // «... وزیر نیرو خدمت خواهد کرد»: the verb's noun
		}
		if n, prov := placeAt(ts, j); n > 0 {
			if end, city := a.cityAfterProvinceWord(j+n, ts[i].sent); prov && end > 0 {
				return end, city, "" // «بخشدار مرکزی شهرستان X»: «مرکزی» is the district's, X the place
			}
			return j + n, a.text(j, j+n), ""
		}
		if t.key == keyProvince || t.key == keyCounty || t.key == keyCity {
			if n, _ := placeAt(ts, j+1); n > 0 {
				return j + 1 + n, a.text(j+1, j+1+n), ""
			}
			return j + 1, "", t.key
		}
		j++
	}
	return j, "", ""
}

// discourseReach is how many sentences after an unnamed post holder the
// holder's name may come.
const discourseReach = 3

// affMention is an affiliation found in an article.
type affMention struct {
	person *personMention
	role   roleRef
	sent   int
	rule   string // the rule that found it, for --explain
	// fromNow marks a post held from now on («X از این پس R خواهد بود»):
	// the next post of an outgoing holder, who is no guest for it.
	fromNow bool
}

// findAffiliations links persons to posts: «X، مسئول سازمان Y»،
// «فرمانده Y، X», and a sentence that opens with an unnamed post holder
// followed by one that opens with a name (the holder is then named).
func (a *analysis) findAffiliations() {
	ts := a.toks
	a.roles = a.roles[:0]
	for k := 0; k < len(ts); k++ {
		if r, ok := a.roleAt(k); ok {
			a.roles = append(a.roles, r)
			if r.next > k+1 {
				k = r.next - 1
			}
		}
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k < len(ts) && isSeparator(ts[k].text) && ts[k].text != "-" {
			k++
		}
		k = a.skipOrdinal(k)
		if k < len(ts) && ts[k].sent != ts[p.start].sent {
			continue // a list line's name, the next line's post
		}
		if r := a.enclosedRole(k, "(", ")"); r != nil {
			a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "name-then-bracketed-role"})
			continue
		}
		if r := a.enclosedRole(p.end, "-", "-"); r != nil {
			a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "name-then-dashed-role"})
			continue
		}
		k, fromNow := a.skipTimeBeforePredicate(k)
		// «X به عنوان/در سمت مدیرکل BODY گفت»: the post X speaks in, no
		// appointment told.
		// «X جایگزین Y به عنوان R شد»: the post is X's, not Y's.
		introduced := p.start > 0 && (introWords[ts[p.start-1].key] || appointVerbs[ts[p.start-1].key] || isReplaceAt(ts, p.start-1)) || a.decreeOrTitleBefore(p)
		kt := k
		if kt+3 < len(ts) && ts[kt].key == keyIn && isDeterminer(ts[kt+1].key) && eventWords.has(ts[kt+2].key) && asTitleAt(ts, kt+3) > 0 {
			kt += 3 // «X در این نشست به عنوان نماینده وزیر گفت»
		}
		if t := a.asTitleOrWithPostAt(kt); t > 0 && t < len(ts) && ts[t].sent == ts[p.start].sent && !(ts[kt].key == keyTo && t == kt+1) && !introduced && !a.introFollows(t, ts[p.start].sent) && !a.futurePostAt(kt, t) {
			if r := a.roleStartingAt(t); r != nil && r.org != "" && !r.former && !wasAt(ts, r.next) {
				a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "name-in-post"})
				continue
			}
		}
		// «R1، X؛ R2، Y»: in a list of posts each followed by its holder,
		// the post after X is Y's.
		// «R1 BODY1 الف، R2 BODY2 ب»: each post is told before its holder.
		if r := a.roleStartingAt(k); r != nil && !(a.roleEndsBefore(p) && (a.handsToNextName(r) != nil || a.holderRightAfter(r) != nil)) {
			if r.org == "" {
				r = a.sharedRole(r)
			}
			if r.org == "" {
				r = a.r15bListSharedRole(r) // «الف معاون آموزشی، ب معاون درمان و ج معاون بهداشت دانشگاه X»
			}
			if r.org == "" {
				r = a.governorateOfNext(r)
			}
			if r.org == "" {
				r = a.samePostBefore(r)
			}
			if r.org == "" {
				r = a.pronounsPost(p, r)
			}
			if r.org == "" {
				// «در جلسه هیئت‌مدیره شرکت X ...، Y، رئیس هیئت‌مدیره گفت»:
				// the board's company.
				if o := a.boardOwner(*r, r.start); o != nil && !a.otherThisBodyName(r.next, o.name) {
					shared := *r
					shared.org, shared.orgPlace = o.name, o.place
					r = &shared
				}
			}
			if r.org == "" {
				r = a.r24bGuestHeadOfBodyBefore(r) // «آیین معارفه معاون این شرکت با حضور الف مدیرعامل، ...»
			}
			// «با استعفای X، شهردار Y»: the post X has left; «پیش از این X
			// فرماندار Y بود»: one held before.
			resigned := p.start > 0 && ts[p.start-1].key == keyResign
			// «سخنران این همایش، X عضو هیئت علمی دانشگاه Y بود»: one
			// introduced by his present post in the event.
			introducedAs := wasAt(ts, r.next) && (a.leadNounBefore(p) || a.r15bChairedEventBefore(p))
			past := wasAt(ts, r.next) && !introducedAs || a.heldChargeBefore(r.next) || a.pastOfBefore(p.start) && !a.r15bSaidAfterPost(r.next)
			// «الف به جای ب فرماندار X شد»: the post is الف's, not ب's.
			replaced := a.insteadOf(p) && isBecomeVerb(ts, r.next)
			replaced = replaced || a.r18aDecreeIssuer(p) && isBecomeVerb(ts, r.next) // «الف با حکم ب سرپرست X شد»: the post is الف's
			// «به گزارش الف، R جدید این مرکز ...»: الف is the source.
			replaced = replaced || a.r22bReportSource(p, r)
			if r.org != "" && !r.former && !resigned && !past && !replaced {
				a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "name-then-role", fromNow: fromNow})
			}
			// «X، معاون وزیر نیرو و مدیرعامل شرکت Y»: each post of the
			// coordination is X's.
			j0 := r.next
			if r.org == "" {
				j0 += a.placeNameAt(j0) // «X، امام جمعه اردکان و مدیرکل Y»: a post with no body, then its place
			}
			for j, n := j0, 0; j < len(ts) && ts[j].key == keyAnd && n < maxCoordinatedRoles; n++ {
				r2 := a.roleStartingAt(j + 1)
				if r2 == nil || r2.former || a.handsToNextName(r2) != nil || a.personStartingAt(r2.next) != nil {
					break // «X، نماینده ... و رئیس Y، Z»، «... و رئیس Y دکتر Z»: the last post is Z's
				}
				if r2.org == "" {
					r2 = a.shortBodyAfter(r2, r)
				}
				r2 = a.r19aSeatOf(r2)
				// «رئیس هیئت‌مدیره و مدیرعامل شرکت X»: two posts, one body;
				// «X، رئیس دانشگاه Y و فرماندار Z»: the local office's head is
				// another guest, as no head of one body heads another's office.
				otherBody := persianKey(r2.org) != persianKey(r.org)
				guestHead := otherBody && headPosts[firstWordKey(r.role)] && localHeads[firstWordKey(r2.role)] ||
					otherBody && r2.org != "" && a.inGuestList(p, k, r2.next) // «الف R1 BODY1، ب R2 BODY2 و R3 BODY3 حضور داشتند»: the last guest
				if r2.org != "" && (otherBody || persianKey(r2.role) != persianKey(r.role)) && !guestHead {
					a.affs = append(a.affs, affMention{person: p, role: *r2, sent: ts[p.start].sent, rule: "coordinated-role"})
				}
				j = r2.next
			}
			// «دبیر کمیته Y، X، معاون اقتصادی فرمانداری»: a post before
			// the name and one after, both X's.
			// «R BODY، X، مسئول این طرح است»: a post after the name that
			// names no body leaves the one before it X's too.
			if (r.org != "" && !r.former || r.org == "") && p.end < len(ts) && ts[p.end].text == "،" {
				a.rolesEndingBefore(p)
			}
			continue
		}
		// «X به نمایندگی از وزیر نیرو»: X stands for the minister in the
		// event, which is no post of his (the conventions of train17's
		// README; train13's gold agrees).
		if r, ok := a.onBehalfOf(k); ok {
			// «R BODY، X، به نمایندگی از ...»: the post told before the
			// name is X's own.
			a.rolesEndingBefore(p)
			a.standIns = append(a.standIns, affMention{person: p, role: r, sent: ts[p.start].sent, rule: "on-behalf-of"})
			continue
		}
		// «X و دکتر Y نمایندگان مردم در مجلس»: X shares Y's role when it is
		// told in the plural; «X و Y، مدیرکل Z» is Y's alone.
		lk := k
		if p.end < len(ts) && ts[p.end].text == "،" {
			lk = p.end // «X، Y و Z، نمایندگان مردم ... در مجلس»
		}
		if lk < len(ts) && (ts[lk].key == keyAnd || ts[lk].text == "،") {
			if q := a.r25aLastOfListFrom(lk); q != nil {
				kq := q.end
				if kq < len(ts) && (ts[kq].text == "،" || ts[kq].text == ",") {
					kq++
				}
				if r := a.roleStartingAt(kq); r != nil && r.org != "" && !r.former && pluralPosts.has(ts[kq].key) {
					a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "shared-plural-role"})
					continue
				}
			}
		}
		a.rolesEndingBefore(p)
	}
	a.pronounAffiliations()
	a.stillServing()
	a.predicatesAfterClause()
	a.relativeAffiliations()
	a.presentAfterPastPosts()
	a.discourseAffiliations()
	a.respectivelyAffiliations()
	a.r21aPairedPosts()
	a.r21aSemicolonItems()
	a.r23aSemicolonBarePosts()
	a.r24aBarePostGuests()
	a.r24aCommaBarePosts()
	a.r23aDropPostBeforeSubjects()
	a.r21aPresidiumBrackets()
	a.r20aNominees()
	a.r23aRepresentedItems()
	a.r23aPresidiumItems()
	a.r23aPluralInPost()
	a.r22aKeptInPosts()
	a.r25aPhotoSidePosts()
	a.headedByAffiliations()
	a.postsOfSpeakersBefore()
	a.r20bPostsOfOnlyOneBefore()
	a.r21bSpeakerPostNext() // «X سخن گفت. R BODY ... افزود:»
	a.r20bThisOfficialAffiliations()
	a.r20bFirstPersonPosts()
	a.decreeIssuersNamedLater()
	a.pluralPostAppositions()
	a.r18aPluralDirectorsOfFields()
	a.listedPostsOfBodyBefore()
	a.predicatesAfterApposition()
	a.namedByNames()
	a.r17bSpecialtyThenPost()
	a.r18aOnBehalfDeputies()
	a.r25bSignatures()     // «کیوان سپیدرود» over «مدیرکل X» under a message
	a.r25bChairOpensNext() // «... به ریاست شهردار X برگزار شد. Y در آغاز این جلسه گفت»
	// A common word the person rules took for a name holds no post.
	a.trusteeBoardAffiliations()
	a.affs = slices.DeleteFunc(a.affs, func(af affMention) bool { return !isNameLike(af.person.name) })
}

var keyContinue = persianKey("ادامه")

// namesWords are «نام‌های» and «اسامی» of «سه عضو ... به نام‌های الف، ب و
// ج».
var namesWords = keySet("نام‌های", "نامهای", "اسامی")

// namedByNames reads «سه عضو هیئت علمی دانشکده X به نام‌های الف، ب و ج»:
// the post counted before «به نام‌های» is each listed name's.
func (a *analysis) namedByNames() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyTo || !namesWords[ts[k+1].key] {
			continue
		}
		r := a.roleEndingBefore(k)
		if r == nil || r.org == "" || r.former || ts[r.start].sent != ts[k].sent {
			continue
		}
		p := a.personStartingAt(k + 2)
		if p == nil {
			continue
		}
		for _, q := range append([]*personMention{p}, a.listedAfter(p)...) {
			if !a.hasAff(q, *r) {
				a.affs = append(a.affs, affMention{person: q, role: *r, sent: ts[k].sent, rule: "named-by-names"})
			}
		}
	}
}

// listedAfter returns the persons listed right after p, joined by «،» or
// «و».
func (a *analysis) listedAfter(p *personMention) []*personMention {
	ts := a.toks
	var out []*personMention
	for e := p.end; len(out) < maxPluralListed && e+1 < len(ts) && (ts[e].key == keyAnd || ts[e].text == "،"); {
		q := a.personStartingAt(e + 1)
		if q == nil {
			break
		}
		out = append(out, q)
		e = q.end
	}
	return out
}

// predicatesAfterApposition reads «X، R1 BODY1، R2 BODY2 است»: the post
// told as the predicate after a post in apposition («الف، سرپرست جدید این
// دانشکده، عضو هیئت علمی همین دانشکده است») is X's present one too.
func (a *analysis) predicatesAfterApposition() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k >= len(ts) || ts[k].text != "،" {
			continue
		}
		r1 := a.roleStartingAt(k + 1)
		if r1 == nil || r1.former || r1.next >= len(ts) || ts[r1.next].text != "،" || ts[r1.next].sent != ts[p.start].sent {
			continue
		}
		r2 := a.roleStartingAt(r1.next + 1)
		// «X، R1 BODY1، R2 BODY2 خواهد بود»: a post to be held, as well.
		future := a.r25bFutureCopulaAt(r2)
		if r2 == nil || r2.org == "" || r2.former || !a.presentCopulaAt(r2.next) && !future || ts[r2.start].sent != ts[p.start].sent {
			continue
		}
		post := *r2
		if future && a.isShortBody(post.org) && sameHeadKey(r1.org, post.org) {
			post.org, post.orgPlace = r1.org, r1.orgPlace // «X، معاون شهرداری Y، سرپرست شهرداری خواهد بود»
		}
		a.affs = append(a.affs, affMention{person: p, role: post, sent: ts[p.start].sent, rule: "predicate-after-apposition"})
	}
}

// predicatesAfterClause reads the present post told after a relative
// clause about X: «X که چند سال در Y خدمت کرده، اکنون R است» (after the
// clause's comma) and «X که پیش‌تر R1 بوده و اکنون R2 است» (a present
// post after a past one, joined by «و»).
func (a *analysis) predicatesAfterClause() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k >= len(ts) || ts[k].key != keyWhich {
			continue
		}
		var starts []int
		if c := a.relativeClauseEnd(k); c > 0 {
			starts = append(starts, c)
		}
		_, end := a.sentRange(ts[k].sent)
		for j := k + 1; j+1 < end && j <= k+maxRelativeClause && !ts[j].punct; j++ {
			if ts[j].key == keyAnd && nowWords[ts[j+1].key] && j > k+1 && wasAt(ts, j-1) {
				starts = append(starts, j+1)
			}
		}
		for _, c := range starts {
			j := a.timePhraseEnd(c)
			if j == c && !(c > 0 && isSeparator(ts[c-1].text)) {
				continue // «و اکنون»: the word of time is needed
			}
			r := a.roleStartingAt(j)
			if r == nil || r.org == "" || r.former || !a.presentCopulaAt(r.next) || a.hasAff(p, *r) {
				continue
			}
			a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[k].sent, rule: "predicate-after-clause"})
		}
	}
}

// leadNounBefore reports «NOUN این EVENT(،) X» opening the sentence of p:
// the part X had in the event the sentence tells («سخنران این همایش، X»).
func (a *analysis) leadNounBefore(p *personMention) bool {
	ts := a.toks
	i := p.start
	if i > 0 && isSeparator(ts[i-1].text) {
		i--
	}
	first := a.firstTokenOfSentence(ts[p.start].sent)
	return first >= 0 && i-first == 3 && isDeterminer(ts[first+1].key) && eventWords.has(ts[first+2].key)
}

// stillServing reads «X ... کماکان به عنوان عضو شورا به کار خود ادامه
// می‌دهد»: the post X keeps is his present one; a bare head stands for
// the body of that head named before.
func (a *analysis) stillServing() {
	ts := a.toks
	for i := 1; i < len(ts); i++ {
		if !stillWords[ts[i-1].key] {
			continue
		}
		k := asTitleAt(ts, i)
		if k < 0 || k >= len(ts) {
			continue
		}
		r, ok := a.roleAt(k)
		if !ok || r.former {
			continue
		}
		if r.org == "" && r.next < len(ts) && ts[r.next].sent == ts[k].sent {
			if hn, _ := headNouns.at(ts, r.next); hn == 1 {
				if o := a.recentOrgWithBareHead(ts[r.next], r.start); o != nil && o.end <= r.start {
					r.org, r.orgPlace, r.next = o.name, o.place, r.next+1
				}
			}
		}
		if r.org == "" || !a.servesOnAt(r.next) {
			continue
		}
		if p := a.subjectBefore(i - 1); p != nil && !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "still-serving"})
		}
	}
}

// servesOnAt reports «فعالیت/خدمت می‌کند» or «به فعالیت خود ادامه
// می‌دهد» at j: a present verb of service.
func (a *analysis) servesOnAt(j int) bool {
	ts := a.toks
	for m := j; m < len(ts) && m < j+5 && ts[m].sent == ts[j].sent; m++ {
		if (serviceWords[ts[m].key] || ts[m].key == keyContinue) && m+1 < len(ts) && isVerbLike(ts[m+1].key) {
			return true
		}
	}
	return false
}

// decreeAdjectives stand between «حکم» and its issuer's post: «با حکم
// جداگانه/دیگری/مشترک استاندار».
var decreeAdjectives = keySet("جداگانه", "دیگر", "دیگری", "مشترک", "جدید", "رسمی")

// decreeOfPostAt reports a post at s that issues a decree: «حکم» right
// before it, or with an adjective of the decree between.
func (a *analysis) decreeOfPostAt(s int) bool {
	ts := a.toks
	if s > 0 && ts[s-1].key == keyDecree {
		return true
	}
	return s > 1 && decreeAdjectives[ts[s-1].key] && ts[s-2].key == keyDecree
}

// rolesEndingBefore adds the posts ending right before p's name as p's
// («فرمانده سپاه ...، X»).
// listEndAfter returns the token after the persons listed from p on,
// joined by «و» or «،» (len(ts)-1 at the text's end).
func (a *analysis) listEndAfter(p *personMention) int {
	ts := a.toks
	e := p.end
	for n := 0; e+1 < len(ts) && n < maxPluralListed && (ts[e].key == keyAnd || ts[e].text == "،"); n++ {
		q := a.personStartingAt(e + 1)
		if q == nil {
			break
		}
		e = q.end
	}
	if e >= len(ts) {
		return len(ts) - 1
	}
	return e
}

// postOfNamedBefore reports a post at s told after «به سمت/به عنوان»
// right after a name: «الف به سمت R».
func (a *analysis) postOfNamedBefore(s int) bool {
	for i := s - 2; i < s; i++ {
		if i > 0 && asTitleAt(a.toks, i) == s && a.personEndingAt(i) != nil {
			return true
		}
	}
	return false
}

func (a *analysis) rolesEndingBefore(p *personMention) {
	ts := a.toks
	// The roles do not overlap and are in text order, so they are found
	// by binary search.
	from := sort.Search(len(a.roles), func(ri int) bool { return a.roles[ri].next >= p.start-1 })
	for ri := from; ri < len(a.roles) && a.roles[ri].next <= p.start; ri++ {
		r := &a.roles[ri]
		if r.org == "" || r.former || ts[r.next-1].key == keyAnd { // «R و X»: the post and X are two of a list
			continue
		}
		if ts[r.start].sent != ts[p.start].sent {
			continue // a sub-head «سرپرست جدید BODY» names no holder of the next paragraph's first name (r20B)
		}
		gap := p.start - r.next
		if gap == 0 || gap == 1 && (ts[r.next].text == "،" || ts[r.next].text == "," || ts[r.next].text == "؛" || a.dashedName(r, p)) {
			// «با حکم وزیر نیرو، X ...»: the post is the decree's
			// issuer's, not X's.
			// «با حکم وزیر نیرو بهمن راد، X ...»: with no mark between,
			// the name is the issuer's own.
			issuer := a.decreeOfPostAt(r.start) && gap > 0
			// «استاندار X را منصوب کرد»: X is the post holder's object.
			// «استاندار، X و Y را منصوب کرد»: the list ends with «را».
			object := ts[a.listEndAfter(p)].key == keyRa && !a.r22bAppositionBeforeObject(p)
			// «با حضور مدیرعامل شرکت Y، X به عنوان R معرفی شد»: X is
			// the appointee, not the guest.
			appointee := asTitleAt(ts, p.end) > 0
			coordinated := a.coordinatedAfterName(r)
			// «X، R1 و R2 دکتر Y»: a post told right before a name with
			// no mark between is that name's.
			handed := coordinated && (a.handsToNextName(r) == p || gap == 0)
			// «با حضور فرماندار، X و Y»: a post whose holder the report
			// named already is a guest of the list, not X's.
			listed := gap == 1 && a.heldByOther(*r, p)
			// «با انتصاب الف به سمت R، ب ...»: the post is the one الف
			// is told to take, not ب's.
			told := gap == 1 && a.postOfNamedBefore(r.start)
			// «الف و ب، به ترتیب R1 و R2، ج»: the posts are the names'
			// before them.
			first := r.start
			if cs := a.coordinatedBefore(ri); len(cs) > 0 {
				first = cs[0].start
			}
			told = told || a.respectivelyBefore(first) || a.r23bWordsSource(r, p)
			if !issuer && !object && !appointee && !listed && !told && a.personEndingAt(r.start) == nil && !a.heldByNameBefore(r) && (!coordinated || handed) {
				if a.r15bPairedPostsNames(ri, p) {
					continue // «R1 BODY1 و R2 BODY2، الف و ب»: one post each
				}
				a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "role-then-name"})
				if handed {
					continue // the posts joined before are the first name's
				}
				// «مشاور وزیر X و دبیر شورای Y، الف»: the posts joined
				// before it are الف's too.
				for _, c := range a.coordinatedBefore(ri) {
					a.affs = append(a.affs, affMention{person: p, role: c, sent: ts[p.start].sent, rule: "coordinated-role-then-name"})
				}
			}
		}
	}
}

// skipTimeBeforePredicate returns the token after words of time at k
// when a post told as a predicate follows them: «X از این پس مستشار
// دادگاه Y خواهد بود»، «X هم‌اکنون مدیرکل Y است». Else it returns k.
// fromNow tells a post from now on (از این پس), the next post of one
// who leaves another.
func (a *analysis) skipTimeBeforePredicate(k int) (next int, fromNow bool) {
	j := a.timePhraseEnd(k)
	if j < len(a.toks) && (a.toks[j].key == keyAlso || a.toks[j].key == keyAlso2) {
		// «X نیز/هم عضو هیئت علمی دانشگاه Y است»
		if r := a.roleStartingAt(j + 1); r != nil && a.presentCopulaAt(r.next) {
			return j + 1, false
		}
	}
	if j == k {
		return k, false
	}
	if r := a.roleStartingAt(j); r != nil && a.copulaAt(r.next) {
		return j, a.fromNowAt(j)
	}
	return k, false
}

// nowWords tell the time of the report: «اکنون»، «هم‌اکنون».
var nowWords = keySet("اکنون", "هم‌اکنون", "حالا")

// sinceEnds close a time phrase after «از»: «از سال گذشته»، «از دو سال
// پیش»، «از این پس».
var sinceEnds = keySet("گذشته", "پیش", "قبل", "پس", "اخیر", "امروز")

// maxSinceTokens bounds the words after «از» in a time phrase.
const maxSinceTokens = 3

// timePhraseEnd returns the token after a phrase of time at k («اکنون»،
// «در حال حاضر»، «از سال گذشته»، «از ۱۴۰۲»، «از این پس»), or k when none
// starts there.
func (a *analysis) timePhraseEnd(k int) int {
	ts := a.toks
	switch {
	case k >= len(ts):
		return k
	case nowWords[ts[k].key]:
		return k + 1
	case k+2 < len(ts) && ts[k].key == keyIn && ts[k+1].key == keyState && ts[k+2].key == keyPresent:
		return k + 3
	case ts[k].key != keyFrom:
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+maxSinceTokens && !ts[j].punct && ts[j].sent == ts[k].sent; j++ {
		if sinceEnds[ts[j].key] || ts[j].digit && j > k+1 && ts[j-1].key == keyYear {
			return j + 1
		}
	}
	return k
}

var (
	keyState   = persianKey("حال")
	keyPresent = persianKey("حاضر")
	keyYear    = persianKey("سال")
)

// copulaAt reports «است»، «می‌باشد» or «خواهد بود» at k, the verb of a
// post told as a predicate.
func (a *analysis) copulaAt(k int) bool {
	ts := a.toks
	if k >= len(ts) {
		return false
	}
	switch ts[k].key {
	case keyIs, keyBe:
		return true
	case keyWill:
		return k+1 < len(ts) && ts[k+1].key == keyWas
	}
	return false
}

var keyBe = persianKey("می‌باشد")

// presentCopulas are the verbs of a post held now told in a relative
// clause: «است»، «هست»، «می‌باشد».
var presentCopulas = keySet("است", "هست", "می‌باشد")

// presentCopulaAt reports a present copula at k, after «نیز» or «هم»
// («وی که عضو هیئت‌مدیره Y نیز هست»).
func (a *analysis) presentCopulaAt(k int) bool {
	ts := a.toks
	if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) {
		k++
	}
	// «مشاور شهردار X در امور محلات است»: the field of the post told
	// after its body.
	if k+2 < len(ts) && ts[k].key == keyIn && postFieldWords[ts[k+1].key] {
		for j := k + 2; j < len(ts) && j <= k+4 && ts[j].sent == ts[k].sent && !ts[j].punct && !a.personCover[j]; j++ {
			if presentCopulas[ts[j].key] {
				return j > k+2
			}
		}
	}
	return k < len(ts) && presentCopulas[ts[k].key]
}

// postFieldWords open the field a post serves in after «در»: «در امور
// محلات»، «در حوزه آموزش»، «در زمینه فناوری».
var postFieldWords = keySet("امور", "حوزه", "زمینه")

// relativeAffiliations reads «X که مدیرکل اداره کل Y است» and «وی که
// فرماندار شهرستان Y است»: a post told in a relative clause in the
// present is held now; «... بود» told one held before, which is none.
func (a *analysis) relativeAffiliations() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyWhich {
			continue
		}
		// «که R1 BODY1 و R2 BODY2 است»: every post of the coordination,
		// after words of time («که از سال گذشته مدیرعامل Y است»).
		var posts []roleRef
		j := a.timePhraseEnd(k + 1)
		for n := 0; n <= maxCoordinatedRoles; n++ {
			r := a.roleStartingAt(j)
			if r == nil || r.former {
				posts = nil
				break
			}
			posts = append(posts, *r)
			j = r.next
			if j+1 >= len(ts) || ts[j].key != keyAnd {
				break
			}
			j++
		}
		if len(posts) == 0 || !a.presentCopulaAt(j) {
			continue
		}
		p := a.personEndingAt(k)
		if p == nil && (ts[k-1].key == keyAlso || ts[k-1].key == keyAlso2) {
			p = a.personEndingAt(k - 1) // «X نیز که مدیرکل Y است»
		}
		if p == nil && pronounKeys[ts[k-1].key] {
			p = a.antecedent(k - 1)
		}
		if p == nil && k >= 2 && ts[k-1].text == "،" {
			p = a.personEndingAt(k - 1) // «با دبیری X، که از این پس دبیر این شورا است،»
		}
		// «Y، رئیس پیشین دانشکده X که اکنون R است»: the one whose former
		// post stands before the clause.
		if r := a.roleEndingBefore(k); p == nil && r != nil && r.former && r.start > 1 && isSeparator(ts[r.start-1].text) {
			p = a.personEndingAt(r.start - 1)
		}
		// «الف جانشین ب شد که اکنون R است»: the clause after the verb
		// is of the one replaced.
		if v := r16bBecameAt(ts, k); p == nil && v >= 2 {
			if q := a.personEndingAt(v); q != nil && q.start > 0 && replaceWords[ts[q.start-1].key] {
				p = q
			} else if q != nil && q.start > 1 && a.titleAt(q.start-1) > 0 && replaceWords[ts[q.start-2].key] {
				p = q
			}
		}
		if p == nil {
			p = a.r20bReplacedBeforeClause(k) // «الف جای ب را گرفت که اکنون R است»
		}
		if p == nil {
			continue
		}
		for _, r := range posts {
			if r.org != "" && !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "relative-present"})
			}
		}
	}
}

var keyRepresentation = persianKey("نمایندگی")

// replaceWords are the nouns of «جانشین/جایگزین X شد».
var replaceWords = keySet("جانشین", "جایگزین")

// onBehalfOf reads «به نمایندگی از ROLE BODY» or «به نمایندگی از BODY»
// at k: the post of a representative of that body.
func (a *analysis) onBehalfOf(k int) (roleRef, bool) {
	ts := a.toks
	if k+2 >= len(ts) || ts[k].key != keyTo || ts[k+1].key != keyRepresentation || ts[k+2].key != keyFrom {
		return roleRef{}, false
	}
	if r, ok := a.roleAt(k + 3); ok && r.org != "" && !r.former {
		r.role = "نماینده " + r.role
		r.start = k
		return r, true
	}
	if o := a.orgAt(k + 3); o != nil {
		return roleRef{start: k, next: o.end, role: "نماینده", org: o.name, orgPlace: o.place}, true
	}
	return roleRef{}, false
}

// pronounAffiliations reads «وی، فرماندار شهرستان X، ...» and «وی مدیرکل
// X است»: the post is that of the person the pronoun stands for, named in
// a sentence before.
func (a *analysis) pronounAffiliations() {
	ts := a.toks
	for k := 0; k+1 < len(ts); k++ {
		if !pronounKeys[ts[k].key] || k > 0 && (effortWords[ts[k-1].key] || ts[k-1].key == keyDecree) {
			continue
		}
		j := k + 1
		if isSeparator(ts[j].text) && ts[j].text != "-" {
			j++
		}
		// «وی همچنین عضو شورای Y است»: an adverb or a phrase of time
		// before the post, which then needs its present copula.
		adverb := j < len(ts) && alsoAdverbs[ts[j].key]
		if adverb {
			j = a.timePhraseEnd(j + 1)
		} else if t := a.timePhraseEnd(j); t > j {
			j, adverb = t, true // «وی در حال حاضر/هم‌اکنون/از سال ۱۴۰۱ R Y است»
		}
		r := a.roleStartingAt(j)
		if r == nil || r.org == "" || r.former || j < len(ts) && ts[j].sent != ts[k].sent {
			continue
		}
		if adverb && !a.presentCopulaAt(r.next) || wasAt(ts, r.next) {
			continue // «وی مدیرکل Y بود»: a post held before
		}
		p := a.antecedent(k)
		if p == nil || a.hasAff(p, *r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[k].sent, rule: "pronoun-then-role"})
		a.r20bPronounCoordinatedPosts(p, *r, ts[k].sent) // «او R1 و R2 BODY است»
	}
}

// alsoAdverbs may stand between a pronoun and the post told of it: «وی
// همچنین/نیز عضو شورای Y است».
var alsoAdverbs = keySet("همچنین", "نیز", "هم", "ضمناً")

// maxCoordinatedRoles bounds the posts read in one coordination.
const maxCoordinatedRoles = 4

// coordinatedBefore returns the posts with a body joined by «و» before
// the role a.roles[ri], nearest first, up to maxCoordinatedRoles.
func (a *analysis) coordinatedBefore(ri int) []roleRef {
	ts := a.toks
	var out []roleRef
	for n := 0; n < maxCoordinatedRoles && ri > 0; n++ {
		k := a.roles[ri].start
		prev := a.roles[ri-1]
		if k < 1 || ts[k-1].key != keyAnd || prev.next != k-1 || prev.former {
			break
		}
		// «با حضور رئیس دانشگاه، معاون درمان و مدیرعامل شرکت Y، X»: a
		// list of guests' posts, the last one alone X's.
		if ri >= 2 && prev.start > 0 && ts[prev.start-1].text == "،" && a.roles[ri-2].next == prev.start-1 {
			break
		}
		if prev.org == "" {
			prev = *a.governorateOfNext(&prev)
		}
		if prev.org != "" {
			out = append(out, prev)
		}
		ri--
	}
	return out
}

// coordinatedAfterName reports a role that is the second or later post of
// a coordination following a name («X، معاون ... و مدیرعامل ...»): it is
// that person's, not the next one's.
func (a *analysis) coordinatedAfterName(r *roleRef) bool {
	ts := a.toks
	k := r.start
	for n := 0; n < maxCoordinatedRoles && k > 0 && ts[k-1].key == keyAnd; n++ {
		ri := sort.Search(len(a.roles), func(i int) bool { return a.roles[i].next >= k-1 })
		if ri >= len(a.roles) || a.roles[ri].next != k-1 {
			return false
		}
		k = a.roles[ri].start
		if a.personEndingAt(k) != nil || k > 0 && (ts[k-1].text == "،" || ts[k-1].text == ",") && a.personEndingAt(k-1) != nil {
			return true
		}
	}
	return false
}

// handsToNextName returns the person named right after the post r and a
// comma when that person is told as the post's holder: «با حضور X، نماینده
// مردم در مجلس و رئیس پارک علم و فناوری Y، Z، امضا شد» — the last post of
// a coordination after X, followed by a name with no post of its own, is
// that name's. It returns nil when the name is the object (را) or has a
// post after it (a list of guests), or r names no body.
func (a *analysis) handsToNextName(r *roleRef) *personMention {
	ts := a.toks
	k := r.next
	if r.org == "" || r.former || k+1 >= len(ts) || ts[k].sent != ts[r.start].sent || ts[k].text != "،" && ts[k].text != "," {
		return nil
	}
	q := a.personStartingAt(k + 1)
	if q == nil || q.end >= len(ts) || ts[q.end].key == keyRa || ts[q.end].key == keyAnd && a.personStartingAt(q.end+1) != nil {
		return nil // «... R، Y و Z»: names sharing a post
	}
	j := q.end
	if isSeparator(ts[j].text) {
		j++
	}
	if a.roleStartingAt(j) != nil {
		return nil
	}
	if asTitleAt(ts, a.r20bSkipDayAdjunct(q.end)) > 0 {
		return nil // «با حکم X، R1 و R2، Y روز گذشته به عنوان R3 منصوب شد»: Y is the appointee
	}
	return q
}

// holderRightAfter returns the person named right after the post r with
// no mark between, when nothing but a mark, «و» or the sentence's end
// follows the name: «R BODY الف، ...».
func (a *analysis) holderRightAfter(r *roleRef) *personMention {
	ts := a.toks
	if r.org == "" || r.former || r.next >= len(ts) || ts[r.next].sent != ts[r.start].sent {
		return nil
	}
	q := a.personStartingAt(r.next)
	if q == nil {
		return nil
	}
	if q.end < len(ts) && ts[q.end].sent == ts[q.start].sent && !ts[q.end].punct && ts[q.end].key != keyAnd {
		return nil
	}
	return q
}

// roleEndsBefore reports a post with a body ending right before p, or
// before a comma there: «R، p». The roles are in text order (see
// rolesEndingBefore), so the few ending there are found by binary search.
func (a *analysis) roleEndsBefore(p *personMention) bool {
	ts := a.toks
	from := sort.Search(len(a.roles), func(ri int) bool { return a.roles[ri].next >= p.start-1 })
	for ri := from; ri < len(a.roles) && a.roles[ri].next <= p.start; ri++ {
		r := &a.roles[ri]
		if r.org == "" || r.former {
			continue
		}
		if r.next == p.start || ts[r.next].text == "،" || ts[r.next].text == "," {
			return true
		}
	}
	return false
}

// heldByNameBefore reports the post r told right after a name and a mark
// («X، R»، «X؛ R»), so that it is that name's; not after «و» («R1، X و R2،
// Y»), nor after a name that has a post of its own before it («R1، X؛
// R2، Y»).
func (a *analysis) heldByNameBefore(r *roleRef) bool {
	ts := a.toks
	if r.start == 0 || ts[r.start-1].key == keyAnd || r22bAfterColon(ts, r.start) {
		return false
	}
	q := a.personEndingAt(r.start - 1)
	if q == nil {
		return false
	}
	return !(a.roleEndsBefore(q) && (a.handsToNextName(r) != nil || a.holderRightAfter(r) != nil))
}

// governorateOfNext handles «معاون استاندار و فرماندار ویژه شهرستان X»:
// a post of the governorate named with no province is in the province of
// the place the coordinated post names.
func (a *analysis) governorateOfNext(r *roleRef) *roleRef {
	ts := a.toks
	if r.next+1 >= len(ts) || ts[r.next].key != keyAnd {
		return r
	}
	_, prefix := roleBodies.at(ts, r.next-1)
	if persianKey(prefix) != keyGovernorate {
		return r
	}
	next := a.roleStartingAt(r.next + 1)
	if next == nil || next.orgPlace == "" {
		return r
	}
	province := next.orgPlace
	if !provinces.has(persianKey(province)) {
		province = provinceOf(province)
	}
	if province == "" {
		return r
	}
	out := *r
	out.org, out.orgPlace = prefix+" "+province, province
	return &out
}

// samePostBefore handles «رئیس دانشگاه X و معاون درمان این دانشگاه ...
// الف، معاون درمان، گفت»: a post told again with no body is the same post
// named before with its body.
func (a *analysis) samePostBefore(r *roleRef) *roleRef {
	key := persianKey(r.role)
	for ri := len(a.roles) - 1; ri >= 0; ri-- {
		q := &a.roles[ri]
		if q.start < r.start && q.org != "" && !q.former && persianKey(q.role) == key && !a.otherThisBodyName(r.next, q.org) {
			out := *r
			out.org, out.orgPlace = q.org, q.orgPlace
			return &out
		}
	}
	return r
}

// sharedRole handles «X، مدیرعامل و Y، عضو هیئت‌مدیره شرکت Z»: a role with
// no body takes the body of the next person's role.
func (a *analysis) sharedRole(r *roleRef) *roleRef {
	ts := a.toks
	if r.next >= len(ts) || ts[r.next].key != keyAnd {
		return r
	}
	p := a.personStartingAt(r.next + 1)
	if p == nil {
		return r
	}
	k := p.end
	if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") {
		k++
	}
	if next := a.roleStartingAt(k); next != nil && next.org != "" {
		// «الف استاندار و ب فرماندار X»: a post that heads a body of its
		// own kind (استانداری) shares no other kind's body.
		if bn, prefix := roleBodies.at(ts, r.start); bn > 0 && r.start+bn == r.next && firstWordKey(prefix) != firstWordKey(next.org) {
			return r
		}
		shared := *r
		shared.org, shared.orgPlace = next.org, next.orgPlace
		return &shared
	}
	return r
}

// shortBodyAfter handles «X، عضو شورای اسلامی شهر Y و خزانه‌دار (این)
// شورا»: a coordinated post r whose body is told by the head noun of the
// first post's body alone, after «این/همین» or not, is in that body.
func (a *analysis) shortBodyAfter(r, first *roleRef) *roleRef {
	ts := a.toks
	k := r.next
	if k < len(ts) && isDeterminer(ts[k].key) {
		k++
	}
	head := firstWordKey(first.org)
	if first.org == "" || k >= len(ts) || ts[k].punct || ts[k].sent != ts[r.start].sent {
		return r
	}
	if w := ts[k].key; w != head && w+ezafeKey != head && w != head+ezafeKey {
		return r
	}
	out := *r
	out.org, out.orgPlace = first.org, first.orgPlace
	return &out
}

func (a *analysis) roleStartingAt(k int) *roleRef {
	for ri := range a.roles {
		if a.roles[ri].start == k {
			return &a.roles[ri]
		}
	}
	return nil
}

// discourseAffiliations reads «رئیس سازمان X ... گفت: ...» followed by a
// sentence that opens with a full name: the name is the post holder's.
func (a *analysis) discourseAffiliations() {
	ts := a.toks
	openEnd := -1 // the end of the last role that opens its sentence
	var openHolder *personMention
	for ri := range a.roles {
		r := &a.roles[ri]
		s := ts[r.start].sent
		coordinated := r.start > 0 && ts[r.start-1].key == keyAnd && r.start-1 == openEnd
		opens := r.start == 0 || ts[r.start-1].sent != s || ts[r.start-1].text == ":" || ts[r.start-1].text == "؛" || a.afterLead(r.start) ||
			a.r20bAfterSlashDateline(r.start) || // «ایسنا/گیلان R BODY ...»
			a.afterOpener(r.start) || // «در ادامه، R BODY گزارشی ارائه کرد»
			a.r15bAfterBareOpener(r.start) || // «در ادامه R BODY گفت»
			a.afterSaidByOpening(r.start) || // «به گفته R BODY، ...»
			a.r23bPassiveAgentPost(r) || // «BODY2 مورد بازدید R BODY قرار گرفت»
			coordinated // «معاون استاندار و فرماندار ویژه X گفت»
		if !opens {
			continue // not at the sentence's start
		}
		openEnd = r.next
		holder := openHolder
		openHolder = nil
		if r.org == "" || r.former {
			continue
		}
		// «معاون وزیر X و مدیرعامل شرکت Y ... خبر داد. ... مهندس Z
		// گفت»: the post coordinated with one whose holder is named
		// later is his too.
		if coordinated && holder != nil && ts[holder.start].sent > s {
			if !a.hasAff(holder, *r) {
				a.affs = append(a.affs, affMention{person: holder, role: *r, sent: s, rule: "speaker-named-later"})
			}
			openHolder = holder
			continue
		}
		nAffs := len(a.affs)
		if a.personBeforeSpeech(s) || a.postHeld(*r) {
			continue // named in this sentence, or the post's holder named before
		}
		// The holder is named at the start of one of the next sentences,
		// before any other person is named.
		for next := s + 1; next <= s+discourseReach && next < len(a.sents); next++ {
			first := a.firstTokenOfSentence(next)
			if first < 0 {
				break
			}
			saidBy := first+2 < len(ts) && ts[first].key == keyTo && ts[first+1].key == keySaid
			if saidBy {
				first += 2 // «به گفته X، ...»: X tells what follows
			}
			// «R BODY ... گفت: ...» then «به گزارش X (از Y)، Z ...»: the
			// report's own lead names the one it opened with.
			reported := false
			if next == s+1 && !saidBy {
				if k := a.reportLeadEnd(next); k > 0 {
					first, reported = k, true
				}
			}
			// «در این بازدید که الف و ب حضور داشتند، X گفت»: the guests of
			// the clause are not the speaker after it.
			if a.r16bOpensWithOtherPost(first, r) {
				break // «R2 BODY2 ... گفت: ... . X افزود»: X holds R2
			}
			if k := a.afterEventClause(first); k > 0 {
				if p := a.personStartingAt(k); p != nil && speechVerbAfter(ts, p.end) && !a.alsoAfter(p.end) && !a.holdsOtherPost(p, *r) && !a.hasAnyAff(p) {
					a.affs = append(a.affs, affMention{person: p, role: *r, sent: s, rule: "speaker-named-later"})
					break
				}
			}
			if p := a.personStartingAt(first); p != nil {
				// The holder goes on speaking («X افزود»); «X نیز ...» or a
				// sentence that is no speech names someone else.
				// One who holds another post in the report is not this one's
				// holder.
				// «به گزارش X، Y و Z ... حضور داشتند»: names listed are guests.
				listed := p.end+1 < len(ts) && ts[p.end].key == keyAnd && a.personStartingAt(p.end+1) != nil
				// «X، امام جمعه این شهرستان نیز گفت»: one told with a post
				// of his own, even one of no body, is someone else.
				ownPost := a.postAfterName(p)
				if !a.alsoAfter(p.end) && !ownPost && (saidBy || reported && !listed || a.goesOnSpeaking(next) || a.inThisEventAt(p.end) || a.r25bHoldsThisPostAfter(p)) && !a.holdsOtherPost(p, *r) {
					a.affs = append(a.affs, affMention{person: p, role: *r, sent: s, rule: "speaker-named-later"})
				}
				break
			}
			if a.sentenceHasPerson(next) {
				break
			}
		}
		if len(a.affs) > nAffs {
			openHolder = a.affs[len(a.affs)-1].person
		}
	}
}

// goOnVerbs go on with what the speaker before said: «X گفت: ... .
// مدیرکل Y افزود: ...».
var goOnVerbs = keySet("افزود", "ادامه", "تصریح", "یادآور", "خاطرنشان", "همچنین", "اضافه")

// postsOfSpeakersBefore reads «X گفت: ... . R BODY افزود: ...»: a
// sentence that opens with an unnamed post going on with the speech of
// the one named at the start of the sentence before gives him the post;
// «R BODY نیز گفت» is another speaker.
func (a *analysis) postsOfSpeakersBefore() {
	ts := a.toks
	for ri := range a.roles {
		r := &a.roles[ri]
		s := ts[r.start].sent
		if s == 0 || r.org == "" || r.former || r.start != a.firstTokenOfSentence(s) || r.next >= len(ts) || !goOnVerbs[ts[r.next].key] && !a.r20bSaidAfterPost(r) {
			continue
		}
		if a.sentenceHasPerson(s) && !a.r20bSpeechAfterPost(r) || a.postHeld(*r) {
			continue
		}
		first := a.firstTokenOfSentence(s - 1)
		if first < 0 {
			continue
		}
		p := a.personStartingAt(first)
		if p == nil {
			p = a.r20bPersonAfterLead(s - 1) // «شهر- OUTLET- X ... گفت»
		}
		if p == nil || !a.goesOnSpeaking(s-1) || a.postAfterName(p) || a.hasAnyAff(p) || a.holdsOtherPost(p, *r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *r, sent: s, rule: "post-of-speaker-before"})
	}
}

// respectivelyAffiliations reads «الف، ب و ج (،) به ترتیب R1، R2 و R3»:
// each person holds the post in the same place of the list.
func (a *analysis) respectivelyAffiliations() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyTo || ts[k+1].key != keyOrder {
			continue
		}
		r := a.roleStartingAt(k + 2)
		if r == nil {
			a.respectivelyPostsFirst(k)
			continue
		}
		posts := []roleRef{*r}
		comma := []bool{false} // a «،» before the post in the list
		for q := r; len(posts) < 2*maxPluralListed && q.next+1 < len(ts) && (ts[q.next].key == keyAnd || ts[q.next].text == "،"); {
			c, at := ts[q.next].text == "،", q.next+1
			if c && at+1 < len(ts) && ts[at].key == keyAnd {
				at++ // «R1، R2 و R3، و R4»: the «، و» closes the list
			}
			if q = a.roleStartingAt(at); q == nil {
				break
			}
			posts = append(posts, *q)
			comma = append(comma, c)
		}
		end := a.r18aAlsoBefore(k)
		if end > 0 && isSeparator(ts[end-1].text) {
			end--
		}
		if end > 1 && ts[end-1].key == keyWhich {
			end = a.r16bListEndBefore(end - 1) // «با حضور الف، ب و ج برگزار شد که به ترتیب R1، R2 و R3 هستند»
		}
		var people []*personMention
		for len(people) < maxPluralListed && end > 0 {
			p := a.personEndingAt(end)
			if p == nil || ts[p.start].sent != ts[k].sent {
				break
			}
			people = append([]*personMention{p}, people...)
			end = p.start
			if end > 0 && (ts[end-1].key == keyAnd || isSeparator(ts[end-1].text)) {
				end = a.r23aCommaBeforeAnd(end - 1) // «الف، ب، و ج»
				continue
			}
			break
		}
		if len(people) < 2 {
			continue
		}
		groups := r16bRespectiveGroups(posts, comma, len(people))
		if groups == nil {
			continue
		}
		last := posts[len(posts)-1]
		for n, p := range people {
			for _, pr := range groups[n] {
				if pr.org == "" && (len(posts) > len(people) || r20aSharesListBody(pr)) && !last.former {
					// «به ترتیب رئیس هیئت‌مدیره، مدیرعامل و عضو هیئت امنای مؤسسه X»:
					// the bare posts are in the body the list ends with.
					pr.org, pr.orgPlace = last.org, last.orgPlace
				}
				if pr.org != "" && !pr.former && !a.hasAff(p, pr) {
					a.affs = append(a.affs, affMention{person: p, role: pr, sent: ts[k].sent, rule: "respectively"})
				}
			}
		}
	}
}

// respectivelyPostsFirst reads the list the other way round, the posts
// first: «R1، R2 و R3، به ترتیب الف، ب و ج حضور داشتند», «به ترتیب» at k.
func (a *analysis) respectivelyPostsFirst(k int) {
	ts := a.toks
	people := a.personsAfter(k + 2)
	if len(people) < 2 {
		return
	}
	posts := make([]roleRef, len(people))
	end := k - 1
	if !isSeparator(ts[end].text) {
		end = k // «R1 و R2 به ترتیب الف و ب»: no comma before «به ترتیب»
	}
	for n := len(people) - 1; n >= 0; n-- {
		r := a.roleEndingBefore(end)
		if r == nil || r.next != end || r.org == "" && (n == len(people)-1 || !r20aSharesListBody(*r)) || r.former || ts[r.start].sent != ts[k].sent {
			return
		}
		posts[n] = *r
		if r.org == "" {
			// «R1، R2 و R3 این اداره کل، به ترتیب ...»: a bare post is in
			// the body the list ends with.
			posts[n].org, posts[n].orgPlace = posts[len(people)-1].org, posts[len(people)-1].orgPlace
		}
		if n > 0 {
			if end = r.start - 1; end < 1 || ts[end].key != keyAnd && ts[end].text != "،" {
				return
			}
		}
	}
	for n, p := range people {
		if !a.hasAff(p, posts[n]) {
			a.affs = append(a.affs, affMention{person: p, role: posts[n], sent: ts[k].sent, rule: "respectively-posts-first"})
		}
	}
}

// decreeIssuersNamedLater reads «با حکم R BODY، X منصوب شد» with the
// issuer told by post only, then «با حکم Y، X ...» in one of the next
// sentences (the report telling its lead again): Y holds R BODY.
func (a *analysis) decreeIssuersNamedLater() {
	ts := a.toks
	for ri := range a.roles {
		r := &a.roles[ri]
		if r.org == "" || r.former || r.start < 2 || ts[r.start-1].key != keyDecree || !decreeIssuerCues[ts[r.start-2].key] {
			continue
		}
		if a.personStartingAt(r.next) != nil || a.postHeld(*r) {
			continue // named with the post, or the post's holder named elsewhere
		}
		s := ts[r.start].sent
		for next := s + 1; next <= s+discourseReach && next < len(a.sents); next++ {
			i0, i1 := a.sentRange(next)
			found := false
			for k := i0 + 1; k+1 < i1; k++ {
				if ts[k].key != keyDecree || !decreeIssuerCues[ts[k-1].key] {
					continue
				}
				p := a.personStartingAt(k + 1)
				if p == nil || p.end >= i1 || ts[p.end].text != "،" || a.roleStartingAt(p.end+1) != nil || a.hasAnyAff(p) || a.namedBefore(p, i0) {
					continue // one named before (the appointee of the first decree) is no issuer told again
				}
				a.affs = append(a.affs, affMention{person: p, role: *r, sent: next, rule: "decree-issuer-named-later"})
				found = true
				break
			}
			if found {
				break
			}
		}
	}
}

// postAfterName reports a post told right after p's name, after a comma
// or not.
func (a *analysis) postAfterName(p *personMention) bool {
	ts := a.toks
	k := p.end
	if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") {
		k++
	}
	return k < len(ts) && ts[k].sent == ts[p.start].sent && roleWordsAt(ts, k) > 0
}

// namedBefore reports a mention of p's person before token i.
func (a *analysis) namedBefore(p *personMention, i int) bool {
	for qi := range a.persons {
		if q := &a.persons[qi]; q.start < i && samePerson(q, p) {
			return true
		}
	}
	return false
}

// clauseEndVerbs end the clause «در این بازدید که ... حضور داشتند،».
var clauseEndVerbs = keySet("داشتند", "داشت", "بودند", "بود", "شد", "شدند")

// saidVerbs are the verbs of speaking right after a speaker's name.
var saidVerbs = keySet("گفت", "افزود", "اظهار", "تصریح", "بیان", "اعلام", "خاطرنشان", "تاکید", "تأکید")

// speechVerbAfter reports a verb of speaking at token k.
func speechVerbAfter(ts []token, k int) bool {
	return k < len(ts) && saidVerbs[ts[k].key]
}

// afterEventClause returns the token after «در این EVENT که ... VERB،»
// opening at token first, else 0.
func (a *analysis) afterEventClause(first int) int {
	ts := a.toks
	if first+3 >= len(ts) || ts[first].key != keyIn || !isDeterminer(ts[first+1].key) || ts[first+3].key != keyWhich {
		return 0
	}
	s := ts[first].sent
	for k := first + 4; k+1 < len(ts) && ts[k].sent == s; k++ {
		if ts[k].text == "،" {
			if clauseEndVerbs[ts[k-1].key] {
				return k + 1
			}
			continue
		}
	}
	return 0
}

// dropSpeakersAppointedElsewhere drops a post given by speaker-named-later
// to one the report appoints to another post («R BODY گفت: ...» then «Y
// افزود: ...» with Y elected head of another body Z): the
// unnamed speaker is someone else.
func (a *analysis) dropSpeakersAppointedElsewhere() {
	a.affs = slices.DeleteFunc(a.affs, func(af affMention) bool {
		if af.rule == "speaker-named-later" && a.appointedElsewhere(af) {
			a.reject("affiliation", af.rule, af.sent, af.person.name+" — "+af.role.role+" — "+af.role.org, "appointed to another post in the report")
			return true
		}
		return false
	})
}

// appointedElsewhere reports an appointment of af's person to a post other
// than af's.
func (a *analysis) appointedElsewhere(af affMention) bool {
	for _, ap := range a.apps {
		if samePerson(ap.person, af.person) && !(sameBodyName(ap.role.org, af.role.org) && firstWordKey(ap.role.role) == firstWordKey(af.role.role)) {
			return true
		}
	}
	return false
}

// heldChargeBefore reports «را (نیز) بر عهده داشت» at j, after a post
// noun («X ریاست BODY را بر عهده داشت»): a post held before.
func (a *analysis) heldChargeBefore(j int) bool {
	ts := a.toks
	if j >= len(ts) || ts[j].key != keyRa {
		return false
	}
	j++
	if j < len(ts) && (ts[j].key == keyAlso || ts[j].key == keyAlso2) {
		j++
	}
	switch {
	case j+1 < len(ts) && (ts[j].key == keyOn || ts[j].key == keyTo) && ts[j+1].key == keyCharge2:
		j += 2
	case j < len(ts) && (ts[j].key == keyOn+keyCharge2 || ts[j].key == keyTo+keyCharge2):
		j++
	default:
		return false
	}
	return j < len(ts) && pastHoldVerbs[ts[j].key]
}

// maxReportLead bounds the words of a lead «به گزارش X (از Y)،».
const maxReportLead = 12

// reportLeadEnd returns the token after the lead «به گزارش X (از Y)،»
// that opens sentence s, else -1.
func (a *analysis) reportLeadEnd(s int) int {
	ts := a.toks
	i, j := a.sentRange(s)
	if i+2 >= j || ts[i].key != keyTo || ts[i+1].key != keyReport {
		return -1
	}
	return commaAfter(ts, i+2, min(j, i+maxReportLead), j)
}

// maxDatelineTokens bounds the words of a dateline before its dash
// («بجنورد- ایرنا-»).
const maxDatelineTokens = 6

// afterLead reports a token k right after the lead of its sentence: «به
// گزارش X (از Y)،» or a dateline «PLACE- OUTLET-», where the sentence's
// own words start.
func (a *analysis) afterLead(k int) bool {
	ts := a.toks
	lo, _ := a.sentRange(ts[k].sent)
	if k-1 <= lo {
		return false
	}
	switch ts[k-1].text {
	case "،", ",":
		if ts[lo].key != keyTo || ts[lo+1].key != keyReport {
			return false
		}
		for j := lo + 2; j < k-1; j++ {
			if ts[j].punct {
				return false // the comma closes a clause after the lead
			}
		}
		return true
	case "-", "–":
		if k-1-lo > maxDatelineTokens {
			return false
		}
		// «ایوان- ایلام فردا- R ...»: between the place's dash and this
		// one stands the outlet's name, which may hold any word.
		end := k - 1
		for j := lo + 1; j < k-1; j++ {
			if ts[j].text == "-" || ts[j].text == "–" {
				end = j
				break
			}
		}
		for j := lo; j < end; j++ {
			if t := ts[j]; !t.punct && (isVerbLike(t.key) || lightVerbs.has(t.key) || stopWords.has(t.key)) {
				return false
			}
		}
		return true
	}
	return false
}

var keySaid = persianKey("گفته")

// goesOnSpeaking reports a sentence that reports speech or goes on with
// what its speaker said or asked («X همچنین ... بیان کرد»).
func (a *analysis) goesOnSpeaking(s int) bool {
	i, j := a.sentRange(s)
	for k := i; k < j; k++ {
		if key := a.toks[k].key; speechWords[key] && !weakSpeechWords[key] || r20bSpeechActs[key] {
			return true
		}
		if a.toks[k].key == keyNews && k+1 < j && a.toks[k+1].key == keyGave {
			return true // «X از ... خبر داد»: he tells of it
		}
		if reportNouns[a.toks[k].key] && k+1 < j && (a.toks[k+1].key == keyDid || a.toks[k+1].key == keyGave) {
			return true // «X گزارشی از ... ارائه کرد»، «X ... را تشریح کرد»
		}
	}
	return false
}

// weakSpeechWords are speechWords that also stand in other sentences.
var weakSpeechWords = keySet("در", "با", "نیز")

// alsoAfter reports «نیز» or «هم» at token k: «X نیز گفت» adds a speaker.
func (a *analysis) alsoAfter(k int) bool {
	if k < len(a.toks) && (a.toks[k].text == "،" || a.toks[k].text == ",") {
		k++
	}
	return k < len(a.toks) && (a.toks[k].key == keyAlso || a.toks[k].key == keyAlso2)
}

func (a *analysis) sentenceHasPerson(s int) bool {
	i, j := a.sentRange(s)
	for k := i; k < j; k++ {
		if a.personCover[k] {
			return a.sentenceHasPersonStart(s)
		}
	}
	return false
}

func (a *analysis) sentenceHasPersonStart(s int) bool {
	for _, p := range a.persons {
		if a.toks[p.start].sent == s {
			return true
		}
	}
	return false
}

func (a *analysis) firstTokenOfSentence(s int) int {
	if i, j := a.sentRange(s); i < j {
		return i
	}
	return -1
}

// maxOrdinalTokens bounds the tokens of an ordinal («سی و دومین»).
const maxOrdinalTokens = 4

// skipOrdinal returns the token after an ordinal at k that a post follows
// («X، دومین رئیس شورای شهر»): the ordinal counts holders, and the post is
// the one after it. Otherwise it returns k.
func (a *analysis) skipOrdinal(k int) int {
	ts := a.toks
	if k >= len(ts) || ts[k].punct || ts[k].digit {
		return k
	}
	var words []string
	for n := 1; n <= maxOrdinalTokens && k+n <= len(ts) && !ts[k+n-1].punct; n++ {
		words = append(words, persian.Words(ts[k+n-1].text)...)
		if _, next, ordinal, ok := persian.NumberAt(words, 0); ok && ordinal && next == len(words) {
			if rn, _ := roleWords.at(ts, k+n); rn > 0 {
				return k + n
			}
		}
	}
	return k
}

// provinceOf returns the province of a city or county, or "".
func provinceOf(city string) string {
	if city == "" {
		return ""
	}
	return cities.vals[persian.Squash(city)]
}

// bodyAhead reports a body named a few plain words after token j, in the
// role phrase that starts at k: «مدیر دیسپچینگ شرکت گاز استان X» is the
// company's «مدیر دیسپچینگ», not a «مدیریت دیسپچینگ ...».
// A head noun alone that refers back to a body the report named counts
// too: «مدیر روابط عمومی شرکت» is the company's «مدیر روابط عمومی».
func (a *analysis) bodyAhead(j, k int) bool { return a.bodyAheadFrom(j, k, true) > j }

// bodyAheadAt returns where the body bodyAhead looks for starts, or -1.
func (a *analysis) bodyAheadAt(j, k int) int { return a.bodyAheadFrom(j, k, false) }

// bodyAheadFrom is bodyAheadAt; with bare, a head noun alone that refers
// back to a body named before it ends the post's words too.
func (a *analysis) bodyAheadFrom(j, k int, bare bool) int {
	ts := a.toks
	for m := j; m < len(ts) && m < j+maxRoleModifiers && m-k < maxRoleTokens; m++ {
		t := ts[m]
		if a.orgAt(m) != nil {
			return m
		}
		if bare && m > j && a.bareHeadAt(m) == 1 && a.recentOrgWithBareHead(t, m) != nil {
			return m
		}
		if m > j && t.key == keyOver && ts[m-1].key == keySupervision {
			continue // «نظارت بر توزیع گاز»: the object of «نظارت بر»
		}
		if m > j && t.key == keyAnd && m+1 < len(ts) && ts[m+1].key == keySupervision {
			continue // «هماهنگی و نظارت بر ...»: the post's fields joined
		}
		if t.punct || t.digit || t.sent != ts[k].sent || t.key == keyAnd || stopWords.has(t.key) || isVerbLike(t.key) ||
			t.key == keyProvince || t.key == keyCounty || t.key == keyCity || a.personCover[m] {
			return -1
		}
		if pn, _ := placeAt(ts, m); pn > 0 {
			return -1
		}
		if rn, _ := roleWords.at(ts, m); rn > 0 {
			return -1
		}
	}
	return -1
}

// personBeforeSpeech reports a person named in sentence s before the colon
// that opens a quotation («رئیس X گفت: ...»): persons named in what the
// speaker said do not name the speaker.
func (a *analysis) personBeforeSpeech(s int) bool {
	i, j := a.sentRange(s)
	for k := i; k < j; k++ {
		if a.toks[k].text == ":" {
			j = k
			break
		}
	}
	for _, p := range a.persons {
		if p.start >= i && p.start < j {
			return true
		}
	}
	return false
}

// postHeld reports a post whose holder the report names already: «الف،
// فرماندار X ... . فرماندار X نیز گفت» speaks of الف again.
func (a *analysis) postHeld(r roleRef) bool {
	for _, af := range a.affs {
		if sameBodyName(af.role.org, r.org) && firstWordKey(af.role.role) == firstWordKey(r.role) && !otherDeputy(af.role.role, r.role) {
			return true
		}
	}
	return false
}

// heldByOther reports a post of r's body and first word that the report
// gave another person than p before.
func (a *analysis) heldByOther(r roleRef, p *personMention) bool {
	for _, af := range a.affs {
		if !samePerson(af.person, p) && (sameBodyName(af.role.org, r.org) || r23bSameBodyUnplaced(af.role, r)) && firstWordKey(af.role.role) == firstWordKey(r.role) && !r25bOtherQualifiedPost(af.role.role, r.role) {
			return true
		}
	}
	return false
}

// sameBodyName reports two forms of one body's name that differ only by a
// generic place word: «اداره کل راه استان X» and «اداره کل راه X».
func sameBodyName(a, b string) bool {
	if persianKey(a) == persianKey(b) {
		return true
	}
	return a != "" && b != "" && equalWords(coreWords(a, ""), coreWords(b, ""))
}

// holdsOtherPost reports an affiliation of p found in another body than r's.
func (a *analysis) holdsOtherPost(p *personMention, r roleRef) bool {
	for _, af := range a.affs {
		// «معاون درمان» of the body is another post than its «رئیس».
		if !af.fromNow && samePerson(af.person, p) && (persianKey(af.role.org) != persianKey(r.org) || firstWordKey(af.role.role) != firstWordKey(r.role)) {
			return true
		}
	}
	return false
}

// gluedPost is a post of role_bodies.txt for gluedRole: its key, the post
// as listed and the prefix of the body it heads.
type gluedPost struct{ key, role, body string }

// gluedPosts are the posts of role_bodies.txt, longest key first, so that
// the first that fits is the longest (مدیرکل before مدیر).
var gluedPosts = func() []gluedPost {
	var out []gluedPost
	for k, b := range roleBodies.vals {
		out = append(out, gluedPost{key: k, role: roleBodies.keys[k], body: b})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].key) != len(out[j].key) {
			return len(out[i].key) > len(out[j].key)
		}
		return out[i].key < out[j].key
	})
	return out
}()

// gluedRole reads a post that heads a body typed together with its place
// («فرماندارتفت»، «شهردارمیبد»): the post as listed, the body's prefix
// and the place as listed.
func gluedRole(t token) (role, body, place string, ok bool) {
	if t.punct || t.digit {
		return "", "", "", false
	}
	for _, g := range gluedPosts {
		if len(g.key) >= len(t.key) || !strings.HasPrefix(t.key, g.key) {
			continue
		}
		rest := t.key[len(g.key):]
		p, found := cities.keys[rest]
		if !found {
			p, found = provinces.keys[rest]
		}
		if found {
			return g.role, g.body, p, true
		}
	}
	return "", "", "", false
}

func isGluedRole(t token) bool {
	_, _, _, ok := gluedRole(t)
	return ok
}

// maxModifierList bounds the words after a comma that a role's list of
// modifiers may hold before its «و».
const maxModifierList = 3

// modifierListAt reports plain words from i that go on, with «و», to one
// more plain word: the rest of a list «فنی، عمرانی و اقتصادی».
func (a *analysis) modifierListAt(i int) bool {
	ts := a.toks
	plain := func(m int) bool {
		if m >= len(ts) || m >= len(a.personCover) {
			return false
		}
		t := ts[m]
		if t.punct || t.digit || a.personCover[m] || a.orgAt(m) != nil || stopWords.has(t.key) || isVerbLike(t.key) {
			return false
		}
		if pn, _ := placeAt(ts, m); pn > 0 {
			return false
		}
		rn, _ := roleWords.at(ts, m)
		return rn == 0
	}
	for m := i; m < i+maxModifierList && plain(m); m++ {
		if m+2 < len(ts) && ts[m+1].key == keyAnd && plain(m+2) {
			return true
		}
	}
	return false
}

// endsNameAsPost reports a word of a post that ends a person's name: a
// noun of holding a post (سرپرستی، ریاست), a post typed with its place
// (فرماندارتفت), «به‌سمت» typed as one word.
func endsNameAsPost(t token) bool {
	return postNouns[t.key] != "" || t.key == keyToPost1 || t.key == keyToPost2 || isGluedRole(t)
}

// presentAfterPastPosts reads «X (که) پیش از این R1 BODY1 بوده و R2 BODY2
// است»: of two coordinated posts the first was held before, the second,
// closed by the present copula, is held now.
func (a *analysis) presentAfterPastPosts() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		k := p.end
		if k < len(ts) && (ts[k].key == keyWhich || isSeparator(ts[k].text)) {
			k++
		}
		k = a.skipBeforeWords(k)
		r := a.presentAfterPast(k)
		if r != nil && !a.hasAff(p, *r) {
			a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[p.start].sent, rule: "present-after-past"})
		}
	}
}

// skipBeforeWords returns the token after «پیش از این»، «قبلاً»، «سابقاً»
// at k, or k.
func (a *analysis) skipBeforeWords(k int) int {
	ts := a.toks
	if k+2 < len(ts) && ts[k].key == keyPastOf && ts[k+1].key == keyFrom && isDeterminer(ts[k+2].key) {
		return k + 3
	}
	if k < len(ts) && earlierWords[ts[k].key] {
		return k + 1
	}
	return k
}

// presentAfterPast returns the post R2 of «R1 BODY1 بوده (است) و R2 BODY2
// است» starting at k, else nil.
func (a *analysis) presentAfterPast(k int) *roleRef {
	ts := a.toks
	r1 := a.roleStartingAt(k)
	if r1 == nil || r1.org == "" || !wasAt(ts, r1.next) {
		return nil
	}
	j := r1.next + 1
	if j < len(ts) && ts[j].key == keyIs {
		j++
	}
	if j+1 >= len(ts) || ts[j].key != keyAnd || ts[j+1].sent != ts[k].sent {
		return nil
	}
	r2 := a.roleStartingAt(j + 1)
	if r2 == nil || r2.org == "" || r2.former || !a.presentCopulaAt(r2.next) {
		return nil
	}
	return r2
}

// enclosedRole reads a post with its body set off right after a name,
// opened at k by opener and closed by closer: «X (مدیرکل اداره کل Y)»،
// «X - R BODY - گفت». A single dash is a dateline's («سمنان - ایرنا -
// …»), so a dashed post must close with one too. Else it returns nil.
func (a *analysis) enclosedRole(k int, opener, closer string) *roleRef {
	ts := a.toks
	if k+1 >= len(ts) || ts[k].text != opener {
		return nil
	}
	r := a.roleStartingAt(k + 1)
	if r == nil || r.org == "" || r.former || r.next >= len(ts) || ts[r.next].text != closer {
		return nil
	}
	return r
}

// dashedName reports «R BODY - X - گفت» and «R BODY (X)»: the name p set
// off by two dashes or in brackets right after the post r.
func (a *analysis) dashedName(r *roleRef, p *personMention) bool {
	ts := a.toks
	if p.end >= len(ts) {
		return false
	}
	// «مدیرکل بهزیستی استان X (الف ب) گفت»: the name in brackets.
	return ts[r.next].text == "-" && ts[p.end].text == "-" || ts[r.next].text == "(" && ts[p.end].text == ")"
}

// bracketAliasAt returns the body named before token j with the word at
// j in brackets right after its name («سازمان توسعه و نوسازی معادن و
// صنایع معدنی ایران (ایمیدرو)»), else nil.
func (a *analysis) bracketAliasAt(j int) *orgMention {
	ts := a.toks
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end >= j {
			continue
		}
		if e := o.end; e+2 < len(ts) && ts[e].text == "(" && ts[e+2].text == ")" && ts[e+1].key == ts[j].key {
			return o
		}
	}
	return nil
}

// nationalHeadAt reports a body named with no place at token i whose post
// is held by someone other than the holders of the posts of the same body
// with a place: «الف، رئیس بنیاد مسکن انقلاب اسلامی و ب، مدیرکل بنیاد
// مسکن انقلاب اسلامی استان سمنان» names the national body and its
// provincial branch, two bodies. «الف، مدیرکل بنیاد مسکن استان سمنان …
// الف، رئیس بنیاد مسکن» is one body told in short.
func (a *analysis) nationalHeadAt(i int) bool {
	for _, af := range a.affs {
		if af.role.orgPlace != "" || af.role.org == "" || i <= af.role.start || i >= af.role.next {
			continue
		}
		if a.branchHeldByOther(af) && !a.countryFormNamed(af.role.org) {
			return true
		}
	}
	return false
}

// countryWords close the full name of a national body: «جمعیت هلال‌احمر
// کشور»، «شرکت ملی گاز ایران».
var countryWords = []string{persianKey("کشور"), persianKey("ایران")}

// countryFormNamed reports the body org named in full with a country word
// after it in the article: the short name is then that body's, as the
// assembly already finds.
func (a *analysis) countryFormNamed(org string) bool {
	key := persianKey(org)
	for _, o := range a.orgs {
		k := persianKey(o.name)
		for _, c := range countryWords {
			if k == key+c {
				return true
			}
		}
	}
	return false
}

// branchHeldByOther reports a post of another person in a body whose
// name is af's body's name with a place after it.
func (a *analysis) branchHeldByOther(af affMention) bool {
	key := persianKey(af.role.org)
	for _, bf := range a.affs {
		if bf.role.orgPlace == "" || samePerson(bf.person, af.person) || a.hasAffIn(af.person, bf.role.org) {
			continue
		}
		if k := persianKey(bf.role.org); len(k) > len(key) && strings.HasPrefix(k, key) && !deputyBesideHead(af.role.role, bf.role.role) && !r20CBoardBesideOther(af.role.role, bf.role.role) {
			return true
		}
	}
	return false
}

// hasAffIn reports a post of p in the body org.
func (a *analysis) hasAffIn(p *personMention, org string) bool {
	key := persianKey(org)
	for _, af := range a.affs {
		if samePerson(af.person, p) && persianKey(af.role.org) == key {
			return true
		}
	}
	return false
}

// recentOrgWithUnit returns the body named first before i (else first
// after it) whose name has the territorial unit's word unitKey after its
// head (دانشگاه آزاد اسلامی واحد X، آموزش و پرورش ناحیه ۲ X): «رئیس
// واحد» alone is the head of that unit.
func (a *analysis) recentOrgWithUnit(unitKey string, i int) *orgMention {
	var before, after *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		w := strings.Fields(o.name)
		has := false
		for _, s := range w[1:] {
			if persianKey(s) == unitKey {
				has = true
				break
			}
		}
		switch {
		case !has:
		case o.start < i:
			// The unit named first is the report's; bodies of it named
			// later (مرکز رشد واحد X) are its parts.
			if before == nil || o.start < before.start {
				before = o
			}
		case after == nil || o.start < after.start:
			after = o
		}
	}
	if before != nil {
		return before
	}
	return after
}

// unitBodyAt reads a territorial unit's word at j alone (رئیس واحد) or
// with the place the body's name gives it (رئیس واحد سنندج) as the body
// named before whose name has it, and returns that body and the token
// after the words read; nil when none is.
func (a *analysis) unitBodyAt(j int) (*orgMention, int) {
	ts := a.toks
	o := a.recentOrgWithUnit(ts[j].key, j)
	if o == nil {
		return nil, j
	}
	end := j + 1
	if end < len(ts) && (ts[end].digit || numberWords[ts[end].key] || gluedNumberHead(ts[j])) {
		return nil, j // «منطقه ۲/دو»: a numbered unit is one of several
	}
	if pn, _ := placeAt(ts, end); pn > 0 && ts[end].sent == ts[j].sent {
		if !strings.Contains(persianKey(o.name), persianKey(a.text(j, end+pn))) {
			return nil, j
		}
		return o, end + pn
	}
	if end < len(ts) && ts[end].sent == ts[j].sent && !isOrgStop(ts[end]) && ts[end].key != keyAnd && ts[end].text != "،" && !a.personCover[end] {
		return nil, j
	}
	return o, end
}

// companyByLastWord returns the company or organization named before j
// whose name's last word, one no common word or place, is the word at j
// standing alone at the end of a phrase (شرکت مادرتخصصی الف، then «معاون
// فنی الف»); nil otherwise.
func (a *analysis) companyByLastWord(j int) *orgMention {
	ts := a.toks
	t := ts[j]
	if t.punct || t.digit || stopWords.has(t.key) || commonWords.has(t.key) || isVerbLike(t.key) {
		return nil
	}
	if pn, _ := placeAt(ts, j); pn > 0 {
		return nil
	}
	if e := j + 1; e < len(ts) && ts[e].sent == t.sent && !isOrgStop(ts[e]) && ts[e].key != keyAnd && ts[e].text != "،" && !a.personCover[e] {
		return nil
	}
	var found *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start >= j {
			continue
		}
		w := strings.Fields(o.name)
		if len(w) < 3 || persianKey(w[len(w)-1]) != t.key {
			continue
		}
		if k := persianKey(w[0]); k != persianKey("شرکت") && k != persianKey("سازمان") {
			continue
		}
		found = o
	}
	return found
}

// listedPostsOfBodyBefore reads «الف معاون درمان دانشگاه، ب معاون
// آموزشی و ...»: in a list of holders, a post named with no body, whose
// first word is the post of the item before it, is in that item's body.
func (a *analysis) listedPostsOfBodyBefore() {
	ts := a.toks
	for ri := 1; ri < len(a.roles); ri++ {
		r, prev := a.roles[ri], a.roles[ri-1]
		if r.org != "" || r.former || prev.org == "" || prev.former || r.next >= len(ts) {
			continue
		}
		if ts[r.start].sent != ts[prev.start].sent || firstWordKey(r.role) != firstWordKey(prev.role) {
			continue
		}
		if e := ts[r.next]; !(e.text == "،" || e.key == keyAnd || isVerbLike(e.key) || stopWords.has(e.key)) {
			continue
		}
		p := a.personEndingAt(r.start)
		if p == nil || prev.next >= len(ts) || ts[prev.next].text != "،" || p.start != prev.next+1 && !(p.start == prev.next+2 && a.titleAt(prev.next+1) > 0) {
			continue
		}
		if q := a.personEndingAt(prev.start); q == nil || samePerson(q, p) || a.hasAnyAff(p) {
			continue
		}
		rr := r
		rr.org, rr.orgPlace = prev.org, prev.orgPlace
		a.affs = append(a.affs, affMention{person: p, role: rr, sent: ts[r.start].sent, rule: "listed-post-of-body-before"})
	}
}

// hasAnyAff reports an affiliation of p found already.
func (a *analysis) hasAnyAff(p *personMention) bool {
	for _, af := range a.affs {
		if samePerson(af.person, p) {
			return true
		}
	}
	return false
}

// academicGroupHead rewrites «مدیر گروه X (BODY)», the head of a
// department, as the post «مدیر گروه» of the body «گروه X (BODY)»: not
// a «مدیر» of «مدیریت گروه X», nor a post «مدیر گروه X» of BODY.
func (a *analysis) academicGroupHead(r *roleRef) {
	ts := a.toks
	k := r.start
	if k+2 >= len(ts) || ts[k].key != keyManager || ts[k+1].key != keyGroup || ts[k+1].sent != ts[k].sent {
		return
	}
	words := strings.Fields(r.role)
	if a.orgCover[k+1] {
		// the department is a body found already: «مدیر» of «گروه X».
		if len(words) == 1 && strings.HasPrefix(r.org, "گروه ") {
			r.role = "مدیر گروه"
		}
		return
	}
	switch {
	case len(words) == 1 && strings.HasPrefix(r.org, managementOf+" گروه "):
		r.org = strings.TrimPrefix(r.org, managementOf+" ")
	case len(words) > 2 && persianKey(words[1]) == keyGroup:
		r.org = strings.TrimSpace(strings.Join(words[1:], " ") + " " + r.org)
	default:
		return
	}
	r.role = "مدیر گروه"
}

var (
	keyOver        = persianKey("بر")
	keySupervision = persianKey("نظارت")
)
