package extract

import "github.com/peyvand/peyvand/persian"

// r20bFormNamedAtEnd reports a short name e one of whose joined forms is
// named whole at the end of f as f's parent (parentNamedAtEnd): «اداره کل
// X یزد», told from a post, has joined «اداره کل X استان یزد», and
// «اداره نظارت بر Y اداره کل X استان یزد» is an office inside that
// directorate, not a fuller form of it.
func r20bFormNamedAtEnd(e, f *orgEnt) bool {
	for _, form := range e.forms {
		if parentNamedAtEnd(&orgEnt{name: form, key: persianKey(form)}, f) {
			return true
		}
	}
	return false
}

// r20bSkipDayAdjunct returns the token after a date adjunct at j between
// a charge's body and «به X سپرده شد»: a relative day of two words («روز
// گذشته»، «شب گذشته»)، «به تازگی» written apart, else the adjuncts
// r18aSkipDateAdjunct reads.
func (a *analysis) r20bSkipDayAdjunct(j int) int {
	ts := a.toks
	if j+2 < len(ts) && ts[j+1].sent == ts[j].sent {
		if _, ok := relativeDayPairs[[2]string{ts[j].key, ts[j+1].key}]; ok {
			return j + 2
		}
		if ts[j].key == keyTo && r18aRecently[persianKey("به‌"+ts[j+1].text)] {
			return j + 2 // «به تازگی» written apart
		}
	}
	return a.r18aSkipDateAdjunct(j)
}

// r20bSpeechAfterPost reports a post that goes on with a speech right
// after it, the speech opening with a colon («استاندار X افزود: ...»،
// «... ادامه داد: ...»): the persons the sentence names after the colon
// are in the speech, not in apposition to the post.
func (a *analysis) r20bSpeechAfterPost(r *roleRef) bool {
	ts := a.toks
	k := r.next
	if k >= len(ts) || !goOnVerbs[ts[k].key] && !a.r20bSaidAfterPost(r) || ts[k].key == keyAlso2Speech {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+2 && ts[j].sent == ts[k].sent; j++ {
		if ts[j].text == ":" {
			return true
		}
	}
	return false
}

// keyAlso2Speech is «همچنین» of goOnVerbs, a connective, not a verb of
// speech.
var keyAlso2Speech = persianKey("همچنین")

// r20bSpeechActs are the words of a speech act told without a verb of
// saying: «X خواستار تسریع ... شد» (he called for), «X یادآور شد»: the
// sentence is X's speech as much as «X گفت».
var r20bSpeechActs = keySet("خواستار", "یادآور")

// r20bChargeAsTitle reads «به عنوان ROLE» at j between a charge's body
// and «به X سپرده شد» («مسئولیت مرکز X به‌عنوان سرپرست به الف سپرده
// شد»): the post the charge is held in, a post of no body of its own. It
// returns the token after it, else j.
func (a *analysis) r20bChargeAsTitle(j int, r *roleRef) int {
	t := asTitleAt(a.toks, j)
	if t < 0 {
		return j
	}
	rr, ok := a.roleAt(t)
	if !ok || rr.org != "" || rr.next <= t || rr.former {
		return j
	}
	r.role = rr.role
	return rr.next
}

// r20bMaxSlashPlace bounds the words of the place after «OUTLET/».
const r20bMaxSlashPlace = 3

// r20bAfterSlashDateline reports a token k right after a dateline
// written «OUTLET/PLACE» at its sentence's start («ایسنا/خراسان شمالی R
// BODY ... بازدید کرد»): the post after it opens the sentence as after
// «شهر- OUTLET-».
func (a *analysis) r20bAfterSlashDateline(k int) bool {
	ts := a.toks
	lo, _ := a.sentRange(ts[k].sent)
	if k-lo < 3 || k-lo-2 > r20bMaxSlashPlace || ts[lo+1].text != "/" {
		return false
	}
	if n, _ := outlets.at(ts, lo); n != 1 {
		return false
	}
	n, _ := placeAt(ts, lo+2)
	return n == k-lo-2
}

// r20bPronounCoordinatedPosts adds the posts joined by «و» to the post r
// told of p through a pronoun, when a present copula closes them («او
// عضو هیئت‌مدیره و معاون امداد جمعیت X است»): each is p's.
func (a *analysis) r20bPronounCoordinatedPosts(p *personMention, r roleRef, sent int) {
	coord := a.coordinatedPosts(r)
	if len(coord) == 0 || !a.presentCopulaAt(coord[len(coord)-1].next) {
		return
	}
	for _, c := range coord {
		if !a.hasAff(p, c) {
			a.affs = append(a.affs, affMention{person: p, role: c, sent: sent, rule: "pronoun-then-role-coordinated"})
		}
	}
}

// r20bSaidAfterPost reports «R BODY گفت: ...», the post right before the
// verb of saying and its colon: a speaker told by his post alone, who
// goes on from the unposted one named before (postsOfSpeakersBefore
// asks that one to hold no post at all).
func (a *analysis) r20bSaidAfterPost(r *roleRef) bool {
	ts := a.toks
	k := r.next
	return k+1 < len(ts) && ts[k].key == keyToldVerb && ts[k+1].text == ":"
}

// r20bUnitHeads head the units a body sets up inside it (its committee,
// working group, commission, headquarters, secretariat): a deputy of a
// field coordinated with the unit's head post is the body's deputy.
var r20bUnitHeads = keySet("کمیته", "کارگروه", "کمیسیون", "ستاد", "دبیرخانه")

// r20bDeputyPosts are the posts of a body's own hierarchy that a unit
// inside it has none of.
var r20bDeputyPosts = keySet("معاون", "مدیرعامل", "مدیرکل")

// r20bParentOfUnit returns, for a bare post r coordinated with next
// («معاون فنی و رئیس کمیته پدافند غیرعامل شرکت X»), the body the unit of
// next's body is named inside («شرکت X»): the deputy is the company's,
// not the committee's. It returns nil for any other post or body.
func (a *analysis) r20bParentOfUnit(r, next roleRef) *orgMention {
	if !r20bDeputyPosts[firstWordKey(r.role)] || !r20bUnitHeads[firstWordKey(next.org)] {
		return nil
	}
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end != next.next || persianKey(o.name) != persianKey(next.org) {
			continue
		}
		if _, in := a.heldBody(o, o.start+2); in != nil {
			return in
		}
		return nil
	}
	return nil
}

// r20bDirectorGeneralPost is the post of «ریاست/مسئولیت اداره کل X»: a
// directorate general is headed by its «مدیرکل» (as «مسئولیت اداره کل X
// به الف سپرده شد» reads in chargeClauses), else the post the noun names
// («مدیریت اداره کل X» keeps its «مدیر», the same head).
func r20bDirectorGeneralPost(role, org string) string {
	if role != "رئیس" && role != "مسئول" {
		return role
	}
	if w := persian.Words(org); len(w) > 1 && persianKey(w[0]) == keyOfficeHead && persianKey(w[1]) == keyGeneralWord {
		return "مدیرکل"
	}
	return role
}
