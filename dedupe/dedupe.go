// Package dedupe finds the duplicates that extraction leaves behind: pairs
// of persons or of organizations that may be one entity, with a score and
// the reasons, for an editor to merge or dismiss.
//
// It reads the graph through the read methods of peyvand.Store only, and
// keeps dismissals as audit records (ActionDismiss), so every store
// supports it unchanged and every decision is in the audit log.
//
// Pairs are not compared all against all: names are blocked by their
// identity key (persian.NameKey) and by the keys of their word-boundary
// parts, and persons by the bodies and events they share, so a 100,000
// person graph is read once and compared in linear time.
package dedupe

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/persian"
)

// ActionDismiss is the audit action of a dismissed pair: Target is one
// node's ID and Detail names the other (see Dismiss).
const ActionDismiss = "dismissDuplicate"

// dismissDetail is the Detail of a dismissal record; the other node's ID
// ends it.
const dismissDetail = "not a duplicate of "

// ActionUndismiss is the audit action of a dismissal undone: the pair is
// a candidate again. Target and Detail are as a dismissal's, with
// undismissDetail.
const ActionUndismiss = "undoDismissal"

const undismissDetail = "maybe a duplicate of "

// Reason is one reason two nodes may be one.
type Reason string

// The reasons of a candidate pair.
const (
	// SameName: the names have the same identity key (honorifics dropped,
	// the non-joiner, a space and nothing equal, Arabic letters folded).
	SameName Reason = "SAME_NAME"
	// NameExtends: one name is the other with words added («رستمی» and
	// «کاوه رستمی»; «شورای شهر» and «شورای شهر کرج»).
	NameExtends Reason = "NAME_EXTENDS"
	// SameBody: both persons hold a post in the same organization.
	SameBody Reason = "SAME_BODY"
	// SamePost: both persons hold the same post of the same organization.
	SamePost Reason = "SAME_POST"
	// OverlappingTenures: both hold the same post over overlapping dates.
	OverlappingTenures Reason = "OVERLAPPING_TENURES"
	// SharedEvents: both took part in the same events.
	SharedEvents Reason = "SHARED_EVENTS"
	// SamePlace: both organizations are located in the same place.
	SamePlace Reason = "SAME_PLACE"
	// SameParent: both organizations are branches of the same body.
	SameParent Reason = "SAME_PARENT"
)

// Types lists the entity types duplicates are looked for in.
var Types = []peyvand.EntityType{peyvand.TypePerson, peyvand.TypeOrganization}

// Side is one node of a pair with the evidence behind the pair's reasons:
// the sentences of the shared tenures and events, or the node's own
// evidence when only the names agree.
type Side struct {
	Node     *peyvand.Node
	Evidence []peyvand.Evidence
}

// Pair is a candidate duplicate: A's ID sorts before B's.
type Pair struct {
	A, B Side
	// Score is in (0, 1]: higher is likelier the same entity.
	Score   float64
	Reasons []Reason
}

// Page is a window of the ranked candidates.
type Page struct {
	Pairs []Pair
	// Total counts every candidate of the type, not only this page.
	Total int
}

// Limits of the blocking; a block larger than these is compared only
// inside shared bodies and events, where a common name still is evidence.
const (
	// maxNamePairs is the most pairs one name key may give on name alone.
	maxNamePairs = 45
	// maxContextPairs is the most pairs one name key may give inside one
	// body or event.
	maxContextPairs = 190
	// minKeyRunes is the shortest part of a name that may extend to a
	// longer one.
	minKeyRunes = 3
	// maxEvidence is how many sentences a side shows at most.
	maxEvidence = 5
	// auditWindow is how many of the newest audit records are read when
	// the newest is not the one the candidates were built up to.
	auditWindow = 64
)

// Finder lists candidate pairs and records dismissals. It keeps the
// candidates of each type and follows the audit log, which every change
// made through the API writes to:
//   - a dismissal drops its pair at once;
//   - any other curation (a merge, a rename, an ingested document) drops at
//     once the pairs whose nodes were merged away, shows the nodes as they
//     are now, and rebuilds the candidates in the background, swapping
//     them in when done;
//   - a write that leaves no audit record (a bulk load) changes the store's
//     counts, which are compared in the background at most every Recheck;
//     a difference rebuilds the candidates in the background.
//
// A Finder is safe for concurrent use.
type Finder struct {
	// Recheck is how often the store's counts are compared with those the
	// candidates were built from.
	Recheck time.Duration

	store      peyvand.Store
	mu         sync.Mutex
	built      map[peyvand.EntityType]*candidates
	rebuilding map[peyvand.EntityType]bool
	checking   map[peyvand.EntityType]bool
	// builds counts the builds started; a build's number orders it, so a
	// build that started earlier never replaces one that started later.
	builds uint64
}

