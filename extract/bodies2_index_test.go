package extract

import (
	"strings"
	"testing"
)

// TestRecentOrgWithHeadIndexed checks the indexed search for the body of
// a head noun named nearest a token against a plain scan of every body,
// on a long made-up page naming many bodies under a few heads.
func TestRecentOrgWithHeadIndexed(t *testing.T) {
	var b strings.Builder
	for k := 0; k < 30; k++ {
		b.WriteString("نماینده اداره کل تعاون روستایی استان سمنان و شرکت فولاد کویر شاهرود و ")
		b.WriteString("دانشکده فنی دانشگاه سمنان در این اداره کل حضور داشتند. ")
	}
	a := newAnalysis(0, Article{Lines: []string{b.String()}})
	a.run()
	if len(a.orgs) < 60 {
		t.Fatalf("found %d bodies, want many", len(a.orgs))
	}
	plain := func(headKey string, i int) *orgMention {
		var before, after *orgMention
		for k := range a.orgs {
			o := &a.orgs[k]
			if o.end-o.start < 2 || persianKey(o.head) != headKey {
				continue
			}
			if o.start < i {
				if before == nil || o.start > before.start || o.start == before.start && o.end > before.end {
					before = o
				}
			} else if after == nil {
				after = o
			}
		}
		if before != nil {
			return before
		}
		return after
	}
	for _, head := range []string{"اداره کل", "شرکت", "دانشکده", "دانشگاه", "بانک"} {
		key := persianKey(head)
		for i := 0; i <= len(a.toks); i++ {
			if got, want := a.recentOrgWithHead(key, i), plain(key, i); got != want {
				t.Fatalf("head %s at token %d: got %v, want %v", head, i, got, want)
			}
		}
	}
}
