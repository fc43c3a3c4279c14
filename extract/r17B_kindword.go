package extract

import "github.com/peyvand/peyvand/persian"

// kindWordHeads are the heads of a body's name that a word of its kind
// follows: «مؤسسه خیریه X»، «شرکت تعاونی X»، «انجمن خیریه X».
var kindWordHeads = keySet("مؤسسه", "موسسه", "شرکت", "انجمن", "بنیاد")

// r17bBodyOfKindWord returns the body named last before token i whose
// name is a generic head and then the word key, its kind: «این خیریه»
// for «مؤسسه خیریه X» when no body is headed by «خیریه» itself. Else
// nil.
func (a *analysis) r17bBodyOfKindWord(key string, i int) *orgMention {
	var best *orgMention
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end > i {
			continue
		}
		w := persian.Words(o.name)
		if len(w) < 3 || !kindWordHeads[persianKey(w[0])] || persianKey(w[1]) != key {
			continue
		}
		if best == nil || o.start > best.start {
			best = o
		}
	}
	return best
}
