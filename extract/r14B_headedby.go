package extract

import "strings"

// headingNouns are the nouns of heading a body told after it, with the
// post of the one they name: «اداره X با ریاست Y»، «شرکت X با مدیریت Y».
var headingNouns = map[string]string{
	persianKey("ریاست"):    "رئیس",
	persianKey("سرپرستی"):  "سرپرست",
	persianKey("مدیریت"):   "مدیر",
	persianKey("فرماندهی"): "فرمانده",
}

// convenedWords are the verbs' nouns of a body that meets («شورای X به
// ریاست Y تشکیل شد»): then Y chairs one session, and may hold another
// post (the governor who chairs a county's council).
var convenedWords = keySet("برگزار", "تشکیل")

// headedByAffiliations reads «BODY با/به ریاست Y» where the body opens
// its clause and Y is named at once: «اداره تبلیغات شهرستان X با ریاست
// حجت‌الاسلام Y، طرح ... را اجرا می‌کند» — Y is the body's head. A body
// told after an event's noun («جلسه شورای X به ریاست Y») is the body of a
// session Y chairs, and so is one that is convened in the sentence; a
// name set off before its own post («با ریاست Y، معاون ...») holds that
// post, read by the apposition rules.
func (a *analysis) headedByAffiliations() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyWith && ts[k].key != keyTo {
			continue
		}
		role := headingNouns[ts[k+1].key]
		if role == "" || ts[k+2].sent != ts[k].sent {
			continue
		}
		o := a.orgEndingAt(k)
		if o == nil || !a.opensClause(o.start) {
			continue
		}
		p := a.personStartingAt(k + 2)
		if p == nil {
			continue
		}
		e := p.end
		if e < len(ts) && ts[e].sent == ts[k].sent && (ts[e].text == "،" || ts[e].text == ",") {
			e++
		}
		if e < len(ts) && ts[e].sent == ts[k].sent && roleWordsAt(ts, e) > 0 {
			continue
		}
		if a.convenedIn(ts[k].sent) {
			continue
		}
		r := roleRef{start: k, next: p.start, role: role, org: o.name, orgPlace: o.place}
		if !a.hasAff(p, r) {
			a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "body-headed-by"})
		}
	}
}

// orgEndingAt returns the longest body mention ending right before token
// k, or nil.
func (a *analysis) orgEndingAt(k int) *orgMention {
	var best *orgMention
	for i := range a.orgs {
		o := &a.orgs[i]
		if o.end == k && (best == nil || o.start < best.start) {
			best = o
		}
	}
	return best
}

// opensClause reports a token that opens its sentence, or follows a colon
// or a comma that ends a short lead-in («وی افزود: BODY ...»).
func (a *analysis) opensClause(i int) bool {
	ts := a.toks
	if i == 0 || ts[i-1].sent != ts[i].sent {
		return true
	}
	t := ts[i-1].text
	return t == ":" || t == "،" || t == ","
}

// convenedIn reports a verb of meeting («برگزار»، «تشکیل») in sentence s.
func (a *analysis) convenedIn(s int) bool {
	lo, hi := a.sentRange(s)
	for j := lo; j < hi; j++ {
		if convenedWords[a.toks[j].key] {
			return true
		}
	}
	return false
}

// trusteeBoardAffiliations reads a post of a board of trustees of a
// religious site («رئیس هیئت امنای مسجد جامع X»، «... این مسجد») both
// ways: the post «رئیس هیئت امنا» in the site, and the post «رئیس» in
// the board, «هیئت امنای مسجد جامع X», a body of its own as the site has
// no head but its board. Reports name either, and so does their gold.
// The board of another body («عضو هیئت امنای دانشگاه X») is part of
// the post only.
//
// The board of a university or another body, written out in a member's
// post («عضو هیئت‌امنای دانشگاه X»), is listed as a body too: the post
// stays the university's.
func (a *analysis) trusteeBoardAffiliations() {
	for i, n := 0, len(a.affs); i < n; i++ {
		af := a.affs[i]
		if trusteeBoardOf(&af.role) && !a.hasAff(af.person, af.role) {
			af.rule = "trustee-board"
			a.affs = append(a.affs, af)
			continue
		}
		if board := trusteeBoardInPost(af.role.role); board != "" && af.role.org != "" {
			a.orgs = append(a.orgs, orgMention{start: af.role.start, end: af.role.next, name: board + " " + af.role.org, head: "هیئت", place: af.role.orgPlace})
		}
	}
}

