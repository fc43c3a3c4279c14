package extract

import "strings"

var (
	keyVillage   = persianKey("روستا")
	villageOfKey = "روستای"
)

// r17bThisVillageBody reads «دهیار این روستا»: a post heading a body of
// its own (role_bodies.txt) right before «این روستا» is that body of the
// village named last before it («... روستای X ...»), «دهیاری روستای X».
// It reports whether it named the body.
func (a *analysis) r17bThisVillageBody(r *roleRef, bodyRole, bodyRoleEnd int) bool {
	ts := a.toks
	j := bodyRoleEnd
	if j+1 >= len(ts) || !isDeterminer(ts[j].key) || ts[j+1].key != keyVillage || ts[j+1].sent != ts[bodyRole].sent {
		return false
	}
	_, prefix := roleBodies.at(ts, bodyRole)
	if prefix == "" {
		return false
	}
	village := ""
	best := -1
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end > bodyRole || o.start <= best {
			continue
		}
		if i := strings.LastIndex(o.name, villageOfKey+" "); i >= 0 && (i == 0 || o.name[i-1] == ' ') {
			village, best = o.name[i:], o.start
		}
	}
	if village == "" {
		return false
	}
	r.org, r.orgPlace, r.next = prefix+" "+village, strings.TrimSpace(strings.TrimPrefix(village, villageOfKey)), j+2
	r.role = strings.TrimSpace(a.text(r.start, bodyRoleEnd))
	return true
}
