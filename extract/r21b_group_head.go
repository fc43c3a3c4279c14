package extract

import "strings"

// r21bGroupHeadAppointed gives back to an appointment of a department's
// head («به سمت مدیر گروه X دانشکده/معاونت Y منصوب شد») the post as
// written, «مدیر گروه X», in the parent body Y that names it: the
// newer sets' convention for one appointed there (train16's README). A
// head named in passing («دکتر الف مدیر گروه X دانشکده Y گفت») stays
// «مدیر گروه» of «گروه X Y» (academicGroupHead), and so does one of a
// department the page names on its own too, a body of its own there
// («گروه X Y کارگاهی برگزار می‌کند»).
func (a *analysis) r21bGroupHeadAppointed(r *roleRef) {
	if r.role != "مدیر گروه" || !strings.HasPrefix(r.org, "گروه ") {
		return
	}
	ts := a.toks
	// «مدیر گروه X PARENT»: the parent is a body of its own, named at
	// the end of the department's name.
	for j := r.start + 3; j < r.next && ts[j].sent == ts[r.start].sent; j++ {
		if o := a.orgAt(j); o != nil && o.start == j && o.end == r.next {
			if a.r21bGroupOnItsOwn(r, j) {
				return
			}
			r.role, r.org, r.orgPlace = "مدیر "+a.text(r.start+1, j), o.name, o.place
			return
		}
	}
}

// r21bGroupOnItsOwn reports the department of r («گروه X ...», its
// first words after «گروه» up to the parent at j) written in the page
// outside a «مدیر گروه» phrase too, a body of its own there.
func (a *analysis) r21bGroupOnItsOwn(r *roleRef, j int) bool {
	ts := a.toks
	g := r.start + 1
	n := j - g
	for p := 1; p+n <= len(ts); p++ {
		if p == g || ts[p].key != keyGroup || ts[p-1].key == keyManager {
			continue
		}
		same := true
		for d := 1; d < n && same; d++ {
			same = ts[p+d].key == ts[g+d].key
		}
		if same {
			return true
		}
	}
	return false
}