// candidates are the ranked pairs of one type, as of a state of the graph.
type candidates struct {
	build       uint64 // the number of the build that made them
	fingerprint string
	auditHead   string
	checked     time.Time
	pairs       []Pair
}

// DefaultRecheck is the Recheck of a new Finder.
const DefaultRecheck = 2 * time.Second

// rebuildTimeout bounds a background rebuild.
const rebuildTimeout = 10 * time.Minute

// New returns a Finder over s.
func New(s peyvand.Store) *Finder {
	return &Finder{Recheck: DefaultRecheck, store: s,
		built: map[peyvand.EntityType]*candidates{}, rebuilding: map[peyvand.EntityType]bool{},
		checking: map[peyvand.EntityType]bool{}}
}

// checkType refuses types duplicates are not looked for in.
func checkType(t peyvand.EntityType) error {
	if !slices.Contains(Types, t) {
		return peyvand.Errorf(peyvand.EINVALID, "duplicates are found among PERSON and ORGANIZATION nodes, not %q", t)
	}
	return nil
}

// Candidates returns the candidate pairs of type t ranked by score,
// highest first, from offset on, at most limit of them (all when limit is
// 0). A dismissed pair never comes back. The pairs are shared with other
// callers and must not be modified.
func (f *Finder) Candidates(ctx context.Context, t peyvand.EntityType, offset, limit int) (*Page, error) {
	if err := checkType(t); err != nil {
		return nil, err
	}
	if offset < 0 || limit < 0 {
		return nil, peyvand.Errorf(peyvand.EINVALID, "offset and limit must not be negative")
	}
	c, err := f.current(ctx, t)
	if err != nil {
		return nil, err
	}
	page := &Page{Total: len(c.pairs)}
	lo := min(offset, len(c.pairs))
	hi := len(c.pairs)
	if limit > 0 {
		hi = min(lo+limit, hi)
	}
	page.Pairs = c.pairs[lo:hi:hi]
	return page, nil
}

