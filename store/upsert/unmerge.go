package upsert

import (
	"fmt"
	"slices"
	"time"

	"github.com/peyvand/peyvand"
)

// MergeRecord is what a merge did, kept by the store beside the merge so
// that Unmerge can undo it.
type MergeRecord struct {
	// Audit is the ID of the merge's audit record.
	Audit string    `json:"audit"`
	From  string    `json:"from"`
	Into  string    `json:"into"`
	At    time.Time `json:"at"`
	// FromBefore is node from as it was before the merge.
	FromBefore *peyvand.Node `json:"fromBefore"`
	// Gained holds the names, titles, figures and evidence the survivor
	// gained by the merge, those it did not have before.
	Gained Gained `json:"gained"`
	// Edges are from's edges as they were; the merge deleted them.
	Edges []*peyvand.Edge `json:"edges,omitempty"`
	// Moved are the survivor's edges the merge wrote.
	Moved []MovedEdge `json:"moved,omitempty"`
	// Repointed are the nodes merged into from before, which the store
	// pointed at the survivor (the Neo4j store keeps mergedInto one step).
	Repointed []string `json:"repointed,omitempty"`
	// Undone is the ID of the unmerge's audit record, once undone.
	Undone string `json:"undone,omitempty"`
}

// Gained is what a node's lists gained.
type Gained struct {
	Aliases  []string           `json:"aliases,omitempty"`
	Titles   []string           `json:"titles,omitempty"`
	Figures  []string           `json:"figures,omitempty"`
	Evidence []peyvand.Evidence `json:"evidence,omitempty"`
}

// MovedEdge is an edge of the survivor as the merge found it (nil when the
// merge made it) and as the merge wrote it.
type MovedEdge struct {
	Before *peyvand.Edge `json:"before,omitempty"`
	After  *peyvand.Edge `json:"after"`
}

// ActionUnmerge is the audit action of an unmerge.
const ActionUnmerge = "unmerge"

// NewMergeRecord returns the record of merge plan p of from into into,
// with from's edges and stored as PlanMerge had them.
func NewMergeRecord(p *MergePlan, from, into *peyvand.Node, edges []*peyvand.Edge, stored func(id string) *peyvand.Edge) *MergeRecord {
	r := &MergeRecord{Audit: p.Audit.ID, From: from.ID, Into: into.ID, At: p.Audit.At, FromBefore: CloneNode(from)}
	r.Gained = Gained{
		Aliases:  minus(p.Survivor.Aliases, into.Aliases),
		Titles:   minus(p.Survivor.Titles, into.Titles),
		Figures:  minus(p.Survivor.Figures, into.Figures),
		Evidence: minus(p.Survivor.Evidence, into.Evidence),
	}
	for _, e := range edges {
		if !slices.ContainsFunc(r.Edges, func(x *peyvand.Edge) bool { return x.ID == e.ID }) {
			r.Edges = append(r.Edges, CloneEdge(e))
		}
	}
	for _, e := range p.Edges {
		m := MovedEdge{After: CloneEdge(e)}
		if b := stored(e.ID); b != nil {
			m.Before = CloneEdge(b)
		}
		r.Moved = append(r.Moved, m)
	}
	return r
}

// UnmergeLookup reads the stored graph for an unmerge: Node returns the
// node stored under an ID as it is (a merged node included), Edge the
// edge stored under an ID; each returns nil where there is none.
type UnmergeLookup struct {
	Node func(id string) *peyvand.Node
	Edge func(id string) *peyvand.Edge
}

// UnmergePlan is what an unmerge writes.
type UnmergePlan struct {
	// Restored is from as it was before the merge; Survivor is into as it
	// is now without what the merge gave it.
	Restored, Survivor *peyvand.Node
	// Edges are written (from's edges as they were, the survivor's moved
	// edges without what the merge gave them); Deletes are the survivor's
	// edges the merge made and nothing changed since.
	Edges   []*peyvand.Edge
	Deletes []string
	// Record is the merge record marked undone, and Audit the unmerge's.
	Record *MergeRecord
	Audit  peyvand.AuditRecord
}

// CheckUnmerge returns the error an unmerge of id gives, where rec is the
// latest merge record of id (nil when there is none), or nil when id can
// be unmerged:
//   - NOT_FOUND for an ID of no node;
//   - INVALID_ARGUMENT for a node that was never merged into another;
//   - CONFLICT for a merge already undone, one older than merge records,
//     and one on which a later merge built: the survivor, or a node on an
//     edge of the merged node, was merged into another since. Undoing that
//     later merge first makes this one undoable again.
func CheckUnmerge(id string, rec *MergeRecord, look UnmergeLookup) error {
	n := look.Node(id)
	switch {
	case n == nil:
		return peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", id)
	case n.MergedInto == "" && rec != nil && rec.Undone != "":
		return peyvand.Errorf(peyvand.ECONFLICT, "the merge of %s into %s was already undone", id, rec.Into)
	case n.MergedInto == "":
		return peyvand.Errorf(peyvand.EINVALID, "%s was never merged into another entity: give the ID of the node that was merged away", id)
	case rec == nil || rec.Undone != "":
		return peyvand.Errorf(peyvand.ECONFLICT, "%s was merged before merges were recorded, so the merge cannot be undone", id)
	}
	into := look.Node(rec.Into)
	if into == nil {
		return fmt.Errorf("unmerge %s: survivor %s is not stored", id, rec.Into)
	}
	if into.MergedInto != "" {
		return peyvand.Errorf(peyvand.ECONFLICT, "%s, which %s was merged into, was merged into %s since: unmerge %s first", rec.Into, id, into.MergedInto, rec.Into)
	}
	for _, e := range rec.Edges {
		for _, end := range []string{e.From, e.To} {
			if end == id || end == rec.Into {
				continue
			}
			if m := look.Node(end); m != nil && m.MergedInto != "" {
				return peyvand.Errorf(peyvand.ECONFLICT, "%s, on an edge of %s, was merged into %s since: unmerge %s first", end, id, m.MergedInto, end)
			}
		}
	}
	return nil
}

