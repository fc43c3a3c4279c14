package explore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
)

// Kinds of Issue in a succession chain.
const (
	// IssueGap: nobody is known to have held the post between two tenures.
	IssueGap = "GAP"
	// IssueOverlap: a tenure begins before the one before it ended.
	IssueOverlap = "OVERLAP"
	// IssueUndated: a tenure has neither a start nor an end date, so its
	// place in the chain rests on handover links alone, or is unknown.
	IssueUndated = "UNDATED"
)

// Issue is something a succession chain does not settle: a gap, an overlap
// or an undated tenure. Reporting them, rather than smoothing them over,
// tells a journalist where the record needs checking.
type Issue struct {
	Kind string `json:"kind"`
	// Role is the post the issue is in, as the later tenure writes it.
	Role string `json:"role"`
	// TenureIDs are the tenures concerned: the earlier and the later one of
	// a gap or an overlap, or the one undated tenure.
	TenureIDs []string `json:"tenureIds"`
	// From and To are the first and last day of a gap or an overlap
	// (ISO YYYY-MM-DD), and Days its length; empty and zero when undated.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	Days int    `json:"days,omitempty"`
}

// chainLink is a tenure with what ordering it needs.
type chainLink struct {
	t      *peyvand.Tenure
	role   string // squashed post title
	key    time.Time
	dated  bool // key comes from the tenure's own dates
	keyed  bool // key is known, from its own dates or its neighbours'
	before []int
	nPred  int
}

// AppointmentHistory returns the holders of post role in organization orgID,
// in time order, with the gaps, overlaps and undated tenures of the chain.
// Roles match the way a Persian reader matches them (letter forms, spacing
// and the non-joiner ignored); an empty role returns every post of the body,
// ordered together, with issues found within each post.
//
// Tenures are ordered by their start (or, lacking one, end) dates. A handover
// a report names — a tenure's PredecessorID or SuccessorID, or a SUCCEEDED
// edge — puts the outgoing holder first even when neither tenure is dated;
// an undated tenure so linked takes its place next to its dated neighbour.
// Tenures with no dates and no links come last.
func AppointmentHistory(ctx context.Context, st peyvand.Store, orgID, role string) ([]*peyvand.Tenure, []Issue, error) {
	chain, err := succession(ctx, st, orgID, role)
	if err != nil {
		return nil, nil, err
	}
	out := make([]*peyvand.Tenure, len(chain))
	for i, l := range chain {
		out[i] = l.t
	}
	return out, chainIssues(chain), nil
}

// Holders returns who held post role of organization orgID on the day of at
// (role matched as in AppointmentHistory; empty for every post). A tenure
// counts from its start date — or, lacking one, from the end of the tenure
// before it in the chain — to its end date — or, lacking one, until the next
// tenure of the post starts, and to this day when it is the last. A tenure
// whose beginning cannot be placed is not counted. Dates of month or year
// precision count for the whole month or year, except that such an end gives
// way to a successor who started within it.
func Holders(ctx context.Context, st peyvand.Store, orgID, role string, at time.Time) ([]*peyvand.Tenure, error) {
	chain, err := succession(ctx, st, orgID, role)
	if err != nil {
		return nil, err
	}
	day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
	var out []*peyvand.Tenure
	for _, post := range byRole(chain) {
		for i, l := range post {
			first, ok := tenureFrom(post, i)
			if !ok || day.Before(first) {
				continue
			}
			next, hasNext := time.Time{}, false
			if i+1 < len(post) {
				next, _, hasNext = span(post[i+1].t.Start)
			}
			if first, last, ok := span(l.t.End); ok {
				// An end known to the month or year gives way to a successor
				// who started within that month or year.
				if hasNext && next.After(first) && !next.After(last) {
					last = next.AddDate(0, 0, -1)
				}
				if day.After(last) {
					continue
				}
			} else if hasNext && !day.Before(next) {
				continue
			}
			out = append(out, l.t)
		}
	}
	return out, nil
}