// Rebuild builds the candidates of t again, for a change a listing must
// show as soon as it can rather than after the next background rebuild (an
// unmerge brings a merged pair back), and waits until they are in place
// or ctx is done; a rebuild ctx cut short goes on in the background and
// is put in place when it ends. It does nothing for a type that has no
// queue or whose candidates were never listed.
func (f *Finder) Rebuild(ctx context.Context, t peyvand.EntityType) error {
	if checkType(t) != nil {
		return nil
	}
	f.mu.Lock()
	if f.built[t] == nil {
		f.mu.Unlock()
		return nil
	}
	f.builds++
	n := f.builds
	f.mu.Unlock()
	done := make(chan error, 1)
	go func() {
		bctx, cancel := context.WithTimeout(context.Background(), rebuildTimeout)
		defer cancel()
		c, err := f.build(bctx, t)
		if err == nil {
			f.mu.Lock()
			f.install(t, c, n)
			f.mu.Unlock()
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// install puts c, made by build number n, in place of the candidates of t,
// unless those come from a later build; f.mu is held.
func (f *Finder) install(t peyvand.EntityType, c *candidates, n uint64) {
	c.build = n
	if cur := f.built[t]; cur == nil || cur.build <= n {
		f.built[t] = c
	}
}

// Dismiss records that nodes a and b are not the same entity, as the audit
// record rec (its Action, Target and Detail are set here), in one write.
// Both must exist, be distinct and be persons or both organizations.
func (f *Finder) Dismiss(ctx context.Context, a, b string, rec peyvand.AuditRecord) (*peyvand.AuditRecord, error) {
	if a == b {
		return nil, peyvand.Errorf(peyvand.EINVALID, "a and b are the same node %q", a)
	}
	na, nb, err := f.pairNodes(ctx, a, b)
	if err != nil {
		return nil, err
	}
	if na.ID == nb.ID {
		return nil, peyvand.Errorf(peyvand.EINVALID, "%s and %s are already one node, %s", a, b, na.ID)
	}
	if na.Type != nb.Type {
		return nil, peyvand.Errorf(peyvand.EINVALID, "%s is a %s and %s a %s: only nodes of one type can be duplicates", a, na.Type, b, nb.Type)
	}
	if err := checkType(na.Type); err != nil {
		return nil, err
	}
	x, y := order(na.ID, nb.ID)
	rec.Action, rec.Target, rec.Detail = ActionDismiss, x, dismissDetail+y
	if _, err := f.store.Apply(ctx, &peyvand.Batch{Audit: &rec}); err != nil {
		return nil, fmt.Errorf("dismiss %s and %s: %w", x, y, err)
	}
	return &rec, nil
}

// pairNodes reads the nodes a and b stand for now; an ID of no node is
// NOT_FOUND.
func (f *Finder) pairNodes(ctx context.Context, a, b string) (na, nb *peyvand.Node, err error) {
	nodes, err := f.store.Nodes(ctx, []string{a, b})
	if err != nil {
		return nil, nil, fmt.Errorf("read %s and %s: %w", a, b, err)
	}
	for i, id := range []string{a, b} {
		if nodes[i] == nil {
			return nil, nil, peyvand.Errorf(peyvand.ENOTFOUND, "no node has ID %q", id)
		}
	}
	return nodes[0], nodes[1], nil
}

// order returns a and b with the smaller first.
func order(a, b string) (string, string) {
	if b < a {
		return b, a
	}
	return a, b
}

// pairKey names an unordered pair of IDs.
func pairKey(a, b string) string {
	x, y := order(a, b)
	return x + "|" + y
}

// decidedPair reads the pair a dismissal, or a dismissal undone, names;
// dismissed tells which.
func decidedPair(r peyvand.AuditRecord) (a, b string, dismissed, ok bool) {
	prefix := dismissDetail
	switch r.Action {
	case ActionDismiss:
		dismissed = true
	case ActionUndismiss:
		prefix = undismissDetail
	default:
		return "", "", false, false
	}
	other, found := strings.CutPrefix(r.Detail, prefix)
	if !found || other == "" || r.Target == "" {
		return "", "", false, false
	}
	return r.Target, other, dismissed, true
}

// Undismiss undoes the dismissal of nodes a and b, as the audit record rec
// (its Action, Target and Detail are set here): the pair is a candidate
// again. A pair not dismissed now is INVALID_ARGUMENT.
func (f *Finder) Undismiss(ctx context.Context, a, b string, rec peyvand.AuditRecord) (*peyvand.AuditRecord, error) {
	na, nb, err := f.pairNodes(ctx, a, b)
	if err != nil {
		return nil, err
	}
	gone, err := f.dismissedNow(ctx)
	if err != nil {
		return nil, err
	}
	x, y := order(na.ID, nb.ID)
	if !gone[pairKey(x, y)] {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the pair of %s and %s is not dismissed", a, b)
	}
	rec.Action, rec.Target, rec.Detail = ActionUndismiss, x, undismissDetail+y
	if _, err := f.store.Apply(ctx, &peyvand.Batch{Audit: &rec}); err != nil {
		return nil, fmt.Errorf("undo the dismissal of %s and %s: %w", x, y, err)
	}
	return &rec, nil
}

// current returns the candidates of t for the graph as it is now (see
// Finder).
func (f *Finder) current(ctx context.Context, t peyvand.EntityType) (*candidates, error) {
	// The log is read under the lock, so that no other listing moves the
	// candidates past what this one read.
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.built[t]
	if c == nil {
		return f.buildLocked(ctx, t)
	}
	news, ok, err := f.newRecords(ctx, c.auditHead)
	if err != nil {
		return nil, err
	}
	if !ok {
		return f.buildLocked(ctx, t)
	}
	if len(news) > 0 {
		return f.follow(ctx, t, c, news)
	}
	if !f.rebuilding[t] && !f.checking[t] && time.Since(c.checked) >= f.Recheck {
		c.checked = time.Now()
		f.checkCounts(t, c.fingerprint)
	}
	return c, nil
}

// checkCounts compares, in the background, the store's counts with fp,
// those the candidates of t were built from, and rebuilds them when they
// differ; f.mu is held. Counting a large graph takes a while, so no
// listing waits for it.
func (f *Finder) checkCounts(t peyvand.EntityType, fp string) {
	f.checking[t] = true
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), rebuildTimeout)
		defer cancel()
		st, err := f.store.Stats(ctx)
		f.mu.Lock()
		defer f.mu.Unlock()
		f.checking[t] = false
		if err == nil && fingerprint(st) != fp {
			f.refresh(t)
		}
	}()
}