// trusteeBoardInPost returns the words of a board of trustees a post
// names after its first word («هیئت‌امنای» of «عضو هیئت‌امنای»), or "".
func trusteeBoardInPost(role string) string {
	words := strings.Fields(role)
	if i, n := trusteeBoardSpan(words); n > 0 {
		return strings.Join(words[i:i+n], " ")
	}
	return ""
}

// trusteeBoardSpan returns where the board of trustees starts among a
// post's words after its first, and how many words it has (one,
// «هیئت‌امنای», or two, «هیئت امنای»); 0 words when there is none.
func trusteeBoardSpan(words []string) (int, int) {
	for i := 1; i < len(words); i++ {
		k := persianKey(words[i])
		if trusteeBoardNoun(k) {
			return i, 1
		}
		if i+1 < len(words) && boardHeads[k] && strings.HasPrefix(persianKey(words[i+1]), "امنا") {
			return i, 2
		}
	}
	return 0, 0
}

// trusteeBoardOf rewrites a post of the board of trustees of a religious
// site as the post in the board, and reports whether it did.
func trusteeBoardOf(r *roleRef) bool {
	if r.org == "" || !trusteeBodies[firstWordKey(r.org)] {
		return false
	}
	words := strings.Fields(r.role)
	i, n := trusteeBoardSpan(words)
	if n == 0 {
		return false
	}
	r.org = strings.Join(words[i:], " ") + " " + r.org
	r.role = strings.Join(words[:i], " ")
	return true
}

// boardHeads are the spellings of «هیئت» that open a board's name.
var boardHeads = keySet("هیئت", "هیات", "هیأت")

// provincesPlural are «استان‌های/استان‌ها», the provinces a national
// body's department serves.
var provincesPlural = keySet("استان‌های", "استانهای", "استان‌ها", "استانها")

// nationalDepartmentOf rewrites «مدیر امور شعب استان‌های بانک X», read as
// the head of «مدیریت امور شعب استان‌های بانک X»: a department of the
// national body serving all the provinces is no body of its own, so the
// post is «مدیر امور شعب استان‌ها» and the body is «بانک X».
func nationalDepartmentOf(r *roleRef) {
	if persianKey(r.role) != keyManager {
		return
	}
	words := strings.Fields(r.org)
	if len(words) < 4 || persianKey(words[0]) != keyManagement {
		return
	}
	for i := 2; i+1 < len(words); i++ {
		if provincesPlural[persianKey(words[i])] {
			if !headedWords(words[i+1:]) {
				return
			}
			r.role = r.role + " " + strings.Join(words[1:i+1], " ")
			r.org, r.orgPlace = strings.Join(words[i+1:], " "), ""
			return
		}
	}
}

// headedWords reports words that open with a listed head noun of one to
// three words («بانک ملت»، «سازمان X»).
func headedWords(words []string) bool {
	for n := min(3, len(words)); n >= 1; n-- {
		if headNouns.has(persianKey(strings.Join(words[:n], " "))) {
			return true
		}
	}
	return false
}

// inGuestList reports a name p told in a list of guests with their posts
// and no comma before its own post at k: «الف R1 BODY1، ب R2 BODY2 و R3
// BODY3 حضور داشتند». The item before ends with a post's body right before
// the comma, so «و R3 BODY3» after p's post is the list's last item,
// another guest, where «ب، R2 BODY2 و R3 BODY3» gives both posts to ب.
// A list that goes on after the coordinated post («... و فرماندار X، ج
// R4 ...») joins its items with commas, so there «و» joins two posts of
// one guest; next is the token after the coordinated post.
func (a *analysis) inGuestList(p *personMention, k, next int) bool {
	ts := a.toks
	if k != p.end || p.start < 2 || ts[p.start-1].text != "،" {
		return false
	}
	if next < len(ts) && ts[next].sent == ts[k].sent && (ts[next].text == "،" || ts[next].text == ",") {
		return false
	}
	if a.r22aNamedItemAfter(next) {
		return false // «... و R3 BODY3 و ج R4 ...»: the last item is ج's
	}
	for ri := range a.roles {
		if r := &a.roles[ri]; r.next == p.start-1 && r.org != "" && a.personEndingAt(r.start) != nil {
			return true
		}
	}
	return false
}

// otherDeputy reports two posts of one first word that both name their
// field and name different ones: «معاون مالی و اقتصادی» and «معاون
// شهرسازی و معماری» of one municipality are two deputies, two holders.
func otherDeputy(r1, r2 string) bool {
	w1, w2 := strings.Fields(r1), strings.Fields(r2)
	return len(w1) > 1 && len(w2) > 1 && persianKey(r1) != persianKey(r2)
}