// PlanUnmerge works out the undoing of merge record rec, which
// CheckUnmerge accepted, against the graph as it is now. The rule: the
// merged node comes back as it was before the merge, with its own edges
// and evidence; the survivor loses what the merge gave it (the merged
// node's names, titles, figures and evidence, and on its edges the
// evidence and dates the merged node's edges brought), even where a later
// write cited the same again, since that belongs to the merged node; all
// else the survivor gained after the merge stays with it, and a field
// changed since the merge keeps its new value. An edge the merge made
// goes, unless it gained something since, which stays on it.
func PlanUnmerge(rec *MergeRecord, look UnmergeLookup, audit peyvand.AuditRecord, now time.Time) *UnmergePlan {
	cur := look.Node(rec.Into)
	sv := CloneNode(cur)
	sv.Aliases = minus(sv.Aliases, rec.Gained.Aliases)
	sv.Titles = minus(sv.Titles, rec.Gained.Titles)
	sv.Figures = minus(sv.Figures, rec.Gained.Figures)
	sv.Evidence = minus(sv.Evidence, rec.Gained.Evidence)
	sv.Updated = now
	restored := CloneNode(rec.FromBefore)
	restored.MergedInto = ""
	restored.Updated = now
	p := &UnmergePlan{Restored: restored, Survivor: sv}
	for _, m := range rec.Moved {
		c := look.Edge(m.After.ID)
		if c == nil {
			// Deleted since: nothing of the survivor's is left to take back.
			continue
		}
		e, keep := unmoveEdge(m, c)
		if !keep {
			p.Deletes = append(p.Deletes, c.ID)
			continue
		}
		e.Updated = now
		p.Edges = append(p.Edges, e)
	}
	for _, e := range rec.Edges {
		ne := CloneEdge(e)
		if c := look.Edge(e.ID); c != nil {
			ne = MergeEdge(c, ne)
		}
		ne.Updated = now
		p.Edges = append(p.Edges, ne)
	}
	if audit.Action == "" {
		audit.Action = ActionUnmerge
	}
	if audit.Target == "" {
		audit.Target = rec.From
	}
	if audit.Detail == "" {
		audit.Detail = fmt.Sprintf("%s (%s) restored apart from %s (%s), undoing merge %s", rec.From, rec.FromBefore.Name, rec.Into, cur.Name, rec.Audit)
	}
	if audit.At.IsZero() {
		audit.At = now
	}
	p.Audit = audit
	done := *rec
	done.Undone = audit.ID
	p.Record = &done
	return p
}

// unmoveEdge returns the survivor's edge c without what moved edge m gave
// it, and false when the merge made the edge and nothing changed it since.
func unmoveEdge(m MovedEdge, c *peyvand.Edge) (*peyvand.Edge, bool) {
	before := m.Before
	if before == nil {
		before = &peyvand.Edge{ID: c.ID, Type: c.Type, From: c.From, To: c.To, Role: c.Role}
	}
	e := CloneEdge(c)
	e.Evidence = minus(c.Evidence, minus(m.After.Evidence, before.Evidence))
	e.Start = backDate(c.Start, m.After.Start, before.Start)
	e.End = backDate(c.End, m.After.End, before.End)
	e.Began = back(c.Began, m.After.Began, before.Began)
	e.PredecessorID = back(c.PredecessorID, m.After.PredecessorID, before.PredecessorID)
	e.SuccessorID = back(c.SuccessorID, m.After.SuccessorID, before.SuccessorID)
	e.OrganizationID = back(c.OrganizationID, m.After.OrganizationID, before.OrganizationID)
	if m.Before == nil && len(e.Evidence) == 0 && SameEdge(e, before) {
		return nil, false
	}
	return e, true
}

// back returns a field's value before the merge (before) when it still
// has the value the merge wrote (after), else its current value.
func back(cur, after, before string) string {
	if cur == after {
		return before
	}
	return cur
}

func backDate(cur, after, before *peyvand.Date) *peyvand.Date {
	if sameDate(cur, after) {
		return before
	}
	return cur
}

// minus returns the items of a not in b, in a's order.
func minus[T comparable](a, b []T) []T {
	var out []T
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