// buildLocked builds the candidates of t now; f.mu is held.
func (f *Finder) buildLocked(ctx context.Context, t peyvand.EntityType) (*candidates, error) {
	f.builds++
	n := f.builds
	c, err := f.build(ctx, t)
	if err != nil {
		return nil, err
	}
	f.install(t, c, n)
	return c, nil
}

// newRecords returns the audit records (newest first) written since the
// record head, and false when head is not in the log. A listing with
// nothing new reads only the newest record; one after more decisions than
// fit in auditWindow reads the whole log, which costs far less than the
// rebuild of a large graph that losing sight of head would take.
func (f *Finder) newRecords(ctx context.Context, head string) ([]peyvand.AuditRecord, bool, error) {
	for _, limit := range []int{1, auditWindow} {
		recent, err := f.store.Audit(ctx, limit)
		if err != nil {
			return nil, false, fmt.Errorf("audit: %w", err)
		}
		if news, ok := newSince(recent, head); ok {
			return news, true, nil
		}
		if len(recent) < limit {
			return recent, head == "", nil
		}
	}
	all, err := f.store.Audit(ctx, 0)
	if err != nil {
		return nil, false, fmt.Errorf("audit: %w", err)
	}
	if news, ok := newSince(all, head); ok {
		return news, true, nil
	}
	// head is not in the log: all of it is new only if the log was empty
	// when the candidates were built.
	return all, head == "", nil
}

// newSince returns the records of recent (newest first) newer than head,
// and false when head is not among them.
func newSince(recent []peyvand.AuditRecord, head string) ([]peyvand.AuditRecord, bool) {
	for i, r := range recent {
		if r.ID == head {
			return recent[:i], true
		}
	}
	return nil, false
}

// follow brings c up to the audit records news (newest first): dismissed
// pairs go; after any other change, the pairs' nodes are read again, the
// pairs of merged nodes go, and a rebuild starts in the background. f.mu
// is held.
func (f *Finder) follow(ctx context.Context, t peyvand.EntityType, c *candidates, news []peyvand.AuditRecord) (*candidates, error) {
	gone, err := f.dismissed(ctx, news)
	if err != nil {
		return nil, err
	}
	pairs := slices.DeleteFunc(slices.Clone(c.pairs), func(p Pair) bool { return gone[pairKey(p.A.Node.ID, p.B.Node.ID)] })
	other := slices.ContainsFunc(news, func(r peyvand.AuditRecord) bool { return r.Action != ActionDismiss })
	if other {
		if pairs, err = f.reread(ctx, pairs); err != nil {
			return nil, err
		}
		f.refresh(t)
	}
	// A new value: pages handed out earlier keep the old pairs.
	next := *c
	next.pairs, next.auditHead = pairs, news[0].ID
	f.built[t] = &next
	return &next, nil
}

// reread returns pairs with their nodes as stored now, without the pairs
// of which a node was merged into another or is gone.
func (f *Finder) reread(ctx context.Context, pairs []Pair) ([]Pair, error) {
	ids := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p.A.Node.ID, p.B.Node.ID)
	}
	nodes, err := f.store.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read candidate nodes: %w", err)
	}
	out := pairs[:0]
	for i, p := range pairs {
		a, b := nodes[2*i], nodes[2*i+1]
		if a == nil || b == nil || a.ID != p.A.Node.ID || b.ID != p.B.Node.ID {
			continue
		}
		p.A.Node, p.B.Node = a, b
		out = append(out, p)
	}
	return out, nil
}

// refresh rebuilds the candidates of t in the background, unless a
// rebuild is under way; f.mu is held. A rebuild that fails leaves the
// candidates as they are, and the next change tries again.
func (f *Finder) refresh(t peyvand.EntityType) {
	if f.rebuilding[t] {
		return
	}
	f.rebuilding[t] = true
	f.builds++
	n := f.builds
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), rebuildTimeout)
		defer cancel()
		c, err := f.build(ctx, t)
		f.mu.Lock()
		defer f.mu.Unlock()
		f.rebuilding[t] = false
		if err == nil {
			f.install(t, c, n)
		}
	}()
}