// tenureFrom returns the first day tenure i of a post's chain counts from.
func tenureFrom(post []*chainLink, i int) (time.Time, bool) {
	if first, _, ok := span(post[i].t.Start); ok {
		return first, true
	}
	if i > 0 {
		if _, last, ok := span(post[i-1].t.End); ok {
			return last, true
		}
	}
	return time.Time{}, false
}

// Career returns the tenures of person personID in time order (by start
// date, else end date); undated tenures come last.
func Career(ctx context.Context, st peyvand.Store, personID string) ([]*peyvand.Tenure, error) {
	if _, err := lookup(ctx, st, []string{personID}, peyvand.TypePerson); err != nil {
		return nil, err
	}
	es, err := st.EdgesOf(ctx, []string{personID}, peyvand.Out, peyvand.RelHolds)
	if err != nil {
		return nil, fmt.Errorf("career of %s: %w", personID, err)
	}
	out := make([]*peyvand.Tenure, len(es[personID]))
	for i, e := range es[personID] {
		out[i] = (*peyvand.Tenure)(e)
	}
	slices.SortStableFunc(out, peyvand.CompareTenures)
	return out, nil
}

// succession reads and orders the chain of a post (or of all posts).
func succession(ctx context.Context, st peyvand.Store, orgID, role string) ([]*chainLink, error) {
	if _, err := lookup(ctx, st, []string{orgID}, peyvand.TypeOrganization); err != nil {
		return nil, err
	}
	es, err := st.EdgesOf(ctx, []string{orgID}, peyvand.In, peyvand.RelHolds)
	if err != nil {
		return nil, fmt.Errorf("succession in %s: %w", orgID, err)
	}
	want := curation.RoleKey(role)
	var links []*chainLink
	byHolder := map[[2]string]int{} // (squashed role, person) → index
	var persons []string
	for _, e := range es[orgID] {
		l := newLink(e)
		if role != "" && l.role != want {
			continue
		}
		byHolder[[2]string{l.role, e.From}] = len(links)
		links = append(links, l)
		persons = append(persons, e.From)
	}
	if len(links) == 0 {
		return nil, nil
	}
	link := func(role, before, after string) {
		i, ok1 := byHolder[[2]string{role, before}]
		j, ok2 := byHolder[[2]string{role, after}]
		if ok1 && ok2 && i != j && !slices.Contains(links[i].before, j) {
			links[i].before = append(links[i].before, j)
			links[j].nPred++
		}
	}
	for _, l := range links {
		link(l.role, l.t.PredecessorID, l.t.From)
		link(l.role, l.t.From, l.t.SuccessorID)
	}
	// A SUCCEEDED edge runs from the incoming holder to the outgoing one.
	succ, err := st.EdgesOf(ctx, persons, peyvand.Out, peyvand.RelSucceeded)
	if err != nil {
		return nil, fmt.Errorf("succession in %s: %w", orgID, err)
	}
	for _, p := range persons {
		for _, e := range succ[p] {
			if e.OrganizationID == orgID {
				link(curation.RoleKey(e.Role), e.To, e.From)
			}
		}
	}
	inferKeys(links)
	return orderChain(links), nil
}

func newLink(e *peyvand.Edge) *chainLink {
	l := &chainLink{t: (*peyvand.Tenure)(e), role: curation.RoleKey(e.Role)}
	if first, _, ok := span(e.Start); ok {
		l.key, l.dated, l.keyed = first, true, true
	} else if first, _, ok := span(e.End); ok {
		l.key, l.dated, l.keyed = first, true, true
	}
	return l
}

// inferKeys gives undated tenures linked to dated ones a place in time: just
// after the tenure they followed, or else just before the one that followed
// them. The order itself still comes from the links.
func inferKeys(links []*chainLink) {
	for changed := true; changed; {
		changed = false
		for _, l := range links {
			if !l.keyed {
				continue
			}
			for _, j := range l.before {
				n := links[j]
				if n.keyed {
					continue
				}
				n.key, n.keyed, changed = l.key, true, true
				if _, last, ok := span(l.t.End); ok {
					n.key = last
				}
			}
		}
		for _, l := range links {
			if l.keyed {
				continue
			}
			for _, j := range l.before {
				if n := links[j]; n.keyed {
					l.key, l.keyed, changed = n.key, true, true
					break
				}
			}
		}
	}
}

