package extract

// Lists of several persons and their posts told in one sentence (round
// 20, tuner A).

// r20aPresidiumKeys are the keys of «هیئت رئیسه», the presidium of a
// council or an assembly, in its spellings. Its posts (رئیس، نایب‌رئیس،
// منشی، خزانه‌دار) are the council's own: «منشی هیئت رئیسه شورای X» is
// a secretary of the council X.
var r20aPresidiumKeys = keySet("هیئت‌رئیسه", "هیات‌رئیسه", "هیأت‌رئیسه", "هئیت‌رئیسه")

// r20aPresidiumAt returns the token after «هیئت رئیسه» at v, one token
// or two, or v when none stands there.
func r20aPresidiumAt(ts []token, v int) int {
	if v < len(ts) && r20aPresidiumKeys[ts[v].key] {
		return v + 1
	}
	if v+1 < len(ts) && ts[v+1].sent == ts[v].sent && r20aPresidiumKeys[ts[v].key+ts[v+1].key] {
		return v + 2
	}
	return v
}

// r20aPresidiumBody reads the presidium named after the last of a list of
// posts, at v: «... و ج به ترتیب نایب‌رئیس، منشی اول و منشی دوم هیئت
// رئیسه شورای اسلامی شهر X شدند». It returns the council the presidium
// belongs to (the body named after it, else for «هیئت رئیسه (شورا)» the
// body the sentence or the one before names) and the token after the
// phrase; nil when no presidium stands at v.
func (a *analysis) r20aPresidiumBody(v int, last roleRef) (*orgMention, int) {
	ts := a.toks
	e := r20aPresidiumAt(ts, v)
	if e == v || e >= len(ts) || ts[e].sent != ts[v].sent {
		return nil, v
	}
	if o := a.orgAt(e); o != nil {
		return o, o.end
	}
	end := e
	if headNouns.has(ts[e].key) {
		end++ // «منشی هیئت رئیسه شورا شدند»
	}
	if o := a.listBody(v, last); o != nil {
		return o, end
	}
	return nil, v
}

// r20aPresidiumPosts gives the last of a list of posts with no body of its
// own the council of the presidium named after it («به ترتیب به عنوان
// نایب‌رئیس و منشی هیئت رئیسه شورای X انتخاب شدند»), so that the bare
// posts before it take that council too.
func (a *analysis) r20aPresidiumPosts(posts []roleRef) {
	last := &posts[len(posts)-1]
	if last.org != "" {
		return
	}
	if o, _ := a.r20aPresidiumBody(last.next, *last); o != nil {
		last.org, last.orgPlace = o.name, o.place
	}
}

// r20aPresidiumRole reads at t a post with no body of its own followed by
// a presidium («منشی هیئت رئیسه شورای X»): the post, in the council.
func (a *analysis) r20aPresidiumRole(t int) (roleRef, bool) {
	r, ok := a.roleAt(t)
	if !ok || r.org != "" || r.former {
		return roleRef{}, false
	}
	o, _ := a.r20aPresidiumBody(r.next, r)
	if o == nil {
		return roleRef{}, false
	}
	r.org, r.orgPlace = o.name, o.place
	return r, true
}