// dismissedNow returns the pair keys the whole audit log leaves dismissed
// (see dismissed).
func (f *Finder) dismissedNow(ctx context.Context) (map[string]bool, error) {
	all, err := f.store.Audit(ctx, 0)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	return f.dismissed(ctx, all)
}

// dismissed returns the pair keys the records of recs (newest first) leave
// dismissed, with merged IDs resolved to their survivors: the newest
// decision on a pair, a dismissal or its undoing, is the one that holds.
func (f *Finder) dismissed(ctx context.Context, recs []peyvand.AuditRecord) (map[string]bool, error) {
	var ids []string
	var verdicts []bool
	for _, r := range recs {
		if a, b, dismissed, ok := decidedPair(r); ok {
			ids = append(ids, a, b)
			verdicts = append(verdicts, dismissed)
		}
	}
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	nodes, err := f.store.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read dismissed nodes: %w", err)
	}
	decided := map[string]bool{}
	for i := 0; i < len(ids); i += 2 {
		a, b := ids[i], ids[i+1]
		if nodes[i] != nil {
			a = nodes[i].ID
		}
		if nodes[i+1] != nil {
			b = nodes[i+1].ID
		}
		k := pairKey(a, b)
		if decided[k] {
			continue
		}
		decided[k] = true
		if verdicts[i/2] {
			out[k] = true
		}
	}
	return out, nil
}

// fingerprint sums up the counts of the graph.
func fingerprint(st *peyvand.Stats) string {
	var b strings.Builder
	for _, t := range peyvand.EntityTypes {
		fmt.Fprintf(&b, "%s=%d;", t, st.Nodes[t])
	}
	for _, t := range peyvand.RelTypes {
		fmt.Fprintf(&b, "%s=%d;", t, st.Edges[t])
	}
	return b.String()
}

// entity is a node read for comparison.
type entity struct {
	node *peyvand.Node
	key  string
	// parts are the keys of the name's word-boundary parts that may stand
	// for the whole name: for a person the surname and what ends with it,
	// for an organization also the leading words.
	parts []string
	edges []*peyvand.Edge
}

// build reads every node of type t and its edges and ranks the pairs.
func (f *Finder) build(ctx context.Context, t peyvand.EntityType) (*candidates, error) {
	st, err := f.store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	checked := time.Now()
	recent, err := f.store.Audit(ctx, 1)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	gone, err := f.dismissedNow(ctx)
	if err != nil {
		return nil, err
	}
	page, err := f.store.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{t}, Sort: peyvand.SortUpdated})
	if err != nil {
		return nil, fmt.Errorf("list %s nodes: %w", t, err)
	}
	ents := make([]*entity, 0, len(page.Hits))
	ids := make([]string, 0, len(page.Hits))
	for _, h := range page.Hits {
		n := h.Node
		if n == nil || n.MergedInto != "" {
			continue
		}
		e := &entity{node: n, key: persian.NameKey(n.Name), parts: parts(n.Name, t)}
		if e.key == "" {
			continue
		}
		ents = append(ents, e)
		ids = append(ids, n.ID)
	}
	edges, err := f.store.EdgesOf(ctx, ids, peyvand.Out, contextTypes[t]...)
	if err != nil {
		return nil, fmt.Errorf("read edges of %s nodes: %w", t, err)
	}
	for _, e := range ents {
		e.edges = edges[e.node.ID]
	}
	c := &candidates{fingerprint: fingerprint(st), checked: checked, pairs: rank(ents, t, gone)}
	if len(recent) > 0 {
		c.auditHead = recent[0].ID
	}
	return c, nil
}