// compareLinks orders tenures by time: known keys first, earlier first, then
// by end and by ID so the order is stable.
func compareLinks(a, b *chainLink) int {
	if a.keyed != b.keyed {
		if a.keyed {
			return -1
		}
		return 1
	}
	if c := a.key.Compare(b.key); c != 0 {
		return c
	}
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	_, ea, oka := span(a.t.End)
	_, eb, okb := span(b.t.End)
	if oka && okb {
		if c := ea.Compare(eb); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.t.ID, b.t.ID)
}

// orderChain sorts the chain topologically by its handover links, taking
// the earliest available tenure at each step. Contradictory links (a cycle)
// are broken by time.
func orderChain(links []*chainLink) []*chainLink {
	out := make([]*chainLink, 0, len(links))
	placed := make([]bool, len(links))
	for len(out) < len(links) {
		best := -1
		for i, l := range links {
			if placed[i] || l.nPred > 0 {
				continue
			}
			if best < 0 || compareLinks(l, links[best]) < 0 {
				best = i
			}
		}
		if best < 0 { // a cycle: break it at the earliest remaining tenure
			for i, l := range links {
				if !placed[i] && (best < 0 || compareLinks(l, links[best]) < 0) {
					best = i
				}
			}
		}
		placed[best] = true
		out = append(out, links[best])
		for _, j := range links[best].before {
			links[j].nPred--
		}
	}
	return out
}

// byRole splits an ordered chain into one ordered chain per post.
func byRole(chain []*chainLink) [][]*chainLink {
	idx := map[string]int{}
	var posts [][]*chainLink
	for _, l := range chain {
		i, ok := idx[l.role]
		if !ok {
			i = len(posts)
			idx[l.role] = i
			posts = append(posts, nil)
		}
		posts[i] = append(posts[i], l)
	}
	return posts
}

// chainIssues finds the gaps, overlaps and undated tenures of each post.
// A tenure with no end date is taken to end when the next one starts.
func chainIssues(chain []*chainLink) []Issue {
	var out []Issue
	for _, post := range byRole(chain) {
		var (
			cover      *chainLink // the tenure whose end reaches latest so far
			coverFirst time.Time  // earliest and latest reading of that end
			coverLast  time.Time
			coverKnown bool
		)
		for _, l := range post {
			sFirst, sLast, hasS := span(l.t.Start)
			eFirst, eLast, hasE := span(l.t.End)
			if !hasS && !hasE {
				out = append(out, Issue{Kind: IssueUndated, Role: l.t.Role, TenureIDs: []string{l.t.ID}})
				continue
			}
			if hasS && coverKnown {
				switch {
				case sFirst.After(coverLast.AddDate(0, 0, 1)):
					from, to := coverLast.AddDate(0, 0, 1), sFirst.AddDate(0, 0, -1)
					out = append(out, Issue{Kind: IssueGap, Role: l.t.Role, TenureIDs: []string{cover.t.ID, l.t.ID},
						From: from.Format(time.DateOnly), To: to.Format(time.DateOnly), Days: days(from, to)})
				case sLast.Before(coverFirst):
					to := coverFirst.AddDate(0, 0, -1)
					out = append(out, Issue{Kind: IssueOverlap, Role: l.t.Role, TenureIDs: []string{cover.t.ID, l.t.ID},
						From: sLast.Format(time.DateOnly), To: to.Format(time.DateOnly), Days: days(sLast, to)})
				}
			}
			switch {
			case hasE && (!coverKnown || eLast.After(coverLast)):
				cover, coverFirst, coverLast, coverKnown = l, eFirst, eLast, true
			case !hasE:
				// An open tenure ends when the next one starts: no gap or
				// overlap can be read against it.
				cover, coverKnown = l, false
			}
		}
	}
	return out
}

// days counts the days from first to last, both included.
func days(first, last time.Time) int { return int(last.Sub(first).Hours()/24) + 1 }
