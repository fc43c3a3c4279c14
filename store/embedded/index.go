package embedded

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// posting is one node's entry under a search key.
type posting struct {
	id string
	// start: the key begins at the start of the name or an alias (not at
	// a later word).
	start bool
	// name, alias: the key is the whole name, or a whole alias.
	name, alias bool
}

// searchIndex finds nodes by a prefix of their names. Every name and alias
// is indexed under its key from each word boundary on (دکتر کاوه رستمی‌فر
// gives کاوهرستمیفر, رستمیفر and فر), so that a prefix typed with a
// space, a non-joiner or nothing between the parts finds the same names.
type searchIndex struct {
	postings map[string][]posting
	keysOf   map[string][]string // node ID → its keys, to unindex it
	sorted   []string            // keys in order; may hold keys since removed
	pending  []string            // keys added since sorted was built
}

func newSearchIndex() *searchIndex {
	return &searchIndex{postings: map[string][]posting{}, keysOf: map[string][]string{}}
}

func (ix *searchIndex) remove(id string) {
	for _, k := range ix.keysOf[id] {
		ps := slices.DeleteFunc(ix.postings[k], func(p posting) bool { return p.id == id })
		if len(ps) == 0 {
			delete(ix.postings, k)
		} else {
			ix.postings[k] = ps
		}
	}
	delete(ix.keysOf, id)
}

// put indexes n, replacing what was indexed for it before. Merged nodes
// are not searchable.
func (ix *searchIndex) put(n *peyvand.Node) {
	ix.remove(n.ID)
	if n.MergedInto != "" {
		return
	}
	var keys []string
	// remove dropped every earlier posting of n, so a key already posted
	// for n was posted by this call: find it here, not by scanning the
	// key's postings, which for a common surname are many.
	mine := map[string]int{}
	add := func(name string, alias bool) {
		for i, k := range persian.BoundaryKeys(name) {
			p := posting{id: n.ID, start: i == 0, name: i == 0 && !alias, alias: i == 0 && alias}
			ps := ix.postings[k]
			if j, ok := mine[k]; ok {
				// One posting a node a key, with what every source of the
				// key says about it.
				ps[j].start = ps[j].start || p.start
				ps[j].name = ps[j].name || p.name
				ps[j].alias = ps[j].alias || p.alias
				continue
			}
			if len(ps) == 0 {
				ix.pending = append(ix.pending, k)
			}
			mine[k] = len(ps)
			ix.postings[k] = append(ps, p)
			keys = append(keys, k)
		}
	}
	add(n.Name, false)
	for _, a := range n.Aliases {
		add(a, true)
	}
	ix.keysOf[n.ID] = keys
}

// compact folds pending keys into sorted.
func (ix *searchIndex) compact() {
	if len(ix.pending) == 0 {
		return
	}
	sort.Strings(ix.pending)
	merged := make([]string, 0, len(ix.sorted)+len(ix.pending))
	i, j := 0, 0
	for i < len(ix.sorted) || j < len(ix.pending) {
		var k string
		if j >= len(ix.pending) || (i < len(ix.sorted) && ix.sorted[i] <= ix.pending[j]) {
			k, i = ix.sorted[i], i+1
		} else {
			k, j = ix.pending[j], j+1
		}
		if _, live := ix.postings[k]; !live {
			continue
		}
		if n := len(merged); n > 0 && merged[n-1] == k {
			continue
		}
		merged = append(merged, k)
	}
	ix.sorted, ix.pending = merged, nil
}

// scan calls f for every posting under a key that starts with prefix.
func (ix *searchIndex) scan(prefix string, f func(key string, p posting)) {
	i := sort.SearchStrings(ix.sorted, prefix)
	for ; i < len(ix.sorted) && strings.HasPrefix(ix.sorted[i], prefix); i++ {
		k := ix.sorted[i]
		for _, p := range ix.postings[k] {
			f(k, p)
		}
	}
}

// search scores the nodes whose names match text (see peyvand.Query.Text).
// The caller holds at least a read lock and has compacted the index.
func (ix *searchIndex) search(text string) map[string]float64 {
	bare, _ := persian.SplitTitles(text)
	var words []string
	for _, w := range persian.Words(bare) {
		if !persian.IsTitle(w) {
			words = append(words, persian.Squash(w))
		}
	}
	q := strings.Join(words, "")
	scores := map[string]float64{}
	if q == "" {
		return scores
	}
	better := func(id string, s float64) {
		if s > scores[id] {
			scores[id] = s
		}
	}
	qlen := float64(len([]rune(q)))
	ix.scan(q, func(k string, p posting) {
		cov := qlen / float64(len([]rune(k)))
		switch {
		case k == q && p.name:
			better(p.id, 1)
		case k == q && p.alias:
			better(p.id, 0.95)
		case p.start:
			better(p.id, 0.7+0.2*cov)
		default:
			better(p.id, 0.5+0.2*cov)
		}
	})
	if len(words) < 2 {
		return scores
	}
	// Every word of the query a prefix of some word of the name, in any
	// order: «کانون بسیج میناب».
	var common map[string]bool
	for _, w := range words {
		hit := map[string]bool{}
		ix.scan(w, func(_ string, p posting) {
			if common == nil || common[p.id] {
				hit[p.id] = true
			}
		})
		common = hit
		if len(common) == 0 {
			break
		}
	}
	for id := range common {
		better(id, 0.3+0.1*float64(len(words))/float64(len(words)+1))
	}
	return scores
}

// containsFold reports whether the squashed form of any of names contains
// the squashed needle.
func containsFold(needle string, names ...string) bool {
	for _, n := range names {
		if strings.Contains(persian.Squash(n), needle) {
			return true
		}
	}
	return false
}

// sortKey orders names alphabetically as a Persian reader would expect
// after normalization.
func sortKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == persian.ZWNJ {
			return ' '
		}
		return r
	}, persian.Normalize(name))
}