// parts returns the keys of name's parts that may stand for it alone: a
// person's surname and what ends with it («رستمی‌فر» of «کاوه
// رستمی‌فر»); a body's leading words, its head noun and the first of its
// modifiers («اداره کل ورزش» of «اداره کل ورزش و جوانان»). A body's
// trailing words are not the body: «مرکز آموزش سازمان نمونه» is a unit of
// «سازمان نمونه», not another name of it.
func parts(name string, t peyvand.EntityType) []string {
	bare, _ := persian.SplitTitles(name)
	words := persian.Words(bare)
	full := persian.Squash(strings.Join(words, ""))
	var out []string
	add := func(ws []string) {
		k := persian.Squash(strings.Join(ws, ""))
		if k != full && utf8.RuneCountInString(k) >= minKeyRunes && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for i := 1; i < len(words); i++ {
		if t == peyvand.TypeOrganization {
			add(words[:i])
		} else {
			add(words[i:])
		}
	}
	return out
}

// rank finds the candidate pairs among ents and orders them by score.
func rank(ents []*entity, t peyvand.EntityType, gone map[string]bool) []Pair {
	byKey := map[string][]int{}
	byPart := map[string][]int{}
	for i, e := range ents {
		byKey[e.key] = append(byKey[e.key], i)
		for _, p := range e.parts {
			byPart[p] = append(byPart[p], i)
		}
	}
	seen := map[[2]int]bool{}
	var pairs []Pair
	consider := func(i, j int) {
		if i == j {
			return
		}
		if j < i {
			i, j = j, i
		}
		k := [2]int{i, j}
		if seen[k] {
			return
		}
		seen[k] = true
		a, b := ents[i], ents[j]
		if gone[pairKey(a.node.ID, b.node.ID)] {
			return
		}
		if p, ok := compare(a, b, t, byKey, byPart); ok {
			pairs = append(pairs, p)
		}
	}
	// block considers the pairs within same and between same and longer,
	// each set only when it has at most limit pairs.
	block := func(same, longer []int, limit int) {
		if len(same)*(len(same)-1)/2 <= limit {
			for x := range same {
				for y := x + 1; y < len(same); y++ {
					consider(same[x], same[y])
				}
			}
		}
		if len(same)*len(longer) <= limit {
			for _, i := range same {
				for _, j := range longer {
					consider(i, j)
				}
			}
		}
	}
	// Name blocks: the same key, and a key that is a part of longer names.
	for key, same := range byKey {
		block(same, byPart[key], maxNamePairs)
	}
	// Context blocks: the same name, or one that extends the other, among
	// the nodes sharing a body, an event, a place or a parent.
	for _, members := range contexts(ents, t) {
		if len(members) < 2 {
			continue
		}
		local, localPart := map[string][]int{}, map[string][]int{}
		for _, i := range members {
			local[ents[i].key] = append(local[ents[i].key], i)
			for _, p := range ents[i].parts {
				localPart[p] = append(localPart[p], i)
			}
		}
		for key, same := range local {
			block(same, localPart[key], maxContextPairs)
		}
	}
	slices.SortFunc(pairs, func(x, y Pair) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.A.Node.ID, y.A.Node.ID); c != 0 {
			return c
		}
		return cmp.Compare(x.B.Node.ID, y.B.Node.ID)
	})
	return pairs
}

// contextTypes are the edges whose far end makes a context: the bodies a
// person holds posts in and the events they took part in; an
// organization's place, parent and events.
var contextTypes = map[peyvand.EntityType][]peyvand.RelType{
	peyvand.TypePerson:       {peyvand.RelHolds, peyvand.RelParticipated},
	peyvand.TypeOrganization: {peyvand.RelLocatedIn, peyvand.RelPartOf, peyvand.RelInvolved},
}

// contexts groups ents by the nodes their context edges lead to.
func contexts(ents []*entity, t peyvand.EntityType) map[string][]int {
	out := map[string][]int{}
	for i, e := range ents {
		var last string
		for _, ed := range e.edges {
			if !slices.Contains(contextTypes[t], ed.Type) || ed.To == last {
				continue
			}
			last = ed.To
			if m := out[ed.To]; len(m) == 0 || m[len(m)-1] != i {
				out[ed.To] = append(m, i)
			}
		}
	}
	return out
}

// compare scores a and b, and reports false when they are not candidates:
// their names do not match, or two organizations lie in different places
// or one is a part of the other.
//
// A name counts for less the more nodes share it: the same name held by n
// nodes scores 0.6/n (0.3 for two); a part of a name that n nodes are
// known by alone and m by a longer name scores 0.3/(n×m). Shared facts add
// to that: a body 0.15, the same post 0.15, overlapping tenures 0.1, a
// shared event 0.35 and more than one 0.45 (a report that names both in
// one event ties them); the total is capped at 1.
func compare(a, b *entity, t peyvand.EntityType, byKey, byPart map[string][]int) (Pair, bool) {
	var reasons []Reason
	var score float64
	switch {
	case a.key == b.key:
		reasons, score = append(reasons, SameName), 0.6/float64(max(2, len(byKey[a.key])))
	case slices.Contains(a.parts, b.key) || slices.Contains(b.parts, a.key):
		short := a.key
		if slices.Contains(a.parts, b.key) {
			short = b.key
		}
		reasons, score = append(reasons, NameExtends), 0.3/float64(max(1, len(byKey[short])*len(byPart[short])))
	default:
		return Pair{}, false
	}
	var ea, eb []peyvand.Evidence
	cite := func(x, y *peyvand.Edge) {
		ea = appendEvidence(ea, x.Evidence)
		eb = appendEvidence(eb, y.Evidence)
	}
	if t == peyvand.TypePerson {
		body, post, overlap, events := false, false, false, 0
		for _, x := range a.edges {
			for _, y := range b.edges {
				if x.To != y.To || x.Type != y.Type {
					continue
				}
				switch x.Type {
				case peyvand.RelHolds:
					body = true
					if curation.RoleKey(x.Role) == curation.RoleKey(y.Role) {
						post = true
						overlap = overlap || overlaps(x, y)
					}
					cite(x, y)
				case peyvand.RelParticipated:
					events++
					cite(x, y)
				}
			}
		}
		if body {
			reasons, score = append(reasons, SameBody), score+0.15
		}
		if post {
			reasons, score = append(reasons, SamePost), score+0.15
		}
		if overlap {
			reasons, score = append(reasons, OverlappingTenures), score+0.1
		}
		if events > 0 {
			reasons, score = append(reasons, SharedEvents), score+eventScore(events)
		}
	} else {
		pa, pb := placeOf(a), placeOf(b)
		if pa != "" && pb != "" && pa != pb || partOf(a, b) || partOf(b, a) {
			return Pair{}, false
		}
		place, parent, events := false, false, 0
		for _, x := range a.edges {
			for _, y := range b.edges {
				if x.To != y.To || x.Type != y.Type {
					continue
				}
				switch x.Type {
				case peyvand.RelLocatedIn:
					place = true
				case peyvand.RelPartOf:
					parent = true
				case peyvand.RelInvolved:
					events++
				default:
					continue
				}
				cite(x, y)
			}
		}
		if place {
			reasons, score = append(reasons, SamePlace), score+0.15
		}
		if parent {
			reasons, score = append(reasons, SameParent), score+0.15
		}
		if events > 0 {
			reasons, score = append(reasons, SharedEvents), score+eventScore(events)
		}
	}
	ea = appendEvidence(ea, a.node.Evidence)
	eb = appendEvidence(eb, b.node.Evidence)
	if b.node.ID < a.node.ID {
		a, b, ea, eb = b, a, eb, ea
	}
	score = math.Round(math.Min(score, 1)*100) / 100
	return Pair{A: Side{Node: a.node, Evidence: ea}, B: Side{Node: b.node, Evidence: eb}, Score: score, Reasons: reasons}, true
}

// eventScore is what n shared events add to a pair's score.
func eventScore(n int) float64 {
	if n > 1 {
		return 0.45
	}
	return 0.35
}

// appendEvidence adds evidence to list up to maxEvidence, without repeats.
func appendEvidence(list, evidence []peyvand.Evidence) []peyvand.Evidence {
	for _, e := range evidence {
		if len(list) >= maxEvidence {
			break
		}
		if !slices.Contains(list, e) {
			list = append(list, e)
		}
	}
	return list
}

// partOf reports whether organization a is a part of b.
func partOf(a, b *entity) bool {
	return slices.ContainsFunc(a.edges, func(e *peyvand.Edge) bool { return e.Type == peyvand.RelPartOf && e.To == b.node.ID })
}

// placeOf returns the place an organization is located in, or "".
func placeOf(e *entity) string {
	for _, ed := range e.edges {
		if ed.Type == peyvand.RelLocatedIn {
			return ed.To
		}
	}
	return ""
}

// overlaps reports whether two tenures of a post share a day: both need a
// start; a missing end is still running.
func overlaps(x, y *peyvand.Edge) bool {
	if x.Start == nil || y.Start == nil {
		return false
	}
	end := func(e *peyvand.Edge) string {
		if e.End == nil {
			return "9999-12-31"
		}
		return e.End.ISO
	}
	return x.Start.ISO <= end(y) && y.Start.ISO <= end(x)
}
